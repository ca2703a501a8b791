import { unitContextOf, type UnitContext } from "@/lib/actions/define-unit-action";
import type { SessionUser } from "@/lib/auth/actor";

/** The unit's scoped context for a page, or null for a handler not bound to a unit. */
export function pageUnitContext(user: SessionUser): UnitContext | null {
  return user.unitId ? unitContextOf(user) : null;
}

export const UNBOUND_MESSAGE = "您的账户尚未绑定单位，不能办理政企直连接入。";
