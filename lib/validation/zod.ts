/**
 * zod in Chinese: every schema gets its messages from here or from its own `{ error }`, so a
 * user never meets an English validation message. Shared by forms (client) and actions (server).
 */
import { z } from "zod";
import type { FieldErrors } from "@/lib/errors/app-error";

z.config({
  customError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null ? "此项为必填项" : "格式不正确";
      case "too_small":
        return issue.origin === "string"
          ? Number(issue.minimum) <= 1 ? "此项为必填项" : `至少 ${issue.minimum} 个字符`
          : `不能小于 ${issue.minimum}`;
      case "too_big":
        return issue.origin === "string" ? `不能超过 ${issue.maximum} 个字符` : `不能大于 ${issue.maximum}`;
      case "invalid_format":
        return "格式不正确";
      case "invalid_value":
        return "请选择有效的选项";
      default:
        return "输入有误";
    }
  },
});

export { z };

/** Flattens zod issues to one Chinese message per field (dot path), first issue wins. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    out[key] ??= issue.message;
  }
  return out;
}

/** Turns FormData into a plain object (repeated keys become arrays) for zod to parse. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue; // React's own hidden fields
    const v = typeof value === "string" ? value : value;
    if (key in out) {
      const prev = out[key];
      out[key] = Array.isArray(prev) ? [...prev, v] : [prev, v];
    } else out[key] = v;
  }
  return out;
}
