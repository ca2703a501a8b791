/** X2: the published channel services (GET /api/channel/v1/services, /developer/channels), from the enforced schemas. */
import { fieldsOf, jsonSchemaOf, type PublishedField } from "@/lib/direct-connect/openapi";
import { CHANNEL_SERVICES, CHANNEL_SERVICE_SCHEMAS } from "./schemas";

export interface PublishedChannelService {
  code: string;
  name: string;
  kind: "read" | "write";
  domain: string;
  input: PublishedField[];
  output: PublishedField[];
}

let described: PublishedChannelService[] | undefined;

export function describeChannelServices(): PublishedChannelService[] {
  return (described ??= CHANNEL_SERVICES.map((s) => ({
    ...s,
    domain: CHANNEL_SERVICE_SCHEMAS[s.code].domain,
    input: fieldsOf(jsonSchemaOf(CHANNEL_SERVICE_SCHEMAS[s.code].input, "input")),
    output: fieldsOf(jsonSchemaOf(CHANNEL_SERVICE_SCHEMAS[s.code].output, "output")),
  })));
}
