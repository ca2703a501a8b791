/**
 * 省政务服务业务中台模拟器 (X6): plays the provincial middle platform on this machine, so the docked
 * flow runs without the real one. `npm run simulator:middle-platform`, then open its page.
 *
 *   - files an application: calls the portal's 接收申报流水号 with a new serial number;
 *   - answers the portal's 获取申请详细信息 and 获取申请材料信息 (personal fields SM4-encrypted);
 *   - supplies a correction: stores the corrected details and calls 接收申报流水号 again;
 *   - withdraws: calls 接收网上申报撤销;
 *   - receives every push, verifies its signed head, and keeps it once per serialNo:kind:step
 *     (a repeated delivery is answered "0" and counted, not stored again);
 *   - can refuse the first delivery of the next push of a kind (503, nothing stored: the portal
 *     retries) or lose its answer (stored, then 503: the portal delivers it twice);
 *   - shows the timeline it has received at / (and as JSON at /control/state).
 *
 * Environment: MIDDLE_PLATFORM_SIMULATOR_PORT (default: the port of MIDDLE_PLATFORM_BASE_URL, else
 * 3090), PORTAL_BASE_URL (default http://localhost:3000), and the same MIDDLE_PLATFORM_APP_ID,
 * MIDDLE_PLATFORM_APP_SECRET, MIDDLE_PLATFORM_SM4_KEY as the portal (demo defaults alike).
 * It listens on 127.0.0.1 only: its control interface has no login.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { randomInt } from "node:crypto";
import { middlePlatformConfig } from "../lib/middle-platform/config";
import { decryptPersonalFields, encryptPersonalFields } from "../lib/middle-platform/fields";
import { checkRequestHead, signRequest } from "../lib/middle-platform/signing";
import { minimalPdf } from "../lib/middle-platform/result-file";
import { FETCH_PATHS, INBOUND_PATHS, PUSH_LABELS, PUSH_PATHS, type PushKind } from "../lib/middle-platform/codes";

const config = middlePlatformConfig();
const port = Number(process.env.MIDDLE_PLATFORM_SIMULATOR_PORT || new URL(config.baseUrl).port || 3090);
const portal = (process.env.PORTAL_BASE_URL || "http://localhost:3000").replace(/\/+$/, "");

interface Filed {
  serialNo: string;
  itemCode: string;
  applicant: { name: string; idType: string; idNumber: string; mobile: string };
  formData: Record<string, string>;
  materials: { materialName: string; fileName: string; contentBase64: string }[];
  filedAt: string;
  answers: { at: string; call: string; status: number; body: unknown }[];
}
interface Received {
  pushId: string;
  serialNo: string;
  kind: PushKind;
  step: string;
  firstAt: string;
  deliveries: number;
  payload: Record<string, unknown>;
}

const filed = new Map<string, Filed>();
const received = new Map<string, Received>();
const refusedDeliveries: { at: string; pushId: string; how: string }[] = [];
const nonces = new Set<string>();
const failNext = new Set<PushKind>();
const loseAckNext = new Set<PushKind>();

export const DEMO_APPLICANT = { name: "李娜", idType: "01", idNumber: "370203199003080427", mobile: "13800000011" };
const DEMO_FORM = { mobile: "13800000011", address: "山东省青岛市市南区香港中路 10 号", reason: "经爱山东申报：联系地址变更" };
const pdfBase64 = (title: string) => Buffer.from(minimalPdf([title])).toString("base64");

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Calls one of the portal's inbound interfaces with the signed head. */
async function callPortal(path: string, body: unknown): Promise<{ status: number; body: { code?: string; message?: string; data?: unknown } }> {
  const text = JSON.stringify(encryptPersonalFields(body, config.sm4Key));
  const headers = { "content-type": "application/json", ...signRequest(config.appId, config.appSecret, "POST", path, text, new Date()) };
  let response: Response;
  try {
    response = await fetch(`${portal}${path}`, { method: "POST", headers, body: text });
  } catch (error) {
    return { status: 0, body: { code: "UNREACHABLE", message: `审批系统 ${portal} 无法连接：${error instanceof Error ? error.message : String(error)}` } };
  }
  const json = (await response.json().catch(() => ({}))) as { code?: string; message?: string; data?: unknown };
  return { status: response.status, body: decryptPersonalFields(json, config.sm4Key) };
}

function newSerial(): string {
  const d = new Date();
  return `SD${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, "0")}${String(d.getUTCDate()).padStart(2, "0")}${randomInt(1e8, 1e9 - 1)}`;
}

async function fileApplication(input: Partial<Filed>): Promise<{ serialNo: string; answer: unknown }> {
  const serialNo = input.serialNo || newSerial();
  const app: Filed = {
    serialNo,
    itemCode: input.itemCode || "SB-DJ-005",
    applicant: { ...DEMO_APPLICANT, ...(input.applicant ?? {}) },
    formData: { ...DEMO_FORM, ...(input.formData ?? {}) },
    materials: input.materials ?? [{ materialName: "居民身份证", fileName: "身份证.pdf", contentBase64: pdfBase64("ID card (demo)") }],
    filedAt: new Date().toISOString(),
    answers: [],
  };
  filed.set(serialNo, app);
  return { serialNo, answer: await notify(app, "接收申报流水号", INBOUND_PATHS.serialNumbers, { serialNo }) };
}

async function notify(app: Filed, call: string, path: string, body: unknown) {
  const answer = await callPortal(path, body);
  app.answers.push({ at: new Date().toISOString(), call, status: answer.status, body: answer.body });
  return answer;
}

/** The portal's calls to us: signed head, our nonce memory, personal fields decrypted. */
async function platformInterface(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const text = await readBody(req);
  const headers = new Headers(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])));
  const checked = checkRequestHead(headers, { appId: config.appId, secret: config.appSecret }, "POST", path, text, new Date());
  if (checked.problem) return send(res, 401, { code: checked.problem, message: "签名校验失败" });
  if (nonces.has(checked.head.nonce)) return send(res, 409, { code: "NONCE_REPLAYED", message: "随机数已使用" });
  nonces.add(checked.head.nonce);
  let body: Record<string, unknown>;
  try {
    body = decryptPersonalFields(JSON.parse(text), config.sm4Key) as Record<string, unknown>;
  } catch {
    return send(res, 400, { code: "BODY_INVALID", message: "请求体格式错误" });
  }
  const app = filed.get(String(body.serialNo ?? ""));
  if (path === FETCH_PATHS.detail || path === FETCH_PATHS.materials) {
    if (!app) return send(res, 404, { code: "SERIAL_UNKNOWN", message: "查无此申报流水号" });
    const data = path === FETCH_PATHS.detail
      ? { serialNo: app.serialNo, itemCode: app.itemCode, applicant: app.applicant, formData: app.formData, filedAt: app.filedAt }
      : { serialNo: app.serialNo, materials: app.materials };
    return send(res, 200, { code: "0", message: "成功", data: encryptPersonalFields(data, config.sm4Key) });
  }
  const kind = (Object.keys(PUSH_PATHS) as PushKind[]).find((k) => PUSH_PATHS[k] === path);
  if (!kind) return send(res, 404, { code: "NOT_FOUND", message: "无此接口" });
  const pushId = String(body.pushId ?? "");
  if (!app || !pushId.startsWith(`${app.serialNo}:${kind}:`)) return send(res, 404, { code: "SERIAL_UNKNOWN", message: "查无此申报流水号" });
  const now = new Date().toISOString();
  if (failNext.delete(kind)) {
    refusedDeliveries.push({ at: now, pushId, how: "拒绝首次投递" });
    return send(res, 503, { code: "BUSY", message: "模拟器按设定拒绝本次投递" });
  }
  const known = received.get(pushId);
  if (known) known.deliveries++;
  else received.set(pushId, { pushId, serialNo: app.serialNo, kind, step: pushId.split(":")[2] ?? "", firstAt: now, deliveries: 1, payload: body });
  if (loseAckNext.delete(kind)) {
    refusedDeliveries.push({ at: now, pushId, how: "已接收但丢失应答" });
    return send(res, 503, { code: "BUSY", message: "模拟器按设定丢弃应答" });
  }
  return send(res, 200, { code: "0", message: known ? "重复推送，已忽略" : "成功" });
}

function state(serialNo?: string | null) {
  const pushes = [...received.values()].filter((p) => !serialNo || p.serialNo === serialNo).map((p) => ({ ...p, payload: { ...p.payload, file: p.payload.file ? "(PDF)" : undefined } }));
  const apps = [...filed.values()].filter((a) => !serialNo || a.serialNo === serialNo).map((a) => ({ ...a, materials: a.materials.map((m) => m.fileName) }));
  const files = [...received.values()].filter((p) => p.kind === "RESULT_FILE" && (!serialNo || p.serialNo === serialNo)).map((p) => {
    const file = p.payload.file as { contentBase64?: string; fileName?: string } | undefined;
    const bytes = Buffer.from(file?.contentBase64 ?? "", "base64");
    return { pushId: p.pushId, fileName: file?.fileName, size: bytes.length, isPdf: bytes.subarray(0, 5).toString("latin1") === "%PDF-" };
  });
  return { applications: apps, pushes, refusedDeliveries: refusedDeliveries.filter((r) => !serialNo || r.pushId.startsWith(`${serialNo}:`)), resultFiles: files, failNext: [...failNext], loseAckNext: [...loseAckNext] };
}

const esc = (s: unknown) => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(): string {
  const rows = [...received.values()].map((p) => `<tr><td>${esc(p.firstAt)}</td><td>${esc(p.serialNo)}</td><td>${esc(PUSH_LABELS[p.kind])}</td><td>${esc(p.step)}</td><td>${esc(p.payload.statusName)}</td><td>${esc(p.payload.title)}${p.payload.note ? `：${esc(p.payload.note)}` : ""}</td><td>${p.deliveries}</td></tr>`).join("");
  const apps = [...filed.values()].map((a) => `<li><b>${esc(a.serialNo)}</b> ${esc(a.itemCode)} ${esc(a.applicant.name)} — 最近应答：${esc(JSON.stringify(a.answers.at(-1)?.body ?? {}))}
    <form method="post" action="/control/correct"><input type="hidden" name="serialNo" value="${esc(a.serialNo)}"><input name="address" placeholder="补正后的联系地址" size="30"><button>提交补正</button></form>
    <form method="post" action="/control/withdraw"><input type="hidden" name="serialNo" value="${esc(a.serialNo)}"><button>撤销申报</button></form></li>`).join("");
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>业务中台模拟器</title>
<style>body{font-family:sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3rem .5rem;text-align:left}form{display:inline-block;margin:.2rem}</style></head><body>
<h1>“爱山东”业务中台模拟器</h1><p>审批系统：${esc(portal)} · 接入者标识：${esc(config.appId)}</p>
<h2>申报</h2><form method="post" action="/control/file"><button>以 ${esc(DEMO_APPLICANT.name)} 申报“个人基本信息变更”（SB-DJ-005）</button></form>
<form method="post" action="/control/fail-next"><select name="kind">${Object.entries(PUSH_LABELS).map(([k, l]) => `<option value="${k}">${l}</option>`).join("")}</select><button>拒绝该类推送的下一次投递</button></form>
<ul>${apps || "<li>尚未申报</li>"}</ul>
<h2>已接收的推送（时间线）</h2><table><thead><tr><th>首次接收</th><th>流水号</th><th>推送</th><th>环节</th><th>状态</th><th>内容</th><th>投递次数</th></tr></thead><tbody>${rows || '<tr><td colspan="7">暂无</td></tr>'}</tbody></table>
</body></html>`;
}

async function control(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const text = await readBody(req);
  const form = (req.headers["content-type"] ?? "").includes("application/json") ? (JSON.parse(text || "{}") as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(text));
  const html = !(req.headers["content-type"] ?? "").includes("application/json");
  const done = (body: unknown): void => {
    if (!html) return send(res, 200, body);
    res.writeHead(303, { location: "/" });
    res.end();
  };
  const app = filed.get(String(form.serialNo ?? ""));
  switch (path) {
    case "/control/file":
      return done(await fileApplication(form as Partial<Filed>));
    case "/control/correct": {
      if (!app) return send(res, 404, { message: "unknown serial" });
      const changes = (form.formData as Record<string, string> | undefined) ?? (form.address ? { address: String(form.address) } : {});
      app.formData = { ...app.formData, ...changes };
      return done({ serialNo: app.serialNo, answer: await notify(app, "接收申报流水号（补正）", INBOUND_PATHS.serialNumbers, { serialNo: app.serialNo }) });
    }
    case "/control/withdraw":
      if (!app) return send(res, 404, { message: "unknown serial" });
      return done({ serialNo: app.serialNo, answer: await notify(app, "接收网上申报撤销", INBOUND_PATHS.withdrawals, { serialNo: app.serialNo, reason: String(form.reason ?? "申请人撤销") }) });
    case "/control/fail-next":
      failNext.add(String(form.kind) as PushKind);
      return done({ failNext: [...failNext] });
    case "/control/lose-ack-next":
      loseAckNext.add(String(form.kind) as PushKind);
      return done({ loseAckNext: [...loseAckNext] });
    default:
      return send(res, 404, { message: "no such control" });
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://simulator");
  const run = async () => {
    if (req.method === "GET" && url.pathname === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return void res.end(page());
    }
    if (req.method === "GET" && url.pathname === "/health") return send(res, 200, { status: "ok" });
    if (req.method === "GET" && url.pathname === "/control/state") return send(res, 200, state(url.searchParams.get("serialNo")));
    if (req.method === "POST" && url.pathname.startsWith("/control/")) return control(req, res, url.pathname);
    if (req.method === "POST" && url.pathname.startsWith("/gateway/")) return platformInterface(req, res, url.pathname);
    send(res, 404, { code: "NOT_FOUND", message: "无此接口" });
  };
  run().catch((error: unknown) => {
    console.error("[simulator]", error);
    if (!res.headersSent) send(res, 500, { code: "INTERNAL", message: String(error) });
  });
});

server.listen(port, "127.0.0.1", () => {
  console.log(`业务中台模拟器：http://127.0.0.1:${port}/ （审批系统 ${portal}）`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
