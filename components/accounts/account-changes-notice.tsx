import Link from "next/link";
import { getSessionSnapshot } from "@/lib/auth/session";

/** S8: shown in the user's area from the first page after login until the changes are read. */
export async function AccountChangesNotice() {
  const unseen = (await getSessionSnapshot())?.unseenAccountChanges ?? 0; // read with the session check
  if (unseen === 0) return null;
  return (
    <p role="status" data-testid="account-changes-notice" className="mb-4 rounded border-l-4 border-warn-600 bg-amber-50 px-4 py-3 text-sm">
      您的账户自上次登录以来有 {unseen} 项变更，请到<Link href="/account#account-changes" className="underline">账户安全</Link>查看。
    </p>
  );
}
