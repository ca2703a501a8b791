import { platformPublicKey } from "@/lib/gm/platform-key";

export const dynamic = "force-dynamic";

/** The platform's SM2 public key (uncompressed hex, 04…): it signs every gateway answer. */
export function GET() {
  return Response.json({ algorithm: "SM2", publicKey: platformPublicKey() }, { headers: { "cache-control": "public, max-age=300" } });
}
