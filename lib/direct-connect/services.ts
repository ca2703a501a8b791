/**
 * E6: the handler of every service code, formal and sandbox, keyed by SERVICE_CODES. Handlers
 * only ever see input their schema parsed, and the caller's enterprise (its core unit): every
 * query is scoped to that unit. Writes to the core system go through the core outbox (B3) in the
 * gate's transaction; the sandbox answers from deterministic fake data and writes nothing to the
 * core system.
 */
import { randomBytes } from "node:crypto";
import type { AppliedCoreWrite } from "@/lib/applications/core-outbox";
import type { CoreWrite } from "@/lib/applications/items";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { CoreSystem, InsuranceType } from "@/lib/core/core-system";
import { sm3Hex } from "@/lib/gm";
import { birthDateFromId, formatBirthDate, genderFromId } from "@/lib/identity/id-number";
import { maskIdNumber } from "@/lib/security/masking";
import { shanghaiToday } from "@/lib/calendar/shanghai";
import type { ServiceCode, ServiceInput, ServiceOutput } from "./schemas";
import { issueToken } from "./token";

export interface CallerEnterprise {
  id: string;
  reqAppCode: string;
  coreUnitId: number;
}

export interface ServiceContext {
  /** The calling enterprise; for a third-party channel (X1) its id and code, with coreUnitId -1. */
  enterprise: CallerEnterprise;
  /** Set when a third-party channel calls (POST /api/channel/v1). */
  channel?: { id: string; channelCode: string };
  now: Date;
  core: CoreSystem;
}

/**
 * What a formal write hands back to the gate: its answer now, or a core write to deliver first
 * and the answer after it (`applied`: what the core system said, e.g. the new personNo — present
 * when the write was applied in this call, absent when the outbox worker delivered it).
 */
export type WriteOutcome<O> = { data: O } | { coreWrite: CoreWrite; afterDelivery: (core: CoreSystem, applied?: AppliedCoreWrite) => Promise<O> };

interface ReadService<C extends ServiceCode> {
  kind: "read";
  formal(input: ServiceInput<C>, ctx: ServiceContext & { environment: "FORMAL" }): Promise<ServiceOutput<C>>;
  sandbox(input: ServiceInput<C>, ctx: ServiceContext & { environment: "SANDBOX" }): ServiceOutput<C>;
}

interface WriteService<C extends ServiceCode> {
  kind: "write";
  /** Runs before the gate's transaction: checks against core data (AppError → 1002/1003). */
  formal(input: ServiceInput<C>, ctx: ServiceContext): Promise<WriteOutcome<ServiceOutput<C>>>;
  sandbox(input: ServiceInput<C>, ctx: ServiceContext): ServiceOutput<C>;
}

export type ServiceHandler<C extends ServiceCode> = ReadService<C> | WriteService<C>;

const fenToYuan = (fen: number) => (fen / 100).toFixed(2);
const yuanToFen = (yuan: string) => Math.round(Number(yuan) * 100);

/** 受理编号: DC + Shanghai date + 10 random hex digits. */
function acceptNo(now: Date, prefix = "DC"): string {
  return `${prefix}${shanghaiToday(now).replaceAll("-", "")}${randomBytes(5).toString("hex").toUpperCase()}`;
}

/** Deterministic sandbox numbers: the same input always gets the same answer. */
const sandboxNo = (prefix: string, ...parts: string[]) => `${prefix}${sm3Hex(parts.join("|")).slice(0, 12).toUpperCase()}`;

/** The person of this ID number in the caller's unit, or 1002. */
async function personOfUnit(core: CoreSystem, unitId: number, idNo: string) {
  const person = await core.findPersonByIdentity("01", idNo.toUpperCase());
  if (!person || person.unitId !== unitId) throw notFound("该人员在本单位");
  return person;
}

const accepted = (now: Date) => ({ data: { acceptNo: acceptNo(now), status: "ACCEPTED" as const } });
const sandboxAccepted = (code: string, ctx: ServiceContext, serial: string) => ({ acceptNo: sandboxNo("SBX", code, ctx.enterprise.reqAppCode, serial), status: "ACCEPTED" as const });

// -------------------------------------------------------------------------------------------
// Sandbox data: 37 employees and 12 months of bills per enterprise, generated from its code.
// -------------------------------------------------------------------------------------------

const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
const GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平"];
const SANDBOX_EMPLOYEES = 37;

function sandboxEmployees(reqAppCode: string) {
  return Array.from({ length: SANDBOX_EMPLOYEES }, (_, i) => {
    const h = sm3Hex(`${reqAppCode}|${i}`);
    const n = parseInt(h.slice(0, 8), 16);
    return {
      personNo: `SBX${h.slice(8, 20).toUpperCase()}`,
      name: `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n >> 8) % GIVEN.length]}`,
      idNo: `370202********${String(n % 10000).padStart(4, "0")}`,
      gender: n % 2 ? "M" : "F",
      status: i % 9 === 8 ? "SUSPENDED" : "INSURED",
    };
  }).sort((a, b) => a.name.localeCompare(b.name, "zh-CN") || a.personNo.localeCompare(b.personNo));
}

export const SERVICE_HANDLERS: { [C in ServiceCode]: ServiceHandler<C> } = {
  AUTH_TOKEN: {
    kind: "read",
    async formal(_input, ctx) {
      const { token, expiresAt } = issueToken(ctx.enterprise.reqAppCode, "FORMAL", ctx.now);
      return { token, expiresAt: expiresAt.toISOString() };
    },
    sandbox(_input, ctx) {
      const { token, expiresAt } = issueToken(ctx.enterprise.reqAppCode, "SANDBOX", ctx.now);
      return { token, expiresAt: expiresAt.toISOString() };
    },
  },

  SB_EMP_REG: {
    kind: "write",
    async formal(input, { core, enterprise }) {
      const unitId = enterprise.coreUnitId;
      const idNumber = input.idNo.toUpperCase();
      const [unit, person] = await Promise.all([core.getUnit(unitId), core.findPersonByIdentity("01", idNumber)]);
      if (!unit || unit.status !== "ACTIVE") throw new AppError("FORBIDDEN", "单位参保状态异常（暂停或注销），不能办理职工参保登记");
      if (person && person.unitId === unitId) throw new AppError("CONFLICT", "该职工已在本单位参保，无需重复登记");
      if (person && person.unitId !== null) throw new AppError("CONFLICT", "该职工已在其他单位参保，请原单位先办理减员");
      if (person && person.name !== input.name) throw new AppError("VALIDATION", "姓名与身份证号码不符", { fieldErrors: { name: "姓名与身份证号码不符" } });
      const birth = birthDateFromId(idNumber);
      const [year, month] = input.hireDate.split("-");
      return {
        coreWrite: {
          kind: "REGISTER_EMPLOYEE",
          unitId,
          employee: {
            idNumber, name: input.name, gender: genderFromId(idNumber) ?? "M", birthDate: birth ? formatBirthDate(birth) : "",
            mobile: input.mobile, startMonth: Number(`${year}${month}`), insuranceTypes: input.insuranceTypes as InsuranceType[],
          },
        },
        async afterDelivery(c, applied) {
          if (applied?.personNo) return { personNo: applied.personNo, status: "REGISTERED" as const };
          const registered = await c.findPersonByIdentity("01", idNumber);
          if (!registered) throw new Error("registered person not found after delivery");
          return { personNo: registered.personNo, status: "REGISTERED" as const };
        },
      };
    },
    sandbox(input, ctx) {
      return { personNo: sandboxNo("SBX", ctx.enterprise.reqAppCode, input.idNo.toUpperCase()), status: "REGISTERED" };
    },
  },

  SB_ORG_CHANGE: {
    kind: "write",
    async formal(input, { core, enterprise }) {
      const unit = await core.getUnit(enterprise.coreUnitId);
      if (!unit) throw notFound("单位");
      return {
        coreWrite: { kind: "UPDATE_UNIT_CONTACT", unitId: unit.id, address: input.address, legalRepName: input.legalRepName, legalRepPhone: input.legalRepPhone },
        afterDelivery: async () => ({ unitNo: unit.unitNo, status: "CHANGED" as const }),
      };
    },
    sandbox(_input, ctx) {
      return { unitNo: sandboxNo("SBXU", ctx.enterprise.reqAppCode), status: "CHANGED" };
    },
  },

  SB_PSN_CHANGE: {
    kind: "write",
    async formal(input, { core, enterprise }) {
      const person = await personOfUnit(core, enterprise.coreUnitId, input.idNo);
      return {
        coreWrite: { kind: "UPDATE_PERSON_CONTACT", personId: person.id, mobile: input.mobile, address: input.address },
        afterDelivery: async () => ({ personNo: person.personNo, status: "CHANGED" as const }),
      };
    },
    sandbox(input, ctx) {
      return { personNo: sandboxNo("SBX", ctx.enterprise.reqAppCode, input.idNo.toUpperCase()), status: "CHANGED" };
    },
  },

  JY_EMP_REG: {
    kind: "write",
    async formal(_input, { now }) {
      return accepted(now);
    },
    sandbox: (input, ctx) => sandboxAccepted("JY_EMP_REG", ctx, input.bizSerialNo),
  },

  JY_UNEMP_REG: {
    kind: "write",
    async formal(input, { core, enterprise, now }) {
      await personOfUnit(core, enterprise.coreUnitId, input.idNo);
      return accepted(now);
    },
    sandbox: (input, ctx) => sandboxAccepted("JY_UNEMP_REG", ctx, input.bizSerialNo),
  },

  LD_EMP_FILING: {
    kind: "write",
    async formal(input, { now }) {
      if (input.contractEnd && input.contractEnd < input.contractStart) {
        throw new AppError("VALIDATION", "合同终止日期不能早于起始日期", { fieldErrors: { contractEnd: "合同终止日期不能早于起始日期" } });
      }
      return accepted(now);
    },
    sandbox: (input, ctx) => sandboxAccepted("LD_EMP_FILING", ctx, input.bizSerialNo),
  },

  LD_ARBITRATION: {
    kind: "write",
    async formal(_input, { now }) {
      return accepted(now);
    },
    sandbox: (input, ctx) => sandboxAccepted("LD_ARBITRATION", ctx, input.bizSerialNo),
  },

  RC_RECRUIT: {
    kind: "write",
    async formal(input, { now }) {
      if (input.validUntil < shanghaiToday(now)) throw new AppError("VALIDATION", "有效期不能早于今天", { fieldErrors: { validUntil: "有效期不能早于今天" } });
      return accepted(now);
    },
    sandbox: (input, ctx) => sandboxAccepted("RC_RECRUIT", ctx, input.bizSerialNo),
  },

  RC_TRAINING: {
    kind: "write",
    async formal(_input, { now }) {
      return accepted(now);
    },
    sandbox: (input, ctx) => sandboxAccepted("RC_TRAINING", ctx, input.bizSerialNo),
  },

  SB_EMP_QUERY: {
    kind: "read",
    async formal(input, { core, enterprise }) {
      const page = await core.listUnitEmployees(enterprise.coreUnitId, { page: input.page, pageSize: input.pageSize, search: input.name });
      return {
        total: page.total,
        page: page.page,
        pageSize: page.pageSize,
        items: page.items.map((p) => ({ personNo: p.personNo, name: p.name, idNo: maskIdNumber(p.idNumber), gender: p.gender, status: p.status })),
      };
    },
    sandbox(input, ctx) {
      const all = sandboxEmployees(ctx.enterprise.reqAppCode).filter((e) => !input.name || e.name.includes(input.name));
      const start = (input.page - 1) * input.pageSize;
      return { total: all.length, page: input.page, pageSize: input.pageSize, items: all.slice(start, start + input.pageSize) };
    },
  },

  SB_BILL_QUERY: {
    kind: "read",
    async formal(input, { core, enterprise }) {
      const bills = await core.listUnitBills(enterprise.coreUnitId, { yearMonth: Number(input.yearMonth) });
      return {
        yearMonth: input.yearMonth,
        items: bills.map((b) => ({
          insuranceType: b.insuranceType, headcount: b.headcount, base: fenToYuan(b.baseFen), unitAmount: fenToYuan(b.unitFen),
          personalAmount: fenToYuan(b.personalFen), status: b.status,
        })),
      };
    },
    sandbox(input, ctx) {
      const headcount = SANDBOX_EMPLOYEES - 4;
      const base = headcount * yuanToFen("6500.00");
      const rates: Record<string, [number, number]> = { "110": [16, 8], "210": [0.7, 0.3], "310": [8, 2], "410": [0.4, 0], "510": [0.8, 0] };
      const paid = input.yearMonth < shanghaiToday(ctx.now).replaceAll("-", "").slice(0, 6);
      return {
        yearMonth: input.yearMonth,
        items: Object.entries(rates).map(([insuranceType, [unit, personal]]) => ({
          insuranceType, headcount, base: fenToYuan(base), unitAmount: fenToYuan(Math.round((base * unit) / 100)),
          personalAmount: fenToYuan(Math.round((base * personal) / 100)), status: paid ? "PAID" : "UNPAID",
        })),
      };
    },
  },
};
