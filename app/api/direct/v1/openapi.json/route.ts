import { openApiDocument } from "@/lib/direct-connect/openapi";

/** E1: the OpenAPI 3.1 document of the direct-connect API, generated from the gateway's schemas. */
export function GET() {
  return Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
