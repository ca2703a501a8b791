/**
 * Security headers for every page (foundation issue): a nonce-based Content-Security-Policy that
 * Next's own inline scripts satisfy (the nonce travels on the request header Next reads),
 * no framing, no MIME sniffing, a strict referrer policy.
 */
export function buildCsp(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and Next set style attributes; no remote styles are allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * S7: Strict-Transport-Security only when the portal is served over https (NEXTAUTH_URL), since
 * the browser keeps it for a year; over plain http (the local demo) it would be ignored anyway.
 */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return publicUrl?.toLowerCase().startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}
