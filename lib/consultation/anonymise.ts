/**
 * 公开答复前脱敏 (K1, §5.5.3): a letter made public must carry no personal data. The automatic
 * pass masks ID numbers, mobile numbers and the asker's name through lib/security/masking;
 * STAFF then edits the copy by hand, and publishing refuses a copy that still holds any of them.
 */
import { maskIdNumber, maskMobile, maskName } from "@/lib/security/masking";

// 18-digit resident ID (last may be X) and 15-digit old ones; 11-digit mainland mobiles.
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(1[3-9]\d{9})(?!\d)/g;

export function maskPersonalData(text: string, names: readonly string[]): string {
  let out = text.replace(ID_NUMBER, (m) => maskIdNumber(m)).replace(MOBILE, (m) => maskMobile(m));
  for (const name of names) {
    if (name.trim().length >= 2) out = out.replaceAll(name.trim(), maskName(name.trim()));
  }
  return out;
}

/** What personal data the text still holds, as reasons to show STAFF; empty when clean. */
export function personalDataIn(text: string, names: readonly string[]): string[] {
  const found: string[] = [];
  if (new RegExp(ID_NUMBER.source).test(text)) found.push("身份证号码");
  if (new RegExp(MOBILE.source).test(text)) found.push("手机号码");
  if (names.some((n) => n.trim().length >= 2 && text.includes(n.trim()))) found.push("提问人姓名");
  return found;
}
