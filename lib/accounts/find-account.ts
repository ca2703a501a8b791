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

/**
 * One query whatever was typed, so how long the lookup takes does not tell whether, or as what,
 * an identifier is registered (S4). A user name starts with a letter and an ID number or credit
 * code with a digit, so one typed value never matches two kinds.
 */
export async function findAccountByIdentifier(identifier: string): Promise<AccountLookup> {
  const typed = normalizeInput(identifier);
  if (!typed) return { kind: "unknown" };
  const lower = typed.toLowerCase();
  const upper = typed.toUpperCase();
  const creditCode = validateCreditCode(upper).ok ? upper : null;
  const users = await db.user.findMany({
    where: { OR: [{ username: lower }, { idNumber: upper }, ...(creditCode ? [{ creditCode, role: "UNIT" as const }] : [])] },
    take: 3,
  });
  const found = users.find((u) => u.username === lower) ?? users.find((u) => u.idNumber === upper);
  if (found) return { kind: "found", user: found };
  const handlers = users.filter((u) => creditCode && u.creditCode === creditCode && u.role === "UNIT");
  if (handlers.length === 1) return { kind: "found", user: handlers[0] };
  if (handlers.length > 1) return { kind: "ambiguous" };
  return { kind: "unknown" };
}

/** What goes into the login log for an identifier that matched no single account: never the whole of it (S7). */
export function loggableIdentifier(identifier: string): string {
  const typed = normalizeInput(identifier).slice(0, 64);
  return validateIdNumber("01", typed).ok || /^\d{15,18}[\dXx]?$/.test(typed) ? maskIdNumber(typed) : maskIdentifier(typed);
}
