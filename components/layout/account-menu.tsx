"use client";

import Link from "next/link";
import { ROLE_HOME, ROLE_LABELS } from "@/lib/auth/roles";
import { useSession } from "@/components/session/session-provider";
import { SignOutButton } from "./sign-out-button";

/**
 * The header's right-hand side: who is signed in with their messages, or the way in. On a page
 * from the page cache it is blank for the moment /api/session takes, rather than offering
 * 登录 to someone already signed in.
 */
export function AccountMenu() {
  const session = useSession();
  if (session.status === "loading") {
    return (
      <span className="inline-block min-w-24" data-testid="account-loading">
        <noscript>
          <Link href="/login" className="text-white">登录</Link>
        </noscript>
      </span>
    );
  }
  const { user } = session;
  if (!user) {
    return (
      <>
        <Link href="/login" className="text-white">登录</Link>
        <Link href="/register" className="rounded border border-white px-3 py-1 text-white">注册</Link>
      </>
    );
  }
  return (
    <>
      <Link href={ROLE_HOME[user.role]} className="text-white">
        {ROLE_LABELS[user.role]}：{user.name}
      </Link>
      <Link href="/inbox" className="text-white" aria-label={`消息，${user.unread} 条未读`}>
        消息{user.unread > 0 && <span data-testid="unread-count" className="ml-1 rounded-full bg-white px-2 text-xs font-bold text-brand-800">{user.unread}</span>}
      </Link>
      <SignOutButton />
    </>
  );
}
