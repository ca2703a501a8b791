/**
 * The project's only door to the Chinese national algorithms (SM2, SM3, SM4).
 * Nothing else imports sm-crypto-v2 or uses node:crypto's "sm3"/"sm4-*" directly.
 */
export { sm3, sm3Hex, hmacSm3 } from "./sm3";
export type { GmInput } from "./sm3";
export {
  GmDecryptError,
  generateSm4Key,
  sm4EncryptCbc,
  sm4DecryptCbc,
  encryptBody,
  decryptBody,
} from "./sm4";
export type { Sm4Key } from "./sm4";
export {
  SM2_DEFAULT_USER_ID,
  generateSm2KeyPair,
  isSm2PublicKey,
  sm2PublicKeyFromPrivate,
  sm2Sign,
  sm2Verify,
  sm2Encrypt,
  sm2Decrypt,
  sm2DecryptToString,
} from "./sm2";
export type { Sm2KeyPair } from "./sm2";
