/** 好差评 (K5): what can be rated, and which scores count as bad. Safe to import on the client. */

export const RATED_KINDS = ["CONSULTATION", "APPLICATION"] as const;
export type RatedKind = (typeof RATED_KINDS)[number];

export const SCORE_LABELS: Record<number, string> = { 1: "非常不满意", 2: "不满意", 3: "基本满意", 4: "满意", 5: "非常满意" };

/** 差评: 1–2 enter the STAFF follow-up queue (§7, "STAFF must answer bad ratings"). */
export function isBadRating(score: number): boolean {
  return score <= 2;
}

/** Counted as satisfied in the 满意率 indicator. */
export function isSatisfied(score: number): boolean {
  return score >= 4;
}
