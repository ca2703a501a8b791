"use client";

import Link from "next/link";
import type { Role } from "@/lib/auth/roles";
import { useSessionUser } from "./session-provider";

/**
 * A link for the signed-in roles that have one, else `fallback` (shown too while the session is
 * being read, and without JavaScript). For pages served from the page cache.
 */
export function SignedInLink({ links, fallback = null, className }: { links: Partial<Record<Role, { href: string; label: string }>>; fallback?: React.ReactNode; className?: string }) {
  const user = useSessionUser();
  const link = user && links[user.role];
  return link ? <Link href={link.href} className={className}>{link.label}</Link> : <>{fallback}</>;
}
