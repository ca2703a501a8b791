/**
 * SM2 key generation in the browser (E2): the unit's private key is made on the handler's own
 * machine and never sent to the platform. The only module that runs sm-crypto in the browser;
 * the server uses lib/gm.
 */
import smCrypto from "sm-crypto";

export function generateSm2KeyPairInBrowser(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = smCrypto.sm2.generateKeyPairHex();
  return { publicKey, privateKey };
}
