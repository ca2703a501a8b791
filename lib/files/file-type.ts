/**
 * Uploads — application materials (P1) and letter attachments (K1) — are PDF, JPG or PNG,
 * recognised by their first bytes, not by the name or the browser's claim: a script renamed
 * to .pdf is refused. Each domain sets its own size limit. Safe for client components.
 */
export const MATERIAL_MAX_BYTES = 10 * 1024 * 1024;
export const MATERIAL_TYPES_LABEL = "PDF、JPG、PNG";

export type MaterialMime = "application/pdf" | "image/jpeg" | "image/png";

const SIGNATURES: readonly { mime: MaterialMime; bytes: readonly number[] }[] = [
  { mime: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mime: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];

export function detectMaterialType(content: Uint8Array): MaterialMime | null {
  for (const { mime, bytes } of SIGNATURES) {
    if (content.length >= bytes.length && bytes.every((b, i) => content[i] === b)) return mime;
  }
  return null;
}

export const EXTENSION_OF: Record<MaterialMime, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };
