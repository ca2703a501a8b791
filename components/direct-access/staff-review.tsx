"use client";

import { approveAccessApplicationAction, rejectAccessApplicationAction, returnAccessApplicationAction } from "@/lib/direct-access/actions";
import { ReasonForm } from "./reason-form";

/** The reviewer's three decisions (E3); shown while the application waits for review. */
export function StaffReview({ id, blacklisted }: { id: string; blacklisted: boolean }) {
  return (
    <div className="space-y-3">
      {blacklisted ? (
        <p role="alert" className="rounded bg-red-50 p-3 text-danger-600">该单位目前在失信名单中，不符合接入条件（DB3702 §7.1），不能审核通过。</p>
      ) : (
        <ReasonForm id={id} action={approveAccessApplicationAction} field="note" label="审核意见" hint="可不填；通过后系统生成系统编码和测试密钥" button="审核通过" required={false} />
      )}
      <ReasonForm id={id} action={returnAccessApplicationAction} label="需补充的内容" hint="单位修改后重新提交，重新计算 5 个工作日" button="退回补充" variant="secondary" />
      <ReasonForm id={id} action={rejectAccessApplicationAction} label="不予通过的理由" hint="申请单位将看到此理由" button="不予通过" variant="danger" />
    </div>
  );
}
