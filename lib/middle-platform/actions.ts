"use server";
/** Server actions of the middle-platform docking page (X5). */
import { defineAction } from "@/lib/actions/define-action";
import { z } from "@/lib/validation/zod";
import { retryMiddlePlatformPush } from "./pushes";

export const retryMiddlePlatformPushAction = defineAction(
  { name: "middle-platform.retry-push", access: ["STAFF", "ADMIN"], schema: z.object({ id: z.coerce.number().int().positive() }) },
  async (input, { actor, now }) => {
    const result = await retryMiddlePlatformPush(actor, input.id, now);
    return { ...result, outcome: result.delivered ? "已送达" : `仍未送达：${result.lastError ?? "前序推送尚未送达"}` };
  },
);
