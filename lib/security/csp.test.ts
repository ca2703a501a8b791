import { describe, expect, it } from "vitest";
import { strictTransportSecurity } from "./csp";

describe("transport security (S7)", () => {
  it("S7: HSTS is sent when the portal is served over https, and not over http", () => {
    expect(strictTransportSecurity("https://portal.example.gov.cn")).toMatch(/^max-age=31536000\b/);
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});
