/** zod schemas of the application actions. Item fields have their own schemas in items/. */
import { isDayString, isTimeString } from "@/lib/calendar/shanghai";
import { z } from "@/lib/validation/zod";
import { APPLICATION_STATUSES } from "./labels";

const id = z.string().trim().min(1).max(40);
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** The item's own fields travel flat beside these (the form's inputs are named as the fields). */
export const saveDraftSchema = z
  .object({
    itemCode: z.string().trim().min(1).max(40),
    requestKey: z.string().trim().regex(/^[A-Za-z0-9-]{16,64}$/, "请刷新页面后重试"),
    /** "check" validates as for submission; "draft" only keeps what was typed */
    intent: z.enum(["draft", "check"]).default("draft"),
  })
  .catchall(z.string().max(2000, "内容过长"));

export const applicationIdSchema = z.object({ id });

export const submitApplicationSchema = z.object({ id, confirmed: checkbox });

export const reasonSchema = z.object({
  id,
  reason: z.string({ error: "请填写理由" }).trim().min(2, "请填写理由（至少 2 个字）").max(500),
});

export const approveSchema = z.object({ id, note: z.string().trim().max(500).default("") });

export const preApproveSchema = z.object({
  id,
  originals: z.string({ error: "请填写需携带的原件" }).trim().min(2, "请填写需携带的原件").max(500),
});

export const materialIdSchema = z.object({ id });

export const bookVisitSchema = z.object({
  applicationId: id,
  centreId: z.coerce.number({ error: "请选择服务网点" }).int().positive("请选择服务网点"),
  date: z.string({ error: "请选择日期" }).trim().refine(isDayString, "请选择日期"),
  startTime: z.string({ error: "请选择时段" }).trim().refine(isTimeString, "请选择时段"),
});

export const queueFilterSchema = z.object({
  status: z.enum(APPLICATION_STATUSES).optional(),
});
