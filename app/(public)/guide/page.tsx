import Link from "next/link";
import { groupByCategory, listGuideItems } from "@/lib/catalogue/catalogue";
import { choiceParam, textParam, type SearchParams } from "@/lib/validation/search-params";
import { APPLICANT_LABELS, type ApplicantType } from "@/lib/catalogue/labels";
import { HandlingBadge } from "@/components/catalogue/handling-badge";

export const metadata = { title: "办事指南" };

const FILTERS = [
  { value: undefined, label: "全部事项" },
  { value: "PERSON", label: "个人办事" },
  { value: "UNIT", label: "单位办事" },
] as const;

function hrefOf(filter: string | undefined, q: string) {
  const params = new URLSearchParams();
  if (filter) params.set("for", filter);
  if (q) params.set("q", q);
  const s = params.toString();
  return s ? `/guide?${s}` : "/guide";
}

/** 服务事项目录 (C1–C3, LD/T 01 §5.6.1 b): every published item, by category, with its guide one click away. */
export default async function GuideListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const applicant = choiceParam(params, "for", ["PERSON", "UNIT"]);
  const q = textParam(params, "q").slice(0, 40);
  const groups = groupByCategory(await listGuideItems({ for: applicant, q }));
  const count = groups.reduce((n, g) => n + g.items.length, 0);

  return (
    <div className="space-y-6">
      <div>
        <h1>办事指南</h1>
        <p className="mt-1 text-slate-700">社会保险服务事项目录：每个事项的办理条件、所需材料、办理时限、结果送达、设定依据、收费标准和咨询投诉渠道。</p>
      </div>

      <nav aria-label="按办事对象筛选">
        <ul className="flex flex-wrap gap-2">
          {FILTERS.map((f) => (
            <li key={f.label}>
              <Link
                href={hrefOf(f.value, q)}
                aria-current={applicant === f.value ? "page" : undefined}
                className={`block rounded-full border px-4 py-1 text-sm ${applicant === f.value ? "border-brand-700 bg-brand-700 text-white" : "border-brand-200 bg-white"}`}
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form role="search" action="/guide" method="get" className="flex max-w-xl gap-2">
        {applicant && <input type="hidden" name="for" value={applicant} />}
        <label htmlFor="guide-q" className="sr-only">搜索服务事项</label>
        <input id="guide-q" name="q" defaultValue={q} className="input" placeholder="输入事项名称或编码，如：参保证明" maxLength={40} />
        <button type="submit" className="btn shrink-0 whitespace-nowrap">搜索</button>
      </form>

      <p role="status" className="text-sm text-slate-600">
        {q ? `“${q}”的搜索结果：` : ""}共 {count} 个事项
        {q && <> · <Link href={hrefOf(applicant, "")}>清除搜索</Link></>}
      </p>

      {groups.length === 0 && <p className="card">没有找到相关事项。可换个关键词，或拨打 12333 咨询。</p>}

      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`cat-${group.category}`}>
          <h2 id={`cat-${group.category}`} className="mb-2">{group.category}</h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {group.items.map((item) => (
              <li key={item.code} className="card">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/guide/${item.code}`} className="text-lg font-semibold">{item.name}</Link>
                  <HandlingBadge type={item.handlingType} promisedDays={item.promisedDays} />
                  {item.bookable && <span className="text-xs text-brand-700">可预约</span>}
                </div>
                <p className="mt-1 text-sm text-slate-700">{item.description}</p>
                <p className="mt-1 text-xs text-slate-600">事项编码 {item.code} · 办事对象：{APPLICANT_LABELS[item.applicantType as ApplicantType] ?? item.applicantType}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
