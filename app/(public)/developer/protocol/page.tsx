import Link from "next/link";
import { Markdown } from "@/components/developer/markdown";
import { PROTOCOL_DOC, readDoc } from "@/lib/direct-connect/docs";

export const metadata = { title: "政企直连 报文协议" };

/** E1: the wire protocol with its worked example, rendered from docs/direct-connect-protocol.md. */
export default function ProtocolPage() {
  return (
    <div className="space-y-4">
      <nav aria-label="当前位置" className="text-sm"><Link href="/developer">开发者中心</Link> › 报文协议</nav>
      <h1>政企直连 报文协议（第 1 版）</h1>
      <p>以下为接口报文协议全文（含可验证的完整示例），是企业系统开发的依据：字段名、编码、错误码和 HTTP 状态均以此为准。</p>
      <article className="card prose max-w-none">
        <Markdown source={readDoc(PROTOCOL_DOC)} />
      </article>
    </div>
  );
}
