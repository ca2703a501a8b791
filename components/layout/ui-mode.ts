import { headers } from "next/headers";
import { parseUiMode, UI_MODE_HEADER, type UiMode } from "@/lib/ui-mode";

/** The display mode of this request (W1), as the proxy read it from the cookie. */
export async function currentUiMode(): Promise<UiMode> {
  return parseUiMode((await headers()).get(UI_MODE_HEADER)) ?? "standard";
}
