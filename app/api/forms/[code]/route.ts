import { z } from "zod";
import { findFormTemplate, renderFormPdf } from "@/lib/disclosure/forms";

const query = z.object({ variant: z.enum(["blank", "sample"]).default("blank") });

/** 表格下载 (K3): GET /api/forms/CB-GR-01?variant=blank|sample — public, no personal data. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const form = findFormTemplate((await params).code);
  const parsed = query.safeParse({ variant: new URL(request.url).searchParams.get("variant") ?? undefined });
  if (!form || !parsed.success) return new Response("未找到该表格", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const pdf = await renderFormPdf(form, parsed.data.variant);
  const name = `${form.code}-${form.title}${parsed.data.variant === "sample" ? "-填写样例" : ""}.pdf`;
  return new Response(Buffer.from(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${form.code}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "cache-control": "public, max-age=86400",
    },
  });
}
