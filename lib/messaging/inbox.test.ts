import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asUser, createTestUser } from "@/tests/helpers";
import { markAllMessagesReadAction, markMessageReadAction, publishPolicyNoticeAction } from "./actions";
import { countUnread, listMessagePage, listMessages, postMessage } from "./inbox";

async function twoUsersWithMessages() {
  const [alice, bob] = [await createTestUser("PERSON"), await createTestUser("UNIT")];
  for (const [user, title] of [[alice, "给甲的消息"], [bob, "给乙的消息"]] as const) {
    await postMessage(db, { userId: user.id, category: "SYSTEM", title, body: "正文" });
  }
  const bobsMessage = await db.message.findFirstOrThrow({ where: { userId: bob.id } });
  return { alice, bob, bobsMessage };
}

describe("inbox ownership (U9, K4)", () => {
  it("U9: a user's list holds only their own messages", async () => {
    const { alice, bob } = await twoUsersWithMessages();
    expect((await listMessages(alice.id)).map((m) => m.title)).toEqual(["给甲的消息"]);
    expect((await listMessages(bob.id)).map((m) => m.title)).toEqual(["给乙的消息"]);
  });

  it("U9: marking another user's message read with its id changes nothing", async () => {
    const { alice, bob, bobsMessage } = await twoUsersWithMessages();
    expect(await asUser(alice, () => markMessageReadAction({ id: bobsMessage.id }))).toEqual({ ok: true, data: { changed: false } });
    expect((await db.message.findUniqueOrThrow({ where: { id: bobsMessage.id } })).readAt).toBeNull();
    expect(await countUnread(bob.id)).toBe(1);

    // "Mark all read" is the caller's own messages too.
    expect(await asUser(alice, () => markAllMessagesReadAction({}))).toEqual({ ok: true, data: { changed: 1 } });
    expect(await countUnread(alice.id)).toBe(0);
    expect(await countUnread(bob.id)).toBe(1);

    expect(await asUser(bob, () => markMessageReadAction({ id: bobsMessage.id }))).toEqual({ ok: true, data: { changed: true } });
    expect(await countUnread(bob.id)).toBe(0);
  });
});

describe("inbox paging and policy notices (K4)", () => {
  it("K4: the inbox pages by 20, newest first, with the unread count of all pages", async () => {
    const user = await createTestUser("PERSON");
    for (let i = 1; i <= 25; i += 1) {
      await db.message.create({ data: { userId: user.id, category: "SYSTEM", title: `第${i}条`, body: "正文", createdAt: new Date(Date.UTC(2026, 10, 1, 0, i)) } });
    }
    const first = await listMessagePage(user.id, 1);
    expect(first).toMatchObject({ total: 25, unread: 25, page: 1 });
    expect(first.rows).toHaveLength(20);
    expect(first.rows[0].title).toBe("第25条");
    const second = await listMessagePage(user.id, 2);
    expect(second.rows.map((m) => m.title)).toEqual(["第5条", "第4条", "第3条", "第2条", "第1条"]);
    expect((await listMessagePage(user.id, 99)).page).toBe(2); // past the end: the last page
    await asUser(user, () => markMessageReadAction({ id: first.rows[0].id }));
    expect((await listMessagePage(user.id, 2)).unread).toBe(24);
  });

  it("K4: an ADMIN notice to one role reaches every user of that role as a POLICY message, and no one else", async () => {
    const admin = await createTestUser("ADMIN");
    const [person, unit] = [await createTestUser("PERSON"), await createTestUser("UNIT")];
    const title = `2027年度缴费基数调整通知${Date.now()}`;
    const result = await asUser(admin, () => publishPolicyNoticeAction({ title, body: "自2027年1月起按新的缴费基数上下限申报。", audience: "UNIT" }));
    expect(result).toMatchObject({ ok: true });
    expect(await db.message.count({ where: { userId: unit.id, category: "POLICY", title } })).toBe(1);
    expect(await db.message.count({ where: { userId: person.id, title } })).toBe(0);
    const recipients = await db.message.count({ where: { title } });
    expect(recipients).toBe(await db.user.count({ where: { role: "UNIT" } }));
    expect((await db.policyNotice.findFirstOrThrow({ where: { title } })).recipients).toBe(recipients);

    const toAll = `养老金调整公告${Date.now()}`;
    await asUser(admin, () => publishPolicyNoticeAction({ title: toAll, body: "2027年基本养老金调整方案已公布。", audience: "ALL" }));
    expect(await db.message.count({ where: { title: toAll } })).toBe(await db.user.count());
  });

  it("K4: only an ADMIN may push a notice", async () => {
    for (const role of ["PERSON", "UNIT", "STAFF"] as const) {
      const user = await createTestUser(role);
      const result = await asUser(user, () => publishPolicyNoticeAction({ title: "越权推送的通知", body: "不应送达任何人的正文内容。", audience: "ALL" }));
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db.message.count({ where: { title: "越权推送的通知" } })).toBe(0);
  });
});
