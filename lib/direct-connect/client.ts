/**
 * A TypeScript client of the direct-connect protocol, version 1, that an enterprise HR system can
 * copy as it is (Node 18+ or a browser; one dependency: `npm install sm-crypto@0.5.8`).
 *
 * Why sm-crypto: it is the SM2/SM3/SM4 library most Chinese SDKs and enterprise systems already
 * use, so this file shows the protocol with what the callers have, and it proves interoperability
 * (the platform itself uses its own faster lib/gm, and the tests check that each verifies the
 * other). sm-crypto's SM2 costs ~15–30 ms per signature; a caller that needs more throughput, or a
 * load generator such as bench/direct-api.ts, passes its own `crypto` (see `DirectCrypto`).
 *
 * Usage:
 *   const client = new DirectClient({ baseUrl: "https://…", environment: "sandbox", reqAppCode: "Q000000001",
 *     reqAreaCode: "370200", sm4Key: "0123…", privateKey: "3945…", platformPublicKey: "04…" });
 *   const { httpStatus, head, result } = await client.call("SB_EMP_QUERY", { page: 1, pageSize: 20 });
 * `call` fetches the daily token (AUTH_TOKEN) by itself when it has none or it has expired.
 */
import smCrypto from "sm-crypto";

const { sm2, sm4 } = smCrypto;

/** The three primitives the protocol needs. Keys and signatures are hex; bodies are Base64. */
export interface DirectCrypto {
  /** SM2 sign with SM3-with-Z, user ID 1234567812345678, DER, lower-case hex. */
  sign(privateKeyHex: string, message: string): string;
  verify(publicKeyHex: string, message: string, signatureHex: string): boolean;
  /** Base64( IV ‖ SM4-CBC-PKCS#7(UTF-8 text) ) with a fresh random IV. */
  encrypt(keyHex: string, text: string): string;
  /** Inverse of encrypt; throws on any failure. */
  decrypt(keyHex: string, body: string): string;
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
const toBase64 = (bytes: Uint8Array) => (typeof Buffer !== "undefined" ? Buffer.from(bytes).toString("base64") : btoa(String.fromCharCode(...bytes)));
const fromBase64 = (b64: string) => (typeof Buffer !== "undefined" ? new Uint8Array(Buffer.from(b64, "base64")) : Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));

/** The default: everything with sm-crypto 0.5.8. */
export const smCryptoProvider: DirectCrypto = {
  sign: (privateKey, message) => sm2.doSignature(message, privateKey, { hash: true, der: true }),
  verify: (publicKey, message, signature) => {
    try {
      return sm2.doVerifySignature(message, signature, publicKey, { hash: true, der: true });
    } catch {
      return false;
    }
  },
  encrypt(key, text) {
    const iv = crypto.getRandomValues(new Uint8Array(16));
    const ct = sm4.encrypt(text, key, { mode: "cbc", iv: hex(iv), output: "array" }) as unknown as number[];
    const out = new Uint8Array(16 + ct.length);
    out.set(iv);
    out.set(ct, 16);
    return toBase64(out);
  },
  decrypt(key, body) {
    const raw = fromBase64(body);
    if (raw.length < 32 || raw.length % 16 !== 0) throw new Error("body does not decrypt");
    const text = sm4.decrypt(hex(raw.subarray(16)), key, { mode: "cbc", iv: hex(raw.subarray(0, 16)) });
    if (typeof text !== "string" || text === "") throw new Error("body does not decrypt");
    return text;
  },
};

export interface DirectClientOptions {
  /** e.g. https://portal.example.gov.cn (no trailing slash) */
  baseUrl: string;
  environment: "sandbox" | "formal";
  reqAppCode: string;
  reqAreaCode: string;
  /** the SM4 key of this environment, 32 hex */
  sm4Key: string;
  /** the enterprise's SM2 private key, 64 hex (its public key is registered with the platform) */
  privateKey: string;
  /** the platform's SM2 public key (GET /api/direct/v1/platform-key); answers are verified with it when given */
  platformPublicKey?: string;
  crypto?: DirectCrypto;
  fetch?: typeof fetch;
  /** the endpoint's path when it is not the enterprises' (third-party channels: "/api/channel/v1") */
  endpointPath?: string;
}

export interface DirectHead {
  servicecode: string;
  reqAppCode: string;
  reqAreaCode: string;
  timestamp: string;
  nonce: string;
  token: string;
  signature: string;
}

export interface DirectAnswer<T = unknown> {
  httpStatus: number;
  head: { status: string; msg: string; timestamp: string; nonce: string; signature: string };
  /** the decrypted business result when head.status is "0" */
  result?: { code: string; message: string; data: T };
  /** whether the platform's signature on the answer verified (undefined without platformPublicKey) */
  signatureValid?: boolean;
  retryAfter?: string | null;
}

/** The request sign string: servicecode, reqAppCode, reqAreaCode, timestamp, nonce, token, body joined with \n. */
export function requestSignString(head: Omit<DirectHead, "signature">, body: string): string {
  return [head.servicecode, head.reqAppCode, head.reqAreaCode, head.timestamp, head.nonce, head.token, body].join("\n");
}

/** The response sign string: status, msg, timestamp, nonce, body joined with \n. */
export function responseSignString(head: { status: string; msg: string; timestamp: string; nonce: string }, body: string): string {
  return [head.status, head.msg, head.timestamp, head.nonce, body].join("\n");
}

export function randomNonce(): string {
  return hex(crypto.getRandomValues(new Uint8Array(12))); // 24 chars of [0-9a-f]
}

export class DirectClient {
  private token: { value: string; expiresAt: number } | undefined;
  private readonly crypto: DirectCrypto;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: DirectClientOptions) {
    this.crypto = options.crypto ?? smCryptoProvider;
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  get url(): string {
    return `${this.options.baseUrl}${this.options.endpointPath ?? (this.options.environment === "sandbox" ? "/api/direct/sandbox/v1" : "/api/direct/v1")}`;
  }

  /** Builds a signed envelope (exported so that tests and load generators can prepare requests). */
  envelope(servicecode: string, business: unknown, token: string, overrides: Partial<Omit<DirectHead, "signature">> = {}): { head: DirectHead; body: string } {
    const body = this.crypto.encrypt(this.options.sm4Key, JSON.stringify(business));
    const unsigned = {
      servicecode, reqAppCode: this.options.reqAppCode, reqAreaCode: this.options.reqAreaCode,
      timestamp: String(Date.now()), nonce: randomNonce(), token, ...overrides,
    };
    return { head: { ...unsigned, signature: this.crypto.sign(this.options.privateKey, requestSignString(unsigned, body)) }, body };
  }

  /** Sends an envelope and reads the answer: verifies the platform's signature and decrypts the body. */
  async send<T = unknown>(envelope: unknown): Promise<DirectAnswer<T>> {
    const res = await this.fetch(this.url, { method: "POST", headers: { "content-type": "application/json" }, body: typeof envelope === "string" ? envelope : JSON.stringify(envelope) });
    return this.read<T>(res);
  }

  async read<T>(res: Response): Promise<DirectAnswer<T>> {
    const json = (await res.json()) as { head: DirectAnswer["head"]; body: string };
    const answer: DirectAnswer<T> = { httpStatus: res.status, head: json.head, retryAfter: res.headers.get("retry-after") };
    if (this.options.platformPublicKey) {
      answer.signatureValid = this.crypto.verify(this.options.platformPublicKey, responseSignString(json.head, json.body), json.head.signature);
    }
    if (json.head.status === "0" && json.body) answer.result = JSON.parse(this.crypto.decrypt(this.options.sm4Key, json.body));
    return answer;
  }

  /** AUTH_TOKEN: the daily token, kept until it expires (24:00 Asia/Shanghai). */
  async fetchToken(): Promise<string> {
    const answer = await this.send<{ token: string; expiresAt: string }>(this.envelope("AUTH_TOKEN", {}, ""));
    if (answer.head.status !== "0" || answer.result?.code !== "0000") throw new Error(`AUTH_TOKEN failed: ${answer.httpStatus} ${answer.head.msg}`);
    this.token = { value: answer.result.data.token, expiresAt: Date.parse(answer.result.data.expiresAt) };
    return this.token.value;
  }

  /** Calls a service with the current daily token (fetched when missing or expired). */
  async call<T = unknown>(servicecode: string, business: unknown): Promise<DirectAnswer<T>> {
    const token = this.token && this.token.expiresAt > Date.now() + 5_000 ? this.token.value : await this.fetchToken();
    return this.send<T>(this.envelope(servicecode, business, token));
  }
}
