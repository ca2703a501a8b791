import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { DemoBanner } from "@/components/layout/demo-banner";
import { currentUiMode } from "@/components/layout/ui-mode";
import { currentSessionView } from "@/components/layout/session-view";
import { SessionProvider } from "@/components/session/session-provider";

export const metadata: Metadata = {
  title: { default: "社会保险网上经办服务平台", template: "%s - 社会保险网上经办服务平台" },
  description: "参保人、参保单位在线办理社会保险业务：办事指南、网上预约、网上申报、权益查询、证明打印与验证、咨询投诉。",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f4f9e" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // W1: 长辈版 is a theme of the same pages (app/globals.css), switched by this attribute.
  const [mode, session] = await Promise.all([currentUiMode(), currentSessionView()]);
  return (
    <html lang="zh-CN" data-mode={mode}>
      <body className="flex min-h-screen flex-col font-sans">
        <SessionProvider initial={session}>
          <DemoBanner />
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
            {children}
          </main>
          <SiteFooter />
        </SessionProvider>
      </body>
    </html>
  );
}
