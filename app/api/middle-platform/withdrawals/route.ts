import { defineInbound } from "@/lib/middle-platform/inbound";
import { receiveWithdrawal, withdrawalSchema } from "@/lib/middle-platform/receive";

export const dynamic = "force-dynamic";

/** 审批系统接收网上申报撤销 (X4): withdraws before acceptance, else answers WITHDRAW_REFUSED with the status. */
export const POST = defineInbound(withdrawalSchema, (input, now) => receiveWithdrawal(input.serialNo, now, input.reason));
