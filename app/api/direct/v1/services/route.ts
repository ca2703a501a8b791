import { describeServices } from "@/lib/direct-connect/openapi";

/** The published interface list (no auth): code, name, domain, input and output fields. */
export function GET() {
  return Response.json({ version: "1", services: describeServices() }, { headers: { "cache-control": "public, max-age=300" } });
}
