import { describe, expect, it } from "vitest";
import { asUser, createTestUser } from "@/tests/helpers";
import { searchKnowledge } from "./knowledge-base";
import { saveArticleAction } from "./actions";

describe("knowledge base upkeep (K2)", () => {
  it("K2: a new article is found at once, an edit changes what is found, a withdrawn one is no longer suggested", async () => {
    const staff = await createTestUser("STAFF");
    const question = "生育津贴怎么申领计算方法说明";
    const created = await asUser(staff, () => saveArticleAction({ category: "BENEFIT", question, answer: "按用人单位上年度职工月平均工资计发。", keywords: "", published: "on" }));
    expect(created).toMatchObject({ ok: true });
    const id = (created as { data: { id: number } }).data.id;
    expect((await searchKnowledge(question))[0]?.id).toBe(id);

    await asUser(staff, () => saveArticleAction({ id: String(id), category: "BENEFIT", question, answer: "新的答案：由医保经办机构按规定计发。", keywords: "", published: "on" }));
    expect((await searchKnowledge(question))[0]?.answer).toBe("新的答案：由医保经办机构按规定计发。");

    await asUser(staff, () => saveArticleAction({ id: String(id), category: "BENEFIT", question, answer: "新的答案：由医保经办机构按规定计发。", keywords: "" }));
    expect((await searchKnowledge(question)).map((a) => a.id)).not.toContain(id);
  });

  it("K2: persons and unit handlers cannot edit the knowledge base", async () => {
    for (const role of ["PERSON", "UNIT"] as const) {
      const user = await createTestUser(role);
      const result = await asUser(user, () => saveArticleAction({ category: "OTHER", question: "越权新增的问题", answer: "越权新增的答案", published: "on" }));
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await searchKnowledge("越权新增的问题")).toEqual([]);
  });
});
