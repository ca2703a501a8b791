/**
 * Every server action is built with defineAction, so none can skip the steps (check session
 * and role → parse with zod → run the domain function) or leak an internal error:
 *
 *   export const cancelAppointmentAction = defineAction(
 *     { name: "appointment.cancel", access: ["PERSON", "UNIT"], schema: appointmentIdSchema },
 *     (input, { actor, now }) => cancelAppointment(actor, input.id, now),
 *   );
 *
 * Names: the export ends in `Action` (the domain function keeps the plain verb-noun name) and
 * the registry name is `domain.verb-noun`. `access` is "public" (anyone; the actor may be
 * anonymous) or the roles allowed. The handler gets the Actor (lib/auth/actor.ts) and the
 * request time, read once. `publicPages: true` marks an action that changes what the public pages
 * show (catalogue, centres, notices…): once it succeeds, the page cache of this instance is
 * cleared (lib/public-pages.ts). The result is a plain object the client can render:
 * { ok: true, data } or { ok: false, code, message, fieldErrors } with Chinese messages.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { z } from "zod";
import { unstable_rethrow } from "next/navigation";
import { AppError, GENERIC_FAILURE_MESSAGE, type AppErrorCode, type FieldErrors } from "@/lib/errors/app-error";
import { fieldErrorsOf } from "@/lib/validation/zod";
import type { Role } from "@/lib/auth/roles";
import { actorOf, type RequestActor, type SessionActor, type SessionUser } from "@/lib/auth/actor";
import type { ClientInfo } from "@/lib/security/client-info";
import { publicPagesChanged } from "@/lib/public-pages";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: AppErrorCode; message: string; fieldErrors?: FieldErrors; retryAfterSeconds?: number };

export type Access = "public" | readonly Role[];

export interface ActionContext<A extends RequestActor = SessionActor> {
  actor: A;
  /** The request time, read once: domain functions take it as `now`. */
  now: Date;
}

export interface ServerAction<T> {
  (input: unknown): Promise<ActionResult<T>>;
}

/** Registry of every action defined, for the access-matrix test. */
export const actionRegistry = new Map<string, { access: Access; action: ServerAction<unknown> }>();

export interface RequestContext {
  user: SessionUser | null;
  client: ClientInfo;
}

// Tests and scripts run actions outside a Next request by providing the context here;
// inside Next the context comes from the session cookie and request headers.
const requestContext = new AsyncLocalStorage<RequestContext>();
export function runWithRequestContext<T>(context: RequestContext, fn: () => Promise<T>): Promise<T> {
  return requestContext.run(context, fn);
}

async function currentContext(): Promise<RequestContext> {
  const provided = requestContext.getStore();
  if (provided) return provided;
  const { getSessionUser, getClientInfo } = await import("@/lib/auth/session");
  return { user: await getSessionUser(), client: await getClientInfo() };
}

export function failureOf(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, retryAfterSeconds: error.retryAfterSeconds };
  }
  console.error("[action] unexpected error", error);
  return { ok: false, code: "UNAVAILABLE", message: GENERIC_FAILURE_MESSAGE };
}

interface ActionConfig<S extends z.ZodType, A extends Access> {
  name: string;
  access: A;
  schema: S;
  /** the action changes what the public pages show: clear the page cache after it succeeds */
  publicPages?: true;
}

export function defineAction<S extends z.ZodType, T>(
  config: ActionConfig<S, "public">,
  handler: (input: z.output<S>, ctx: ActionContext<RequestActor>) => Promise<T>,
): ServerAction<T>;
export function defineAction<S extends z.ZodType, T>(
  config: ActionConfig<S, readonly Role[]>,
  handler: (input: z.output<S>, ctx: ActionContext<SessionActor>) => Promise<T>,
): ServerAction<T>;
export function defineAction<S extends z.ZodType, T>(
  config: ActionConfig<S, Access>,
  handler: (input: z.output<S>, ctx: ActionContext<SessionActor>) => Promise<T>,
): ServerAction<T> {
  const action: ServerAction<T> = async (input) => {
    try {
      const { user, client } = await currentContext();
      if (config.access !== "public") {
        if (!user) return { ok: false, code: "UNAUTHENTICATED", message: "请先登录" };
        if (!config.access.includes(user.role)) return { ok: false, code: "FORBIDDEN", message: "无权执行此操作" };
      }
      const parsed = config.schema.safeParse(input);
      if (!parsed.success) {
        const fieldErrors = fieldErrorsOf(parsed.error);
        return { ok: false, code: "VALIDATION", message: "提交的信息有误，请按提示修改", fieldErrors };
      }
      // A SessionActor unless access is "public", whose handler type accepts an anonymous one.
      const actor = actorOf(user, client) as SessionActor;
      const data = await handler(parsed.data, { actor, now: new Date() });
      if (config.publicPages) publicPagesChanged();
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error); // redirect() / notFound() from a handler keep working
      return failureOf(error);
    }
  };
  actionRegistry.set(config.name, { access: config.access, action: action as ServerAction<unknown> });
  return action;
}
