"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { resumeSmsCodesAction, unlockUserAction } from "@/lib/accounts/actions";
import { FormMessage } from "@/components/forms/form-message";

export interface AccountRow {
  id: string;
  username: string;
  name: string;
  roleLabel: string;
  idNumber: string;
  mobile: string;
  unitName: string;
  /** Already in words, e.g. "锁定至 2026-11-22 14:05". */
  statusText: string;
  canUnlock: boolean;
  /** S3: paused for wrong SMS codes today. */
  canResumeSmsCodes: boolean;
  disabled: boolean;
}

/**
 * The staff list of accounts with unlock and resume-codes buttons per row. The result message lives above the
 * table, so it stays when the refreshed list no longer contains the unlocked account.
 */
export function LockedAccounts({ rows, emptyText }: { rows: AccountRow[]; emptyText: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function act(row: AccountRow, question: string, action: typeof unlockUserAction, done: string) {
    if (!window.confirm(question)) return;
    setBusyId(row.id);
    setMessage(null);
    startTransition(async () => {
      const res = await action({ userId: row.id });
      setMessage(res.ok ? { tone: "success", text: done } : { tone: "error", text: res.message });
      setBusyId(null);
      router.refresh();
    });
  }

  const unlock = (row: AccountRow) =>
    act(row, `确定为 ${row.username} 解锁吗？请先核实本人身份。`, unlockUserAction, `已为 ${row.username}（${row.name}）解锁，可以立即登录。`);
  const resumeSmsCodes = (row: AccountRow) =>
    act(row, `确定恢复向 ${row.username} 发送短信验证码吗？请先核实本人身份。`, resumeSmsCodesAction, `已恢复向 ${row.username}（${row.name}）发送短信验证码。`);

  return (
    <div className="space-y-3">
      <FormMessage tone={message?.tone}>{message?.text}</FormMessage>
      <div className="overflow-x-auto">
        <table className="table">
          <thead>
            <tr><th scope="col">用户名</th><th scope="col">姓名</th><th scope="col">类型</th><th scope="col">证件号码</th><th scope="col">手机号码</th><th scope="col">单位</th><th scope="col">状态</th><th scope="col">操作</th></tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.username}</td>
                <td>{row.name}</td>
                <td>{row.roleLabel}</td>
                <td>{row.idNumber}</td>
                <td>{row.mobile}</td>
                <td>{row.unitName}</td>
                <td className={row.disabled ? "font-medium text-danger-600" : row.canUnlock || row.canResumeSmsCodes ? "font-medium text-warn-600" : "text-ok-600"}>{row.statusText}</td>
                <td>
                  {row.canUnlock || row.canResumeSmsCodes ? (
                    <div className="flex flex-wrap gap-2">
                      {row.canUnlock && (
                        <button type="button" className="btn btn-secondary" disabled={pending} aria-busy={busyId === row.id} onClick={() => unlock(row)}>
                          解锁
                        </button>
                      )}
                      {row.canResumeSmsCodes && (
                        <button type="button" className="btn btn-secondary" disabled={pending} aria-busy={busyId === row.id} onClick={() => resumeSmsCodes(row)}>
                          恢复发送验证码
                        </button>
                      )}
                    </div>
                  ) : row.disabled ? (
                    <span className="text-sm text-slate-600">由平台管理员停用</span>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
            {rows.length === 0 && <tr><td colSpan={8}>{emptyText}</td></tr>}
          </tbody>
        </table>
      </div>
    </div>
  );
}
