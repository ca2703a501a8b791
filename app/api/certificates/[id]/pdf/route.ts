import { defineRoute, fileDownload } from "@/lib/actions/route-handler";
import { downloadCertificate } from "@/lib/certificates/certificates";

export const dynamic = "force-dynamic";

/** D2, D4: the PDF of one of the caller's certificates (another's is a 404), traced as a download. */
export const GET = defineRoute<{ id: string }>(["PERSON", "UNIT"], async (_request, { actor, params }) => {
  const { bytes, filename } = await downloadCertificate(actor, params.id);
  return fileDownload({ bytes, mimeType: "application/pdf", fileName: filename, asciiName: "certificate.pdf" });
});
