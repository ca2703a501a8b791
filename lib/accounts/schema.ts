/**
 * Account forms: one zod schema per form, parsed by the client before it submits and by the
 * server action again (the server never trusts the client's parse). No Node imports here.
 */
import { z } from "@/lib/validation/zod";
import { ID_TYPES, isIdType, normalizeInput, validateIdNumber, type IdType } from "@/lib/identity/id-number";
import { validateCreditCode } from "@/lib/identity/credit-code";
import { validateMobile } from "@/lib/identity/mobile";
import { isStrongPassword, PASSWORD_RULE_TEXT } from "@/lib/auth/password-policy";

export const ID_TYPE_OPTIONS = (Object.keys(ID_TYPES) as IdType[]).map((value) => ({ value, label: ID_TYPES[value] }));

export const USERNAME_RULE_TEXT = "4至20位，以字母开头，可含字母、数字和下划线";

/** Stored in lower case, so "ZhangSan" and "zhangsan" are one name. */
const username = z
  .string()
  .trim()
  .min(1, "请输入用户名")
  .regex(/^[A-Za-z][A-Za-z0-9_]{3,19}$/, `用户名须为${USERNAME_RULE_TEXT}`)
  // A user name that reads as an ID number or credit code would capture logins meant for that identity.
  .refine((v) => !validateIdNumber("01", v).ok && !validateCreditCode(v).ok, "用户名不能使用证件号码或统一社会信用代码")
  .transform((v) => v.toLowerCase());

const password = z.string().min(1, "请输入密码").refine(isStrongPassword, PASSWORD_RULE_TEXT);

const mobile = z
  .string()
  .trim()
  .min(1, "请输入手机号码")
  .transform((v, ctx) => {
    const result = validateMobile(v);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.reason });
      return z.NEVER;
    }
    return result.normalized;
  });

const personName = z
  .string()
  .trim()
  .min(1, "请输入姓名")
  .max(50, "姓名不能超过50个字符")
  .transform((v) => normalizeInput(v));

/** The checkbox posts "on" when ticked and nothing when not. */
const agreement = z.preprocess(
  (v) => v === "on" || v === true || v === "true",
  z.literal(true, { error: "请阅读并同意《网上服务协议》" }),
);

/** Object-level checks that should run even while other fields still have errors. */
const evenWithOtherErrors = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

function checkPasswordsMatch(v: { password?: unknown; confirmPassword?: unknown }, ctx: z.RefinementCtx) {
  if (typeof v.password === "string" && v.confirmPassword !== v.password) {
    ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "两次输入的密码不一致" });
  }
}

// ── Login (U5) ────────────────────────────────────────────────────────────────

export const loginPasswordSchema = z.object({
  identifier: z.string().trim().min(1, "请输入用户名、证件号码或统一社会信用代码").max(64, "不能超过64个字符"),
  password: z.string().min(1, "请输入密码").max(64, "不能超过64个字符"),
});
export type LoginPasswordInput = z.infer<typeof loginPasswordSchema>;

export const smsCodeField = z.string().trim().regex(/^\d{6}$/, "请输入6位数字验证码");

export const loginCodeSchema = z.object({
  challengeId: z.string().min(1, "验证码已失效，请重新获取").max(64),
  code: smsCodeField,
});

// ── Registration (U2, U3, U4, S5) ───────────────────────────────────────────────

export const personRegistrationSchema = z
  .object({
    name: personName,
    idType: z.string().refine(isIdType, "请选择证件类型"),
    idNumber: z.string().trim().min(1, "请输入证件号码").max(30, "证件号码过长"),
    socialSecurityNo: z.string().trim().min(1, "请输入社会保障号码").max(30, "社会保障号码过长"),
    socialCardNo: z
      .string()
      .trim()
      .max(30, "社会保障卡卡号过长")
      .optional()
      .transform((v) => (v ? normalizeInput(v).toUpperCase() : undefined)),
    mobile,
    username,
    password,
    confirmPassword: z.string().min(1, "请再次输入密码"),
    agreement,
  })
  .superRefine((v, ctx) => {
    if (typeof v.idNumber === "string" && v.idNumber.trim() && isIdType(String(v.idType))) {
      const result = validateIdNumber(v.idType, v.idNumber);
      if (!result.ok) ctx.addIssue({ code: "custom", path: ["idNumber"], message: `证件号码${result.reason}` });
    }
    checkPasswordsMatch(v, ctx);
  }, evenWithOtherErrors)
  .transform((v) => {
    const id = validateIdNumber(v.idType, v.idNumber);
    const idNumber = id.ok ? id.normalized : v.idNumber;
    return {
      name: v.name,
      idType: v.idType as IdType,
      idNumber,
      socialSecurityNo: normalizeInput(v.socialSecurityNo).toUpperCase(),
      socialCardNo: v.socialCardNo,
      mobile: v.mobile,
      username: v.username,
      password: v.password,
    };
  });
export type PersonRegistrationInput = z.output<typeof personRegistrationSchema>;

/** 统一社会信用代码, GB 32100 check character validated; normalised to upper case. */
const creditCode = z
  .string()
  .trim()
  .min(1, "请输入统一社会信用代码")
  .transform((v, ctx) => {
    const result = validateCreditCode(v);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: `统一社会信用代码${result.reason}` });
      return z.NEVER;
    }
    return result.normalized;
  });

const unitName = z.string().trim().min(1, "请输入单位名称").max(100, "单位名称不能超过100个字符").transform((v) => normalizeInput(v));

export const unitRegistrationSchema = z
  .object({
    unitName,
    creditCode,
    legalRepName: personName,
    legalRepPhone: mobile,
    handlerName: personName,
    handlerMobile: mobile,
    username,
    password,
    confirmPassword: z.string().min(1, "请再次输入密码"),
    agreement,
  })
  .superRefine(checkPasswordsMatch, evenWithOtherErrors)
  .transform(({ confirmPassword: _c, agreement: _a, ...v }) => v);
export type UnitRegistrationInput = z.output<typeof unitRegistrationSchema>;

// ── Registration proves a mobile (S5): step one sends a code, step two sends the form again with it ──

const registrationCode = z.object({
  challengeId: z.string().min(1, "验证码已失效，请重新获取").max(64),
  code: smsCodeField,
});

export const personRegistrationCompleteSchema = personRegistrationSchema.and(registrationCode);
export type PersonRegistrationCompleteInput = z.output<typeof personRegistrationCompleteSchema>;

/** Where a unit's registration code goes: a mobile the core system holds for the unit. */
export const UNIT_CODE_RECIPIENTS = { LEGAL_REP: "法定代表人", HANDLER: "单位经办人" } as const;
export type UnitCodeRecipient = keyof typeof UNIT_CODE_RECIPIENTS;
const unitCodeRecipient = z.enum(["LEGAL_REP", "HANDLER"], { error: "请选择接收验证码的手机号码" });

/** Without a recipient, step one answers with the mobiles on file (masked) to choose from. */
export const unitRegistrationStartSchema = unitRegistrationSchema.and(z.object({ recipient: unitCodeRecipient.optional() }));
export type UnitRegistrationStartInput = z.output<typeof unitRegistrationStartSchema>;

export const unitRegistrationCompleteSchema = unitRegistrationSchema.and(registrationCode).and(z.object({ recipient: unitCodeRecipient }));
export type UnitRegistrationCompleteInput = z.output<typeof unitRegistrationCompleteSchema>;

// ── Password reset and change (U6) ───────────────────────────────────────────

export const passwordResetRequestSchema = z.object({
  identifier: loginPasswordSchema.shape.identifier,
  mobile,
});

export const passwordResetCompleteSchema = z
  .object({
    challengeId: z.string().min(1, "验证码已失效，请重新获取").max(64),
    code: smsCodeField,
    password,
    confirmPassword: z.string().min(1, "请再次输入新密码"),
  })
  .superRefine(checkPasswordsMatch, evenWithOtherErrors)
  .transform(({ confirmPassword: _c, ...v }) => v);

export const passwordChangeSchema = z
  .object({
    oldPassword: z.string().min(1, "请输入原密码").max(64),
    password,
    confirmPassword: z.string().min(1, "请再次输入新密码"),
  })
  .superRefine((v, ctx) => {
    checkPasswordsMatch(v, ctx);
    if (typeof v.password === "string" && v.password && v.password === v.oldPassword) {
      ctx.addIssue({ code: "custom", path: ["password"], message: "新密码不能与原密码相同" });
    }
  }, evenWithOtherErrors)
  .transform(({ confirmPassword: _c, ...v }) => v);

// ── User management (U8) ─────────────────────────────────────────────────────

export const userIdSchema = z.object({ userId: z.string().min(1).max(64) });

export const lockUserSchema = z.object({
  userId: z.string().min(1).max(64),
  reason: z.string().trim().min(1, "请填写锁定原因").max(200, "原因不能超过200个字符"),
});

export const assignRoleSchema = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(["STAFF", "ADMIN"], { error: "请选择经办人员或平台管理员" }),
});

export const editUserInfoSchema = z.object({
  userId: z.string().min(1).max(64),
  name: personName,
  /** Empty keeps the current number, so the full number never has to be shown in the form. */
  mobile: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const result = validateMobile(v);
      if (!result.ok) {
        ctx.addIssue({ code: "custom", message: result.reason });
        return z.NEVER;
      }
      return result.normalized;
    }),
});

export const createStaffSchema = z.object({
  username,
  name: personName,
  mobile,
  role: assignRoleSchema.shape.role,
});

// ── Binding to the core system (U8, LD/T 01 §6.2.5) ─────────────────────────

export const unbindAccountSchema = z.object({
  userId: z.string().min(1).max(64),
  reason: z.string().trim().min(2, "请填写解除原因（至少2个字符）").max(200, "原因不能超过200个字符"),
});

/** PERSON accounts bind to an insured person (document and name), UNIT accounts to an insured unit. */
export const bindAccountSchema = z.discriminatedUnion(
  "kind",
  [
    z
      .object({
        kind: z.literal("PERSON"),
        userId: z.string().min(1).max(64),
        idType: z.string().refine(isIdType, "请选择证件类型"),
        idNumber: z.string().trim().min(1, "请输入证件号码").max(30, "证件号码过长"),
        name: personName,
      })
      .superRefine((v, ctx) => {
        if (typeof v.idNumber === "string" && v.idNumber.trim() && isIdType(String(v.idType))) {
          const result = validateIdNumber(v.idType, v.idNumber);
          if (!result.ok) ctx.addIssue({ code: "custom", path: ["idNumber"], message: `证件号码${result.reason}` });
        }
      }, evenWithOtherErrors),
    z.object({
      kind: z.literal("UNIT"),
      userId: z.string().min(1).max(64),
      creditCode,
      unitName,
    }),
  ],
  { error: "请选择绑定类型" },
);
export type BindAccountInput = z.output<typeof bindAccountSchema>;
