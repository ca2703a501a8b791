"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { unlockUserAction } from "@/lib/accounts/actions";
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
  disabled: boolean;
}

/**
 * The staff list of accounts with an unlock button per row. The result message lives above the
 * table, so it stays when the refreshed list no longer contains the unlocked account.
 */
export function LockedAccounts({ rows, emptyText }: { rows: AccountRow[]; emptyText: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function unlock(row: AccountRow) {
    if (!window.confirm(`确定为 ${row.username} 解锁吗？请先核实本人身份。`)) return;
    setBusyId(row.id);
    setMessage(null);
    startTransition(async () => {
      const res = await unlockUserAction({ userId: row.id });
      setMessage(res.ok ? { tone: "success", text: `已为 ${row.username}（${row.name}）解锁，可以立即登录。` } : { tone: "error", text: res.message });
      setBusyId(null);
      router.refresh();
    });
  }

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
                <td className={row.disabled ? "font-medium text-danger-600" : row.canUnlock ? "font-medium text-warn-600" : "text-ok-600"}>{row.statusText}</td>
                <td>
                  {row.canUnlock ? (
                    <button type="button" className="btn btn-secondary" disabled={pending} aria-busy={busyId === row.id} onClick={() => unlock(row)}>
                      {busyId === row.id ? "正在解锁…" : "解锁"}
                    </button>
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
