import { formatShanghai } from "@/lib/calendar";

/** An account's state in words: disabled by an administrator, locked after wrong passwords, or normal. */
export function UserStatus({ status, lockedUntil }: { status: "ACTIVE" | "DISABLED"; lockedUntil: Date | null }) {
  if (status === "DISABLED") return <span className="font-medium text-danger-600">已停用</span>;
  if (lockedUntil) return <span className="font-medium text-warn-600">锁定至 {formatShanghai(lockedUntil, "datetime")}</span>;
  return <span className="text-ok-600">正常</span>;
}
