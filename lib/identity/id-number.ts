/**
 * 证件号码规则（居民身份证、港澳台居民居住证、外国人永久居留身份证、护照）。
 *
 * 纯 TypeScript，不依赖 Next.js / Prisma，前后端均可使用。
 * 居民身份证号码结构与校验码算法依据 GB 11643-1999《公民身份号码》：
 *   6 位地址码 + 8 位出生日期码 + 3 位顺序码（第 17 位奇数为男、偶数为女）+ 1 位校验码。
 */

/** 统一的校验结果：成功时给出规范化后的值，失败时给出中文原因。 */
export type ValidationResult =
  | { ok: true; normalized: string }
  | { ok: false; reason: string };

/** 证件类型代码（参照 LD/T 92 系列人社信息指标中的证件类型代码）。 */
export type IdType = "01" | "02" | "03" | "04";

export const ID_TYPES: Readonly<Record<IdType, string>> = {
  "01": "居民身份证",
  "02": "港澳台居民居住证",
  "03": "外国人永久居留身份证",
  "04": "护照",
};

export function isIdType(value: string): value is IdType {
  return Object.prototype.hasOwnProperty.call(ID_TYPES, value);
}

/** 失败原因（中文，可直接展示给用户）。调用方可用 `includes` 判断类别。 */
export const ID_REASONS = {
  empty: "不能为空",
  length: "长度应为18位",
  check: "校验位不正确",
  birth: "出生日期无效",
  region: "地区代码无效",
  format: "格式不正确",
  type: "证件类型无效",
} as const;

/** 省级行政区划代码（GB/T 2260）：内地 31 个省级单位 + 台湾 71。 */
export const MAINLAND_PROVINCE_CODES: readonly string[] = [
  "11", "12", "13", "14", "15",
  "21", "22", "23",
  "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46",
  "50", "51", "52", "53", "54",
  "61", "62", "63", "64", "65",
];
/** 居民身份证允许的省级代码（含 71 台湾）。 */
export const RESIDENT_ID_PROVINCE_CODES: readonly string[] = [...MAINLAND_PROVINCE_CODES, "71"];
/** 港澳台居民居住证地址码前两位：81 香港、82 澳门、83 台湾。 */
export const RESIDENCE_PERMIT_PREFIXES: readonly string[] = ["81", "82", "83"];

/** GB 11643-1999 加权因子 Wi = 2^(17-i) mod 11。 */
const GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** GB 11643-1999 校验码映射：下标为 Σ(ai×Wi) mod 11。 */
const GB11643_CHECK_MAP = "10X98765432";

/**
 * 全角转半角并去除首尾空白（含全角空格），便于容忍输入法输入的“１１０１…Ｘ”。
 * 不改变大小写。
 */
export function normalizeInput(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .trim();
}

/**
 * 计算 GB 11643-1999 校验码（MOD 11-2）。
 * @param first17 前 17 位数字
 * @throws RangeError 输入不是 17 位数字时
 */
export function computeIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError("computeIdCheckChar: 需要17位数字");
  }
  let sum = 0;
  GB11643_WEIGHTS.forEach((w, i) => {
    sum += Number(first17.charAt(i)) * w;
  });
  return GB11643_CHECK_MAP.charAt(sum % 11);
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 当前日期（按北京时间 UTC+8，与服务器时区无关），格式 YYYYMMDD 数字。 */
function todayYmdInChina(now: Date): number {
  const t = new Date(now.getTime() + 8 * 3600 * 1000);
  return t.getUTCFullYear() * 10000 + (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
}

/** 校验 8 位 YYYYMMDD：真实日历日期、不早于 1900 年、不晚于今天（北京时间）。 */
function isValidBirthYmd(ymd: string, now: Date): boolean {
  if (!/^\d{8}$/.test(ymd)) return false;
  const y = Number(ymd.slice(0, 4));
  const m = Number(ymd.slice(4, 6));
  const d = Number(ymd.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return false;
  return Number(ymd) <= todayYmdInChina(now);
}

export interface ValidateIdOptions {
  /** 用于判断“出生日期不在未来”的当前时间，默认 `new Date()`（测试可注入）。 */
  now?: Date;
}

/**
 * 18 位 GB 11643 结构号码的通用校验（居民身份证 / 港澳台居民居住证）。
 * 检查顺序：长度 → 字符格式 → 地区码 → 出生日期 → 校验位。
 */
function validateGb11643(
  raw: string,
  allowedPrefixes: readonly string[],
  regionReason: string,
  now: Date,
): ValidationResult {
  const v = raw.toUpperCase();
  if (v.length !== 18) return { ok: false, reason: ID_REASONS.length };
  if (!/^\d{17}[\dX]$/.test(v)) return { ok: false, reason: ID_REASONS.format };
  if (!allowedPrefixes.includes(v.slice(0, 2))) return { ok: false, reason: regionReason };
  if (!isValidBirthYmd(v.slice(6, 14), now)) return { ok: false, reason: ID_REASONS.birth };
  if (computeIdCheckChar(v.slice(0, 17)) !== v.charAt(17)) return { ok: false, reason: ID_REASONS.check };
  return { ok: true, normalized: v };
}

/**
 * 外国人永久居留身份证。
 * - 2023 版：18 位，"9" + 2 位受理地省级代码 + 3 位国籍代码 + 8 位出生日期 + 3 位顺序码 + 1 位校验码，
 *   校验码算法同 GB 11643-1999。
 * - 旧版：15 位，3 位国籍字母代码 + 12 位数字（仅做格式校验）。
 */
function validateForeignPermanentResidence(raw: string, now: Date): ValidationResult {
  const v = raw.toUpperCase();
  if (v.length === 15) {
    return /^[A-Z]{3}\d{12}$/.test(v)
      ? { ok: true, normalized: v }
      : { ok: false, reason: `${ID_REASONS.format}（旧版应为3位字母+12位数字）` };
  }
  if (v.length !== 18) return { ok: false, reason: `${ID_REASONS.length}（旧版证件为15位）` };
  if (!/^9\d{16}[\dX]$/.test(v)) {
    return { ok: false, reason: `${ID_REASONS.format}（新版应以9开头）` };
  }
  if (!MAINLAND_PROVINCE_CODES.includes(v.slice(1, 3))) return { ok: false, reason: ID_REASONS.region };
  if (!isValidBirthYmd(v.slice(6, 14), now)) return { ok: false, reason: ID_REASONS.birth };
  if (computeIdCheckChar(v.slice(0, 17)) !== v.charAt(17)) return { ok: false, reason: ID_REASONS.check };
  return { ok: true, normalized: v };
}

/** 护照：5–17 位字母或数字，至少含 1 位数字；统一转为大写。 */
function validatePassport(raw: string): ValidationResult {
  const v = raw.toUpperCase();
  if (!/^[A-Z0-9]{5,17}$/.test(v) || !/\d/.test(v)) {
    return { ok: false, reason: `${ID_REASONS.format}（应为5–17位字母或数字）` };
  }
  return { ok: true, normalized: v };
}

/**
 * 按证件类型校验证件号码。
 * 输入会去除首尾空白、全角转半角，字母统一转为大写（如末位小写 x → X）。
 */
export function validateIdNumber(
  type: IdType | (string & {}),
  value: string,
  options: ValidateIdOptions = {},
): ValidationResult {
  const now = options.now ?? new Date();
  const v = normalizeInput(value ?? "");
  if (v === "") return { ok: false, reason: ID_REASONS.empty };
  switch (type) {
    case "01":
      return validateGb11643(v, RESIDENT_ID_PROVINCE_CODES, ID_REASONS.region, now);
    case "02":
      return validateGb11643(
        v,
        RESIDENCE_PERMIT_PREFIXES,
        `${ID_REASONS.region}（港澳台居民居住证应以81、82、83开头）`,
        now,
      );
    case "03":
      return validateForeignPermanentResidence(v, now);
    case "04":
      return validatePassport(v);
    default:
      return { ok: false, reason: ID_REASONS.type };
  }
}

export interface BirthDateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/**
 * 从 18 位号码（居民身份证 / 居住证 / 2023 版永居证）第 7–14 位取出生日期。
 * 日期不是真实日历日期时返回 null（不做“未来日期”判断）。
 */
export function birthDateFromId(idNumber: string): BirthDateParts | null {
  const v = normalizeInput(idNumber);
  if (!/^\d{17}[\dXx]$/.test(v)) return null;
  const year = Number(v.slice(6, 10));
  const month = Number(v.slice(10, 12));
  const day = Number(v.slice(12, 14));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** 出生日期格式化为 "YYYY-MM-DD"。 */
export function formatBirthDate(parts: BirthDateParts): string {
  const mm = String(parts.month).padStart(2, "0");
  const dd = String(parts.day).padStart(2, "0");
  return `${String(parts.year).padStart(4, "0")}-${mm}-${dd}`;
}

export type Gender = "M" | "F";

/** 按 GB 11643-1999，第 17 位（顺序码末位）奇数为男、偶数为女。非 18 位号码返回 null。 */
export function genderFromId(idNumber: string): Gender | null {
  const v = normalizeInput(idNumber);
  if (!/^\d{17}[\dXx]$/.test(v)) return null;
  return Number(v.charAt(16)) % 2 === 1 ? "M" : "F";
}
