import { describe, expect, it } from "vitest";
import { otherUiMode, parseUiMode, withoutUiMode, withUiMode } from "./ui-mode";

describe("W1 display mode switch", () => {
  it("W1: accepts the two modes only", () => {
    expect(parseUiMode("elder")).toBe("elder");
    expect(parseUiMode("standard")).toBe("standard");
    for (const bad of ["ELDER", "", null, undefined, "elder ", "dark"]) expect(parseUiMode(bad)).toBeNull();
    expect(otherUiMode("elder")).toBe("standard");
    expect(otherUiMode("standard")).toBe("elder");
  });

  it("W1: the switch keeps the page and its query, and the proxy's redirect drops only the mode", () => {
    expect(withUiMode("/", "elder")).toBe("/?mode=elder");
    expect(withUiMode("/guide?for=PERSON&page=2", "elder")).toBe("/guide?for=PERSON&page=2&mode=elder");
    expect(withUiMode("/guide?mode=elder", "standard")).toBe("/guide?mode=standard");
    expect(withoutUiMode(new URL("http://localhost:3000/guide?for=PERSON&mode=elder"))).toBe("/guide?for=PERSON");
    expect(withoutUiMode(new URL("http://localhost:3000/?mode=standard"))).toBe("/");
  });

  it("W1: a crafted switch target cannot lead off the portal", () => {
    expect(withUiMode("//evil.example/x", "elder")).toBe("/x?mode=elder");
    expect(withUiMode("https://evil.example/x", "elder")).toBe("/x?mode=elder");
  });
});
