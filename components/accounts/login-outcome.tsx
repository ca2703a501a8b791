import { LOGIN_OUTCOME_LABELS, type LoginOutcome } from "@/lib/accounts/login-log";

const CLASS: Record<LoginOutcome, string> = { success: "text-ok-600", failure: "text-danger-600", step: "text-slate-700" };

/** The result column of a login history: 成功, 未成功, or 待验证 for a password step awaiting its SMS code. */
export function LoginOutcomeText({ outcome }: { outcome: LoginOutcome }) {
  return <span className={CLASS[outcome]}>{LOGIN_OUTCOME_LABELS[outcome]}</span>;
}
