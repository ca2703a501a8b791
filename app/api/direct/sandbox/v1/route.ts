import { defineEndpoint } from "@/lib/direct-connect/define-endpoint";

export const dynamic = "force-dynamic";

/** E6: the sandbox endpoint: test keys, sandbox data only, calls count towards acceptance (E4). */
export const POST = defineEndpoint("SANDBOX");
