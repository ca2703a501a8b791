/**
 * The wire format of the direct-connect protocol, version 1 (../shared/spec/direct-connect-
 * protocol.md; a copy is published at docs/direct-connect-protocol.md). Everything here is
 * contract: field names, limits, codes and the two sign strings. Shared by the gateway and the
 * client (lib/direct-connect/client.ts), so both sign exactly the same bytes.
 */

/** Requests larger than this answer 413. */
export const MAX_ENVELOPE_BYTES = 1024 * 1024;
/** The timestamp window, either side of the server clock. */
export const TIMESTAMP_WINDOW_MS = 300_000;
/** How long a nonce may not be reused by the same reqAppCode. */
export const NONCE_TTL_MS = 10 * 60_000;
/** How long a business write's first result is answered again for the same bizSerialNo. */
export const IDEMPOTENCY_TTL_MS = 30 * 86_400_000;

export const HEAD_FIELDS = ["servicecode", "reqAppCode", "reqAreaCode", "timestamp", "nonce", "token", "signature"] as const;

export interface RequestHead {
  servicecode: string;
  reqAppCode: string;
  reqAreaCode: string;
  timestamp: string;
  nonce: string;
  token: string;
  signature: string;
}

export interface RequestEnvelope {
  head: RequestHead;
  body: string;
}

export interface ResponseHead {
  status: "0" | "1";
  msg: string;
  timestamp: string;
  nonce: string;
  signature: string;
}

export interface ResponseEnvelope {
  head: ResponseHead;
  body: string;
}

/** Business codes of the decrypted result. */
export const BIZ_CODES = {
  OK: "0000",
  VALIDATION: "1001",
  NOT_FOUND: "1002",
  DUPLICATE: "1003",
  CORE_BUSY: "2001",
} as const;
export type BizCode = (typeof BIZ_CODES)[keyof typeof BIZ_CODES];

export interface BizResult<T = unknown> {
  code: BizCode;
  message: string;
  data: T;
}

/** `servicecode, reqAppCode, reqAreaCode, timestamp, nonce, token, body` joined with `\n`. */
export function requestSignString(head: Omit<RequestHead, "signature">, body: string): string {
  return [head.servicecode, head.reqAppCode, head.reqAreaCode, head.timestamp, head.nonce, head.token, body].join("\n");
}

/** `status, msg, timestamp, nonce, body` joined with `\n`. */
export function responseSignString(head: Omit<ResponseHead, "signature">, body: string): string {
  return [head.status, head.msg, head.timestamp, head.nonce, body].join("\n");
}

export const FIELD_RULES = {
  // Any printable ASCII within the length: a well-formed but unknown code is 404 (servicecode)
  // or 401 (reqAppCode), as the protocol says, not a malformed envelope.
  servicecode: /^[\x21-\x7e]{1,20}$/,
  reqAppCode: /^[\x21-\x7e]{1,10}$/,
  reqAreaCode: /^\d{6}$/,
  timestamp: /^\d{1,15}$/,
  nonce: /^[0-9a-zA-Z]{16,32}$/,
  token: /^[0-9A-Za-z._-]{0,128}$/,
  signature: /^[0-9a-f]{16,160}$/,
  body: /^[A-Za-z0-9+/=]*$/,
} as const;

/**
 * Parses an envelope strictly: an object with `head` (the seven string fields, each matching its
 * rule) and a string `body`. Returns the reason in Chinese when it is malformed.
 */
export function parseEnvelope(value: unknown): { ok: true; envelope: RequestEnvelope } | { ok: false; reason: string } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, reason: "报文应为 JSON 对象" };
  const { head, body } = value as { head?: unknown; body?: unknown };
  if (typeof head !== "object" || head === null || Array.isArray(head)) return { ok: false, reason: "缺少报文头 head" };
  const h = head as Record<string, unknown>;
  for (const field of HEAD_FIELDS) {
    const v = h[field];
    if (typeof v !== "string") return { ok: false, reason: `报文头缺少字段 ${field}` };
    if (!FIELD_RULES[field].test(v)) return { ok: false, reason: `报文头字段 ${field} 格式不正确` };
  }
  if (typeof body !== "string" || !FIELD_RULES.body.test(body)) return { ok: false, reason: "报文体 body 应为 Base64 字符串" };
  const typed = h as unknown as RequestHead;
  return {
    ok: true,
    envelope: {
      head: {
        servicecode: typed.servicecode, reqAppCode: typed.reqAppCode, reqAreaCode: typed.reqAreaCode, timestamp: typed.timestamp,
        nonce: typed.nonce, token: typed.token, signature: typed.signature,
      },
      body,
    },
  };
}
