import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PUBLISHED_SERVICES } from "@/lib/direct-connect/schemas";
import { platformPublicKey } from "@/lib/gm/platform-key";

export const metadata = { title: "政企直连 开发者中心" };
export const dynamic = "force-dynamic"; // the platform key is the running server's

const KIND = { read: "查询", write: "办理" } as const;

/** E1: the public developer entry: published services, endpoints, documents, platform key, sample code. */
export default function DeveloperEntry() {
  return (
    <div className="space-y-6">
      <h1>政企直连 开发者中心</h1>
      <p>
        企业人力资源系统经审核接入后，可通过 SM4 加密、SM2 签名的接口直接办理社会保险、就业、劳动关系和人才业务（DB3702 §7.2）。
        接入流程：单位登录后提交接入申请 → 5 个工作日内审核 → 获得系统编码和测试密钥，在沙箱完成每个接口的测试调用（验收）→ 发放正式密钥。
      </p>

      <p>
        银行、移动应用、自助服务终端等第三方渠道为参保人办理城乡居民养老保险业务的，见 <Link href="/developer/channels">第三方渠道接入</Link>。
      </p>

      <section aria-labelledby="services" className="space-y-2">
        <h2 id="services">已发布的服务事项</h2>
        <DataTable
          caption="已发布的服务事项"
          rows={PUBLISHED_SERVICES}
          rowKey={(s) => s.code}
          empty="暂无已发布的接口"
          columns={[
            { header: "服务编码", cell: (s) => <Link href={`/developer/reference#${s.code}`}><code>{s.code}</code></Link> },
            { header: "名称", cell: (s) => s.name },
            { header: "业务领域", cell: (s) => s.domain },
            { header: "类型", cell: (s) => KIND[s.kind] },
          ]}
        />
        <p className="text-sm text-slate-600">各接口的输入输出字段见 <Link href="/developer/reference">接口参考</Link>，机器可读的清单见 <a href="/api/direct/v1/services">/api/direct/v1/services</a> 和 OpenAPI 3.1 文档 <a href="/api/direct/v1/openapi.json">/api/direct/v1/openapi.json</a>。</p>
      </section>

      <section aria-labelledby="endpoints" className="card space-y-2">
        <h2 id="endpoints">接口地址</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>沙箱（测试）环境：<code>POST /api/direct/sandbox/v1</code>，使用测试密钥，只返回沙箱数据</li>
          <li>正式环境：<code>POST /api/direct/v1</code>，使用正式密钥，通过核心业务系统办理</li>
          <li>报文协议、签名方法、错误码和完整示例：<Link href="/developer/protocol" className="underline">报文协议</Link></li>
        </ul>
      </section>

      <section aria-labelledby="platform-key" className="card space-y-2">
        <h2 id="platform-key">平台 SM2 公钥</h2>
        <p>平台用此公钥对应的私钥签名每一个应答，请据此验证应答签名（SM3，用户 ID 1234567812345678）。也可从 <a href="/api/direct/v1/platform-key">/api/direct/v1/platform-key</a> 获取。</p>
        <pre className="overflow-x-auto rounded bg-slate-100 p-3 text-sm"><code className="break-all whitespace-pre-wrap">{platformPublicKey()}</code></pre>
      </section>

      <section aria-labelledby="sample" className="card space-y-2">
        <h2 id="sample">示例代码</h2>
        <p>使用 sm-crypto（0.5.8）调用沙箱的 Node.js 示例：获取当日令牌、查询参保职工、办理参保登记，并验证平台签名。默认使用演示企业 Q000000001 的测试参数。</p>
        <a className="btn" href="/developer/sample" download>下载示例代码（direct-connect-sample.mjs）</a>
      </section>
    </div>
  );
}
