/**
 * X2: the handlers of the channel services, in the shape of the gateway's (read / write). Each
 * first uses up the person's authorization code for this channel and service (consent.ts) and
 * then answers about that person only: a channel never names a person, so it can neither list
 * nor search. Resident pension is 险种 120 (LD/T 92) in the core system; the qualification goes
 * to the core system through the outbox (CERTIFY_QUALIFICATION), like the portal's own 认证.
 */
import { AppError } from "@/lib/errors/app-error";
import type { CoreSystem } from "@/lib/core/core-system";
import { shanghaiToday } from "@/lib/calendar/shanghai";
import { maskIdNumber, maskName } from "@/lib/security/masking";
import { SERVICE_HANDLERS, type ServiceContext, type ServiceHandler } from "@/lib/direct-connect/services";
import { consumeAuthorization } from "./consent";
import { RESIDENT_GRADES, type ChannelServiceCode } from "./schemas";

export const RESIDENT_PENSION = "120";
export const RESIDENT_PENSION_BENEFIT = "RESIDENT_PENSION";

const yuan = (fen: number) => (fen / 100).toFixed(2);

async function personOf(ctx: ServiceContext, authCode: string, serviceCode: string) {
  if (!ctx.channel) throw new AppError("FORBIDDEN", "仅限第三方渠道调用");
  const { corePersonId } = await consumeAuthorization(ctx.channel.id, authCode, serviceCode, ctx.now);
  const person = await ctx.core.getPerson(corePersonId);
  if (!person) throw new AppError("NOT_FOUND", "未找到参保人信息");
  return person;
}

async function residentContributions(core: CoreSystem, personId: number, year?: number) {
  const rows = await core.listContributions(personId, { insuranceType: RESIDENT_PENSION, year });
  return rows.map((r) => ({ year: Math.floor(r.yearMonth / 100), personalAmount: yuan(r.personalFen), subsidyAmount: yuan(r.unitFen), status: r.status }));
}

const noSandbox = (): never => {
  throw new AppError("FORBIDDEN", "第三方渠道没有沙箱环境");
};

type Handlers = { [C in ChannelServiceCode]: ServiceHandler<never> };

export const CHANNEL_SERVICE_HANDLERS = {
  AUTH_TOKEN: SERVICE_HANDLERS.AUTH_TOKEN,

  CH_RP_INFO: {
    kind: "read",
    async formal(input: { authCode: string }, ctx: ServiceContext) {
      const person = await personOf(ctx, input.authCode, "CH_RP_INFO");
      const registration = (await ctx.core.listRegistrations(person.id)).filter((r) => r.insuranceType === RESIDENT_PENSION).at(-1);
      return {
        person: { personNo: person.personNo, name: maskName(person.name), idNo: maskIdNumber(person.idNumber) },
        insuranceType: RESIDENT_PENSION,
        status: registration ? (registration.status === "ACTIVE" ? "ACTIVE" : "TERMINATED") : "NONE",
        startMonth: registration ? String(registration.startMonth) : null,
        endMonth: registration?.endMonth ? String(registration.endMonth) : null,
      };
    },
    sandbox: noSandbox,
  },

  CH_RP_CONTRIB: {
    kind: "read",
    async formal(input: { authCode: string; year?: number }, ctx: ServiceContext) {
      const person = await personOf(ctx, input.authCode, "CH_RP_CONTRIB");
      return { items: await residentContributions(ctx.core, person.id, input.year) };
    },
    sandbox: noSandbox,
  },

  CH_RP_BENEFIT: {
    kind: "read",
    async formal(input: { authCode: string }, ctx: ServiceContext) {
      const person = await personOf(ctx, input.authCode, "CH_RP_BENEFIT");
      const rows = (await ctx.core.listBenefitPayments(person.id)).filter((b) => b.benefitType === RESIDENT_PENSION_BENEFIT);
      return { items: rows.map((b) => ({ yearMonth: String(b.yearMonth), amount: yuan(b.amountFen), status: b.status })) };
    },
    sandbox: noSandbox,
  },

  CH_RP_QUALIFY: {
    kind: "write",
    async formal(input: { authCode: string; checkMethod: string; checkedAt: string }, ctx: ServiceContext) {
      const person = await personOf(ctx, input.authCode, "CH_RP_QUALIFY");
      const today = shanghaiToday(ctx.now);
      const year = Number(today.slice(0, 4));
      if (Date.parse(input.checkedAt) > ctx.now.getTime() + 300_000) throw new AppError("VALIDATION", "核验时间不能晚于当前时间", { fieldErrors: { checkedAt: "核验时间不能晚于当前时间" } });
      if (await ctx.core.isQualificationCertified(person.id, year)) throw new AppError("CONFLICT", `参保人 ${year} 年度待遇领取资格已认证，无需重复认证`);
      return {
        coreWrite: { kind: "CERTIFY_QUALIFICATION", personId: person.id, year, certifiedOn: today, method: "ONLINE" },
        afterDelivery: async () => ({ year, status: "CERTIFIED" as const }),
      };
    },
    sandbox: noSandbox,
  },

  CH_RP_GRADE: {
    kind: "read",
    async formal(input: { authCode: string }, ctx: ServiceContext) {
      const person = await personOf(ctx, input.authCode, "CH_RP_GRADE");
      const latest = (await residentContributions(ctx.core, person.id)).sort((a, b) => b.year - a.year)[0];
      return {
        grades: RESIDENT_GRADES.map((g) => ({ personalAmount: yuan(g.personalFen), subsidyAmount: yuan(g.subsidyFen) })),
        currentGrade: latest?.personalAmount ?? null,
      };
    },
    sandbox: noSandbox,
  },
} as unknown as Handlers;
