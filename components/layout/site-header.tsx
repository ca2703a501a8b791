import { headers } from "next/headers";
import Image from "next/image";
import Link from "next/link";
import { PUBLIC_NAV } from "./nav-items";
import { AccountMenu } from "./account-menu";
import { ReadAloud } from "./read-aloud";
import { currentUiMode } from "./ui-mode";
import { withUiMode } from "@/lib/ui-mode";

export async function SiteHeader() {
  const mode = await currentUiMode();
  const here = (await headers()).get("x-pathname") ?? "/";
  return (
    <header role="banner" className="bg-brand-700 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2 focus:text-brand-900">
        跳到主要内容
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-white hover:no-underline">
          <Image src="/images/emblem.svg" alt="" width={36} height={36} priority className="h-9 w-9" />
          <span className="text-lg font-bold leading-tight sm:text-xl">社会保险网上经办服务平台</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {/* W1: a plain link, so the whole page (and <html data-mode>) comes back in the other mode. */}
          <a href={withUiMode(here, mode === "elder" ? "standard" : "elder")} className="mode-control rounded bg-white px-3 py-1 font-bold text-brand-800 hover:no-underline" data-testid="mode-switch">
            {mode === "elder" ? "返回标准版" : "长辈版"}
          </a>
          <ReadAloud />
          <AccountMenu />
        </div>
      </div>
      <nav aria-label="主导航" className="bg-brand-800">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 text-sm">
          {PUBLIC_NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block px-3 py-2 text-white hover:bg-brand-900 hover:no-underline">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
