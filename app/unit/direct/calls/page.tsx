import { requirePageRole } from "@/lib/auth/session";
import { formatShanghai } from "@/lib/calendar";
import { serviceName } from "@/lib/direct-access/labels";
import { unitCallLog } from "@/lib/direct-access/queries";
import { pageUnitContext, UNBOUND_MESSAGE } from "../unit-context";

export const metadata = { title: "接口调用记录" };

/** The unit's own call log (E4: every sandbox call recorded with its outcome). */
export default async function UnitCallsPage() {
  const user = await requirePageRole(["UNIT"], "/unit/direct/calls");
  const unit = pageUnitContext(user);
  if (!unit) return <p>{UNBOUND_MESSAGE}</p>;
  const calls = await unitCallLog(unit, 100);
  return (
    <div className="space-y-4">
      <h1>接口调用记录</h1>
      {calls.length === 0 ? <p>暂无调用记录。</p> : (
        <table className="w-full text-sm">
          <caption className="sr-only">最近 100 次调用</caption>
          <thead><tr className="text-left"><th>时间</th><th>环境</th><th>接口</th><th>HTTP</th><th>业务码</th><th>说明</th><th>耗时</th></tr></thead>
          <tbody>
            {calls.map((c) => (
              <tr key={c.id} className="border-t">
                <td>{formatShanghai(c.createdAt, "datetime")}</td>
                <td>{c.environment === "SANDBOX" ? "测试" : "正式"}</td>
                <td>{c.serviceCode ? serviceName(c.serviceCode) : "—"}</td>
                <td>{c.httpStatus}</td>
                <td className="font-mono">{c.bizCode ?? "—"}</td>
                <td>{c.message ?? (c.headStatus === "0" ? "成功" : "")}</td>
                <td>{c.latencyMs} ms</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
