import { defineEndpoint } from "@/lib/direct-connect/define-endpoint";

export const dynamic = "force-dynamic";

/** E6: the formal direct-connect endpoint (../shared/spec/direct-connect-protocol.md). */
export const POST = defineEndpoint("FORMAL");
