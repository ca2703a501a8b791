import { readDoc, SAMPLE_CODE } from "@/lib/direct-connect/docs";

/** E1: the downloadable sample client (sm-crypto, sandbox). */
export function GET() {
  return new Response(readDoc(SAMPLE_CODE), {
    headers: { "content-type": "text/javascript; charset=utf-8", "content-disposition": `attachment; filename="${SAMPLE_CODE}"`, "cache-control": "public, max-age=300" },
  });
}
