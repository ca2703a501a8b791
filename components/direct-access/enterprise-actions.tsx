"use client";

import {
  resumeEnterpriseAction, revokeEnterpriseAction, revokeKeyAction, rotateKeyAction, suspendEnterpriseAction, warnEnterpriseAction,
} from "@/lib/direct-access/actions";
import { ActionButton } from "@/components/forms/action-button";
import { ReasonForm } from "./reason-form";

/** STAFF/ADMIN on one enterprise (E5, E7): keys and sanctions. Revocation with a blacklist entry is the ADMIN's. */
export function EnterpriseActions({ id, status, isAdmin, hasFormal }: { id: string; status: string; isAdmin: boolean; hasFormal: boolean }) {
  if (status === "REVOKED") return <p className="text-sm text-slate-600">该企业已取消接入。</p>;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <ActionButton action={rotateKeyAction} input={{ id, environment: "SANDBOX" }} confirm="确定轮换测试密钥？旧密钥在过渡期内仍可使用。" successMessage="测试密钥已轮换">轮换测试密钥</ActionButton>
        {hasFormal && <ActionButton action={rotateKeyAction} input={{ id, environment: "FORMAL" }} confirm="确定轮换正式密钥？旧密钥在过渡期内仍可使用。" successMessage="正式密钥已轮换">轮换正式密钥</ActionButton>}
      </div>
      <ReasonForm id={id} action={warnEnterpriseAction} label="警告事由" button="警告" variant="secondary" />
      {status === "SUSPENDED"
        ? <ReasonForm id={id} action={resumeEnterpriseAction} label="恢复理由" button="恢复接入" variant="secondary" />
        : <ReasonForm id={id} action={suspendEnterpriseAction} label="暂停理由" hint="暂停期间该企业的接口调用均被拒绝" button="暂停接入" variant="danger" confirm="确定暂停该企业的接入？" />}
      {isAdmin && <ReasonForm id={id} action={revokeEnterpriseAction} label="取消接入的违规事实" hint="取消接入资格、吊销全部密钥，并纳入失信名单（DB3702 §10.2）" button="取消接入并纳入失信名单" variant="danger" confirm="取消接入并纳入失信名单，确定吗？" />}
    </div>
  );
}

export function RevokeKeyForm({ keyId }: { keyId: string }) {
  return <ReasonForm id={keyId} action={revokeKeyAction} label="吊销原因" button="吊销此密钥" variant="danger" confirm="吊销后该密钥立即失效，确定吗？" />;
}
