import { describe, expect, it } from "vitest";
import smCrypto from "sm-crypto";
import { decryptBody, encryptBody, sm2Sign, sm2Verify, sm3Hex } from "@/lib/gm";
import { smCryptoProvider } from "./client";
import { gmCrypto } from "./gm-crypto";
import { parseEnvelope, requestSignString } from "./protocol";

const { sm2 } = smCrypto;

// The protocol's worked example, copied from ../shared/spec/direct-connect-protocol.md.
const KEY = "0123456789abcdeffedcba9876543210";
const IV = "00112233445566778899aabbccddeeff";
const BODY_JSON =
  '{"bizSerialNo":"HR20261122000001","idType":"01","idNo":"11010519491231002X","name":"张三","mobile":"13800138000","hireDate":"2026-11-01","insuranceTypes":["110","210","310","410","510"],"wageBase":"8000.00"}';
const BODY_B64 =
  "ABEiM0RVZneImaq7zN3u/zNpV1CuvKXU6KSyiOoEg09F0VDJ/Hpto8xo9LL4sZobVAJKK51Kr2wLUSoH3JOwNDdfuKEEiifB59DaqtukM6ojDZJ0X4NssGQZrdsAGfUQKopZuMbUnV4rzdHUJOBWSwKGGd03zG4WHpDNhYPHY8JEltbWVtBuKG7ezj3sFY71TrRYEpc2mdpdmE3eGbEg6onhd3gd0xojnsNpayuL6seFQbqCF9XY2ea59zpHZbUKn8hnF/BFiS8kYj3Sh0TRuVLWen84WqqPDuT+4E7nLJyiBqvl2Y9GfUaAG16+6USS";
const PRIVATE = "3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8";
const PUBLIC =
  "0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13";
const HEAD = { servicecode: "SB_EMP_REG", reqAppCode: "Q000000001", reqAreaCode: "370200", timestamp: "1763778930000", nonce: "9f1c2e4b7a6d8c0e5b3a", token: "TOKEN-EXAMPLE" };
const DIGEST = "9e8bafb1dd4b4fbdd64a9c2d9942f5937abc038ee527416d8067753d4d1a73bb";
const SIGNATURE =
  "304402205cb795e11b50b4be2ebb9970820685f932fae877d5294fca3171df3c48492eb902202c399a486483a5508d5801dbcfead7698108b2d01f72a87b00193a5632345b82";

describe("E6 protocol vectors: the worked example", () => {
  it("decrypts the example body to the exact JSON bytes, and encrypts them back with the example IV", () => {
    expect(decryptBody(KEY, BODY_B64)).toBe(BODY_JSON);
    expect(encryptBody(KEY, BODY_JSON, Buffer.from(IV, "hex"))).toBe(BODY_B64);
    expect(smCryptoProvider.decrypt(KEY, BODY_B64)).toBe(BODY_JSON);
  });

  it("builds the sign string whose SM3 digest the example gives, and verifies the example signature", () => {
    const signString = requestSignString(HEAD, BODY_B64);
    expect(signString.split("\n")).toEqual(["SB_EMP_REG", "Q000000001", "370200", "1763778930000", "9f1c2e4b7a6d8c0e5b3a", "TOKEN-EXAMPLE", BODY_B64]);
    expect(sm3Hex(signString)).toBe(DIGEST);
    expect(sm2Verify(PUBLIC, signString, SIGNATURE)).toBe(true);
    expect(sm2.doVerifySignature(signString, SIGNATURE, PUBLIC, { hash: true, der: true })).toBe(true);
    // A changed body breaks it.
    expect(sm2Verify(PUBLIC, requestSignString(HEAD, BODY_B64.replace("ABEi", "ABEj")), SIGNATURE)).toBe(false);
  });

  it("accepts the example envelope as well-formed", () => {
    const parsed = parseEnvelope({ head: { ...HEAD, signature: SIGNATURE }, body: BODY_B64 });
    expect(parsed.ok).toBe(true);
  });
});

describe("E6 interoperability with sm-crypto 0.5.8", () => {
  const message = requestSignString({ ...HEAD, nonce: "abcdefABCDEF012345" }, BODY_B64);

  it("our SM2 signatures verify with sm-crypto, and sm-crypto's verify with ours", () => {
    for (let i = 0; i < 5; i++) {
      const ours = sm2Sign(PRIVATE, message);
      expect(sm2.doVerifySignature(message, ours, PUBLIC, { hash: true, der: true })).toBe(true);
      const theirs = sm2.doSignature(message, PRIVATE, { hash: true, der: true });
      expect(sm2Verify(PUBLIC, message, theirs)).toBe(true);
      expect(gmCrypto.verify(PUBLIC, message, smCryptoProvider.sign(PRIVATE, message))).toBe(true);
      expect(smCryptoProvider.verify(PUBLIC, message, gmCrypto.sign(PRIVATE, message))).toBe(true);
    }
  });

  it("our SM4 bodies decrypt with sm-crypto, and sm-crypto's decrypt with ours (fresh IV each time)", () => {
    for (const text of [BODY_JSON, "{}", '{"a":"' + "长".repeat(1000) + '"}', "x".repeat(16)]) {
      const ours = encryptBody(KEY, text);
      expect(smCryptoProvider.decrypt(KEY, ours)).toBe(text);
      const theirs = smCryptoProvider.encrypt(KEY, text);
      expect(decryptBody(KEY, theirs)).toBe(text);
      expect(smCryptoProvider.encrypt(KEY, text)).not.toBe(theirs);
    }
  });
});
