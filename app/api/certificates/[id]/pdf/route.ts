import { defineRoute } from "@/lib/actions/route-handler";
import { downloadCertificate } from "@/lib/certificates/certificates";

export const dynamic = "force-dynamic";

/** D2, D4: the PDF of one of the caller's certificates (another's is a 404), traced as a download. */
export const GET = defineRoute<{ id: string }>(["PERSON", "UNIT"], async (_request, { actor, params }) => {
  const { bytes, filename } = await downloadCertificate(actor, params.id);
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="certificate.pdf"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Content-Length": String(bytes.length),
      "Cache-Control": "private, no-store",
    },
  });
});
