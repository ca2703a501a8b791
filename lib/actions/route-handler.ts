/**
 * The gate for route handlers (downloads, uploads, exports), as defineAction is for server
 * actions: the session and role are checked first, the handler gets the Actor with the
 * trusted client address and the request time, and an AppError becomes its HTTP status with
 * the Chinese message, so no handler writes its own error mapping.
 */
import type { SessionActor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { clientInfoFromHeaders } from "@/lib/security/client-info";

export function defineRoute<P>(
  roles: readonly Role[],
  handler: (request: Request, ctx: { actor: SessionActor; now: Date; params: P }) => Promise<Response>,
): (request: Request, context?: { params: Promise<P> }) => Promise<Response> {
  return async (request, context) => {
    try {
      const { requireRole } = await import("@/lib/auth/session");
      const user = await requireRole(...roles);
      const actor: SessionActor = { ...user, ...clientInfoFromHeaders(request.headers) };
      return await handler(request, { actor, now: new Date(), params: (await context?.params) ?? ({} as P) });
    } catch (error) {
      if (error instanceof AppError) return Response.json({ code: error.code, message: error.message }, { status: error.httpStatus });
      throw error;
    }
  };
}

/**
 * A private file download: attachment (never rendered as a page), nosniff, not cached, and the
 * user's file name in UTF-8 with an ASCII fallback for old clients.
 */
export function fileDownload(file: { bytes: Uint8Array; mimeType: string; fileName: string; asciiName?: string }): Response {
  const ascii = file.asciiName ? `filename="${file.asciiName}"; ` : "";
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Disposition": `attachment; ${ascii}filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Content-Length": String(file.bytes.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
