import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { searchUnitEmployees } from "@/lib/inquiry/unit-rights";
import { PERSON_STATUS, label } from "@/lib/inquiry/labels";
import { maskIdNumber, maskMobile } from "@/lib/security/masking";
import type { CorePersonRecord } from "@/lib/core";
import { pageParam, textParam, type SearchParams } from "@/lib/validation/search-params";
import { DataTable, type Column } from "@/components/ui/data-table";
import { orNotFound } from "@/components/or-not-found";

export const metadata = { title: "参保职工" };

const COLUMNS: Column<CorePersonRecord>[] = [
  { header: "个人编号", cell: (p) => <Link href={areaPath("UNIT", `employees/${p.personNo}`)}>{p.personNo}</Link> },
  { header: "姓名", cell: (p) => p.name },
  { header: "证件号码", cell: (p) => maskIdNumber(p.idNumber), className: "whitespace-nowrap" },
  { header: "性别", cell: (p) => (p.gender === "M" ? "男" : "女") },
  { header: "手机号码", cell: (p) => (p.mobile ? maskMobile(p.mobile) : "未登记") },
  { header: "人员状态", cell: (p) => label(PERSON_STATUS, p.status) },
];

/** 参保职工 (Q3): the unit's insured employees, paged, searchable by name or ID-number tail. */
export default async function UnitEmployeesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageRole(["UNIT"], "/unit/employees");
  const params = await searchParams;
  const q = textParam(params, "q");
  const result = await orNotFound(searchUnitEmployees(user, { q, page: pageParam(params) }));
  return (
    <div className="space-y-4">
      <h1>参保职工</h1>
      <form method="get" role="search" aria-label="查询职工" className="card grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="q" className="block font-medium">姓名或证件号码后几位</label>
          <input id="q" name="q" defaultValue={q} maxLength={30} className="input" aria-describedby="q-hint" />
          <p id="q-hint" className="text-xs text-slate-600">可输入姓名中的字、证件号码后 4 位及以上，或完整的个人编号</p>
        </div>
        <button type="submit" className="btn">查询</button>
      </form>
      <p className="text-sm text-slate-700" aria-live="polite">共 {result.total} 名职工</p>
      <DataTable
        caption="参保职工"
        columns={COLUMNS}
        rows={result.items}
        rowKey={(p) => p.id}
        empty={q ? "没有符合条件的职工" : "本单位暂无参保职工"}
        paging={{ basePath: areaPath("UNIT", "employees"), params, page: result.page, pageSize: result.pageSize, total: result.total }}
      />
    </div>
  );
}
