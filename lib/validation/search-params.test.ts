import { describe, expect, it } from "vitest";
import { choiceParam, pageHref, pageParam, singleParam, textParam } from "./search-params";

describe("search params", () => {
  it("U8: a filter given once is read; a missing or repeated one reads as absent", () => {
    const params = { q: "  lina ", role: ["PERSON", "UNIT"], empty: "" };
    expect(singleParam(params, "q")).toBe("  lina ");
    expect(singleParam(params, "role")).toBeUndefined();
    expect(singleParam(params, "status")).toBeUndefined();
    expect(textParam(params, "q")).toBe("lina");
    expect(textParam(params, "role")).toBe("");
    expect(textParam(params, "empty")).toBe("");
  });

  it("U8: a select or tab value outside its choices reads as absent", () => {
    const roles = ["PERSON", "UNIT", "STAFF", "ADMIN"] as const;
    expect(choiceParam({ role: "UNIT" }, "role", roles)).toBe("UNIT");
    expect(choiceParam({ role: "unit" }, "role", roles)).toBeUndefined();
    expect(choiceParam({ role: ["UNIT", "ADMIN"] }, "role", roles)).toBeUndefined();
    expect(choiceParam({}, "role", roles)).toBeUndefined();
  });

  it("U7: the page number defaults to 1 when missing, repeated or not a number", () => {
    expect(pageParam({ page: "3" })).toBe(3);
    expect(pageParam({})).toBe(1);
    expect(pageParam({ page: "abc" })).toBe(1);
    expect(pageParam({ page: ["2", "3"] })).toBe(1);
    expect(pageParam({ page: "0" })).toBe(1);
  });

  it("U8: a link to another page keeps the filters, repeated ones included, and drops empty ones", () => {
    const params = { q: "李娜", role: "PERSON", status: "", page: "2", tag: ["a", "b"] };
    const href = pageHref("/admin/users", params, 3);
    const [path, query] = href.split("?");
    expect(path).toBe("/admin/users");
    const read = new URLSearchParams(query);
    expect(read.get("q")).toBe("李娜");
    expect(read.get("role")).toBe("PERSON");
    expect(read.getAll("tag")).toEqual(["a", "b"]);
    expect(read.has("status")).toBe(false);
    expect(read.getAll("page")).toEqual(["3"]);
  });
});
