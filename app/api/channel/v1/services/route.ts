import { describeChannelServices } from "@/lib/channels/publish";

/** X2: the published channel services (no auth): code, name, input and output fields. */
export function GET() {
  return Response.json({ version: "1", endpoint: "/api/channel/v1", services: describeChannelServices() }, { headers: { "cache-control": "public, max-age=300" } });
}
