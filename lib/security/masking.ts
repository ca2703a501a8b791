/**
 * Masks for personal data shown in lists, logs, messages, the operation trace and public
 * pages (D3: 张*三, 1101**********002X). Every domain masks through this one module.
 */
import { normalizeInput } from "@/lib/identity/id-number";

function stars(n: number): string {
  return "*".repeat(Math.max(0, n));
}

/**
 * 证件号码脱敏：保留前 4 位与后 4 位，如 `1101**********002X`。
 * 长度不足 9 位的号码（如短护照号）保留首尾各 2 位或 1 位，保证至少遮盖一位。
 */
export function maskIdNumber(value: string): string {
  const chars = Array.from(normalizeInput(value));
  const n = chars.length;
  if (n === 0) return "";
  const keep = n >= 9 ? 4 : n >= 5 ? 2 : n >= 3 ? 1 : 0;
  if (keep === 0) return n === 1 ? "*" : `${chars.slice(0, 1).join("")}*`;
  return chars.slice(0, keep).join("") + stars(n - 2 * keep) + chars.slice(n - keep).join("");
}

/** 姓名脱敏：两字 `张*`，三字及以上 `张*三` / `欧**锋`；单字 `*`。按 Unicode 码点处理生僻字。 */
export function maskName(name: string): string {
  const chars = Array.from(normalizeInput(name));
  const n = chars.length;
  if (n === 0) return "";
  if (n === 1) return "*";
  const first = chars.slice(0, 1).join("");
  if (n === 2) return `${first}*`;
  return first + stars(n - 2) + chars.slice(n - 1).join("");
}

/** 手机号脱敏：`13800138000` → `138****8000`；其他长度保留前 3 后 4（不足时遮盖中间部分）。 */
export function maskMobile(mobile: string): string {
  const v = normalizeInput(mobile);
  const n = v.length;
  if (n === 0) return "";
  if (n >= 8) return v.slice(0, 3) + stars(n - 7) + v.slice(n - 4);
  if (n <= 2) return stars(n);
  return v.charAt(0) + stars(n - 2) + v.charAt(n - 1);
}

/** IPv4 keeps the first two octets (203.0.*.*); IPv6 keeps the first two groups. */
export function maskIp(ip: string): string {
  if (!ip || ip === "unknown") return ip || "";
  const v4 = ip.replace(/^::ffff:/, "");
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v4)) {
    const [a, b] = v4.split(".");
    return `${a}.${b}.*.*`;
  }
  if (ip === "::1") return ip; // loopback: nothing personal in it
  if (ip.includes(":")) {
    const groups = ip.split(":").filter(Boolean);
    return `${groups.slice(0, 2).join(":")}:*`;
  }
  return `${ip.slice(0, 3)}***`;
}

/**
 * S7: a typed login identifier that matched no account may be a mistyped name, someone else's
 * ID or a password typed into the wrong field, so the log keeps only its shape: the first two
 * and last two characters of six or more, the first of fewer.
 */
export function maskIdentifier(typed: string): string {
  const chars = Array.from(typed);
  const n = chars.length;
  if (n >= 6) return chars.slice(0, 2).join("") + "*".repeat(n - 4) + chars.slice(n - 2).join("");
  return n === 0 ? "" : chars[0] + "*".repeat(n - 1);
}

/**
 * 证件号码按证件类型脱敏（D3）：居民身份证、港澳台居民居住证、外国人永久居留身份证（18 位新版与
 * 15 位旧版）保留前 4 后 4，如 `1101**********002X`；护照（04）号码短，保留前 2 后 2，至少遮盖一半；
 * 统一社会信用代码（CREDIT）保留前 4 后 4。未知类型按最严的规则：保留首尾各 2 位。
 */
export function maskDocumentNumber(idType: string, value: string): string {
  const chars = Array.from(normalizeInput(value));
  const n = chars.length;
  if (["01", "02", "03", "CREDIT"].includes(idType) && n >= 15) return maskIdNumber(value);
  if (n <= 4) return maskIdNumber(value);
  const keep = Math.min(2, Math.floor(n / 4));
  return chars.slice(0, keep).join("") + stars(n - 2 * keep) + chars.slice(n - keep).join("");
}
