import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asUser, createTestUser } from "@/tests/helpers";
import { markAllMessagesReadAction, markMessageReadAction } from "./actions";
import { countUnread, listMessages, postMessage } from "./inbox";

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
