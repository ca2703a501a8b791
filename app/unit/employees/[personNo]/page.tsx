import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { getUnitEmployee } from "@/lib/inquiry/unit-rights";
import { PERSON_STATUS, REGISTRATION_STATUS, formatYearMonth, insuranceTypeLabel, label } from "@/lib/inquiry/labels";
import { maskIdNumber, maskMobile } from "@/lib/security/masking";
import type { RegistrationRecord } from "@/lib/core";
import { DataTable, type Column } from "@/components/ui/data-table";
import { orNotFound } from "@/components/or-not-found";
import { IssueButton } from "@/components/certificates/issue-button";

export const metadata = { title: "职工参保信息" };

const COLUMNS: Column<RegistrationRecord>[] = [
  { header: "险种", cell: (r) => insuranceTypeLabel(r.insuranceType) },
  { header: "参保状态", cell: (r) => label(REGISTRATION_STATUS, r.status) },
  { header: "参保起始", cell: (r) => formatYearMonth(r.startMonth) },
  { header: "终止年月", cell: (r) => (r.endMonth ? formatYearMonth(r.endMonth) : "—") },
];

/** One employee of the unit; another unit's employee, or a guessed number, is the 404 page. */
export default async function UnitEmployeePage({ params }: { params: Promise<{ personNo: string }> }) {
  const { personNo } = await params;
  const user = await requirePageRole(["UNIT"], `/unit/employees/${encodeURIComponent(personNo)}`);
  const { person, registrations } = await orNotFound(getUnitEmployee(user, personNo));
  return (
    <div className="space-y-6">
      <nav aria-label="当前位置" className="text-sm"><Link href={areaPath("UNIT", "employees")}>参保职工</Link> › {person.name}</nav>
      <h1>职工参保信息：{person.name}</h1>
      <dl className="card grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-600">个人编号</dt><dd>{person.personNo}</dd>
        <dt className="text-slate-600">证件号码</dt><dd>{maskIdNumber(person.idNumber)}</dd>
        <dt className="text-slate-600">手机号码</dt><dd>{person.mobile ? maskMobile(person.mobile) : "未登记"}</dd>
        <dt className="text-slate-600">人员状态</dt><dd>{label(PERSON_STATUS, person.status)}</dd>
      </dl>
      <DataTable caption="在本单位的参保登记" columns={COLUMNS} rows={registrations} rowKey={(r) => `${r.insuranceType}-${r.startMonth}`} empty="暂无在本单位的参保登记" />
      {registrations.length > 0 && (
        <section aria-labelledby="cert-heading" className="card space-y-2">
          <h2 id="cert-heading">职工参保证明</h2>
          <p className="text-sm text-slate-600">开具该职工在本单位的参保证明（带电子印章和防伪码），开具后在“证明打印”中下载或打印。</p>
          <IssueButton kind="PERSON_INSURANCE" personNo={person.personNo} label="开具职工参保证明" />
        </section>
      )}
    </div>
  );
}
