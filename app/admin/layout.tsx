import { headers } from "next/headers";
import { requirePageRole } from "@/lib/auth/session";
import { AreaNav } from "@/components/layout/area-nav";
import { AccountChangesNotice } from "@/components/accounts/account-changes-notice";

/** Every page under /admin is for these roles only; the check runs on the server for each request. */
export default async function AreaLayout({ children }: { children: React.ReactNode }) {
  const path = (await headers()).get("x-pathname") ?? "/admin";
  const user = await requirePageRole(["ADMIN"], path);
  return (
    <div>
      <p className="sr-only">平台管理</p>
      <AreaNav role={user.role} />
      <AccountChangesNotice />
      {children}
    </div>
  );
}
