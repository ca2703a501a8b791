import { describe, it, expect } from "vitest";
import {
  ID_TYPES,
  birthDateFromId,
  computeCreditCodeCheckChar,
  computeIdCheckChar,
  createRng,
  generateChineseName,
  generateCreditCode,
  generateIdNumber,
  generateMobile,
  generateUnitName,
  genderFromId,
  sameName,
  validateCreditCode,
  validateIdNumber,
  validateMobile,
  type ValidationResult,
} from "./index";

const NOW = new Date("2025-06-01T04:00:00Z");

function reasonOf(r: ValidationResult): string {
  return r.ok ? "" : r.reason;
}

/** 改变最后一位校验字符，保证与原值不同。 */
function corruptCheck(v: string, charset: string): string {
  const last = v.charAt(v.length - 1);
  const idx = charset.indexOf(last);
  return v.slice(0, -1) + charset.charAt((idx + 1) % charset.length);
}

describe("identity: ID numbers (GB 11643-1999)", () => {
  it("U2: ID_TYPES maps LD/T 92-style codes to Chinese labels", () => {
    expect(ID_TYPES).toEqual({
      "01": "居民身份证",
      "02": "港澳台居民居住证",
      "03": "外国人永久居留身份证",
      "04": "护照",
    });
  });

  it("U2: check digit computed with weights 7,9,10,… and map 10X98765432", () => {
    // 经典示例（GB 11643-1999 附录/公开资料）与手工计算结果
    expect(computeIdCheckChar("11010519491231002")).toBe("X");
    // Σ(ai×Wi) = 167，167 mod 11 = 2 → "10X98765432"[2] = "X"
    expect(computeIdCheckChar("11010119900307777")).toBe("4");
    expect(computeIdCheckChar("44030519900101123")).toBe("X");
    expect(computeIdCheckChar("37020219850615432")).toBe("7");
    expect(() => computeIdCheckChar("1234")).toThrow(RangeError);
  });

  it("U2: accepts known-valid resident ID numbers", () => {
    for (const v of ["11010519491231002X", "110101199003077774", "44030519900101123X", "370202198506154327"]) {
      expect(validateIdNumber("01", v, { now: NOW })).toEqual({ ok: true, normalized: v });
    }
  });

  it("U2: rejects a wrong check digit", () => {
    const r = validateIdNumber("01", "110101199003077777", { now: NOW });
    expect(r.ok).toBe(false);
    expect(reasonOf(r)).toBe("校验位不正确");
    expect(reasonOf(validateIdNumber("01", "110105194912310021", { now: NOW }))).toBe("校验位不正确");
  });

  it("U2: rejects a wrong length", () => {
    expect(reasonOf(validateIdNumber("01", "11010519491231002", { now: NOW }))).toBe("长度应为18位");
    expect(reasonOf(validateIdNumber("01", "11010519491231002X1", { now: NOW }))).toBe("长度应为18位");
    // 一代 15 位身份证不再受理
    expect(reasonOf(validateIdNumber("01", "110105491231002", { now: NOW }))).toBe("长度应为18位");
  });

  it("U2: rejects bad characters with 格式不正确 and empty input", () => {
    expect(reasonOf(validateIdNumber("01", "1101051949123100AX", { now: NOW }))).toBe("格式不正确");
    expect(reasonOf(validateIdNumber("01", "X10105194912310021", { now: NOW }))).toBe("格式不正确");
    expect(reasonOf(validateIdNumber("01", "   ", { now: NOW }))).toBe("不能为空");
    expect(reasonOf(validateIdNumber("99", "11010519491231002X", { now: NOW }))).toBe("证件类型无效");
  });

  it("U2: accepts lower-case x and normalizes to upper-case X (also trims, full-width)", () => {
    expect(validateIdNumber("01", "11010519491231002x", { now: NOW })).toEqual({
      ok: true,
      normalized: "11010519491231002X",
    });
    expect(validateIdNumber("01", " １１０１０５１９４９１２３１００２ｘ ", { now: NOW })).toEqual({
      ok: true,
      normalized: "11010519491231002X",
    });
  });

  it("U2: rejects invalid birth dates (19990230, month 13, future, before 1900)", () => {
    const withCheck = (first17: string): string => first17 + computeIdCheckChar(first17);
    for (const first17 of [
      "11010519990230001", // 2 月 30 日
      "11010519991301001", // 13 月
      "11010520010229001", // 2001 非闰年
      "11010520250602001", // 晚于 NOW（2025-06-01）
      "11010518991231001", // 早于 1900
    ]) {
      expect(reasonOf(validateIdNumber("01", withCheck(first17), { now: NOW }))).toBe("出生日期无效");
    }
    // 闰年 2 月 29 日与当天出生均有效
    expect(validateIdNumber("01", withCheck("11010520000229001"), { now: NOW }).ok).toBe(true);
    expect(validateIdNumber("01", withCheck("11010520250601001"), { now: NOW }).ok).toBe(true);
  });

  it("U2: today is evaluated in Beijing time regardless of server timezone", () => {
    const id = "110105202506020011".slice(0, 17);
    const v = id + computeIdCheckChar(id);
    // 2025-06-01T16:30Z 是北京时间 6 月 2 日 00:30
    expect(validateIdNumber("01", v, { now: new Date("2025-06-01T16:30:00Z") }).ok).toBe(true);
    expect(validateIdNumber("01", v, { now: new Date("2025-06-01T15:30:00Z") }).ok).toBe(false);
  });

  it("U2: rejects unknown region codes", () => {
    for (const first17 of ["00010519491231002", "99010519491231002", "16010519491231002", "81000019800101001"]) {
      const v = first17 + computeIdCheckChar(first17);
      expect(reasonOf(validateIdNumber("01", v, { now: NOW }))).toBe("地区代码无效");
    }
    const taiwan = "71000019800101001";
    expect(validateIdNumber("01", taiwan + computeIdCheckChar(taiwan), { now: NOW }).ok).toBe(true);
  });

  it("U2: 港澳台居民居住证 requires 81/82/83 prefix and the GB 11643 check digit", () => {
    for (const v of ["810000198001010014", "820000199005050028", "830000197501010036"]) {
      expect(validateIdNumber("02", v, { now: NOW })).toEqual({ ok: true, normalized: v });
    }
    expect(reasonOf(validateIdNumber("02", "11010519491231002X", { now: NOW }))).toContain("地区代码无效");
    expect(reasonOf(validateIdNumber("02", "810000198001010015", { now: NOW }))).toBe("校验位不正确");
    expect(reasonOf(validateIdNumber("02", "81000019800101001", { now: NOW }))).toBe("长度应为18位");
    expect(reasonOf(validateIdNumber("02", "810000198002300014", { now: NOW }))).toBe("出生日期无效");
  });

  it("U2: 外国人永久居留身份证 accepts 2023 18-char format and old 15-char format", () => {
    const first17 = "93784019850315001"; // 9 + 37 山东 + 840 国籍 + 19850315 + 001
    const v = first17 + computeIdCheckChar(first17);
    expect(validateIdNumber("03", v, { now: NOW })).toEqual({ ok: true, normalized: v });
    expect(reasonOf(validateIdNumber("03", corruptCheck(v, "0123456789X"), { now: NOW }))).toBe("校验位不正确");
    // 不以 9 开头
    expect(reasonOf(validateIdNumber("03", "11010519491231002X", { now: NOW }))).toContain("格式不正确");
    // 出生日期无效
    const badBirth = "93784019850230001";
    expect(reasonOf(validateIdNumber("03", badBirth + computeIdCheckChar(badBirth), { now: NOW }))).toBe(
      "出生日期无效",
    );
    // 旧版 15 位：3 位字母 + 12 位数字，小写转大写
    expect(validateIdNumber("03", "usa310185031501", { now: NOW })).toEqual({
      ok: true,
      normalized: "USA310185031501",
    });
    expect(reasonOf(validateIdNumber("03", "US1310185031501", { now: NOW }))).toContain("格式不正确");
    expect(reasonOf(validateIdNumber("03", "USA3101850315", { now: NOW }))).toContain("长度应为18位");
  });

  it("U2: 护照 accepts 5–17 letters/digits with at least one digit", () => {
    expect(validateIdNumber("04", "e12345678")).toEqual({ ok: true, normalized: "E12345678" });
    expect(validateIdNumber("04", "AB123").ok).toBe(true);
    expect(validateIdNumber("04", "12345678901234567").ok).toBe(true);
    expect(reasonOf(validateIdNumber("04", "AB12"))).toContain("格式不正确"); // 太短
    expect(reasonOf(validateIdNumber("04", "123456789012345678"))).toContain("格式不正确"); // 太长
    expect(reasonOf(validateIdNumber("04", "ABCDEFG"))).toContain("格式不正确"); // 无数字
    expect(reasonOf(validateIdNumber("04", "E1234-5678"))).toContain("格式不正确"); // 非法字符
  });

  it("U2: birthDateFromId and genderFromId (17th digit parity)", () => {
    expect(birthDateFromId("11010519491231002X")).toEqual({ year: 1949, month: 12, day: 31 });
    expect(birthDateFromId("11010519990230001X")).toBeNull();
    expect(birthDateFromId("1234")).toBeNull();
    expect(genderFromId("11010519491231002X")).toBe("F"); // 第 17 位 2
    expect(genderFromId("110101199003077774")).toBe("M"); // 第 17 位 7
    expect(genderFromId("11010519491231002x")).toBe("F");
    expect(genderFromId("E12345678")).toBeNull();
  });

  it("U2: the real-name check ignores full-width letters, spaces and middle dots, nothing else", () => {
    expect(sameName("张 三", "张三")).toBe(true);
    expect(sameName("阿依·木拉提", "阿依木拉提")).toBe(true);
    expect(sameName("ＬＩ　Ｎａ", "LI Na")).toBe(true);
    expect(sameName("张三", "张四")).toBe(false);
    expect(sameName("Li Na", "li na")).toBe(false);
  });

  it("U2: mobile numbers ^1[3-9]\\d{9}$ with Chinese message", () => {
    expect(validateMobile("13800138000")).toEqual({ ok: true, normalized: "13800138000" });
    expect(validateMobile(" 138-0013-8000 ")).toEqual({ ok: true, normalized: "13800138000" });
    expect(validateMobile("+86 13800138000")).toEqual({ ok: true, normalized: "13800138000" });
    expect(reasonOf(validateMobile("12800138000"))).toContain("手机号码格式不正确");
    expect(reasonOf(validateMobile("1380013800"))).toContain("手机号码格式不正确");
    expect(reasonOf(validateMobile(""))).toContain("不能为空");
  });
});

describe("identity: unified social credit codes (GB 32100-2015)", () => {
  it("U3: accepts known-valid published codes", () => {
    // 91350100M000100Y43 为 GB 32100 常见示例，经本算法验证：校验码为 3
    expect(computeCreditCodeCheckChar("91350100M000100Y4")).toBe("3");
    for (const v of ["91350100M000100Y43", "91110000600037341L", "911100007109311097"]) {
      expect(validateCreditCode(v)).toEqual({ ok: true, normalized: v });
    }
  });

  it("U3: rejects a wrong check character", () => {
    expect(reasonOf(validateCreditCode("91350100M000100Y44"))).toBe("校验位不正确");
    expect(reasonOf(validateCreditCode("91110000600037341K"))).toBe("校验位不正确");
  });

  it("U3: rejects a wrong length or empty input", () => {
    expect(reasonOf(validateCreditCode("91350100M000100Y4"))).toBe("长度应为18位");
    expect(reasonOf(validateCreditCode("91350100M000100Y431"))).toBe("长度应为18位");
    expect(reasonOf(validateCreditCode(""))).toBe("不能为空");
  });

  it("U3: accepts lower-case input and normalizes to upper-case", () => {
    expect(validateCreditCode(" 91350100m000100y43 ")).toEqual({ ok: true, normalized: "91350100M000100Y43" });
    expect(computeCreditCodeCheckChar("91350100m000100y4")).toBe("3");
  });

  it("U3: rejects forbidden letters I, O, Z, S, V", () => {
    for (const bad of ["I", "O", "Z", "S", "V"]) {
      const v = `91350100M000100${bad}43`;
      const reason = reasonOf(validateCreditCode(v));
      expect(reason).toContain("格式不正确");
      expect(reason).toContain(bad);
    }
    expect(() => computeCreditCodeCheckChar("91350100M000100O4")).toThrow(RangeError);
  });

  it("U3: rejects a non-numeric administrative division code (chars 3–8)", () => {
    const first17 = "91A50100M000100Y4";
    const v = first17 + computeCreditCodeCheckChar(first17);
    expect(reasonOf(validateCreditCode(v))).toBe("地区代码无效");
  });

  it("U3: check value 31 maps to 0", () => {
    // 找到一个 Σ mod 31 = 0 的前 17 位：改变最后一位直到校验码为 "0"
    const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    const hit = Array.from(charset)
      .map((c) => `9137020216356268${c}`)
      .find((f) => computeCreditCodeCheckChar(f) === "0");
    expect(hit).toBeDefined();
    if (hit) expect(validateCreditCode(`${hit}0`).ok).toBe(true);
  });
});

describe("identity: generators", () => {
  it("B2: 10,000 generated ID numbers all validate and honour options", () => {
    const rng = createRng(20250601);
    for (let i = 0; i < 10_000; i++) {
      const id = generateIdNumber(rng);
      const r = validateIdNumber("01", id);
      if (!r.ok) throw new Error(`${id}: ${r.reason}`);
    }
    const fixed = generateIdNumber(rng, {
      regionCode: "370212",
      birthDate: { year: 1988, month: 2, day: 29 },
      gender: "F",
    });
    expect(fixed.startsWith("37021219880229")).toBe(true);
    expect(genderFromId(fixed)).toBe("F");
    expect(validateIdNumber("01", fixed).ok).toBe(true);
    for (let i = 0; i < 200; i++) {
      expect(genderFromId(generateIdNumber(rng, { gender: "M" }))).toBe("M");
    }
    expect(() => generateIdNumber(rng, { regionCode: "990101" })).toThrow(RangeError);
    expect(() => generateIdNumber(rng, { birthDate: { year: 1999, month: 2, day: 30 } })).toThrow(RangeError);
  });

  it("B2: 10,000 generated credit codes all validate", () => {
    const rng = createRng(7);
    const regions = ["370202", "370211", "370281", "110105", "310104", "440305"];
    for (let i = 0; i < 10_000; i++) {
      const region = rng.pick(regions);
      const code = generateCreditCode(rng, region);
      const r = validateCreditCode(code);
      if (!r.ok) throw new Error(`${code}: ${r.reason}`);
      expect(code.slice(2, 8)).toBe(region);
    }
    expect(() => generateCreditCode(rng, "37A202")).toThrow(RangeError);
  });

  it("B2: same seed produces the same output", () => {
    const run = (seed: number): string[] => {
      const rng = createRng(seed);
      const out: string[] = [];
      for (let i = 0; i < 50; i++) {
        out.push(
          generateIdNumber(rng),
          generateCreditCode(rng, "370202"),
          generateChineseName(rng, rng.chance(0.5) ? "M" : "F"),
          generateMobile(rng),
          generateUnitName(rng, "青岛"),
        );
      }
      return out;
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it("B2: names are 2–4 Chinese characters", () => {
    const rng = createRng(1);
    for (let i = 0; i < 2_000; i++) {
      const name = generateChineseName(rng, i % 2 === 0 ? "M" : "F");
      expect(name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    }
  });

  it("B2: mobiles validate; unit names look like 城市+字号+行业+有限公司", () => {
    const rng = createRng(99);
    for (let i = 0; i < 1_000; i++) {
      expect(validateMobile(generateMobile(rng)).ok).toBe(true);
      const unit = generateUnitName(rng, i % 2 === 0 ? "青岛" : "青岛市");
      expect(unit).toMatch(/^青岛[\u4e00-\u9fff]{2}[\u4e00-\u9fff]+(股份)?有限公司$/);
      expect(unit.startsWith("青岛市")).toBe(false);
    }
  });

  it("B2: rng int/pick/chance stay in range", () => {
    const rng = createRng(123);
    for (let i = 0; i < 1_000; i++) {
      const n = rng.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      expect(["a", "b"]).toContain(rng.pick(["a", "b"]));
    }
    expect(rng.chance(0)).toBe(false);
    expect(rng.chance(1)).toBe(true);
  });
});
