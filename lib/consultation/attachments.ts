/**
 * 信件附件 (K1): PDF, JPG or PNG, recognised by their first bytes (the name and the browser's
 * type are not trusted), at most 3 of 2 MB each, stored under DATA_DIR/consultation (outside
 * public/) under a random name, and read back only by the asker or STAFF. Kept to this module
 * so the files can move to a shared file store later without touching the mailbox.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { ensureDataDir } from "@/lib/config";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { UserActor } from "@/lib/auth/actor";

export const MAX_ATTACHMENTS = 3;
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface CheckedFile {
  fileName: string;
  mimeType: "application/pdf" | "image/jpeg" | "image/png";
  bytes: Uint8Array;
}

const EXTENSIONS = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" } as const;

/** The file's type from its magic bytes, or null for anything else. */
export function detectFileType(bytes: Uint8Array): CheckedFile["mimeType"] | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf"; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  return null;
}

/** Refuses the whole set with one clear message when any file breaks a rule. */
export function checkAttachments(files: readonly UploadedFile[]): CheckedFile[] {
  const refuse = (message: string) => new AppError("VALIDATION", message, { fieldErrors: { attachments: message } });
  if (files.length > MAX_ATTACHMENTS) throw refuse(`最多上传 ${MAX_ATTACHMENTS} 个附件`);
  return files.map((f) => {
    const fileName = path.basename(f.name).slice(-100) || "附件";
    if (f.bytes.length > MAX_ATTACHMENT_BYTES) throw refuse(`附件“${fileName}”超过 2 MB`);
    const mimeType = detectFileType(f.bytes);
    if (!mimeType) throw refuse(`附件“${fileName}”不是 PDF、JPG 或 PNG 文件`);
    return { fileName, mimeType, bytes: f.bytes };
  });
}

function attachmentDir(): string {
  return path.join(ensureDataDir(), "consultation");
}

export interface StoredFile {
  fileName: string;
  mimeType: string;
  size: number;
  storedName: string;
}

/** Writes the files before the letter's transaction; `discard` removes them if it fails. */
export async function storeAttachmentFiles(files: readonly CheckedFile[]): Promise<{ stored: StoredFile[]; discard: () => Promise<void> }> {
  if (files.length === 0) return { stored: [], discard: async () => {} };
  const dir = attachmentDir();
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const stored: StoredFile[] = [];
  for (const f of files) {
    const storedName = `${randomUUID()}.${EXTENSIONS[f.mimeType]}`;
    await fs.writeFile(path.join(dir, storedName), f.bytes, { mode: 0o600, flag: "wx" });
    stored.push({ fileName: f.fileName, mimeType: f.mimeType, size: f.bytes.length, storedName });
  }
  return { stored, discard: async () => void (await Promise.all(stored.map((s) => fs.rm(path.join(dir, s.storedName), { force: true })))) };
}

/** An attachment for its asker, or for STAFF and ADMIN; anyone else gets "not found". */
export async function readAttachment(actor: UserActor, attachmentId: string) {
  const staff = actor.role === "STAFF" || actor.role === "ADMIN";
  const attachment = await db.consultationAttachment.findFirst({
    where: { id: attachmentId, ...(staff ? {} : { consultation: { userId: actor.id } }) },
  });
  if (!attachment) throw notFound("附件");
  const bytes = await fs.readFile(path.join(attachmentDir(), attachment.storedName));
  return { fileName: attachment.fileName, mimeType: attachment.mimeType, bytes };
}
