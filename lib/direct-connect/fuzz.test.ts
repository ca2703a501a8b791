import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRng } from "@/lib/identity";
import { encryptBody } from "@/lib/gm";
import { createTestEnterprise, routeFetch, type TestEnterprise } from "./test-fixtures";
import { SERVICE_CODES } from "./service-codes";
import { requestSignString } from "./client";
import { gmCrypto } from "./gm-crypto";

type Rng = ReturnType<typeof createRng>;
const ALLOWED = new Set([200, 400, 401, 403, 404, 409, 413, 429]);
const HEAD_FIELDS = ["servicecode", "reqAppCode", "reqAreaCode", "timestamp", "nonce", "token", "signature"];

const int = (rng: Rng, n: number) => Math.floor(rng.next() * n);
const pick = <T,>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)]!;
const randomString = (rng: Rng, max: number) =>
  Array.from({ length: int(rng, max) }, () => String.fromCharCode(pick(rng, [int(rng, 128), 0x4e00 + int(rng, 500), 0xd800 + int(rng, 2048), 0]))).join("");

function randomValue(rng: Rng, depth = 0): unknown {
  switch (int(rng, depth > 3 ? 6 : 8)) {
    case 0: return null;
    case 1: return rng.next() < 0.5;
    case 2: return pick(rng, [0, -1, 1e308, -0, 2 ** 53 + 1, 3.14, Number.MAX_SAFE_INTEGER]);
    case 3: return randomString(rng, 40);
    case 4: return pick(rng, ["", "0", "01", "110", "202610", "2026-11-01", "13800138000", "11010519491231002X", "__proto__", "constructor"]);
    case 5: return "A".repeat(int(rng, 5000));
    case 6: return Array.from({ length: int(rng, 5) }, () => randomValue(rng, depth + 1));
    default: return Object.fromEntries(Array.from({ length: int(rng, 6) }, () => [pick(rng, ["page", "pageSize", "yearMonth", "bizSerialNo", "idNo", "name", "insuranceTypes", "__proto__", randomString(rng, 8)]), randomValue(rng, depth + 1)]));
  }
}

function mutateText(rng: Rng, text: string): string {
  const at = int(rng, text.length + 1);
  switch (int(rng, 5)) {
    case 0: return text.slice(0, at); // truncated
    case 1: return text.slice(0, at) + randomString(rng, 4) + text.slice(at); // inserted junk
    case 2: return text.slice(0, at) + text.slice(at + 1 + int(rng, 10)); // deleted bytes
    case 3: return text.slice(0, at) + String.fromCharCode(int(rng, 256)) + text.slice(at + 1); // flipped char
    default: return text.replace(/"[^"]*"/, `"${randomString(rng, 10)}"`);
  }
}

// Signing answers with the platform key is not what is fuzzed here (gateway.test.ts checks every
// answer's signature); a stub keeps 10,000 requests to a few seconds.
vi.mock("@/lib/gm/platform-key", async (original) => ({
  ...(await original<typeof import("@/lib/gm/platform-key")>()),
  signWithPlatformKey: () => "30060201010201 01".replace(" ", ""),
}));

let e: TestEnterprise;
let token: string;
const errors: unknown[] = [];

beforeAll(async () => {
  e = await createTestEnterprise({ employees: 2, rateLimitPerMinute: 1_000_000 });
  token = await e.client("formal").fetchToken();
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterAll(() => {
  vi.restoreAllMocks();
});

describe("E6 fuzz: random and mutated envelopes", () => {
  it("10,000 random and mutated envelopes produce no 500 and no unhandled error", async () => {
    const rng = createRng(20261123);
    const client = e.client("formal");
    const statuses = new Map<number, number>();
    // Base envelopes signed once; the mutated ones fail before any business anyway.
    const bases = [...SERVICE_CODES.map((s) => s.code), "NOPE"].map((code) => JSON.stringify(client.envelope(code, {}, token)));
    for (let i = 0; i < 10_000; i++) {
      const kind = int(rng, 100);
      let body: string;
      if (kind < 10) {
        body = randomString(rng, 200); // not JSON at all
      } else if (kind < 25) {
        body = JSON.stringify(randomValue(rng)); // JSON, not an envelope
      } else {
        const code = pick(rng, [...SERVICE_CODES.map((s) => s.code), "NOPE"]);
        const envelope = JSON.parse(pick(rng, bases)) as { head: Record<string, unknown>; body: unknown };
        if (kind < 27) {
          // Signed correctly, with garbage inside the encryption: reaches decryption or the schema.
          const inner = rng.next() < 0.5 ? JSON.stringify(randomValue(rng)) : randomString(rng, 50);
          const b = rng.next() < 0.5 ? encryptBody(e.keys.FORMAL, inner) : Buffer.from(randomString(rng, 64)).toString("base64");
          body = JSON.stringify({ head: resign(client, code, b), body: b });
        } else if (kind < 29) {
          // Signed and encrypted correctly: random business values reach the schema (1001) or a handler.
          body = JSON.stringify(client.envelope(code, randomValue(rng), token));
        } else if (kind < 60) {
          const field = pick(rng, [...HEAD_FIELDS, "head", "body"]);
          if (field === "head") envelope.head = randomValue(rng) as Record<string, unknown>;
          else if (field === "body") envelope.body = randomValue(rng);
          else if (rng.next() < 0.3) delete envelope.head[field];
          else envelope.head[field] = rng.next() < 0.5 ? randomValue(rng) : mutateText(rng, String(envelope.head[field]));
          body = JSON.stringify(envelope);
        } else {
          body = mutateText(rng, JSON.stringify(envelope));
        }
      }
      const res = await routeFetch("http://gateway.test/api/direct/v1", { method: "POST", body });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(ALLOWED.has(res.status), `case ${i}: HTTP ${res.status} for ${body.slice(0, 200)}`).toBe(true);
      const json = (await res.json()) as { head: { status: string } };
      expect(["0", "1"]).toContain(json.head.status);
    }
    expect(errors).toEqual([]);
    // The run reached every layer: envelope, signature, decryption and the business schema.
    expect(statuses.get(400)).toBeGreaterThan(0);
    expect(statuses.get(401)).toBeGreaterThan(0);
    expect(statuses.get(200)).toBeGreaterThan(0);
  });
});

/** A correctly signed head around an arbitrary body. */
function resign(client: ReturnType<TestEnterprise["client"]>, code: string, body: string) {
  const { signature: _drop, ...unsigned } = client.envelope(code, {}, token).head;
  return { ...unsigned, signature: gmCrypto.sign(e.signKeys.privateKey, requestSignString(unsigned, body)) };
}
