/**
 * The print view of an official document (D4): the same title, fields, paragraphs, table, seal,
 * issue date and verification block as its PDF, laid out on an A4 sheet with print CSS. Pure
 * (no Next.js, no database), so bench/certificate.ts renders it with react-dom/server.
 */
import QRCode from "qrcode";
import type { OfficialDocument } from "@/lib/documents/official-pdf";

/** The QR code of the verification address, as SVG markup made by the `qrcode` package. */
export async function qrSvgOf(document: OfficialDocument): Promise<string | null> {
  return document.verification ? QRCode.toString(document.verification.url, { type: "svg", errorCorrectionLevel: "M", margin: 0 }) : null;
}

const SHEET_CSS = `
.cert-sheet { width: 210mm; min-height: 297mm; margin: 0 auto; padding: 20mm 20mm 18mm; background: #fff; color: #1a1a1a; box-shadow: 0 0 0 1px #cbd5e1; font-size: 11.5pt; line-height: 1.7; }
.cert-sheet h1 { text-align: center; font-size: 20pt; font-weight: 600; margin: 0; letter-spacing: .1em; }
.cert-sheet .cert-sub { text-align: center; color: #555; font-size: 9.5pt; margin: .3rem 0 1.2rem; }
.cert-sheet dl { display: grid; grid-template-columns: 9.5rem 1fr; gap: .1rem .5rem; margin: 0 0 1rem; }
.cert-sheet dt { color: #555; }
.cert-sheet p { text-indent: 2em; margin: .3rem 0; }
.cert-sheet table { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: .8rem 0 1rem; }
.cert-sheet th, .cert-sheet td { border: .5pt solid #777; padding: 2pt 4pt; text-align: left; vertical-align: top; }
.cert-sheet th { background: #eef0f4; }
.cert-sheet thead { display: table-header-group; }
.cert-sheet tr { break-inside: avoid; }
.cert-foot { display: flex; justify-content: space-between; align-items: flex-start; margin-top: 1.5rem; break-inside: avoid; }
.cert-verify { display: flex; gap: .8rem; align-items: flex-start; font-size: 9pt; color: #555; max-width: 60%; }
.cert-verify svg { width: 30mm; height: 30mm; flex: none; }
.cert-code { font-family: ui-monospace, monospace; font-size: 13pt; color: #1a1a1a; letter-spacing: .05em; }
.cert-issuer { position: relative; text-align: right; padding: 1.2rem 0 0; min-width: 45mm; }
.cert-seal { position: absolute; right: 2mm; top: -8mm; width: 37mm; height: 37mm; opacity: .85; }
@media print {
  @page { size: A4; margin: 0; }
  body { background: #fff; }
  .cert-sheet { box-shadow: none; margin: 0; }
  [data-testid="demo-banner"] { display: none; }
}`;

/** The electronic seal as SVG: red ring, star, the issuer's name along the upper arc. */
export function SealSvg({ name, className }: { name: string; className?: string }) {
  const points = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 15 : 15 * 0.382;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(50 + r * Math.cos(a)).toFixed(2)},${(50 + r * Math.sin(a)).toFixed(2)}`;
  }).join(" ");
  return (
    <svg viewBox="0 0 100 100" className={className} role="img" aria-label={`${name}电子证明专用章`}>
      <defs>
        <path id="seal-arc" d="M 16 62 A 36 36 0 1 1 84 62" />
      </defs>
      <circle cx="50" cy="50" r="47" fill="none" stroke="#cc1a1a" strokeWidth="2.6" />
      <polygon points={points} fill="#cc1a1a" />
      <text fill="#cc1a1a" fontSize="10.5" textAnchor="middle">
        <textPath href="#seal-arc" startOffset="50%">{name}</textPath>
      </text>
      <text x="50" y="80" fill="#cc1a1a" fontSize="7" textAnchor="middle">电子证明专用章</text>
    </svg>
  );
}

export function CertificateSheet({ document: doc, qrSvg }: { document: OfficialDocument; qrSvg: string | null }) {
  return (
    <article className="cert-sheet" aria-label={doc.title}>
      <style>{SHEET_CSS}</style>
      <h1>{doc.title}</h1>
      {doc.subtitle && <p className="cert-sub">{doc.subtitle}</p>}
      {doc.fields && doc.fields.length > 0 && (
        <dl>
          {doc.fields.map(([label, value]) => (
            <div key={label} className="contents">
              <dt>{label}：</dt>
              <dd className="m-0">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {doc.paragraphs?.map((p, i) => <p key={i}>{p}</p>)}
      {doc.table && (
        <table>
          <thead>
            <tr>{doc.table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
          </thead>
          <tbody>
            {doc.table.rows.map((row, i) => (
              <tr key={i}>{row.map((cell, j) => <td key={j}>{cell}</td>)}</tr>
            ))}
          </tbody>
        </table>
      )}
      {doc.closing?.map((p, i) => <p key={`c${i}`}>{p}</p>)}
      <div className="cert-foot">
        <div className="cert-verify">
          {/* The qrcode package's own SVG markup: no user input in it. */}
          {qrSvg && <span aria-hidden="true" dangerouslySetInnerHTML={{ __html: qrSvg }} />}
          {doc.verification && (
            <div>
              <div>防伪码</div>
              <div className="cert-code" data-testid="certificate-code">{doc.verification.code}</div>
              <div>{doc.verification.note ?? "扫描二维码或访问本平台“证明验证”页面输入防伪码核验真伪"}</div>
            </div>
          )}
        </div>
        <div className="cert-issuer">
          {doc.seal && doc.issuer && <SealSvg name={doc.issuer} className="cert-seal" />}
          <div>{doc.issuer}</div>
          <div>{doc.issuedOn}</div>
        </div>
      </div>
    </article>
  );
}
