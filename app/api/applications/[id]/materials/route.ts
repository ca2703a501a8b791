import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { clientInfoFromHeaders } from "@/lib/security/client-info";
import { addApplicationMaterial, MATERIAL_TOO_LARGE } from "@/lib/applications/materials";
import { MATERIAL_MAX_BYTES } from "@/lib/files/file-type";

export const dynamic = "force-dynamic";

/** Room for the multipart envelope around one file. */
const ENVELOPE_BYTES = 64 * 1024;

/** P1: the applicant uploads one material to their own draft (multipart: materialName, file). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    // Route handlers get no built-in origin check (server actions do): refuse cross-site posts.
    const origin = request.headers.get("origin");
    if (origin && new URL(origin).host !== request.headers.get("host")) throw new AppError("FORBIDDEN", "请求来源不正确");
    const user = await requireRole("PERSON", "UNIT");
    // Refused before reading the body: a too large upload is never buffered.
    if (Number(request.headers.get("content-length") ?? 0) > MATERIAL_MAX_BYTES + ENVELOPE_BYTES) throw new AppError("VALIDATION", MATERIAL_TOO_LARGE);
    const form = await request.formData().catch(() => {
      throw new AppError("VALIDATION", "上传失败，请重新选择文件");
    });
    const file = form.get("file");
    const materialName = form.get("materialName");
    if (!(file instanceof File) || typeof materialName !== "string") throw new AppError("VALIDATION", "请选择材料类别和文件");
    if (file.size > MATERIAL_MAX_BYTES) throw new AppError("VALIDATION", MATERIAL_TOO_LARGE);
    const { id } = await params;
    const result = await addApplicationMaterial(
      { ...user, ...clientInfoFromHeaders(request.headers) },
      { applicationId: id, materialName, fileName: file.name, content: new Uint8Array(await file.arrayBuffer()) },
      new Date(),
    );
    return Response.json(result, { status: 201 });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ code: error.code, message: error.message }, { status: error.httpStatus });
    throw error;
  }
}
