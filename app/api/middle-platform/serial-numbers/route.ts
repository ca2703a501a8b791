import { defineInbound } from "@/lib/middle-platform/inbound";
import { receiveSerialNumber, serialNumberSchema } from "@/lib/middle-platform/receive";

export const dynamic = "force-dynamic";

/** 审批系统接收申报流水号 (X4): the middle platform's signed call; see README “省政务服务中台对接”. */
export const POST = defineInbound(serialNumberSchema, (input, now) => receiveSerialNumber(input.serialNo, now));
