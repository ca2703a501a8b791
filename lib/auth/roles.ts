/** Roles (U1) and which area of the site belongs to which role. Safe to import on the client. */
export const ROLES = ["PERSON", "UNIT", "STAFF", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  PERSON: "参保人",
  UNIT: "单位经办人",
  STAFF: "经办人员",
  ADMIN: "平台管理员",
};

/** The home of each role's area; also the access matrix the tests check. */
export const ROLE_HOME: Record<Role, string> = {
  PERSON: "/person",
  UNIT: "/unit",
  STAFF: "/staff",
  ADMIN: "/admin",
};

export const AREA_ROLES: Record<string, readonly Role[]> = {
  [ROLE_HOME.PERSON]: ["PERSON"],
  [ROLE_HOME.UNIT]: ["UNIT"],
  [ROLE_HOME.STAFF]: ["STAFF", "ADMIN"],
  [ROLE_HOME.ADMIN]: ["ADMIN"],
};

/**
 * A page in a role's area: areaPath("UNIT", "appointments/new") is "/unit/appointments/new".
 * Links, page props and messages all build area addresses here, so each is written once.
 */
export function areaPath(role: Role, section?: string): string {
  return section ? `${ROLE_HOME[role]}/${section}` : ROLE_HOME[role];
}
