/**
 * Fixtures for the gateway tests: an enterprise of its own (core unit with employees, SM2 key
 * pair, SM4 keys per environment, grants) and a DirectClient whose fetch calls the route
 * handlers directly with Request objects.
 */
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { generateSm2KeyPair, generateSm4Key } from "@/lib/gm";
import { platformPublicKey } from "@/lib/gm/platform-key";
import { createCorePerson, createCoreUnit } from "@/lib/applications/test-fixtures";
import { POST as formalPost } from "@/app/api/direct/v1/route";
import { POST as sandboxPost } from "@/app/api/direct/sandbox/v1/route";
import { DirectClient } from "./client";
import { gmCrypto } from "./gm-crypto";
import { keyFingerprint } from "@/prisma/seed/direct-connect";
import { sealKey } from "./key-vault";
import { SERVICE_CODES } from "./service-codes";

/** fetch that hands the request to the route handler of its URL (no server). */
export const routeFetch: typeof fetch = async (input, init) => {
  const request = new Request(input as string, init);
  return new URL(request.url).pathname === "/api/direct/sandbox/v1" ? sandboxPost(request) : formalPost(request);
};

export interface TestEnterprise {
  id: string;
  reqAppCode: string;
  unitId: number;
  keys: { SANDBOX: string; FORMAL: string };
  signKeys: { privateKey: string; publicKey: string };
  employees: { idNumber: string; personNo: string }[];
  client(environment: "sandbox" | "formal", overrides?: Partial<{ sm4Key: string; privateKey: string }>): DirectClient;
}

export async function createTestEnterprise(
  options: { status?: "SANDBOX" | "ACTIVE" | "SUSPENDED" | "REVOKED"; grants?: string[]; rateLimitPerMinute?: number; employees?: number } = {},
): Promise<TestEnterprise> {
  const unit = await createCoreUnit();
  const employees = [];
  for (let i = 0; i < (options.employees ?? 3); i++) {
    const p = await createCorePerson({ unitId: unit.id });
    employees.push({ idNumber: p.idNumber, personNo: p.personNo });
  }
  const signKeys = generateSm2KeyPair();
  const keys = { SANDBOX: generateSm4Key(), FORMAL: generateSm4Key() };
  const reqAppCode = `T${randomInt(1e8, 1e9 - 1)}`;
  const grants = options.grants ?? SERVICE_CODES.map((s) => s.code).filter((c) => c !== "AUTH_TOKEN");
  const enterprise = await db.directEnterprise.create({
    data: {
      reqAppCode, coreUnitId: unit.id, creditCode: unit.creditCode, unitName: unit.name, areaCode: "370200", status: options.status ?? "ACTIVE",
      signPublicKey: signKeys.publicKey, rateLimitPerMinute: options.rateLimitPerMinute,
      grants: { create: grants.map((serviceCode) => ({ serviceCode })) },
      keys: { create: (["SANDBOX", "FORMAL"] as const).map((environment) => ({ environment, sealedKey: sealKey(keys[environment]), fingerprint: keyFingerprint(keys[environment]) })) },
    },
  });
  return {
    id: enterprise.id, reqAppCode, unitId: unit.id, keys, signKeys, employees,
    client: (environment, overrides = {}) =>
      new DirectClient({
        baseUrl: "http://gateway.test", environment, reqAppCode, reqAreaCode: "370200",
        sm4Key: overrides.sm4Key ?? keys[environment === "sandbox" ? "SANDBOX" : "FORMAL"], privateKey: overrides.privateKey ?? signKeys.privateKey,
        platformPublicKey: platformPublicKey(), crypto: gmCrypto, fetch: routeFetch,
      }),
  };
}
