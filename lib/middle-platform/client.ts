/**
 * Our calls to the middle platform (X5): the signed head, SM4 on the personal fields, a time
 * limit, and the platform's `{ code, message, data }` answer. Code "0" is success; any other
 * answer, an HTTP error or a network failure is a PlatformCallError the caller turns into a
 * retry (pushes) or a coded answer (fetches during 接收申报流水号).
 */
import { GmDecryptError } from "@/lib/gm";
import { middlePlatformConfig, type MiddlePlatformConfig } from "./config";
import { decryptPersonalFields, encryptPersonalFields } from "./fields";
import { signRequest } from "./signing";

export class PlatformCallError extends Error {
  /** the platform's own code, when it answered at all */
  readonly platformCode: string | null;
  constructor(message: string, platformCode: string | null = null) {
    super(message);
    this.name = "PlatformCallError";
    this.platformCode = platformCode;
  }
}

export async function callPlatform<T = unknown>(path: string, body: unknown, now: Date, config: MiddlePlatformConfig = middlePlatformConfig()): Promise<T> {
  if (!config.enabled) throw new PlatformCallError("未配置中台对接密钥（MIDDLE_PLATFORM_APP_SECRET、MIDDLE_PLATFORM_SM4_KEY），对接未启用");
  const url = new URL(path, `${config.baseUrl}/`);
  const text = JSON.stringify(encryptPersonalFields(body, config.sm4Key));
  const headers = { "content-type": "application/json; charset=utf-8", ...signRequest(config.appId, config.appSecret, "POST", url.pathname, text, now) };
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers, body: text, signal: AbortSignal.timeout(config.timeoutMs) });
  } catch (error) {
    throw new PlatformCallError(`无法连接业务中台（${error instanceof Error ? error.message : String(error)}）`);
  }
  let answer: { code?: unknown; message?: unknown; data?: unknown };
  try {
    answer = (await response.json()) as typeof answer;
  } catch {
    throw new PlatformCallError(`业务中台应答不是 JSON（HTTP ${response.status}）`);
  }
  const code = typeof answer.code === "string" ? answer.code : null;
  if (!response.ok || code !== "0") {
    throw new PlatformCallError(`业务中台拒绝：HTTP ${response.status} ${code ?? ""} ${typeof answer.message === "string" ? answer.message : ""}`.trim(), code);
  }
  try {
    return decryptPersonalFields(answer.data, config.sm4Key) as T;
  } catch (error) {
    if (error instanceof GmDecryptError) throw new PlatformCallError("业务中台应答中的个人信息无法解密（SM4 密钥不一致？）");
    throw error;
  }
}
