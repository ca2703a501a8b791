/**
 * The gateway's per-process caches, so that a call costs as few queries as possible (E6): the
 * enterprise (or channel) with its grants and opened keys, the service switches and the default
 * rate limit. A cached caller is never trusted blindly: it carries the row's gatewayVersion,
 * which every recorded change moves (recordEnterpriseEvent, the channels' event), and the gate
 * compares it with the database on every call — inside the nonce statement for an admitted call,
 * by one tiny query before a refusal — so a new key, a suspension or an acceptance applies at once
 * on every instance. DIRECT_CACHE_TTL_MS is only the backstop (a reload at least every 5 s) and
 * the delay of the service switches and the default limit. Keys are opened once per sealed value
 * (immutable), and the caller's SM2 public key is prepared when it is loaded, never for a key a
 * caller sends.
 */
import { db } from "@/lib/db";
import { isSm2PublicKey } from "@/lib/gm";
import { directParameter } from "@/lib/direct-access/parameters";
import { openKey } from "./key-vault";

export const DIRECT_CACHE_TTL_MS = 5_000;

export type GatewayEnvironment = "SANDBOX" | "FORMAL";

export interface CallerKey {
  id: string;
  key: string;
  status: "ACTIVE" | "RETIRING";
  graceUntil: Date | null;
}

/** Which endpoint a caller belongs to: enterprises (/api/direct/…) or third-party channels (/api/channel/v1, X1). */
export type CallerKind = "ENTERPRISE" | "CHANNEL";

export interface Caller {
  kind: CallerKind;
  id: string;
  reqAppCode: string;
  /** The enterprise's core unit; -1 for a channel, which has none (no core unit has that id). */
  coreUnitId: number;
  areaCode: string;
  status: "SANDBOX" | "ACTIVE" | "SUSPENDED" | "REVOKED";
  signPublicKey: string;
  signKeyUsable: boolean;
  /** Requests per minute: the enterprise's own limit, else the platform default (E7 parameter). */
  rateLimitPerMinute: number;
  grants: Set<string>;
  keys: Record<GatewayEnvironment, CallerKey[]>;
  /** The row's gatewayVersion when it was loaded: compared with the database on every call. */
  version: number;
}

const callers = new Map<string, { value: Caller | null; at: number }>();
const openedKeys = new Map<string, string | null>();
let services: { disabled: Set<string>; at: number } | undefined;
let defaultLimit: { value: number; at: number } | undefined;
const MAX_CALLERS = 10_000;

function opened(sealed: string): string | null {
  let key = openedKeys.get(sealed);
  if (key === undefined) {
    try {
      key = openKey(sealed);
    } catch {
      key = null; // a sealed key that does not open (wrong master key, edited row) is no key
    }
    if (openedKeys.size > MAX_CALLERS) openedKeys.clear();
    openedKeys.set(sealed, key);
  }
  return key;
}

/** The platform's default rate limit (ADMIN parameter `direct.defaultRateLimitPerMinute`), cached like the rest. */
async function defaultRateLimit(nowMs: number): Promise<number> {
  if (!defaultLimit || nowMs - defaultLimit.at >= DIRECT_CACHE_TTL_MS) {
    defaultLimit = { value: await directParameter("direct.defaultRateLimitPerMinute"), at: nowMs };
  }
  return defaultLimit.value;
}

async function loadCaller(reqAppCode: string, nowMs: number): Promise<Caller | null> {
  const row = await db.directEnterprise.findUnique({
    where: { reqAppCode },
    select: {
      id: true, reqAppCode: true, coreUnitId: true, areaCode: true, status: true, signPublicKey: true, rateLimitPerMinute: true, gatewayVersion: true,
      grants: { select: { serviceCode: true } },
      keys: { where: { status: { in: ["ACTIVE", "RETIRING"] } }, select: { id: true, environment: true, sealedKey: true, status: true, graceUntil: true, createdAt: true }, orderBy: { createdAt: "desc" } },
    },
  });
  if (!row) return null;
  const keys: Record<GatewayEnvironment, CallerKey[]> = { SANDBOX: [], FORMAL: [] };
  // ACTIVE keys first, then RETIRING ones (newest first within each).
  for (const k of [...row.keys].sort((a, b) => (a.status === b.status ? 0 : a.status === "ACTIVE" ? -1 : 1))) {
    const key = opened(k.sealedKey);
    if (key) keys[k.environment].push({ id: k.id, key, status: k.status as CallerKey["status"], graceUntil: k.graceUntil });
  }
  return {
    kind: "ENTERPRISE", id: row.id, reqAppCode: row.reqAppCode, coreUnitId: row.coreUnitId, areaCode: row.areaCode, status: row.status,
    signPublicKey: row.signPublicKey,
    // Prepares (and validates) the registered key once per process: its table is cached in lib/gm.
    signKeyUsable: isSm2PublicKey(row.signPublicKey),
    rateLimitPerMinute: row.rateLimitPerMinute ?? (await defaultRateLimit(nowMs)),
    grants: new Set(row.grants.map((g) => g.serviceCode)),
    keys,
    version: row.gatewayVersion,
  };
}

/** The enterprise calling with this reqAppCode (null: unknown), from the cache when fresh. */
export async function findCaller(reqAppCode: string, nowMs = Date.now(), fresh = false): Promise<Caller | null> {
  const hit = callers.get(reqAppCode);
  if (!fresh && hit && nowMs - hit.at < DIRECT_CACHE_TTL_MS) return hit.value;
  const value = await loadCaller(reqAppCode, nowMs);
  if (callers.size > MAX_CALLERS) callers.clear();
  callers.set(reqAppCode, { value, at: nowMs });
  return value;
}

/**
 * X1: a third-party channel as a caller, by its channel code. Only approved channels are callers
 * (SUBMITTED and REJECTED ones are unknown: 401); a SUSPENDED channel answers 403 like a suspended
 * enterprise, a DEREGISTERED one 403 as REVOKED. Channels have the formal environment only.
 */
async function loadChannelCaller(channelCode: string, nowMs: number): Promise<Caller | null> {
  const row = await db.channel.findUnique({
    where: { channelCode },
    select: {
      id: true, channelCode: true, status: true, signPublicKey: true, rateLimitPerMinute: true, grantedServices: true, gatewayVersion: true,
      keys: { where: { status: "ACTIVE" }, select: { id: true, sealedKey: true }, orderBy: { createdAt: "desc" } },
    },
  });
  if (!row || !row.channelCode || row.status === "SUBMITTED" || row.status === "REJECTED") return null;
  const keys: Record<GatewayEnvironment, CallerKey[]> = { SANDBOX: [], FORMAL: [] };
  for (const k of row.keys) {
    const key = opened(k.sealedKey);
    if (key) keys.FORMAL.push({ id: k.id, key, status: "ACTIVE", graceUntil: null });
  }
  return {
    kind: "CHANNEL", id: row.id, reqAppCode: row.channelCode, coreUnitId: -1, areaCode: "",
    status: row.status === "DEREGISTERED" ? "REVOKED" : row.status,
    signPublicKey: row.signPublicKey, signKeyUsable: isSm2PublicKey(row.signPublicKey),
    rateLimitPerMinute: row.rateLimitPerMinute ?? (await defaultRateLimit(nowMs)),
    grants: new Set(JSON.parse(row.grantedServices) as string[]),
    keys,
    version: row.gatewayVersion,
  };
}

const channelCallers = new Map<string, { value: Caller | null; at: number }>();

/** The channel calling with this channel code (null: unknown), cached like enterprises (DIRECT_CACHE_TTL_MS). */
export async function findChannelCaller(channelCode: string, nowMs = Date.now(), fresh = false): Promise<Caller | null> {
  const hit = channelCallers.get(channelCode);
  if (!fresh && hit && nowMs - hit.at < DIRECT_CACHE_TTL_MS) return hit.value;
  const value = await loadChannelCaller(channelCode, nowMs);
  if (channelCallers.size > MAX_CALLERS) channelCallers.clear();
  channelCallers.set(channelCode, { value, at: nowMs });
  return value;
}

/** The enterprise's gatewayVersion now (null: no such enterprise); one indexed read of one column. */
export async function callerVersion(reqAppCode: string): Promise<number | null> {
  const row = await db.directEnterprise.findUnique({ where: { reqAppCode }, select: { gatewayVersion: true } });
  return row?.gatewayVersion ?? null;
}

/** The channel's gatewayVersion now (null: unknown, or not an approved channel, as loadChannelCaller sees it). */
export async function channelCallerVersion(channelCode: string): Promise<number | null> {
  const row = await db.channel.findUnique({ where: { channelCode }, select: { gatewayVersion: true, status: true } });
  return !row || row.status === "SUBMITTED" || row.status === "REJECTED" ? null : row.gatewayVersion;
}

/** Forgets one channel in this process at once (after its suspension or deregistration here). */
export function forgetChannelCaller(channelCode: string): void {
  channelCallers.delete(channelCode);
}

/** The keys the caller may use now in this environment: ACTIVE, and RETIRING ones within their grace period. */
export function usableKeys(caller: Caller, environment: GatewayEnvironment, now: Date): CallerKey[] {
  return caller.keys[environment].filter((k) => k.status === "ACTIVE" || (k.graceUntil !== null && k.graceUntil > now));
}

/** Whether a service is switched off in the interface registry (E7); absent means enabled. */
export async function isServiceDisabled(code: string, nowMs = Date.now()): Promise<boolean> {
  if (!services || nowMs - services.at >= DIRECT_CACHE_TTL_MS) {
    const rows = await db.directService.findMany({ where: { enabled: false }, select: { code: true } });
    services = { disabled: new Set(rows.map((r) => r.code)), at: nowMs };
  }
  return services.disabled.has(code);
}

/** Forgets everything cached (tests; or after a change that must apply at once in this process). */
export function clearGatewayCaches(): void {
  callers.clear();
  channelCallers.clear();
  openedKeys.clear();
  services = undefined;
  defaultLimit = undefined;
}

/** Loads every ACTIVE enterprise once (at start), so that no first call pays key preparation. */
export async function warmGatewayCaches(): Promise<number> {
  const rows = await db.directEnterprise.findMany({ where: { status: { in: ["SANDBOX", "ACTIVE"] } }, select: { reqAppCode: true } });
  for (const r of rows) await findCaller(r.reqAppCode);
  return rows.length;
}
