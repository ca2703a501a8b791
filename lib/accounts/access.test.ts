import { beforeAll, describe, expect, it } from "vitest";
import { actionRegistry } from "@/lib/actions/define-action";
import { ROLES, type Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { anonymous, asUser, createTestUser } from "@/tests/helpers";

// Every domain's actions register themselves in actionRegistry when their module loads.
const modules = import.meta.glob("../*/actions.ts");

describe("access matrix of every server action (U1, U9)", () => {
  const users = new Map<Role, SessionUser>();

  beforeAll(async () => {
    for (const load of Object.values(modules)) await load();
    for (const role of ROLES) users.set(role, await createTestUser(role));
  });

  it("U1: the account actions are registered", () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
    for (const name of ["account.login.start", "account.register.person", "account.admin.unlock", "account.admin.assign-role"]) {
      expect(actionRegistry.has(name)).toBe(true);
    }
  });

  it("U1: every non-public action refuses anonymous visitors", async () => {
    const checked: string[] = [];
    for (const [name, { access, action }] of actionRegistry) {
      if (access === "public") continue;
      const res = await anonymous(() => action({}));
      expect(res, name).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
      checked.push(name);
    }
    expect(checked.length).toBeGreaterThan(5);
  });

  it("U1: every public action lets anonymous visitors past the access check", async () => {
    for (const [name, { access, action }] of actionRegistry) {
      if (access !== "public") continue;
      const res = await anonymous(() => action({}));
      if (!res.ok) expect(["UNAUTHENTICATED", "FORBIDDEN"], name).not.toContain(res.code);
    }
  });

  it("U9: every action refuses each role it was not given", async () => {
    let refusals = 0;
    for (const [name, { access, action }] of actionRegistry) {
      if (access === "public") continue;
      for (const role of ROLES.filter((r) => !access.includes(r))) {
        const res = await asUser(users.get(role)!, () => action({}));
        expect(res, `${name} as ${role}`).toMatchObject({ ok: false, code: "FORBIDDEN" });
        refusals += 1;
      }
    }
    expect(refusals).toBeGreaterThan(5);
  });
});
