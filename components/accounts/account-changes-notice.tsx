import Link from "next/link";
import { countUnseenAccountChanges } from "@/lib/accounts/account-overview";

/** S8: shown in the user's area from the first page after login until the changes are read. */
export async function AccountChangesNotice({ userId }: { userId: string }) {
  const unseen = await countUnseenAccountChanges(userId);
  if (unseen === 0) return null;
  return (
    <p role="status" data-testid="account-changes-notice" className="mb-4 rounded border-l-4 border-warn-600 bg-amber-50 px-4 py-3 text-sm">
      您的账户自上次登录以来有 {unseen} 项变更，请到<Link href="/account#account-changes" className="underline">账户安全</Link>查看。
    </p>
  );
}
