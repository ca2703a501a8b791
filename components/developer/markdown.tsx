/**
 * A small server-side Markdown renderer for the protocol document (headings, paragraphs, lists,
 * tables, fenced code, inline code, bold and links). It builds React elements, never HTML
 * strings, so the text cannot inject markup; enough for docs/direct-connect-protocol.md.
 */
import type { ReactNode } from "react";

function inline(text: string, keyPrefix: string): ReactNode[] {
  const out: ReactNode[] = [];
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  let i = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const key = `${keyPrefix}-${i++}`;
    if (m[1] !== undefined) out.push(<code key={key} className="rounded bg-slate-100 px-1 font-mono text-[0.85em] break-all">{m[1]}</code>);
    else if (m[2] !== undefined) out.push(<strong key={key}>{m[2]}</strong>);
    else out.push(/^(https?:\/\/|\/)/.test(m[4]!) ? <a key={key} href={m[4]}>{m[3]}</a> : <span key={key}>{m[3]}</span>);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const cells = (line: string) => line.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());

export function Markdown({ source }: { source: string }) {
  const lines = source.replace(/\r\n/g, "\n").split("\n");
  const blocks: ReactNode[] = [];
  let i = 0;
  let k = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const key = `b${k++}`;
    if (line.startsWith("```")) {
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith("```"); i++) code.push(lines[i]!);
      i++;
      blocks.push(<pre key={key} className="overflow-x-auto rounded bg-slate-900 p-3 text-sm text-slate-100"><code className="whitespace-pre-wrap break-all">{code.join("\n")}</code></pre>);
    } else if (/^#{1,4} /.test(line)) {
      const level = line.indexOf(" ");
      const text = line.slice(level + 1);
      const content = inline(text, key);
      blocks.push(level === 1 ? <h2 key={key}>{content}</h2> : level === 2 ? <h2 key={key}>{content}</h2> : <h3 key={key}>{content}</h3>);
      i++;
    } else if (line.startsWith("|")) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.startsWith("|"); i++) if (!/^\|[\s|:-]+\|$/.test(lines[i]!.trim())) rows.push(cells(lines[i]!));
      const [header, ...body] = rows;
      blocks.push(
        <div key={key} className="overflow-x-auto">
          <table className="table">
            <thead><tr>{header!.map((c, j) => <th key={j} scope="col">{inline(c, `${key}h${j}`)}</th>)}</tr></thead>
            <tbody>{body.map((r, ri) => <tr key={ri}>{r.map((c, j) => <td key={j}>{inline(c, `${key}r${ri}c${j}`)}</td>)}</tr>)}</tbody>
          </table>
        </div>,
      );
    } else if (/^\s*[-*] /.test(line)) {
      const items: string[] = [];
      for (; i < lines.length && /^\s*[-*] /.test(lines[i]!); i++) {
        items.push(lines[i]!.replace(/^\s*[-*] /, ""));
        for (; i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1]!) && !/^\s*[-*] /.test(lines[i + 1]!); i++) items[items.length - 1] += ` ${lines[i + 1]!.trim()}`;
      }
      blocks.push(<ul key={key} className="list-disc space-y-1 pl-6">{items.map((t, j) => <li key={j}>{inline(t, `${key}l${j}`)}</li>)}</ul>);
    } else if (line.trim() === "") {
      i++;
    } else {
      const para: string[] = [];
      for (; i < lines.length && lines[i]!.trim() !== "" && !/^(#{1,4} |```|\||\s*[-*] )/.test(lines[i]!); i++) para.push(lines[i]!.trim());
      blocks.push(<p key={key}>{inline(para.join(" "), key)}</p>);
    }
  }
  return <div className="space-y-3">{blocks}</div>;
}
