import { defineEndpoint } from "@/lib/direct-connect/define-endpoint";
import { CHANNEL_GATE } from "@/lib/channels/gate";

export const dynamic = "force-dynamic";

/** X1/X2: the third-party channels' endpoint: the direct-connect envelope, the channel's own code and keys. */
export const POST = defineEndpoint("FORMAL", CHANNEL_GATE);
