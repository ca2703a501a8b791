import { beforeEach, describe, expect, it, vi } from "vitest";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { createTestUser } from "@/tests/helpers";
import { sm2Verify } from "@/lib/gm";
import { platformPublicKey } from "@/lib/gm/platform-key";
import { GET } from "@/app/admin/audit/checkpoints/route";
import { appendTrace, canonicalCheckpointContent } from "./trace";
import { writeTraceCheckpoint } from "./checkpoint";
import { CLIENT_IP_HEADER } from "@/lib/security/client-info";

// Only the cookie decoding is replaced: the route's role check and the server-side session
// lookup (lib/auth/session.ts) run as in production.
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<typeof import("next-auth")>()), getServerSession: vi.fn() }));

type Caller = Awaited<ReturnType<typeof createTestUser>>;
function signedInAs(user: Caller | null) {
  vi.mocked(getServerSession).mockResolvedValue(user ? { user: { id: user.id, sessionId: user.sessionId }, expires: "" } : null);
}
// The address as the server entry (scripts/server.mjs) passes it on, S2.
const download = () => GET(new Request("http://localhost/admin/audit/checkpoints", { headers: { [CLIENT_IP_HEADER]: "198.51.100.4" } }));

describe("download of the signed checkpoints (S6)", () => {
  beforeEach(async () => {
    await db.$transaction((tx) => appendTrace(tx, { id: null, role: "SYSTEM" }, { action: "test.s6.download", entity: "Test", entityId: "x" }));
    await writeTraceCheckpoint(new Date());
  });

  it("S6: an administrator downloads every checkpoint with the platform public key, and the download is traced", async () => {
    const admin = await createTestUser("ADMIN");
    signedInAs(admin);
    const response = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="trace-checkpoints-\d{8}\.json"$/);
    const file = await response.json();
    expect(file.publicKey).toBe(platformPublicKey());
    expect(file.checkpoints).toHaveLength(await db.traceCheckpoint.count());
    expect(file.checkpoints.length).toBeGreaterThan(0);
    // Each entry can be checked with nothing but the file.
    for (const c of file.checkpoints) {
      expect(sm2Verify(c.publicKey, canonicalCheckpointContent({ ...c, createdAt: new Date(c.createdAt) }), c.signature)).toBe(true);
    }
    const traced = await db.operationTrace.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(traced).toMatchObject({ action: "trace.checkpoints.download", actorId: admin.id, actorRole: "ADMIN", ip: "198.51.100.4" });
    expect(JSON.parse(traced.summary)).toEqual({ count: file.checkpoints.length });
  });

  it("S6: staff, persons and anonymous callers are refused and nothing is traced", async () => {
    const before = await db.operationTrace.count();
    for (const role of ["STAFF", "PERSON", "UNIT"] as const) {
      signedInAs(await createTestUser(role));
      const response = await download();
      expect(response.status, role).toBe(403);
      expect(await response.json()).toMatchObject({ code: "FORBIDDEN" });
    }
    signedInAs(null);
    expect((await download()).status).toBe(401);

    // An administrator whose server-side session ended is refused too.
    const admin = await createTestUser("ADMIN");
    await db.userSession.delete({ where: { id: admin.sessionId } });
    signedInAs(admin);
    expect((await download()).status).toBe(401);
    expect(await db.operationTrace.count()).toBe(before);
  });
});
