/** U5: an account is found by its user name, the holder's ID number, or the unit's credit code. */
import { db, type Prisma } from "@/lib/db";
import { normalizeInput, validateIdNumber } from "@/lib/identity/id-number";
import { maskIdentifier, maskIdNumber } from "@/lib/security/masking";
import { validateCreditCode } from "@/lib/identity/credit-code";

export type AccountLookup =
  | { kind: "found"; user: Prisma.UserModel }
  | { kind: "unknown" }
  /** A credit code shared by several handler accounts of one unit: the user name is needed. */
  | { kind: "ambiguous" };

export async function findAccountByIdentifier(identifier: string): Promise<AccountLookup> {
  const typed = normalizeInput(identifier);
  if (!typed) return { kind: "unknown" };
  const byUsername = await db.user.findUnique({ where: { username: typed.toLowerCase() } });
  if (byUsername) return { kind: "found", user: byUsername };
  const upper = typed.toUpperCase();
  const byIdNumber = await db.user.findUnique({ where: { idNumber: upper } });
  if (byIdNumber) return { kind: "found", user: byIdNumber };
  if (validateCreditCode(upper).ok) {
    const handlers = await db.user.findMany({ where: { creditCode: upper, role: "UNIT" }, take: 2 });
    if (handlers.length === 1) return { kind: "found", user: handlers[0] };
    if (handlers.length > 1) return { kind: "ambiguous" };
  }
  return { kind: "unknown" };
}

/** What goes into the login log for an identifier that matched no single account: never the whole of it (S7). */
export function loggableIdentifier(identifier: string): string {
  const typed = normalizeInput(identifier).slice(0, 64);
  return validateIdNumber("01", typed).ok || /^\d{15,18}[\dXx]?$/.test(typed) ? maskIdNumber(typed) : maskIdentifier(typed);
}
