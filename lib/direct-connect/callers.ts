/**
 * The gateway's per-process caches, so that a call costs as few queries as possible (E6): the
 * enterprise (or channel) with its grants and opened keys, the service switches and the default
 * rate limit. A cached caller is never trusted blindly: it carries the row's gatewayVersion,
 * which every recorded change moves (recordEnterpriseEvent, the channels' event), and the gate
 * compares it with the database on every call — inside the nonce statement for an admitted call,
 * by one tiny query before a refusal (unless confirmed within the last REFUSAL_CONFIRM_MS = 100 ms,
 * so refusal floods stay cheap) — so a new key, a suspension or an acceptance applies at once on
 * every instance. DIRECT_CACHE_TTL_MS is only the backstop (a reload at least every 5 s) and
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

/**
 * How long a confirmation of a cached caller stands for a refusal: a flood of forged or refused
 * calls costs at most one tiny read per caller in this time (an admitted call confirms it anyway).
 */
export const REFUSAL_CONFIRM_MS = 100;

/** One kind of caller (enterprises or channels) by its code, cached and confirmed by gatewayVersion. */
export class CallerCache {
  private readonly entries = new Map<string, { value: Caller | null; at: number; confirmedAt: number }>();
  private readonly reading = new Map<string, Promise<number | null>>();

  constructor(
    private readonly load: (code: string, nowMs: number) => Promise<Caller | null>,
    private readonly readVersion: (code: string) => Promise<number | null>,
  ) {}

  /** The caller (null: unknown), from the cache when younger than DIRECT_CACHE_TTL_MS; `fresh`: read now. */
  async find(code: string, nowMs = Date.now(), fresh = false): Promise<Caller | null> {
    const hit = this.entries.get(code);
    if (!fresh && hit && nowMs - hit.at < DIRECT_CACHE_TTL_MS) return hit.value;
    const value = await this.load(code, nowMs);
    if (this.entries.size > MAX_CALLERS) this.entries.clear();
    this.entries.set(code, { value, at: nowMs, confirmedAt: nowMs });
    return value;
  }

  /**
   * Before a refusal: the caller as the database has it now. One tiny read of its version
   * (shared by refusals of the same caller at the same moment, skipped when confirmed within
   * `withinMs`); when it moved, the caller is read again and `changed` is true.
   */
  async confirm(code: string, nowMs = Date.now(), withinMs = 0): Promise<{ caller: Caller | null; changed: boolean }> {
    const hit = this.entries.get(code);
    if (hit && (nowMs - hit.confirmedAt < withinMs || hit.at === nowMs)) return { caller: hit.value, changed: false };
    let pending = this.reading.get(code);
    if (!pending) {
      pending = this.readVersion(code).finally(() => this.reading.delete(code));
      this.reading.set(code, pending);
    }
    const version = await pending;
    if (this.confirmed(code, version, nowMs)) return { caller: this.entries.get(code)!.value, changed: false };
    return { caller: await this.find(code, nowMs, true), changed: true };
  }

  /** The database holds `version` now (e.g. the nonce statement saw it): true when the cached caller is that one. */
  confirmed(code: string, version: number | null, nowMs = Date.now()): boolean {
    const hit = this.entries.get(code);
    if (!hit || (hit.value?.version ?? null) !== version) return false;
    hit.confirmedAt = Math.max(hit.confirmedAt, nowMs);
    return true;
  }

  forget(code: string): void {
    this.entries.delete(code);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The enterprise's gatewayVersion now (null: no such enterprise); one indexed read of one column. */
async function enterpriseVersion(reqAppCode: string): Promise<number | null> {
  const row = await db.directEnterprise.findUnique({ where: { reqAppCode }, select: { gatewayVersion: true } });
  return row?.gatewayVersion ?? null;
}

export const enterpriseCallers = new CallerCache(loadCaller, enterpriseVersion);

/** The enterprise calling with this reqAppCode (null: unknown), from the cache when fresh. */
export function findCaller(reqAppCode: string, nowMs = Date.now(), fresh = false): Promise<Caller | null> {
  return enterpriseCallers.find(reqAppCode, nowMs, fresh);
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

/** The channel's gatewayVersion now (null: unknown, or not an approved channel, as loadChannelCaller sees it). */
async function channelVersion(channelCode: string): Promise<number | null> {
  const row = await db.channel.findUnique({ where: { channelCode }, select: { gatewayVersion: true, status: true } });
  return !row || row.status === "SUBMITTED" || row.status === "REJECTED" ? null : row.gatewayVersion;
}

export const channelCallers = new CallerCache(loadChannelCaller, channelVersion);

/** The channel calling with this channel code (null: unknown), cached like enterprises. */
export function findChannelCaller(channelCode: string, nowMs = Date.now(), fresh = false): Promise<Caller | null> {
  return channelCallers.find(channelCode, nowMs, fresh);
}

/** Forgets one channel in this process at once (after its suspension or deregistration here). */
export function forgetChannelCaller(channelCode: string): void {
  channelCallers.forget(channelCode);
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
  enterpriseCallers.clear();
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
