/**
 * 长辈版 (W1): the portal's two display modes. The mode is a theme — `data-mode` on <html>,
 * read by the CSS tokens in app/globals.css — never a second copy of the pages. It is chosen
 * with `?mode=elder` / `?mode=standard` on any page (the header's switch is such a link),
 * remembered in a cookie for a year, and needs no login.
 */
export const UI_MODES = ["standard", "elder"] as const;
export type UiMode = (typeof UI_MODES)[number];

export const UI_MODE_COOKIE = "sbt-mode";
export const UI_MODE_PARAM = "mode";
/** The request header the proxy sets for server components (the cookie may be new on this request). */
export const UI_MODE_HEADER = "x-ui-mode";
export const UI_MODE_COOKIE_MAX_AGE = 365 * 24 * 3600;

export function parseUiMode(value: string | null | undefined): UiMode | null {
  return value === "elder" || value === "standard" ? value : null;
}

/** The other mode, for the switch. */
export const otherUiMode = (mode: UiMode): UiMode => (mode === "elder" ? "standard" : "elder");

/** `path` (with its query) with the mode parameter set, for the switch's link. */
export function withUiMode(pathWithQuery: string, mode: UiMode): string {
  const url = new URL(pathWithQuery || "/", "http://portal.invalid");
  url.searchParams.set(UI_MODE_PARAM, mode);
  return `${url.pathname}${url.search}`;
}

/** `url`'s path and query without the mode parameter: where the proxy sends the browser after remembering it. */
export function withoutUiMode(url: URL): string {
  const clean = new URL(url.href);
  clean.searchParams.delete(UI_MODE_PARAM);
  return `${clean.pathname}${clean.search}`;
}
