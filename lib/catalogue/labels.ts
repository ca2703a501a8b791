/** Display names of catalogue enums (C1). Safe to import on the client. */
import type { Role } from "@/lib/auth/roles";

export const HANDLING_TYPES = ["IMMEDIATE", "COMMITMENT", "APPOINTMENT"] as const;
export type HandlingTypeName = (typeof HANDLING_TYPES)[number];

// 即办 / 承诺办 / 预约办: LD/T 01 §3.2 note, §5.3.1 b
export const HANDLING_LABELS: Record<HandlingTypeName, string> = {
  IMMEDIATE: "即办",
  COMMITMENT: "承诺办",
  APPOINTMENT: "预约办",
};

export const APPLICANT_TYPES = ["PERSON", "UNIT", "BOTH"] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

export const APPLICANT_LABELS: Record<ApplicantType, string> = {
  PERSON: "个人",
  UNIT: "单位",
  BOTH: "个人、单位",
};

/** Whether a user of `role` may apply for (or book) an item for `applicantType`. */
export function itemAppliesTo(applicantType: string, role: Role): boolean {
  return applicantType === "BOTH" ? role === "PERSON" || role === "UNIT" : applicantType === role;
}

export interface Material {
  name: string;
  required: boolean;
  copies: number;
  note: string;
}
