import Link from "next/link";
import type { UserActor } from "@/lib/auth/actor";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai, shanghaiToday, weekdayOf } from "@/lib/calendar";
import { removeApplicationMaterialAction, withdrawApplicationAction } from "@/lib/applications/actions";
import { itemDefinition } from "@/lib/applications/items";
import { EDITABLE_STATUSES, SOURCE_LABELS, STATUS_LABELS, WITHDRAWABLE_STATUSES } from "@/lib/applications/labels";
import type { findApplication } from "@/lib/applications/queries";
import { isStaff } from "@/lib/applications/access";
import type { SearchParams } from "@/lib/validation/search-params";
import { ActionButton } from "@/components/forms/action-button";
import { FormMessage } from "@/components/forms/form-message";
import { Timeline } from "@/components/ui/timeline";
import { HandlingBadge } from "@/components/catalogue/handling-badge";
import { ApplicationForm } from "./application-form";
import { MaterialUploader } from "./material-uploader";
import { StaffActions } from "./staff-actions";
import { StatusBadge } from "./status-badge";
import { VisitBooking } from "./visit-booking";
import { ServiceRating } from "@/components/evaluation/service-rating";
import { CLOSED_APPLICATION_STATUSES } from "@/lib/evaluation/rate-service";
import { ApplicationNotices } from "@/components/certificates/application-notices";
import { coreSystem } from "@/lib/core";
import { maskIdNumber } from "@/lib/security/masking";

type Application = Awaited<ReturnType<typeof findApplication>>;

const kb = (size: number) => (size >= 1024 * 1024 ? `${(size / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(size / 1024))} KB`);

/**
 * One application as its applicant or the staff see it (P6, Q1): 受理时间, 受理部门, 办理进度,
 * 办理结果, the form as filled, the materials and the timeline; then what the viewer may do.
 * Every value typed by the applicant is rendered as text, so markup in it stays inert.
 */
/** Staff read who applied; a docked application's applicant is the core person it is about (X4), ID number masked. */
async function applicantText(app: Application): Promise<string> {
  if (app.source === "MIDDLE_PLATFORM" && app.subjectPersonId) {
    const person = await coreSystem().getPerson(app.subjectPersonId);
    if (person) return `${person.name}（证件号码 ${maskIdNumber(person.idNumber)}，经省政务服务中台申报）`;
  }
  return `${app.applicant.name}${app.applicant.unitName ? `（${app.applicant.unitName}）` : ""}`;
}

export async function ApplicationDetail({ actor, app, params, now }: { actor: UserActor; app: Application; params: SearchParams; now: Date }) {
  const staff = isStaff(actor);
  const definition = itemDefinition(app.item.code);
  const base = staff ? areaPath("STAFF", "applications") : areaPath(actor.role, "applications");
  const editable = !staff && EDITABLE_STATUSES.includes(app.status);
  const overdue = app.dueDate !== null && app.dueDate < shanghaiToday(now) && !["COMPLETED", "REJECTED", "WITHDRAWN"].includes(app.status);
  const originals = app.status === "PRE_APPROVED" ? app.result : null;

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p><Link href={base}>{staff ? "← 返回办件队列" : "← 返回申报记录"}</Link></p>
        <h1 className="flex flex-wrap items-center gap-2">{app.item.name} <StatusBadge status={app.status} /></h1>
        <p className="text-sm text-slate-700">申请编号 <span className="font-mono" data-testid="application-no">{app.applicationNo}</span></p>
      </div>
      {singleFlag(params, "submitted") && <FormMessage tone="success">申请已提交，申请编号 {app.applicationNo}。办理进度和结果将通过站内消息和短信通知您。</FormMessage>}
      {singleFlag(params, "saved") && editable && <FormMessage tone="info">草稿已保存。</FormMessage>}
      {app.status === "CORRECTION" && app.correctionNote && (
        <FormMessage tone="error">请补正：{app.correctionNote}。修改后重新提交。</FormMessage>
      )}
      {app.status === "PROCESSING" && <FormMessage tone="info">处理中：审核已通过，正在核心业务系统中办理，完成后将通知您。</FormMessage>}

      <section aria-labelledby="progress-heading" className="card space-y-2">
        <h2 id="progress-heading">办理信息</h2>
        <dl className="grid grid-cols-[7rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-600">办理方式</dt>
          <dd><HandlingBadge type={app.item.handlingType} promisedDays={app.item.promisedDays} /></dd>
          {staff && (
            <>
              <dt className="text-slate-600">申请人</dt>
              <dd>{await applicantText(app)}</dd>
              <dt className="text-slate-600">来源渠道</dt>
              <dd>{SOURCE_LABELS[app.source]}{app.externalSerialNo ? `，流水号 ${app.externalSerialNo}` : ""}</dd>
            </>
          )}
          <dt className="text-slate-600">提交时间</dt>
          <dd>{app.submittedAt ? formatShanghai(app.submittedAt, "datetime") : "未提交"}</dd>
          <dt className="text-slate-600">受理时间</dt>
          <dd>{app.acceptedAt ? formatShanghai(app.acceptedAt, "datetime") : "—"}</dd>
          <dt className="text-slate-600">受理部门</dt>
          <dd>{app.acceptingDept ?? "—"}</dd>
          <dt className="text-slate-600">承诺办结日期</dt>
          <dd className={overdue ? "font-semibold text-danger-600" : undefined}>{app.dueDate ? `${app.dueDate}（${weekdayOf(app.dueDate)}）${overdue ? " 已超期" : ""}` : "—"}</dd>
          <dt className="text-slate-600">办理进度</dt>
          <dd>{STATUS_LABELS[app.status]}</dd>
          <dt className="text-slate-600">办理结果</dt>
          <dd data-testid="application-result">{["COMPLETED", "REJECTED"].includes(app.status) ? (app.result ?? STATUS_LABELS[app.status]) : "—"}</dd>
        </dl>
      </section>

      {editable && definition ? (
        <section aria-labelledby="form-heading" className="card space-y-3">
          <h2 id="form-heading">填写申请信息</h2>
          <ApplicationForm itemCode={app.item.code} requestKey={app.requestKey} values={app.values} basePath={base} />
        </section>
      ) : (
        <section aria-labelledby="values-heading" className="card space-y-2">
          <h2 id="values-heading">申请信息</h2>
          <dl className="grid grid-cols-[9rem_1fr] gap-y-1 text-sm">
            {definition?.fields.map((f) => (
              <div key={f.name} className="contents">
                <dt className="text-slate-600">{f.label}</dt>
                <dd className="whitespace-pre-wrap break-words">{app.values[f.name] || "—"}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <section aria-labelledby="materials-heading" className="card space-y-3">
        <h2 id="materials-heading">申请材料</h2>
        {app.materials.length === 0 ? (
          <p className="text-sm text-slate-600">未上传材料。</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {app.materials.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{m.materialName}：</span>
                <a href={`/api/applications/materials/${m.id}`}>{m.originalName}</a>
                <span className="text-slate-600">{kb(m.size)} · SM3 {m.sm3.slice(0, 12)}…</span>
                {editable && (
                  <ActionButton action={removeApplicationMaterialAction} input={{ id: m.id }} confirm={`删除材料“${m.originalName}”吗？`} successMessage="已删除" variant="secondary">删除</ActionButton>
                )}
              </li>
            ))}
          </ul>
        )}
        {editable && definition && definition.materials.length > 0 && <MaterialUploader applicationId={app.id} materials={definition.materials} />}
        {editable && (
          <p><Link href={`${base}/${app.id}/confirm`} className="btn">核对并提交</Link></p>
        )}
      </section>

      {originals && !staff && (
        <section aria-labelledby="visit-heading" className="card space-y-3">
          <h2 id="visit-heading">预约到窗口核验原件</h2>
          <p>网上预审已通过。请携带：<strong>{originals}</strong></p>
          {app.visits.some((v) => v.status === "BOOKED") ? (
            <p className="text-sm">已预约，见下方预约记录；如需改期请在“我的预约”中取消后重新预约。</p>
          ) : (
            <VisitBooking applicationId={app.id} params={params} now={now} />
          )}
        </section>
      )}

      {app.visits.length > 0 && (
        <section aria-labelledby="visits-heading" className="card space-y-2">
          <h2 id="visits-heading">窗口预约</h2>
          <ul className="text-sm">
            {app.visits.map((v) => (
              <li key={v.id}>
                预约号 <span className="font-mono">{v.bookingNo}</span>：{v.date}（{weekdayOf(v.date)}）{v.startTime}–{v.slot.endTime}，{v.slot.centre.name}（{v.slot.centre.address}）
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="timeline-heading" className="card space-y-2">
        <h2 id="timeline-heading">办理进度</h2>
        {app.events.length === 0 ? (
          <p className="text-sm text-slate-600">尚未提交。</p>
        ) : (
          <Timeline
            label={`申请 ${app.applicationNo} 的办理进度`}
            events={app.events.map((e) => ({ at: e.at, title: e.title, by: e.dept ?? undefined, detail: e.note ?? undefined }))}
          />
        )}
      </section>

      {!staff && <ApplicationNotices actor={actor} application={app} />}

      {!staff && WITHDRAWABLE_STATUSES.includes(app.status) && (
        <ActionButton action={withdrawApplicationAction} input={{ id: app.id }} confirm={`确定撤回申请 ${app.applicationNo} 吗？撤回后不能恢复。`} successMessage="申请已撤回" variant="danger">
          撤回申请
        </ActionButton>
      )}
      {!staff && CLOSED_APPLICATION_STATUSES.includes(app.status) && <ServiceRating kind="APPLICATION" subjectId={app.id} />}
      {staff && (
        <section aria-labelledby="actions-heading" className="space-y-2">
          <h2 id="actions-heading">经办操作</h2>
          <StaffActions id={app.id} status={app.status} mode={app.item.handlingType} />
        </section>
      )}
    </div>
  );
}

function singleFlag(params: SearchParams, name: string): boolean {
  return params[name] === "1";
}
