/**
 * Micro-benchmark of lib/gm against sm-crypto 0.5.8. Run: npx tsx bench/gm.ts
 * Prints figures only. The message is a ~1.3 KB protocol body (JSON with Chinese text).
 */
import smCrypto from "sm-crypto";
import {
  decryptBody,
  encryptBody,
  generateSm2KeyPair,
  sm2Decrypt,
  sm2Encrypt,
  sm2Sign,
  sm2Verify,
  sm3Hex,
} from "../lib/gm";

const SM4_KEY = "0123456789abcdeffedcba9876543210";
const IV_HEX = "00112233445566778899aabbccddeeff";

const person = {
  bizSerialNo: "HR20261122000001",
  idType: "01",
  idNo: "11010519491231002X",
  name: "张三",
  mobile: "13800138000",
  hireDate: "2026-11-01",
  insuranceTypes: ["110", "210", "310", "410", "510"],
  wageBase: "8000.00",
  remark: "青岛市市南区香港中路某号某大厦某层，人力资源部经办，联系电话0532-8888666。",
};
const json = JSON.stringify({ ...person, dependants: Array.from({ length: 3 }, () => person) });
const body = encryptBody(SM4_KEY, json);
const signString = ["SB_EMP_REG", "Q000000001", "370200", "1763778930000", "9f1c2e4b7a6d8c0e5b3a", "TOKEN", body].join("\n");

/** Runs fn for about `ms` milliseconds after a warm-up, prints ops/s and mean µs. */
function bench(name: string, fn: () => unknown, ms = 1500): void {
  for (let i = 0; i < 20; i++) fn();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 10; i++) fn();
    n += 10;
    now = performance.now();
  }
  const meanUs = ((now - start) * 1000) / n;
  console.log(`${name.padEnd(44)} ${Math.round(1e6 / meanUs).toString().padStart(8)} ops/s ${meanUs.toFixed(1).padStart(9)} µs`);
}

console.log(`node ${process.version}, JSON ${Buffer.byteLength(json)} B, body ${body.length} chars, sign string ${Buffer.byteLength(signString)} B\n`);

bench("SM3  lib/gm (node:crypto)", () => sm3Hex(signString));
bench("SM3  sm-crypto 0.5.8", () => smCrypto.sm3(signString));

bench("SM4-CBC encrypt body  lib/gm", () => encryptBody(SM4_KEY, json));
bench("SM4-CBC encrypt       sm-crypto 0.5.8", () => smCrypto.sm4.encrypt(json, SM4_KEY, { mode: "cbc", iv: IV_HEX }));
const ctHex = smCrypto.sm4.encrypt(json, SM4_KEY, { mode: "cbc", iv: IV_HEX });
bench("SM4-CBC decrypt body  lib/gm", () => decryptBody(SM4_KEY, body));
bench("SM4-CBC decrypt       sm-crypto 0.5.8", () => smCrypto.sm4.decrypt(ctHex, SM4_KEY, { mode: "cbc", iv: IV_HEX }));

const { privateKey, publicKey } = generateSm2KeyPair();
const sig = sm2Sign(privateKey, signString);
bench("SM2 sign    lib/gm", () => sm2Sign(privateKey, signString));
bench("SM2 verify  lib/gm (cached key)", () => sm2Verify(publicKey, signString, sig));
bench("SM2 verify  lib/gm (first use of a new key)", () => {
  const kp = generateSm2KeyPair(); // a fresh key each time: includes keygen + table setup
  return sm2Verify(kp.publicKey, signString, sig);
}, 800);
const opts = { hash: true, der: true } as const;
bench("SM2 sign    sm-crypto 0.5.8", () => smCrypto.sm2.doSignature(signString, privateKey, opts), 800);
bench("SM2 verify  sm-crypto 0.5.8", () => smCrypto.sm2.doVerifySignature(signString, sig, publicKey, opts), 800);

const sm4Key = "0123456789abcdeffedcba9876543210";
const enc = sm2Encrypt(publicKey, sm4Key);
bench("SM2 encrypt 32 B  lib/gm", () => sm2Encrypt(publicKey, sm4Key));
bench("SM2 decrypt 32 B  lib/gm", () => sm2Decrypt(privateKey, enc));
bench("SM2 encrypt 32 B  sm-crypto 0.5.8", () => smCrypto.sm2.doEncrypt(sm4Key, publicKey, 1), 800);
bench("SM2 decrypt 32 B  sm-crypto 0.5.8", () => smCrypto.sm2.doDecrypt(enc, privateKey, 1), 800);
