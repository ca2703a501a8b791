import Link from "next/link";

export interface ServiceLink {
  href: string;
  title: string;
  text: string;
}

/** A grid of entry cards, used by the home page and each role's area home. */
export function ServiceLinks({ links, label }: { links: ServiceLink[]; label: string }) {
  return (
    <ul aria-label={label} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {links.map((s) => (
        <li key={s.href}>
          <Link href={s.href} className="card block h-full hover:border-brand-500 hover:no-underline">
            <span className="block text-lg font-semibold text-brand-800">{s.title}</span>
            <span className="mt-1 block text-sm text-slate-700">{s.text}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
