import Link from "next/link";

export const metadata = { title: "无权访问" };

export default function ForbiddenPage() {
  return (
    <div className="card mx-auto max-w-xl text-center">
      <h1>无权访问</h1>
      <p className="mt-2">当前账户的角色不能使用该功能。如需办理，请使用相应的账户登录。</p>
      <p className="mt-4"><Link href="/" className="btn">返回首页</Link></p>
    </div>
  );
}
