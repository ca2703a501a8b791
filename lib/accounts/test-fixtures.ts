/**
 * Fixtures for the account tests: insured persons and units in the built-in core system, each
 * with fresh identity numbers, and helpers to read the SMS outbox as a user would read their phone.
 */
import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { runWithRequestContext } from "@/lib/actions/define-action";
import { birthDateFromId, createRng, formatBirthDate, generateCreditCode, generateIdNumber, genderFromId } from "@/lib/identity";

const rng = () => createRng(randomInt(1, 2 ** 31));

export function uniqueMobile(): string {
  return `13${randomInt(5, 10)}${String(randomInt(0, 1e8)).padStart(8, "0")}`;
}

/** A different address per test, so the per-IP rate limits of one test never touch another. */
export function uniqueIp(): string {
  return `198.51.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

/**
 * Runs an action as an anonymous visitor from an address of its own, so the per-IP limits on
 * registration and reset of one test never reach another (tests/helpers' anonymous() shares one).
 */
export function asVisitor<T>(fn: () => Promise<T>, ip = uniqueIp()): Promise<T> {
  return runWithRequestContext({ user: null, client: { ip, userAgent: "vitest" } }, fn);
}

/** An insured person whose birth date and gender agree with the ID number, as in the core system. */
export async function createCorePerson(overrides: Partial<{ name: string; socialCardNo: string | null; status: string; mobile: string | null }> = {}) {
  const idNumber = generateIdNumber(rng(), { gender: "F" });
  return db.corePerson.create({
    data: {
      personNo: `P${randomUUID().replace(/-/g, "").slice(0, 14).toUpperCase()}`,
      idType: "01",
      idNumber,
      name: overrides.name ?? "林晓梅",
      gender: genderFromId(idNumber)!,
      birthDate: formatBirthDate(birthDateFromId(idNumber)!),
      mobile: overrides.mobile === undefined ? uniqueMobile() : overrides.mobile,
      socialCardNo: overrides.socialCardNo === undefined ? null : overrides.socialCardNo,
      status: overrides.status ?? "INSURED",
    },
  });
}

export async function createCoreUnit(overrides: Partial<{ name: string; legalRepName: string; legalRepPhone: string; handlerMobile: string | null; status: string }> = {}) {
  const tag = randomUUID().slice(0, 6).toUpperCase();
  return db.coreUnit.create({
    data: {
      unitNo: `U${tag}${randomInt(0, 1e6)}`,
      name: overrides.name ?? `青岛测试${tag}科技有限公司`,
      creditCode: generateCreditCode(rng(), "370202"),
      regionCode: "370202",
      legalRepName: overrides.legalRepName ?? "周测试",
      legalRepPhone: overrides.legalRepPhone ?? uniqueMobile(),
      handlerName: "钱专管",
      handlerMobile: overrides.handlerMobile === undefined ? uniqueMobile() : overrides.handlerMobile,
      address: "青岛市市南区测试路 1 号",
      industry: "软件和信息技术服务业",
      status: overrides.status ?? "ACTIVE",
      registeredOn: "2020-01-01",
    },
  });
}

/** The 6-digit code in the newest SMS to this mobile, as the holder would read it. */
export async function latestSmsCode(mobile: string): Promise<string> {
  const sms = await db.smsOutbox.findFirst({ where: { mobile }, orderBy: { id: "desc" } });
  const code = sms?.content.match(/验证码\s*(\d{6})/)?.[1];
  if (!code) throw new Error(`no SMS code sent to ${mobile}`);
  return code;
}

export function username(prefix = "u"): string {
  return `${prefix}${randomUUID().replace(/-/g, "").slice(0, 12)}`;
}
