import Link from "next/link";
import type { Role } from "@/lib/auth/roles";
import { ROLE_NAV } from "./nav-items";

/** Second-level navigation of a role's own area. */
export function AreaNav({ role }: { role: Role }) {
  return (
    <nav aria-label="业务导航" className="mb-6 overflow-x-auto">
      <ul className="flex gap-2 border-b border-brand-100 text-sm">
        {ROLE_NAV[role].map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="block whitespace-nowrap px-3 py-2 text-brand-800">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
