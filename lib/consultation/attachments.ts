/**
 * 信件附件 (K1): PDF, JPG or PNG, recognised by their first bytes (the name and the browser's
 * type are not trusted), at most 3 of 2 MB each, kept in the shared file store (lib/files:
 * outside public/, in the database when several instances share PostgreSQL) under a random
 * key, and read back only by the asker or STAFF.
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { UserActor } from "@/lib/auth/actor";
import { fileStore } from "@/lib/files/file-store";
import { detectMaterialType, type MaterialMime } from "@/lib/files/file-type";

export const MAX_ATTACHMENTS = 3;
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface CheckedFile {
  fileName: string;
  mimeType: MaterialMime;
  bytes: Uint8Array;
}

/** Refuses the whole set with one clear message when any file breaks a rule. */
export function checkAttachments(files: readonly UploadedFile[]): CheckedFile[] {
  const refuse = (message: string) => new AppError("VALIDATION", message, { fieldErrors: { attachments: message } });
  if (files.length > MAX_ATTACHMENTS) throw refuse(`最多上传 ${MAX_ATTACHMENTS} 个附件`);
  return files.map((f) => {
    const fileName = path.basename(f.name).slice(-100) || "附件";
    if (f.bytes.length > MAX_ATTACHMENT_BYTES) throw refuse(`附件“${fileName}”超过 2 MB`);
    const mimeType = detectMaterialType(f.bytes);
    if (!mimeType) throw refuse(`附件“${fileName}”不是 PDF、JPG 或 PNG 文件`);
    return { fileName, mimeType, bytes: f.bytes };
  });
}

export interface StoredFile {
  fileName: string;
  mimeType: string;
  size: number;
  storedName: string;
}

/** Writes the files before the letter's transaction; `discard` removes them if it fails. */
export async function storeAttachmentFiles(files: readonly CheckedFile[]): Promise<{ stored: StoredFile[]; discard: () => Promise<void> }> {
  const store = fileStore();
  const stored: StoredFile[] = [];
  for (const f of files) {
    const storedName = randomUUID();
    await store.put(storedName, f.bytes);
    stored.push({ fileName: f.fileName, mimeType: f.mimeType, size: f.bytes.length, storedName });
  }
  return { stored, discard: async () => void (await Promise.all(stored.map((s) => store.delete(s.storedName)))) };
}

/** An attachment for its asker, or for STAFF and ADMIN; anyone else gets "not found". */
export async function readAttachment(actor: UserActor, attachmentId: string) {
  const staff = actor.role === "STAFF" || actor.role === "ADMIN";
  const attachment = await db.consultationAttachment.findFirst({
    where: { id: attachmentId, ...(staff ? {} : { consultation: { userId: actor.id } }) },
  });
  if (!attachment) throw notFound("附件");
  const bytes = await fileStore().get(attachment.storedName);
  if (!bytes) throw notFound("附件");
  return { fileName: attachment.fileName, mimeType: attachment.mimeType, bytes };
}
