import { getClientInfo } from "@/lib/auth/session";
import { formatShanghai } from "@/lib/calendar";
import { verifyCertificate, type VerificationResult } from "@/lib/certificates/verify-certificate";
import { AppError } from "@/lib/errors/app-error";
import { platformPublicKey, publicKeyFingerprint } from "@/lib/gm/platform-key";
import { textParam, type SearchParams } from "@/lib/validation/search-params";
import { FormMessage } from "@/components/forms/form-message";

export const metadata = { title: "证明验证" };
export const dynamic = "force-dynamic";

const VERDICTS = {
  VALID: { tone: "success", text: "证明真实有效" },
  SUPERSEDED: { tone: "info", text: "证明真实，但已被持有人新开具的证明替代，请以新证明为准" },
  REVOKED: { tone: "error", text: "证明已作废" },
} as const;

function Verdict({ result }: { result: Extract<VerificationResult, { found: true }> }) {
  const verdict = result.signatureValid ? VERDICTS[result.status] : { tone: "error" as const, text: "签名核验未通过：该证明记录与平台签名不符，请勿采信" };
  return (
    <section className="card space-y-3" aria-labelledby="result-heading">
      <h2 id="result-heading">核验结果</h2>
      <FormMessage tone={verdict.tone}>
        <span data-testid="verify-verdict">{verdict.text}</span>
      </FormMessage>
      <dl className="grid grid-cols-[7rem_1fr] gap-y-1 text-sm">
        <dt className="text-slate-600">证明种类</dt>
        <dd>{result.title}</dd>
        <dt className="text-slate-600">出具日期</dt>
        <dd>{formatShanghai(result.issuedAt, "date")}</dd>
        <dt className="text-slate-600">出具机构</dt>
        <dd>{result.issuer}</dd>
        <dt className="text-slate-600">{result.holderIdType === "CREDIT" ? "单位名称" : "姓名"}</dt>
        <dd data-testid="verify-holder">{result.holderName}</dd>
        <dt className="text-slate-600">{result.holderIdType === "CREDIT" ? "信用代码" : "证件号码"}</dt>
        <dd className="font-mono" data-testid="verify-holder-id">{result.holderId}</dd>
        <dt className="text-slate-600">电子签名</dt>
        <dd>{result.signatureValid ? "SM2 签名有效（平台公钥核验通过）" : "SM2 签名无效"}</dd>
        {result.status === "REVOKED" && (
          <>
            <dt className="text-slate-600">作废时间</dt>
            <dd>{result.revokedAt ? formatShanghai(result.revokedAt, "datetime") : "—"}</dd>
            <dt className="text-slate-600">作废原因</dt>
            <dd>{result.revokedReason ?? "—"}</dd>
          </>
        )}
        {result.status === "SUPERSEDED" && result.supersededAt && (
          <>
            <dt className="text-slate-600">替代时间</dt>
            <dd>{formatShanghai(result.supersededAt, "datetime")}</dd>
          </>
        )}
      </dl>
      <p className="text-sm text-slate-600">为保护个人信息，姓名和证件号码已部分遮盖。请将上述信息与纸质或 PDF 证明逐项核对。</p>
    </section>
  );
}

/**
 * D3: anyone enters or scans an anti-forgery code. A wrong code is answered the same whatever
 * part was wrong; lookups are limited per client address.
 */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const code = textParam(await searchParams, "code").slice(0, 40);
  let result: VerificationResult | null = null;
  let limited: string | null = null;
  if (code) {
    try {
      result = await verifyCertificate(code, (await getClientInfo()).ip);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "RATE_LIMITED") throw error;
      limited = error.message;
    }
  }
  const publicKey = platformPublicKey();
  return (
    <div className="space-y-6">
      <h1>电子证明真伪验证</h1>
      <p>输入电子证明上的防伪码，或用手机扫描证明上的二维码，核验参保证明、缴费记录、受理通知书、办结通知书等电子证明的真伪（LD/T 01 §5.4.2）。</p>
      <form method="get" className="card flex flex-wrap items-end gap-3" role="search" aria-label="证明验证">
        <label className="flex flex-col gap-1">
          <span className="font-medium">防伪码</span>
          <input name="code" defaultValue={code} className="input font-mono" placeholder="XXXX-XXXX-XXXX-XXXX" autoComplete="off" maxLength={40} required />
        </label>
        <button type="submit" className="btn">验证</button>
      </form>
      {limited && <FormMessage>{limited}</FormMessage>}
      {result && !result.found && (
        <FormMessage>
          <span data-testid="verify-verdict">未找到与该防伪码相符的证明，请核对后重新输入。</span>
        </FormMessage>
      )}
      {result?.found && <Verdict result={result} />}
      <section className="card space-y-2 text-sm" aria-labelledby="key-heading">
        <h2 id="key-heading">平台签名公钥</h2>
        <p>每份电子证明的内容都由本平台的 SM2 私钥签名（SM3 摘要，默认用户标识 1234567812345678），签名与证明记录一同保存；本页用下列公钥核验。</p>
        <p>公钥指纹（SM3 前 16 位）：<span className="font-mono">{publicKeyFingerprint(publicKey)}</span></p>
        <p className="break-all font-mono text-xs" data-testid="platform-public-key">{publicKey}</p>
      </section>
    </div>
  );
}
