import { defineRoute } from "@/lib/actions/route-handler";
import { AppError } from "@/lib/errors/app-error";
import { addApplicationMaterial, MATERIAL_TOO_LARGE } from "@/lib/applications/materials";
import { MATERIAL_MAX_BYTES } from "@/lib/files/file-type";
import { z } from "@/lib/validation/zod";

export const dynamic = "force-dynamic";

/** Room for the multipart envelope around one file. */
const ENVELOPE_BYTES = 64 * 1024;

const uploadSchema = z.object({
  applicationId: z.string().trim().min(1).max(40),
  materialName: z.string({ error: "请选择材料类别和文件" }).trim().min(1, "请选择材料类别和文件").max(60),
  file: z.instanceof(File, { error: "请选择材料类别和文件" }),
});

/** P1: the applicant uploads one material to their own draft (multipart: materialName, file). */
export const POST = defineRoute<{ id: string }>(["PERSON", "UNIT"], async (request, { actor, now, params }) => {
  // Route handlers get no built-in origin check (server actions do): refuse cross-site posts.
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) throw new AppError("FORBIDDEN", "请求来源不正确");
  // Refused before reading the body: a too large upload is never buffered.
  if (Number(request.headers.get("content-length") ?? 0) > MATERIAL_MAX_BYTES + ENVELOPE_BYTES) throw new AppError("VALIDATION", MATERIAL_TOO_LARGE);
  const form = await request.formData().catch(() => {
    throw new AppError("VALIDATION", "上传失败，请重新选择文件");
  });
  const parsed = uploadSchema.safeParse({ applicationId: params.id, materialName: form.get("materialName"), file: form.get("file") });
  if (!parsed.success) throw new AppError("VALIDATION", parsed.error.issues[0]?.message ?? "请选择材料类别和文件");
  const { applicationId, materialName, file } = parsed.data;
  if (file.size > MATERIAL_MAX_BYTES) throw new AppError("VALIDATION", MATERIAL_TOO_LARGE);
  const result = await addApplicationMaterial(actor, { applicationId, materialName, fileName: file.name, content: new Uint8Array(await file.arrayBuffer()) }, now);
  return Response.json(result, { status: 201 });
});
