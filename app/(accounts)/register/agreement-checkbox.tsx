import Link from "next/link";
import { Checkbox } from "@/components/forms/checkbox";

/** U4: the agreement must be accepted; the link opens the full text in a new tab so the form keeps its values. */
export function AgreementCheckbox({ error }: { error?: string }) {
  return (
    <Checkbox
      name="agreement"
      error={error}
      label={
        <>
          我已阅读并同意
          <Link href="/agreement" target="_blank" rel="noopener">《社会保险网上经办服务平台网上服务协议》</Link>
          （在新窗口打开）
        </>
      }
    />
  );
}
