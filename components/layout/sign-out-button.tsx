"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" className="rounded border border-white/70 px-3 py-1 text-white hover:bg-brand-800" onClick={() => signOut({ callbackUrl: "/" })}>
      退出
    </button>
  );
}
