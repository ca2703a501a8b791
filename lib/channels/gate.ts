/**
 * X1: the channels' profile of the one direct-connect gate (lib/direct-connect/define-endpoint.ts):
 * callers are approved channels found by their channel code, the services are the resident-pension
 * services of schemas.ts, and a refused consent answers business code 1004.
 */
import { channelCallers } from "@/lib/direct-connect/callers";
import type { GateProfile } from "@/lib/direct-connect/define-endpoint";
import type { ServiceHandler } from "@/lib/direct-connect/services";
import { ConsentError } from "./consent";
import { CHANNEL_SERVICE_SCHEMAS, isChannelServiceCode } from "./schemas";
import { CHANNEL_SERVICE_HANDLERS } from "./services";

/** Business code of a refused authorization code (X3), beside the protocol's 1001–1003. */
export const CONSENT_REFUSED = "1004";

export const CHANNEL_GATE: GateProfile = {
  kind: "CHANNEL",
  noun: "渠道",
  callers: channelCallers,
  isServiceCode: isChannelServiceCode,
  schemas: CHANNEL_SERVICE_SCHEMAS,
  handlers: CHANNEL_SERVICE_HANDLERS as unknown as Record<string, ServiceHandler<never>>,
  bizResultOf: (error) => (error instanceof ConsentError ? { code: CONSENT_REFUSED as never, message: error.message, data: {} } : null),
};
