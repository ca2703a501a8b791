/**
 * 防伪码 (D2): 16 characters from a cryptographic RNG over 32 symbols that cannot be misread
 * (no 0/O, 1/I), so 80 bits: unguessable. Shown and stored grouped for reading:
 * XXXX-XXXX-XXXX-XXXX. What people type is normalised (case, spaces, dashes, full-width).
 */
import { randomBytes } from "node:crypto";
import { normalizeInput } from "@/lib/identity/id-number";

export const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const CODE_LENGTH = 16;
const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{4}(-[${CODE_ALPHABET}]{4}){3}$`);

export function generateCertificateCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  // 256 is a multiple of 32: every symbol is equally likely.
  const chars = Array.from(bytes, (b) => CODE_ALPHABET[b & 31]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}

export function isCertificateCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/** The grouped form of what someone typed or scanned, or null when it cannot be a code. */
export function normalizeCertificateCode(typed: string): string | null {
  const compact = normalizeInput(typed).toUpperCase().replace(/[\s\-‐‑–—_]/g, "");
  if (compact.length !== CODE_LENGTH) return null;
  const grouped = [0, 4, 8, 12].map((i) => compact.slice(i, i + 4)).join("-");
  return isCertificateCode(grouped) ? grouped : null;
}
