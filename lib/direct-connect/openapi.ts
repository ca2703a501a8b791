/**
 * E1: the published interface description, generated from the zod schemas the gateway enforces
 * (zod 4's toJSONSchema): the field lists of `GET /api/direct/v1/services`, and an OpenAPI 3.1
 * document at `/api/direct/v1/openapi.json` that the developer pages render.
 */
import { z } from "zod";
import { PUBLISHED_SERVICES, SERVICE_SCHEMAS, type ServiceCode } from "./schemas";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  description?: string;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
};

export interface PublishedField {
  name: string;
  type: string;
  required: boolean;
  maxLength?: number;
  description: string;
}

const SAFE_INT = 9007199254740991;

function typeOf(s: JsonSchema): string {
  if (s.const !== undefined) return "string";
  if (Array.isArray(s.type)) return s.type.join("|");
  if (s.type === "array") return `array<${s.items ? typeOf(s.items) : "any"}>`;
  return s.type ?? "any";
}

function describe(s: JsonSchema): string {
  const parts = [s.description ?? ""];
  if (s.const !== undefined) parts.push(`固定值 ${JSON.stringify(s.const)}`);
  if (s.enum) parts.push(`取值：${s.enum.join("、")}`);
  if (s.type === "array" && s.items?.enum) parts.push(`元素取值：${s.items.enum.join("、")}`);
  if (s.default !== undefined) parts.push(`默认 ${JSON.stringify(s.default)}`);
  if (s.minimum !== undefined && s.minimum > -SAFE_INT) parts.push(`最小 ${s.minimum}`);
  if (s.maximum !== undefined && s.maximum < SAFE_INT) parts.push(`最大 ${s.maximum}`);
  return parts.filter(Boolean).join("；");
}

/** Flattens an object schema into its fields; nested arrays of objects become `items[].field`. */
export function fieldsOf(schema: JsonSchema, prefix = ""): PublishedField[] {
  const fields: PublishedField[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const full = `${prefix}${name}`;
    fields.push({ name: full, type: typeOf(prop), required: required.has(name), maxLength: prop.maxLength, description: describe(prop) });
    if (prop.type === "array" && prop.items?.type === "object") fields.push(...fieldsOf(prop.items, `${full}[].`));
  }
  return fields;
}

export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema & { $schema?: string };
  return rest;
}

export interface PublishedServiceDescription {
  code: ServiceCode;
  name: string;
  kind: "read" | "write";
  domain: string;
  input: PublishedField[];
  output: PublishedField[];
}

let described: PublishedServiceDescription[] | undefined;

/** The body of `GET /api/direct/v1/services` (computed once: the schemas are fixed). */
export function describeServices(): PublishedServiceDescription[] {
  return (described ??= PUBLISHED_SERVICES.map((s) => ({
    ...s,
    input: fieldsOf(jsonSchemaOf(SERVICE_SCHEMAS[s.code].input, "input")),
    output: fieldsOf(jsonSchemaOf(SERVICE_SCHEMAS[s.code].output, "output")),
  })));
}

const head = (fields: Record<string, string>) => ({
  type: "object",
  required: Object.keys(fields),
  properties: Object.fromEntries(Object.entries(fields).map(([k, d]) => [k, { type: "string", description: d }])),
});

let document: Record<string, unknown> | undefined;

/** The OpenAPI 3.1 document of the direct-connect API, version 1. */
export function openApiDocument(): Record<string, unknown> {
  if (document) return document;
  const schemas: Record<string, unknown> = {
    RequestEnvelope: {
      type: "object",
      required: ["head", "body"],
      properties: {
        head: head({
          servicecode: "服务编码（≤ 20 字符）", reqAppCode: "系统编码（≤ 10 字符）", reqAreaCode: "行政区划代码（6 位数字）",
          timestamp: "毫秒时间戳（十进制字符串），与平台时钟相差不超过 300 秒", nonce: "16–32 位字母数字随机串，10 分钟内不得重复",
          token: "当日令牌（AUTH_TOKEN 请求为空字符串）", signature: "SM2 签名（SM3，用户 ID 1234567812345678，DER，小写十六进制）",
        }),
        body: { type: "string", description: "Base64( IV(16 字节) ‖ SM4-CBC-PKCS#7( UTF-8 JSON ) )" },
      },
    },
    ResponseEnvelope: {
      type: "object",
      required: ["head", "body"],
      properties: {
        head: head({ status: "通信状态：0 成功，1 失败", msg: "失败原因（≤ 100 字）", timestamp: "毫秒时间戳", nonce: "随机串", signature: "平台 SM2 签名，签名串 status、msg、timestamp、nonce、body 以 \\n 连接" }),
        body: { type: "string", description: "成功时为加密的业务结果 { code, message, data }；失败时为空字符串" },
      },
    },
  };
  for (const s of PUBLISHED_SERVICES) {
    schemas[`${s.code}.input`] = { ...jsonSchemaOf(SERVICE_SCHEMAS[s.code].input, "input"), title: `${s.name}（${s.code}）输入` };
    schemas[`${s.code}.output`] = { ...jsonSchemaOf(SERVICE_SCHEMAS[s.code].output, "output"), title: `${s.name}（${s.code}）输出 data` };
  }
  const failure = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/ResponseEnvelope" } } } });
  const post = (summary: string) => ({
    post: {
      summary,
      description: "报文体按 head.servicecode 解密后为对应服务的输入（见 x-services），成功结果的 data 为对应服务的输出。",
      requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/RequestEnvelope" } } } },
      responses: {
        "200": failure("通信成功（业务结果见解密后的 code：0000 成功、1001 校验失败、1002 不存在或非本单位、1003 重复业务、2001 核心系统繁忙）"),
        "400": failure("报文不是 JSON、报文头缺失或格式错误、报文体无法解密"),
        "401": failure("未知 reqAppCode、令牌无效或过期、签名错误"),
        "403": failure("企业已暂停或撤销，接口未授权或已停用"),
        "404": failure("未知的服务编码"),
        "409": failure("nonce 重复或时间戳超出范围"),
        "413": failure("报文超过 1 MiB"),
        "429": { ...failure("超过调用频率限制"), headers: { "Retry-After": { schema: { type: "integer" }, description: "秒" } } },
        "500": failure("平台处理失败，未做任何半途变更"),
      },
    },
  });
  document = {
    openapi: "3.1.0",
    info: { title: "社会保险网上经办服务平台 政企直连接口", version: "1", description: "报文协议见 /developer/protocol（DB3702 §7.2）。" },
    paths: {
      "/api/direct/v1": post("正式环境"),
      "/api/direct/sandbox/v1": post("沙箱（测试）环境：只返回沙箱数据"),
      "/api/direct/v1/services": { get: { summary: "已发布接口清单（无需认证）", responses: { "200": { description: "接口清单" } } } },
      "/api/direct/v1/platform-key": { get: { summary: "平台 SM2 公钥（04 开头的非压缩十六进制）", responses: { "200": { description: "公钥" } } } },
    },
    components: { schemas },
    "x-services": PUBLISHED_SERVICES.map((s) => ({
      code: s.code, name: s.name, kind: s.kind, domain: s.domain,
      input: { $ref: `#/components/schemas/${s.code}.input` }, output: { $ref: `#/components/schemas/${s.code}.output` },
    })),
  };
  return document;
}
