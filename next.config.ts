import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security/csp";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and wasm-backed server packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "sm-crypto-v2", "pdf-lib", "@pdf-lib/fontkit", "qrcode"],
  experimental: {
    // A 10 MB application material plus its multipart envelope must reach the upload route whole;
    // the route itself refuses anything over 10 MB (P1).
    proxyClientMaxBodySize: "11mb",
    // A letter may carry 3 attachments of 2 MB (lib/consultation/attachments.ts); the default is 1 MB.
    serverActions: { bodySizeLimit: "8mb" },
  },
  async headers() {
    // Route handlers (API) skip the proxy; give them the static headers too.
    return [{ source: "/:path*", headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
