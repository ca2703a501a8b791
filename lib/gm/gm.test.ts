import { describe, it, expect } from "vitest";
import smCrypto from "sm-crypto";
import { sm2 as sm2v2 } from "sm-crypto-v2";
import {
  GmDecryptError,
  decryptBody,
  encryptBody,
  generateSm2KeyPair,
  generateSm4Key,
  hmacSm3,
  isSm2PublicKey,
  sm2Decrypt,
  sm2DecryptToString,
  sm2Encrypt,
  sm2PublicKeyFromPrivate,
  sm2Sign,
  sm2Verify,
  sm3Hex,
  sm4DecryptCbc,
  sm4EncryptCbc,
} from "./index";

// Worked example of spec/direct-connect-protocol.md, verbatim.
const EX = {
  sm4Key: "0123456789abcdeffedcba9876543210",
  iv: "00112233445566778899aabbccddeeff",
  json: '{"bizSerialNo":"HR20261122000001","idType":"01","idNo":"11010519491231002X","name":"张三","mobile":"13800138000","hireDate":"2026-11-01","insuranceTypes":["110","210","310","410","510"],"wageBase":"8000.00"}',
  body: "ABEiM0RVZneImaq7zN3u/zNpV1CuvKXU6KSyiOoEg09F0VDJ/Hpto8xo9LL4sZobVAJKK51Kr2wLUSoH3JOwNDdfuKEEiifB59DaqtukM6ojDZJ0X4NssGQZrdsAGfUQKopZuMbUnV4rzdHUJOBWSwKGGd03zG4WHpDNhYPHY8JEltbWVtBuKG7ezj3sFY71TrRYEpc2mdpdmE3eGbEg6onhd3gd0xojnsNpayuL6seFQbqCF9XY2ea59zpHZbUKn8hnF/BFiS8kYj3Sh0TRuVLWen84WqqPDuT+4E7nLJyiBqvl2Y9GfUaAG16+6USS",
  privateKey: "3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8",
  publicKey:
    "0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13",
  head: ["SB_EMP_REG", "Q000000001", "370200", "1763778930000", "9f1c2e4b7a6d8c0e5b3a", "TOKEN-EXAMPLE"],
  sm3: "9e8bafb1dd4b4fbdd64a9c2d9942f5937abc038ee527416d8067753d4d1a73bb",
  signature:
    "304402205cb795e11b50b4be2ebb9970820685f932fae877d5294fca3171df3c48492eb902202c399a486483a5508d5801dbcfead7698108b2d01f72a87b00193a5632345b82",
};
const signString = [...EX.head, EX.body].join("\n");
const smOpts = { hash: true, der: true } as const;
const N = BigInt("0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123");
const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
const fromHex = (h: string): Uint8Array => new Uint8Array(Buffer.from(h, "hex"));

/** Flips the lowest bit of the hex digit at `i`. */
function flipHex(s: string, i: number): string {
  return s.slice(0, i) + (parseInt(s[i]!, 16) ^ 1).toString(16) + s.slice(i + 1);
}

function expectDecryptError(fn: () => unknown): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(GmDecryptError);
  // One message for every cause: nothing about padding, length or encoding.
  expect((caught as Error).message).toBe("decryption failed");
}

describe("SM3", () => {
  it("E6: SM3 digest of the worked example sign string", () => {
    expect(sm3Hex(signString)).toBe(EX.sm3);
    expect(smCrypto.sm3(signString)).toBe(EX.sm3);
  });

  it("E6: SM3 standard vector (GB/T 32905 A.1, 'abc')", () => {
    expect(sm3Hex("abc")).toBe("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    expect(sm3Hex(new TextEncoder().encode("abc"))).toBe(sm3Hex("abc"));
  });

  it("E6: HMAC-SM3 matches sm-crypto", () => {
    const key = "000102030405060708090a0b0c0d0e0f";
    expect(hmacSm3(fromHex(key), signString)).toBe(smCrypto.sm3(signString, { key, mode: "hmac" }));
  });
});

describe("SM4", () => {
  it("E6: SM4-CBC body of the worked example matches byte for byte", () => {
    expect(encryptBody(EX.sm4Key, EX.json, fromHex(EX.iv))).toBe(EX.body);
    // …and the ciphertext part equals sm-crypto's CBC output.
    const ct = Buffer.from(EX.body, "base64").subarray(16).toString("hex");
    expect(smCrypto.sm4.encrypt(EX.json, EX.sm4Key, { mode: "cbc", iv: EX.iv })).toBe(ct);
  });

  it("E6: the worked example body decrypts to the exact JSON", () => {
    expect(decryptBody(EX.sm4Key, EX.body)).toBe(EX.json);
    expect(decryptBody(fromHex(EX.sm4Key), EX.body)).toBe(EX.json);
  });

  it("E6: raw SM4-CBC round trip and sm-crypto interop", () => {
    const key = fromHex(generateSm4Key());
    const iv = fromHex(EX.iv);
    for (const len of [0, 1, 15, 16, 17, 1300]) {
      const pt = new Uint8Array(len).map((_, i) => (i * 7) & 0xff);
      const ct = sm4EncryptCbc(key, iv, pt);
      expect(ct.length).toBe((Math.floor(len / 16) + 1) * 16);
      expect(hex(sm4DecryptCbc(key, iv, ct))).toBe(hex(pt));
      const theirs = smCrypto.sm4.decrypt(hex(ct), Array.from(key), { mode: "cbc", iv: EX.iv, output: "array" });
      expect(hex(Uint8Array.from(theirs))).toBe(hex(pt));
    }
  });

  it("E6: a fresh random IV for every body", () => {
    const a = encryptBody(EX.sm4Key, EX.json);
    const b = encryptBody(EX.sm4Key, EX.json);
    expect(a).not.toBe(b);
    expect(Buffer.from(a, "base64").subarray(0, 16)).not.toEqual(Buffer.from(b, "base64").subarray(0, 16));
    expect(decryptBody(EX.sm4Key, a)).toBe(EX.json);
    expect(decryptBody(EX.sm4Key, b)).toBe(EX.json);
  });

  it("E6: decryptBody with a wrong key throws GmDecryptError", () => {
    expectDecryptError(() => decryptBody("fedcba98765432100123456789abcdef", EX.body));
  });

  it("E6: decryptBody of a tampered, truncated or malformed body throws GmDecryptError", () => {
    const raw = Buffer.from(EX.body, "base64");
    const lastBlockFlipped = Buffer.from(raw);
    lastBlockFlipped[raw.length - 20]! ^= 0x01; // previous block byte → changes the padding bytes
    lastBlockFlipped[raw.length - 17]! ^= 0x5a;
    expectDecryptError(() => decryptBody(EX.sm4Key, lastBlockFlipped.toString("base64")));
    expectDecryptError(() => decryptBody(EX.sm4Key, raw.subarray(0, raw.length - 16).toString("base64")));
    expectDecryptError(() => decryptBody(EX.sm4Key, raw.subarray(0, raw.length - 3).toString("base64")));
    expectDecryptError(() => decryptBody(EX.sm4Key, raw.subarray(0, 16).toString("base64")));
    expectDecryptError(() => decryptBody(EX.sm4Key, ""));
    expectDecryptError(() => decryptBody(EX.sm4Key, `${EX.body}!`));
    expectDecryptError(() => decryptBody(EX.sm4Key, EX.body.slice(1)));
    // Valid padding but invalid UTF-8 inside.
    const badUtf8 = encryptBody(EX.sm4Key, "x").replace(/.*/, (b64) => {
      const iv = Buffer.from(b64, "base64").subarray(0, 16);
      const ct = sm4EncryptCbc(fromHex(EX.sm4Key), iv, Uint8Array.of(0xc3, 0x28));
      return Buffer.concat([iv, ct]).toString("base64");
    });
    expectDecryptError(() => decryptBody(EX.sm4Key, badUtf8));
  });

  it("E6: generateSm4Key gives 32 hex chars, different every time", () => {
    const k = generateSm4Key();
    expect(k).toMatch(/^[0-9a-f]{32}$/);
    expect(generateSm4Key()).not.toBe(k);
  });
});

describe("SM2 signatures", () => {
  it("E6: the worked example signature verifies", () => {
    expect(sm2Verify(EX.publicKey, signString, EX.signature)).toBe(true);
    expect(smCrypto.sm2.doVerifySignature(signString, EX.signature, EX.publicKey, smOpts)).toBe(true);
  });

  it("E6: the example private key gives the example public key", () => {
    expect(sm2PublicKeyFromPrivate(EX.privateKey)).toBe(EX.publicKey);
  });

  it("E6: our SM2 signatures verify with sm-crypto 0.5.8 and sm-crypto's verify with ours", () => {
    const keys = [{ privateKey: EX.privateKey, publicKey: EX.publicKey }, generateSm2KeyPair()];
    for (const { privateKey, publicKey } of keys) {
      // 16 rounds each: covers r/s with the top bit set (DER 0x00 prefix) and short values.
      for (let i = 0; i < 16; i++) {
        const msg = `${signString}#${i}`;
        const ours = sm2Sign(privateKey, msg);
        expect(ours).toMatch(/^30[0-9a-f]+$/);
        expect(smCrypto.sm2.doVerifySignature(msg, ours, publicKey, smOpts)).toBe(true);
        const theirs = smCrypto.sm2.doSignature(msg, privateKey, smOpts);
        expect(sm2Verify(publicKey, msg, theirs)).toBe(true);
      }
    }
  });

  it("E6: 60 keys × 2 signatures by an independent signer (sm-crypto-v2) verify; the same signatures over another message do not", () => {
    // Many keys and scalars, so the signed-window verification meets digit carries and every window.
    for (let k = 0; k < 60; k++) {
      const { privateKey, publicKey } = generateSm2KeyPair();
      for (let i = 0; i < 2; i++) {
        const msg = `${signString}#${k}.${i}`;
        const sig = sm2v2.doSignature(msg, privateKey, { hash: true, der: true });
        expect(sm2Verify(publicKey, msg, sig), `key ${k} sig ${i}`).toBe(true);
        expect(sm2Verify(publicKey, `${msg}!`, sig)).toBe(false);
      }
    }
  });

  it("E6: signing bytes equals signing their UTF-8 text", () => {
    const sig = sm2Sign(EX.privateKey, new TextEncoder().encode(signString));
    expect(sm2Verify(EX.publicKey, signString, sig)).toBe(true);
  });

  it("E6: a tampered message, tampered signature or wrong key fails", () => {
    expect(sm2Verify(EX.publicKey, `${signString} `, EX.signature)).toBe(false);
    expect(sm2Verify(EX.publicKey, signString.replace("TOKEN-EXAMPLE", "TOKEN-EXAMPLF"), EX.signature)).toBe(false);
    expect(sm2Verify(EX.publicKey, signString, flipHex(EX.signature, 20))).toBe(false); // in r
    expect(sm2Verify(EX.publicKey, signString, flipHex(EX.signature, EX.signature.length - 1))).toBe(false); // in s
    expect(sm2Verify(generateSm2KeyPair().publicKey, signString, EX.signature)).toBe(false);
  });

  it("E6: malformed signatures and keys return false, never throw", () => {
    const sig = EX.signature;
    const rHex = sig.slice(8, 72);
    const sHex = sig.slice(76);
    const der = (...ints: string[]): string => {
      const body = ints.map((v) => `02${(v.length / 2).toString(16).padStart(2, "0")}${v}`).join("");
      return `30${(body.length / 2).toString(16).padStart(2, "0")}${body}`;
    };
    expect(der(rHex, sHex)).toBe(sig); // the helper rebuilds the real one
    const bad = [
      "",
      "zz",
      "30",
      "3044",
      sig.slice(0, -2), // truncated
      `${sig}00`, // trailing byte
      sig.toUpperCase().replace(/^30/, "3X"),
      `${sig.slice(0, 3)}5${sig.slice(4)}`, // wrong SEQUENCE length
      der(`00${rHex}`, sHex), // non-minimal INTEGER
      der("00", sHex), // r = 0
      der(rHex, (BigInt(`0x${sHex}`) + N).toString(16).padStart(66, "0")), // s + n: same point, must fail
      der(rHex, N.toString(16)), // s = n, high bit → also negative
      der(rHex), // one INTEGER only
      sig.slice(8), // no SEQUENCE
      rHex + sHex, // raw r‖s instead of DER
      "30".repeat(200),
    ];
    for (const b of bad) expect(sm2Verify(EX.publicKey, signString, b)).toBe(false);

    const offCurve = EX.publicKey.slice(0, -1) + (EX.publicKey.endsWith("3") ? "4" : "3");
    for (const pk of ["", "04", "zz", EX.publicKey.slice(2), EX.publicKey.slice(0, -2), offCurve, `04${"00".repeat(64)}`]) {
      expect(sm2Verify(pk, signString, sig)).toBe(false);
      expect(isSm2PublicKey(pk)).toBe(false);
    }
    expect(isSm2PublicKey(EX.publicKey)).toBe(true);
    // A non-string at run time (e.g. a JSON field of the wrong type) is still just false.
    expect(sm2Verify(EX.publicKey, signString, 42 as unknown as string)).toBe(false);
  });

  it("E6: key pairs have the expected format and match", () => {
    const { privateKey, publicKey } = generateSm2KeyPair();
    expect(privateKey).toMatch(/^[0-9a-f]{64}$/);
    expect(publicKey).toMatch(/^04[0-9a-f]{128}$/);
    expect(sm2PublicKeyFromPrivate(privateKey)).toBe(publicKey);
    expect(() => sm2Sign("00".repeat(32), "x")).toThrow(TypeError);
    expect(() => sm2Sign("xyz", "x")).toThrow(TypeError);
  });
});

describe("SM2 encryption", () => {
  const secret = generateSm4Key();

  it("E6: SM2 encryption interoperates with sm-crypto 0.5.8 both ways (C1C3C2)", () => {
    const { privateKey, publicKey } = generateSm2KeyPair();
    const ours = sm2Encrypt(publicKey, secret);
    expect(ours).toMatch(/^[0-9a-f]+$/);
    expect(ours.length).toBe(128 + 64 + secret.length * 2);
    expect(smCrypto.sm2.doDecrypt(ours, privateKey, 1)).toBe(secret);
    const theirs = smCrypto.sm2.doEncrypt(secret, publicKey, 1);
    expect(sm2DecryptToString(privateKey, theirs)).toBe(secret);
    expect(hex(sm2Decrypt(privateKey, theirs))).toBe(Buffer.from(secret).toString("hex"));
    // Chinese text and binary too.
    expect(smCrypto.sm2.doDecrypt(sm2Encrypt(publicKey, "张三"), privateKey, 1)).toBe("张三");
    const bin = Uint8Array.of(0, 255, 1, 254);
    expect(hex(sm2Decrypt(privateKey, sm2Encrypt(publicKey, bin)))).toBe("00ff01fe");
  });

  it("E6: SM2 decryption accepts C1 with its 04 prefix (BouncyCastle style)", () => {
    const ours = sm2Encrypt(EX.publicKey, secret);
    expect(sm2DecryptToString(EX.privateKey, `04${ours}`)).toBe(secret);
  });

  it("E6: SM2 decryption with a wrong key or of a tampered ciphertext throws GmDecryptError", () => {
    const c = sm2Encrypt(EX.publicKey, secret);
    expectDecryptError(() => sm2Decrypt(generateSm2KeyPair().privateKey, c));
    expectDecryptError(() => sm2Decrypt(EX.privateKey, flipHex(c, c.length - 1))); // C2
    expectDecryptError(() => sm2Decrypt(EX.privateKey, flipHex(c, 130))); // C3
    expectDecryptError(() => sm2Decrypt(EX.privateKey, flipHex(c, 10))); // C1 off the curve
    expectDecryptError(() => sm2Decrypt(EX.privateKey, c.slice(0, 192))); // no C2
    expectDecryptError(() => sm2Decrypt(EX.privateKey, "zz"));
    expect(() => sm2Encrypt(EX.publicKey, "")).toThrow(TypeError);
  });
});
