/**
 * 下载信用承诺书 (E2): the applying unit's handlers, or STAFF and ADMIN; anyone else (and anyone
 * signed out) gets the same 404 as for an id that does not exist.
 */
import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { fileDownload } from "@/lib/actions/route-handler";
import { readAccessLetter } from "@/lib/direct-access/read-letter";
import { z } from "@/lib/validation/zod";

const idSchema = z.string().trim().min(1).max(40);

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  const user = await getSessionUser();
  const notFound = () => new Response("文件不存在或无权查看", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!user || !id.success) return notFound();
  try {
    const file = await readAccessLetter(user, id.data);
    return fileDownload({ bytes: file.bytes, mimeType: "application/pdf", fileName: file.fileName });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return notFound();
    throw error;
  }
}
