/**
 * X2: the channel services of the resident pension (城乡居民养老保险, LD/T 92 险种 120) and their
 * business input and output as zod schemas. The gateway parses the decrypted body with them, and
 * the same schemas are published (GET /api/channel/v1/services, /developer/channels), so what is
 * published is what is enforced. Every service but AUTH_TOKEN takes the person's authorization
 * code (X3) and nothing that names a person: no channel can list or search persons.
 * No database, no Next.js: safe for pages.
 */
import { z } from "@/lib/validation/zod";
import { SERVICE_SCHEMAS } from "@/lib/direct-connect/schemas";

/** X3: the alphabet of authorization codes (no 0/O, 1/I/L): 8 characters, shown to the person. */
export const AUTH_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const AUTH_CODE_PATTERN = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/;

const authCode = z
  .string()
  .transform((v) => v.replaceAll(/[\s-]/g, "").toUpperCase())
  .pipe(z.string().regex(AUTH_CODE_PATTERN, "授权码应为 8 位字母数字（由参保人在网上服务大厅生成）"))
  .describe("参保人授权码（8 位，参保人在“账户安全 → 授权第三方渠道”生成，10 分钟内有效，只能使用一次）");
const bizSerialNo = z.string().max(32).regex(/^[0-9A-Za-z_-]{1,32}$/, "业务流水号应为 1–32 位字母、数字、下划线或连字符").describe("渠道业务流水号（幂等键，30 日内同一流水号只办理一次）");
const yuan = (what: string) => z.string().describe(`${what}（元，两位小数）`);
const person = z.object({
  personNo: z.string().describe("个人编号"),
  name: z.string().describe("姓名（脱敏）"),
  idNo: z.string().describe("身份证号码（脱敏）"),
});

export const CHANNEL_SERVICE_SCHEMAS = {
  AUTH_TOKEN: SERVICE_SCHEMAS.AUTH_TOKEN,
  CH_RP_INFO: {
    domain: "城乡居民养老保险",
    input: z.object({ authCode }),
    output: z.object({
      person,
      insuranceType: z.literal("120").describe("险种：120 城乡居民基本养老保险（LD/T 92）"),
      status: z.enum(["ACTIVE", "TERMINATED", "NONE"]).describe("参保状态：ACTIVE 参保缴费，TERMINATED 终止（如转入职工养老保险），NONE 未参保"),
      startMonth: z.string().nullable().describe("参保年月（YYYYMM）"),
      endMonth: z.string().nullable().describe("终止年月（YYYYMM）"),
    }),
  },
  CH_RP_CONTRIB: {
    domain: "城乡居民养老保险",
    input: z.object({ authCode, year: z.number().int().min(1990).max(2100).optional().describe("缴费年度；不填为全部年度") }),
    output: z.object({
      items: z.array(z.object({
        year: z.number().describe("缴费年度"),
        personalAmount: yuan("个人缴费"),
        subsidyAmount: yuan("政府补贴"),
        status: z.string().describe("PAID 已缴费"),
      })),
    }),
  },
  CH_RP_BENEFIT: {
    domain: "城乡居民养老保险",
    input: z.object({ authCode }),
    output: z.object({
      items: z.array(z.object({ yearMonth: z.string().describe("发放年月（YYYYMM）"), amount: yuan("发放金额"), status: z.string().describe("PAID 已发放，SUSPENDED 暂停") })),
    }),
  },
  CH_RP_QUALIFY: {
    domain: "城乡居民养老保险",
    input: z.object({
      bizSerialNo,
      authCode,
      checkMethod: z.enum(["FACE", "COUNTER", "TERMINAL"], { error: "核验方式应为 FACE、COUNTER、TERMINAL 之一" }).describe("渠道完成的身份核验方式：FACE 人脸识别，COUNTER 柜面核验，TERMINAL 自助终端核验"),
      checkedAt: z.iso.datetime({ offset: true, error: "核验时间应为 ISO 8601 时间" }).describe("核验完成时间（ISO 8601）"),
    }),
    output: z.object({ year: z.number().describe("认证年度"), status: z.enum(["CERTIFIED"]).describe("CERTIFIED 已认证") }),
  },
  CH_RP_GRADE: {
    domain: "城乡居民养老保险",
    input: z.object({ authCode }),
    output: z.object({
      grades: z.array(z.object({ personalAmount: yuan("档次（个人年缴费）"), subsidyAmount: yuan("对应政府补贴") })).describe("本地区缴费档次"),
      currentGrade: z.string().nullable().describe("参保人最近一个年度选择的档次（元），未缴费为 null"),
    }),
  },
} as const;

export type ChannelServiceCode = keyof typeof CHANNEL_SERVICE_SCHEMAS;

export const CHANNEL_SERVICES: { code: Exclude<ChannelServiceCode, "AUTH_TOKEN">; name: string; kind: "read" | "write" }[] = [
  { code: "CH_RP_INFO", name: "参保信息查询", kind: "read" },
  { code: "CH_RP_CONTRIB", name: "缴费记录查询", kind: "read" },
  { code: "CH_RP_BENEFIT", name: "待遇发放查询", kind: "read" },
  { code: "CH_RP_QUALIFY", name: "领取资格认证", kind: "write" },
  { code: "CH_RP_GRADE", name: "缴费档次查询", kind: "read" },
];

export const CHANNEL_TYPES = { BANK: "合作银行", APP: "移动应用", TERMINAL: "自助服务终端", WEBSITE: "其他网站" } as const;

export function channelServiceName(code: string): string {
  return CHANNEL_SERVICES.find((s) => s.code === code)?.name ?? code;
}

export function isChannelServiceCode(code: string): code is ChannelServiceCode {
  return Object.hasOwn(CHANNEL_SERVICE_SCHEMAS, code);
}

/** 缴费档次 (元/年) with the government subsidy of each, the resident-pension tiers the demo uses. */
export const RESIDENT_GRADES: { personalFen: number; subsidyFen: number }[] = [
  [200, 30], [300, 40], [400, 50], [500, 60], [600, 70], [700, 80], [800, 90], [900, 100], [1000, 110], [1500, 120], [2000, 130], [3000, 150],
].map(([p, s]) => ({ personalFen: p * 100, subsidyFen: s * 100 }));
