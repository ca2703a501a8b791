import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findGuideItem, parseMaterials } from "@/lib/catalogue/catalogue";
import { APPLICANT_LABELS, HANDLING_LABELS, type ApplicantType } from "@/lib/catalogue/labels";
import { formatShanghai } from "@/lib/calendar";
import { BookingEntry } from "@/components/appointments/booking-entry";
import { HandlingBadge } from "@/components/catalogue/handling-badge";
import { PrintButton } from "@/components/layout/print-button";

type Params = Promise<{ code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const item = await findGuideItem(decodeURIComponent((await params).code));
  return { title: item ? `${item.name} - 办事指南` : "办事指南" };
}

/** 办事指南 (C1, C3; LD/T 01 §3.2, §5.6.2): every published field of one item, printable on A4. */
export default async function GuidePage({ params }: { params: Params }) {
  const item = await findGuideItem(decodeURIComponent((await params).code));
  if (!item) notFound();
  const materials = parseMaterials(item.materials);
  const timeLimit =
    item.handlingType === "IMMEDIATE"
      ? "即时办结"
      : item.handlingType === "COMMITMENT"
        ? `承诺时限 ${item.promisedDays ?? "—"} 个工作日`
        : "网上预审后预约窗口，现场核验原件后办理";

  const rows: [string, React.ReactNode][] = [
    ["事项编码", item.code],
    ["事项类别", item.category],
    ["办事对象", APPLICANT_LABELS[item.applicantType as ApplicantType] ?? item.applicantType],
    ["办理类型", HANDLING_LABELS[item.handlingType]],
    ["办理时限", <>{timeLimit}{item.legalDays ? `；法定时限 ${item.legalDays} 个工作日` : ""}</>],
    ["结果送达", item.resultDelivery],
    ["设定依据", item.legalBasis],
    ["收费标准", item.fees],
    ["办理时间", item.serviceHours],
    ["咨询渠道", item.consultChannel],
    ["监督投诉", item.complaintChannel],
  ];

  return (
    <article className="space-y-5 print:space-y-3" aria-labelledby="guide-title">
      <nav aria-label="当前位置" className="no-print text-sm">
        <Link href="/guide">办事指南</Link> <span aria-hidden="true">›</span> {item.name}
      </nav>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 id="guide-title">{item.name}</h1>
          <p className="mt-1 flex items-center gap-2 text-sm text-slate-600">
            <HandlingBadge type={item.handlingType} promisedDays={item.promisedDays} />
            <span>办事指南 · 更新于 {formatShanghai(item.updatedAt, "date")}</span>
          </p>
        </div>
        <div className="no-print flex flex-wrap gap-2">
          {item.bookable && <BookingEntry applicantType={item.applicantType} itemId={item.id} />}
          <PrintButton label="打印办事指南" />
        </div>
      </header>

      <section aria-labelledby="desc" className="card print:border-0 print:p-0">
        <h2 id="desc">事项说明</h2>
        <p className="mt-1">{item.description}</p>
      </section>

      <section aria-labelledby="basic" className="card print:border-0 print:p-0">
        <h2 id="basic">基本信息</h2>
        <dl className="mt-2 grid gap-x-4 gap-y-2 sm:grid-cols-[8rem_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-brand-900">{label}</dt>
              <dd className="mb-1">{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="materials" className="card print:border-0 print:p-0">
        <h2 id="materials">申请材料</h2>
        {materials.length === 0 ? (
          <p className="mt-1">无需提交材料。</p>
        ) : (
          <table className="table mt-2">
            <caption className="sr-only">申请材料清单</caption>
            <thead>
              <tr>
                <th scope="col" className="whitespace-nowrap">序号</th>
                <th scope="col">材料名称</th>
                <th scope="col" className="whitespace-nowrap">是否必需</th>
                <th scope="col" className="whitespace-nowrap">份数</th>
                <th scope="col">说明</th>
              </tr>
            </thead>
            <tbody>
              {materials.map((m, i) => (
                <tr key={`${m.name}-${i}`}>
                  <td>{i + 1}</td>
                  <td>{m.name}</td>
                  <td>{m.required ? "必需" : "视情况提供"}</td>
                  <td>{m.copies}</td>
                  <td>{m.note || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="process" className="card print:border-0 print:p-0">
        <h2 id="process">办理流程</h2>
        <ol className="mt-1 list-decimal space-y-1 pl-6">
          {item.handlingType === "APPOINTMENT" ? (
            <>
              <li>登录本平台提交申请，经办机构网上预审；</li>
              <li>预审通过后按提示预约服务网点窗口，携带材料原件按时到场；</li>
              <li>窗口核验原件并办理，结果通过站内消息和短信告知。</li>
            </>
          ) : (
            <>
              <li>登录本平台在线申报（或预约后到服务网点窗口办理）；</li>
              <li>{item.handlingType === "IMMEDIATE" ? "系统或窗口即时审核，符合条件的当场办结" : `经办机构受理审核，${item.promisedDays ?? ""}个工作日内办结`}；</li>
              <li>办理结果通过站内消息和短信告知，可在网上查询办理进度。</li>
            </>
          )}
        </ol>
        {item.bookable && <p className="mt-2 text-sm">到窗口办理的，可提前 <Link href="/appointments">网上预约</Link> 明天起 7 天内的时段，到点办理。</p>}
      </section>
    </article>
  );
}
