import { defineRoute, fileDownload } from "@/lib/actions/route-handler";
import { readApplicationMaterial } from "@/lib/applications/materials";
import { EXTENSION_OF } from "@/lib/files/file-type";
import { notFound } from "@/lib/errors/app-error";
import { z } from "@/lib/validation/zod";

export const dynamic = "force-dynamic";

const materialIdSchema = z.string().trim().min(1).max(40);

/** Download of one material: its applicant (or unit) and staff only; anyone else gets 404 (U9). */
export const GET = defineRoute<{ materialId: string }>(["PERSON", "UNIT", "STAFF", "ADMIN"], async (_request, { actor, params }) => {
  const id = materialIdSchema.safeParse(params.materialId);
  if (!id.success) throw notFound("材料");
  const file = await readApplicationMaterial(actor, id.data);
  const extension = EXTENSION_OF[file.mime as keyof typeof EXTENSION_OF] ?? "bin";
  return fileDownload({ bytes: file.content, mimeType: file.mime, fileName: file.name, asciiName: `material.${extension}` });
});
