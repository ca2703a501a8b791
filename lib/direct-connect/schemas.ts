/**
 * The business input and output of every service code, as zod schemas: the gateway parses the
 * decrypted body with them (a failure answers business code 1001 with the fields), and the same
 * schemas produce `/services`, the OpenAPI document and the developer pages, so what is published
 * is what is enforced. No database, no Next.js: safe for pages and the client.
 */
import { MOBILE_PATTERN, MOBILE_REASON } from "@/lib/identity/mobile";
import { validateIdNumber } from "@/lib/identity/id-number";
import { z } from "@/lib/validation/zod";
import { SERVICE_CODES } from "./service-codes";

const bizSerialNo = z.string().max(32).regex(/^[0-9A-Za-z_-]{1,32}$/, "业务流水号应为 1–32 位字母、数字、下划线或连字符").describe("企业业务流水号（幂等键，30 日内同一流水号只办理一次）");
const idType = z.literal("01", { error: "证件类型目前只支持 01（居民身份证）" }).describe("证件类型：01 居民身份证");
const idNo = z
  .string()
  .length(18, "身份证号码应为 18 位")
  .refine((v) => validateIdNumber("01", v.toUpperCase()).ok, "身份证号码无效（校验位不符）")
  .describe("证件号码（18 位居民身份证号码）");
const name = z.string().trim().min(2, "姓名至少 2 个字符").max(30).describe("姓名");
const mobile = z.string().regex(MOBILE_PATTERN, MOBILE_REASON).describe("手机号码（11 位）");
const day = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, `${what}应为 YYYY-MM-DD`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), `${what}不是有效日期`)
    .describe(`${what}（YYYY-MM-DD）`);
const amount = (what: string) => z.string().regex(/^\d{1,9}(\.\d{1,2})?$/, `${what}应为金额，如 8000.00`).describe(`${what}（元，十进制字符串，至多两位小数）`);
const text = (what: string, max: number) => z.string().trim().min(1, `${what}为必填项`).max(max, `${what}不能超过 ${max} 个字符`).describe(`${what}（≤ ${max} 字）`);

export const INSURANCE_TYPE_CODES = ["110", "210", "310", "410", "510"] as const;

const acceptance = z.object({
  acceptNo: z.string().describe("受理编号"),
  status: z.enum(["ACCEPTED"]).describe("ACCEPTED 已受理"),
});

export const SERVICE_SCHEMAS = {
  AUTH_TOKEN: {
    domain: "认证",
    input: z.object({}).strict().describe("空对象 {}"),
    output: z.object({
      token: z.string().describe("当日令牌，放入以后每个请求的 head.token"),
      expiresAt: z.string().describe("失效时间（ISO 8601，北京时间当日 24:00）"),
    }),
  },
  SB_EMP_REG: {
    domain: "社会保险",
    input: z.object({
      bizSerialNo,
      idType,
      idNo,
      name,
      mobile,
      hireDate: day("入职日期"),
      insuranceTypes: z
        .array(z.enum(INSURANCE_TYPE_CODES, { error: "险种代码应为 110、210、310、410、510 之一" }))
        .min(1, "至少选择一个险种")
        .max(5)
        .refine((v) => new Set(v).size === v.length, "险种不能重复")
        .describe("参保险种（LD/T 92）：110 基本养老、210 失业、310 基本医疗、410 工伤、510 生育"),
      wageBase: amount("缴费工资基数"),
    }),
    output: z.object({
      personNo: z.string().describe("个人编号（社会保障号码对应的核心系统编号）"),
      status: z.enum(["REGISTERED"]).describe("REGISTERED 已参保"),
    }),
  },
  SB_ORG_CHANGE: {
    domain: "社会保险",
    input: z
      .object({
        bizSerialNo,
        address: text("单位地址", 100).optional(),
        legalRepName: text("法定代表人姓名", 30).optional(),
        legalRepPhone: mobile.optional().describe("法定代表人手机号码"),
      })
      .refine((v) => v.address !== undefined || v.legalRepName !== undefined || v.legalRepPhone !== undefined, { message: "至少填写一项变更内容", path: ["address"] }),
    output: z.object({ unitNo: z.string().describe("单位编号"), status: z.enum(["CHANGED"]).describe("CHANGED 已变更") }),
  },
  SB_PSN_CHANGE: {
    domain: "社会保险",
    input: z
      .object({ bizSerialNo, idType, idNo, mobile: mobile.optional(), address: text("联系地址", 100).optional() })
      .refine((v) => v.mobile !== undefined || v.address !== undefined, { message: "至少填写一项变更内容", path: ["mobile"] }),
    output: z.object({ personNo: z.string().describe("个人编号"), status: z.enum(["CHANGED"]).describe("CHANGED 已变更") }),
  },
  JY_EMP_REG: {
    domain: "就业",
    input: z.object({
      bizSerialNo, idType, idNo, name,
      startDate: day("就业日期"),
      position: text("岗位", 50),
      contractType: z.enum(["FIXED", "OPEN", "TASK"], { error: "合同类型应为 FIXED、OPEN 或 TASK" }).describe("劳动合同类型：FIXED 固定期限、OPEN 无固定期限、TASK 以完成一定工作任务为期限"),
    }),
    output: acceptance,
  },
  JY_UNEMP_REG: {
    domain: "就业",
    input: z.object({ bizSerialNo, idType, idNo, name, separationDate: day("解除劳动关系日期"), reason: text("解除原因", 200) }),
    output: acceptance,
  },
  LD_EMP_FILING: {
    domain: "劳动关系",
    input: z.object({
      bizSerialNo, idType, idNo, name,
      contractStart: day("合同起始日期"),
      contractEnd: day("合同终止日期").optional(),
      jobTitle: text("工作岗位", 50),
      monthlyWage: amount("月工资"),
    }),
    output: acceptance,
  },
  LD_ARBITRATION: {
    domain: "劳动关系",
    input: z.object({
      bizSerialNo,
      applicantName: name.describe("申请人姓名"),
      applicantIdNo: idNo.describe("申请人身份证号码"),
      claim: text("仲裁请求", 2000),
      facts: text("事实与理由", 5000),
    }),
    output: acceptance,
  },
  RC_RECRUIT: {
    domain: "人才",
    input: z.object({
      bizSerialNo,
      title: text("招聘岗位", 50),
      positions: z.number({ error: "招聘人数应为整数" }).int("招聘人数应为整数").min(1, "招聘人数至少 1 人").max(9999).describe("招聘人数"),
      salaryRange: text("薪酬范围", 50),
      description: text("岗位描述", 2000),
      validUntil: day("有效期至"),
    }),
    output: acceptance,
  },
  RC_TRAINING: {
    domain: "人才",
    input: z.object({ bizSerialNo, idType, idNo, name, mobile, programCode: z.string().regex(/^[A-Z0-9]{4,16}$/, "培训项目代码应为 4–16 位大写字母或数字").describe("培训项目代码") }),
    output: acceptance,
  },
  SB_EMP_QUERY: {
    domain: "社会保险",
    input: z.object({
      page: z.number({ error: "页码应为整数" }).int("页码应为整数").min(1, "页码从 1 开始").max(100_000).default(1).describe("页码，从 1 开始"),
      pageSize: z.number({ error: "每页条数应为整数" }).int("每页条数应为整数").min(1).max(100, "每页至多 100 条").default(20).describe("每页条数，1–100，默认 20"),
      name: z.string().trim().min(1).max(30).optional().describe("按姓名的一部分筛选"),
    }),
    output: z.object({
      total: z.number().int().describe("总条数"),
      page: z.number().int(),
      pageSize: z.number().int(),
      items: z.array(
        z.object({
          personNo: z.string().describe("个人编号"),
          name: z.string().describe("姓名"),
          idNo: z.string().describe("证件号码（脱敏）"),
          gender: z.string().describe("性别：M 男、F 女"),
          status: z.string().describe("参保状态"),
        }),
      ),
    }),
  },
  SB_BILL_QUERY: {
    domain: "社会保险",
    input: z.object({
      yearMonth: z.string().regex(/^\d{4}(0[1-9]|1[0-2])$/, "核定年月应为 YYYYMM，如 202610").describe("核定年月（YYYYMM）"),
    }),
    output: z.object({
      yearMonth: z.string(),
      items: z.array(
        z.object({
          insuranceType: z.string().describe("险种代码（LD/T 92）"),
          headcount: z.number().int().describe("参保人数"),
          base: z.string().describe("缴费基数合计（元）"),
          unitAmount: z.string().describe("单位应缴（元）"),
          personalAmount: z.string().describe("个人应缴（元）"),
          status: z.string().describe("PAID 已缴、UNPAID 未缴"),
        }),
      ),
    }),
  },
} satisfies Record<string, { domain: string; input: z.ZodType; output: z.ZodType }>;

export type ServiceCode = keyof typeof SERVICE_SCHEMAS;
export type ServiceInput<C extends ServiceCode> = z.output<(typeof SERVICE_SCHEMAS)[C]["input"]>;
export type ServiceOutput<C extends ServiceCode> = z.input<(typeof SERVICE_SCHEMAS)[C]["output"]>;

export interface PublishedService {
  code: ServiceCode;
  name: string;
  kind: "read" | "write";
  domain: string;
}

export const PUBLISHED_SERVICES: PublishedService[] = SERVICE_CODES.map((s) => {
  const code = s.code as ServiceCode;
  return { code, name: s.name, kind: s.kind, domain: SERVICE_SCHEMAS[code].domain };
});

export function isServiceCode(code: string): code is ServiceCode {
  return Object.hasOwn(SERVICE_SCHEMAS, code);
}
