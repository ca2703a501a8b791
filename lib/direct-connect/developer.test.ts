import { afterEach, describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { db } from "@/lib/db";
import { generateSm4Key } from "@/lib/gm";
import { platformPublicKey } from "@/lib/gm/platform-key";
import { createCoreUnit } from "@/lib/applications/test-fixtures";
import { GET as getServices } from "@/app/api/direct/v1/services/route";
import { GET as getOpenApi } from "@/app/api/direct/v1/openapi.json/route";
import { GET as getPlatformKey } from "@/app/api/direct/v1/platform-key/route";
import { GET as getSample } from "@/app/(public)/developer/sample/route";
import ProtocolPage from "@/app/(public)/developer/protocol/page";
import ReferencePage from "@/app/(public)/developer/reference/page";
import { DEMO_ENTERPRISE, keyFingerprint } from "@/prisma/seed/direct-connect";
import { sealKey } from "./key-vault";
import { SERVICE_CODES } from "./service-codes";
import { routeFetch } from "./test-fixtures";
import { clearGatewayCaches } from "./callers";

type Field = { name: string; type: string; required: boolean; maxLength?: number };

afterEach(() => vi.unstubAllGlobals());

describe("E1 published interface list", () => {
  it("GET /api/direct/v1/services lists every service code with its input and output fields", async () => {
    const body = (await (await getServices()).json()) as { services: { code: string; name: string; domain: string; input: Field[]; output: Field[] }[] };
    expect(body.services.map((s) => s.code)).toEqual(SERVICE_CODES.map((s) => s.code));
    const reg = body.services.find((s) => s.code === "SB_EMP_REG")!;
    expect(reg.name).toBe("企业职工参保登记");
    const input = Object.fromEntries(reg.input.map((f) => [f.name, f]));
    for (const name of ["bizSerialNo", "idType", "idNo", "name", "mobile", "hireDate", "insuranceTypes", "wageBase"]) expect(input[name]?.required).toBe(true);
    expect(input.bizSerialNo!.maxLength).toBe(32);
    expect(input.insuranceTypes!.type).toBe("array<string>");
    expect(reg.output.map((f) => f.name)).toEqual(["personNo", "status"]);
    const query = body.services.find((s) => s.code === "SB_EMP_QUERY")!;
    expect(query.output.map((f) => f.name)).toContain("items[].personNo");
    expect(body.services.find((s) => s.code === "SB_BILL_QUERY")!.input.map((f) => f.name)).toEqual(["yearMonth"]);
  });

  it("the OpenAPI 3.1 document describes both endpoints and every service's schemas", async () => {
    const doc = (await (await getOpenApi()).json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> }; "x-services": { code: string; input: { $ref: string } }[] };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/direct/v1", "/api/direct/sandbox/v1", "/api/direct/v1/services", "/api/direct/v1/platform-key"]));
    for (const s of doc["x-services"]) expect(doc.components.schemas[s.input.$ref.replace("#/components/schemas/", "")]).toBeDefined();
    expect(doc["x-services"]).toHaveLength(12);
  });

  it("GET /api/direct/v1/platform-key returns the platform's uncompressed SM2 public key", async () => {
    const body = (await (await getPlatformKey()).json()) as { publicKey: string };
    expect(body.publicKey).toMatch(/^04[0-9a-f]{128}$/);
    expect(body.publicKey).toBe(platformPublicKey());
  });
});

describe("E1 developer pages", () => {
  it("the protocol page publishes the worked example", () => {
    const html = renderToStaticMarkup(ProtocolPage());
    expect(html).toContain("ABEiM0RVZneImaq7zN3u/zNpV1CuvKXU6KSyiOoEg09F0VDJ");
    expect(html).toContain("304402205cb795e11b50b4be2ebb9970820685f932fae877d5294fca3171df3c48492eb902202c399a486483a5508d5801dbcfead7698108b2d01f72a87b00193a5632345b82");
    expect(html).toContain("<table");
  });

  it("the reference page shows each service's fields from the OpenAPI document", () => {
    const html = renderToStaticMarkup(ReferencePage());
    for (const { code } of SERVICE_CODES) expect(html).toContain(`id="${code}"`);
    expect(html).toContain("insuranceTypes");
    expect(html).toContain("缴费工资基数");
  });

  it("the downloadable sample code calls the sandbox with sm-crypto and verifies the platform's signatures", async () => {
    const res = getSample();
    expect(res.headers.get("content-disposition")).toContain("attachment");
    const source = await res.text();
    expect(source).toContain('from "sm-crypto"');

    // The demo enterprise of the protocol, on a unit of its own in the test database. The test
    // database has no demo seed, so an approval in another test may have taken the first code:
    // that enterprise is moved to another code, as the demo seed would have come first.
    const holder = await db.directEnterprise.findUnique({ where: { reqAppCode: DEMO_ENTERPRISE.reqAppCode } });
    if (holder && holder.signPublicKey !== DEMO_ENTERPRISE.signPublicKey) {
      await db.directEnterprise.update({ where: { id: holder.id }, data: { reqAppCode: `T${String(Date.now()).slice(-9)}` } });
    }
    if (!holder || holder.signPublicKey !== DEMO_ENTERPRISE.signPublicKey) {
      const unit = await createCoreUnit();
      await db.directEnterprise.create({
        data: {
          reqAppCode: DEMO_ENTERPRISE.reqAppCode, coreUnitId: unit.id, creditCode: unit.creditCode, unitName: unit.name, areaCode: "370200", status: "ACTIVE",
          signPublicKey: DEMO_ENTERPRISE.signPublicKey, grants: { create: SERVICE_CODES.slice(1).map((s) => ({ serviceCode: s.code })) },
          keys: { create: [{ environment: "SANDBOX", sealedKey: sealKey(DEMO_ENTERPRISE.sm4Key), fingerprint: keyFingerprint(DEMO_ENTERPRISE.sm4Key) }, { environment: "FORMAL", sealedKey: sealKey(generateSm4Key()), fingerprint: "x" }] },
        },
      });
      clearGatewayCaches();
    }
    const printed: unknown[] = [];
    vi.spyOn(console, "info").mockImplementation((...args) => void printed.push(args));
    vi.stubGlobal("fetch", (async (input: string, init?: RequestInit) => {
      const url = new URL(input);
      if (url.pathname === "/api/direct/v1/platform-key") return getPlatformKey();
      return routeFetch(input, init);
    }) as typeof fetch);
    await import("@/docs/direct-connect-sample.mjs");
    expect(printed.map((p) => (p as unknown[])[0])).toEqual(["AUTH_TOKEN", "SB_EMP_QUERY", "SB_EMP_REG"]);
    expect(JSON.stringify(printed)).toContain('"code":"0000"');
  });
});
