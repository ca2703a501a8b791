import Link from "next/link";
import { listPublishedCentres } from "@/lib/appointments/queries";
import { CentreCard } from "@/components/appointments/centre-card";

export const metadata = { title: "社保经办服务网点" };

/** 服务网点公开 (K3, LD/T 01 §5.6.1 c): address, hours and phone of every centre. */
export default async function CentresPage() {
  const centres = await listPublishedCentres(new Date());
  return (
    <div className="space-y-4">
      <nav aria-label="当前位置" className="text-sm">
        <Link href="/disclosure">信息公开</Link> <span aria-hidden="true">›</span> 服务网点
      </nav>
      <h1>社保经办服务网点</h1>
      <p className="text-slate-700">以下网点均可办理社会保险业务。法定节假日不办公，调休上班日正常办公。到窗口办理前可<Link href="/appointments">网上预约</Link>，到点办理不排队。</p>
      {centres.length === 0 ? (
        <p className="card">暂无公开的服务网点信息，请拨打 12333 咨询。</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {centres.map((c) => (
            <li key={c.id}>
              <CentreCard centre={c} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
