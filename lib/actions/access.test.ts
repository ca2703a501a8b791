import { beforeAll, describe, expect, it } from "vitest";
import { actionRegistry, type ActionResult } from "./define-action";
import { ROLES, type Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { anonymous, asUser, createTestUser } from "@/tests/helpers";

// Every domain's actions register themselves in actionRegistry when their module loads.
const modules = import.meta.glob("../*/actions.ts");

/** UNAVAILABLE is what defineAction answers when a handler throws something unexpected. */
const outcome = (res: ActionResult<unknown>) => (res.ok ? "ok" : res.code);

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

  it("U1: every public action lets anonymous visitors past the access check and answers empty input without crashing", async () => {
    const checked: string[] = [];
    for (const [name, { access, action }] of actionRegistry) {
      if (access !== "public") continue;
      const res = await anonymous(() => action({}));
      expect(["UNAUTHENTICATED", "FORBIDDEN", "UNAVAILABLE"], `${name}: ${JSON.stringify(res)}`).not.toContain(outcome(res));
      checked.push(name);
    }
    expect(checked).toContain("account.login.start");
  });

  it("U1: every action answers empty input from a role it was given without crashing", async () => {
    for (const [name, { access, action }] of actionRegistry) {
      if (access === "public") continue;
      for (const role of access) {
        const res = await asUser(users.get(role)!, () => action({}));
        expect(outcome(res), `${name} as ${role}: ${JSON.stringify(res)}`).not.toBe("UNAVAILABLE");
      }
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
