import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { CreateStaffForm } from "./create-staff-form";

export const metadata = { title: "开设后台账户" };

export default async function NewBackOfficeUserPage() {
  await requirePageRole(["ADMIN"], "/admin/users/new");
  return (
    <div className="max-w-xl space-y-4">
      <nav aria-label="当前位置" className="text-sm"><Link href={areaPath("ADMIN", "users")}>用户管理</Link> › 开设后台账户</nav>
      <h1>开设后台账户</h1>
      <p className="text-sm text-slate-700">
        为经办人员或平台管理员开设账户。账户不设初始密码：开通短信发到所填手机号，本人在登录页通过“找回密码”设置密码后即可登录。
      </p>
      <div className="card"><CreateStaffForm /></div>
    </div>
  );
}
