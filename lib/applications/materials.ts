/**
 * 申请材料 (P1): PDF, JPG or PNG recognised by content, at most 10 MB, hashed with SM3 and
 * SHA-256 and kept through the FileStore outside the web root. Only the applicant (while the
 * application can still be changed) adds or removes materials; the applicant and staff read
 * them, anyone else gets "not found".
 */
import { createHash, randomBytes } from "node:crypto";
import type { UserActor } from "@/lib/auth/actor";
import { appendTrace } from "@/lib/audit/trace";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { sm3Hex } from "@/lib/gm";
import { applicantScope, viewerScope } from "./access";
import { fileStore } from "@/lib/files/file-store";
import { detectMaterialType, MATERIAL_MAX_BYTES, MATERIAL_TYPES_LABEL } from "@/lib/files/file-type";
import { itemDefinition } from "./items";
import { EDITABLE_STATUSES } from "./labels";

export interface NewMaterial {
  applicationId: string;
  materialName: string;
  fileName: string;
  content: Uint8Array;
}

export const MATERIAL_TOO_LARGE = "文件超过 10 MB，请压缩或分页后再上传";
export const MATERIAL_WRONG_TYPE = `文件内容不是 ${MATERIAL_TYPES_LABEL}，请上传扫描件或照片（仅改扩展名无效）`;

/** A file name as shown back to people: no path, no control characters, bounded. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 120) || "材料";
}

export async function addApplicationMaterial(actor: UserActor, input: NewMaterial, now: Date): Promise<{ id: string }> {
  const app = await db.application.findFirst({ where: { id: input.applicationId, ...applicantScope(actor) }, include: { item: { select: { code: true } } } });
  if (!app) throw notFound("申请");
  if (!EDITABLE_STATUSES.includes(app.status)) throw new AppError("CONFLICT", "申请已提交，不能再修改材料");
  const definition = itemDefinition(app.item.code);
  if (!definition?.materials.some((m) => m.name === input.materialName)) throw new AppError("VALIDATION", "请选择要上传的材料类别");
  if (input.content.length === 0) throw new AppError("VALIDATION", "请选择要上传的文件");
  if (input.content.length > MATERIAL_MAX_BYTES) throw new AppError("VALIDATION", MATERIAL_TOO_LARGE);
  const mime = detectMaterialType(input.content);
  if (!mime) throw new AppError("VALIDATION", MATERIAL_WRONG_TYPE);

  const storageKey = randomBytes(18).toString("base64url");
  const store = fileStore();
  await store.put(storageKey, input.content);
  try {
    return await db.$transaction(async (tx) => {
      const material = await tx.applicationMaterial.create({
        data: {
          applicationId: app.id,
          materialName: input.materialName,
          originalName: cleanName(input.fileName),
          mime,
          size: input.content.length,
          sha256: createHash("sha256").update(input.content).digest("hex"),
          sm3: sm3Hex(input.content),
          storageKey,
          createdAt: now,
        },
      });
      await appendTrace(tx, actor, { action: "application.add-material", entity: "ApplicationMaterial", entityId: material.id, summary: { applicationNo: app.applicationNo, material: input.materialName, size: material.size, sm3: material.sm3 } });
      return { id: material.id };
    });
  } catch (error) {
    await store.delete(storageKey); // no orphan file for a row that was never written
    throw error;
  }
}

export async function removeApplicationMaterial(actor: UserActor, materialId: string): Promise<void> {
  const material = await db.applicationMaterial.findFirst({ where: { id: materialId, application: applicantScope(actor) }, include: { application: { select: { status: true, applicationNo: true } } } });
  if (!material) throw notFound("材料");
  if (!EDITABLE_STATUSES.includes(material.application.status)) throw new AppError("CONFLICT", "申请已提交，不能再修改材料");
  await db.$transaction(async (tx) => {
    await tx.applicationMaterial.delete({ where: { id: material.id } });
    await appendTrace(tx, actor, { action: "application.remove-material", entity: "ApplicationMaterial", entityId: material.id, summary: { applicationNo: material.application.applicationNo, material: material.materialName } });
  });
  await fileStore().delete(material.storageKey);
}

/** The file for the download route: the applicant's own or, for staff, any submitted application's. */
export async function readApplicationMaterial(actor: UserActor, materialId: string) {
  const material = await db.applicationMaterial.findFirst({ where: { id: materialId, application: viewerScope(actor) } });
  if (!material) throw notFound("材料");
  const content = await fileStore().get(material.storageKey);
  if (!content) throw notFound("材料");
  return { content, mime: material.mime, name: material.originalName };
}
