// 政企直连 沙箱调用示例（协议第 1 版）。Node 18+：
//   npm install sm-crypto@0.5.8
//   node direct-connect-sample.mjs http://localhost:3000
// 使用演示企业 Q000000001 的测试密钥和签名私钥（见协议文档“Demo enterprise”一节）。
// 正式接入时换成贵单位的 reqAppCode、SM4 密钥和 SM2 私钥，私钥不要离开贵单位的系统。
import smCrypto from "sm-crypto";
import { randomBytes } from "node:crypto";

const { sm2, sm4 } = smCrypto;
const BASE_URL = process.argv[2] ?? "http://localhost:3000";
const ENDPOINT = `${BASE_URL}/api/direct/sandbox/v1`;
const REQ_APP_CODE = "Q000000001";
const REQ_AREA_CODE = "370200";
const SM4_KEY = "0123456789abcdeffedcba9876543210";
const PRIVATE_KEY = "3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8";

/** Base64( IV ‖ SM4-CBC-PKCS#7(UTF-8 JSON) )，每个报文一个新的随机 IV */
function encryptBody(json) {
  const iv = randomBytes(16);
  const ct = sm4.encrypt(json, SM4_KEY, { mode: "cbc", iv: iv.toString("hex"), output: "array" });
  return Buffer.concat([iv, Buffer.from(ct)]).toString("base64");
}

function decryptBody(body) {
  const raw = Buffer.from(body, "base64");
  return sm4.decrypt(raw.subarray(16).toString("hex"), SM4_KEY, { mode: "cbc", iv: raw.subarray(0, 16).toString("hex") });
}

async function call(servicecode, business, token, platformKey) {
  const body = encryptBody(JSON.stringify(business));
  const head = {
    servicecode, reqAppCode: REQ_APP_CODE, reqAreaCode: REQ_AREA_CODE,
    timestamp: String(Date.now()), nonce: randomBytes(12).toString("hex"), token,
  };
  // 签名串：servicecode、reqAppCode、reqAreaCode、timestamp、nonce、token、body 以 \n 连接
  const signString = [head.servicecode, head.reqAppCode, head.reqAreaCode, head.timestamp, head.nonce, head.token, body].join("\n");
  head.signature = sm2.doSignature(signString, PRIVATE_KEY, { hash: true, der: true });
  const res = await fetch(ENDPOINT, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ head, body }) });
  const answer = await res.json();
  // 验证平台签名：status、msg、timestamp、nonce、body 以 \n 连接
  const h = answer.head;
  const verified = sm2.doVerifySignature([h.status, h.msg, h.timestamp, h.nonce, answer.body].join("\n"), h.signature, platformKey, { hash: true, der: true });
  if (!verified) throw new Error("平台签名验证失败");
  if (h.status !== "0") throw new Error(`通信失败 HTTP ${res.status}：${h.msg}`);
  return JSON.parse(decryptBody(answer.body));
}

const { publicKey } = await (await fetch(`${BASE_URL}/api/direct/v1/platform-key`)).json();
const auth = await call("AUTH_TOKEN", {}, "", publicKey);
console.info("AUTH_TOKEN", auth);
const token = auth.data.token;
console.info("SB_EMP_QUERY", JSON.stringify(await call("SB_EMP_QUERY", { page: 1, pageSize: 5 }, token, publicKey), null, 2));
console.info("SB_EMP_REG", await call("SB_EMP_REG", {
  bizSerialNo: `HR${Date.now()}`, idType: "01", idNo: "11010519491231002X", name: "张三", mobile: "13800138000",
  hireDate: "2026-11-01", insuranceTypes: ["110", "210", "310", "410", "510"], wageBase: "8000.00",
}, token, publicKey));
