import { headers } from "next/headers";
import { requirePageRole } from "@/lib/auth/session";
import { AreaNav } from "@/components/layout/area-nav";
import { AccountChangesNotice } from "@/components/accounts/account-changes-notice";

/** Every page under /person is for these roles only; the check runs on the server for each request. */
export default async function AreaLayout({ children }: { children: React.ReactNode }) {
  const path = (await headers()).get("x-pathname") ?? "/person";
  const user = await requirePageRole(["PERSON"], path);
  return (
    <div>
      <p className="sr-only">个人办事</p>
      <AreaNav role={user.role} />
      <AccountChangesNotice />
      {children}
    </div>
  );
}
