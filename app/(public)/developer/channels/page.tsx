import Link from "next/link";
import { describeChannelServices } from "@/lib/channels/publish";
import type { PublishedField } from "@/lib/direct-connect/openapi";

export const metadata = { title: "第三方渠道接入（城乡居民养老保险）" };

function FieldTable({ fields, caption }: { fields: PublishedField[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead><tr><th scope="col">字段</th><th scope="col">类型</th><th scope="col">必填</th><th scope="col">说明</th></tr></thead>
        <tbody>
          {fields.map((f) => <tr key={f.name}><td><code>{f.name}</code></td><td>{f.type}</td><td>{f.required ? "是" : "否"}</td><td>{f.description}</td></tr>)}
        </tbody>
      </table>
    </div>
  );
}

/** X1–X3: how third-party channels connect (DB34/T 4048), the consent design, and the published services. */
export default function ChannelDeveloperPage() {
  const services = describeChannelServices();
  return (
    <div className="space-y-6">
      <nav aria-label="当前位置" className="text-sm"><Link href="/developer">开发者中心</Link> › 第三方渠道接入</nav>
      <h1>第三方渠道接入（城乡居民养老保险，DB34/T 4048-2021）</h1>
      <p>合作银行、移动应用、自助服务终端和其他网站可接入本平台，为参保人办理城乡居民养老保险（险种 120）的查询和待遇领取资格认证。</p>

      <section aria-labelledby="flow" className="card space-y-2">
        <h2 id="flow">接入流程</h2>
        <ol className="list-decimal space-y-1 pl-6">
          <li>渠道生成 SM2 密钥对（GB/T 35276：SM3 杂凑，默认用户 ID 1234567812345678，签名 DER 编码），在 <Link href="/developer/channels/apply" className="underline">渠道接入申请</Link> 提交渠道信息、申请的服务和 SM2 公钥。私钥由渠道自行保管。</li>
          <li>经办机构在 5 个工作日内审核。通过后生成渠道编码（C + 9 位数字），准予的服务不超过申请的服务。</li>
          <li>平台生成 SM4 密钥并用渠道的 SM2 公钥加密成“密钥信封”（C1C3C2，十六进制），由经办人员发送给渠道联系人；信封只出具一次，平台工作人员看不到密钥本身。渠道用私钥解开信封得到 SM4 密钥。</li>
          <li>渠道调用 <code>POST /api/channel/v1</code>：报文格式、签名串、加密方式、时间戳、随机数、当日令牌（AUTH_TOKEN）、限流与错误码与 <Link href="/developer/protocol" className="underline">政企直连协议</Link> 完全相同，<code>reqAppCode</code> 填渠道编码。渠道没有沙箱环境。</li>
          <li>经办机构可暂停渠道（调用返回 403，密钥保留，可恢复）或注销渠道（密钥立即吊销，参保人尚未使用的授权一并撤销，不能恢复）。暂停、恢复和注销在平台各实例上对下一次调用立即生效。</li>
        </ol>
      </section>

      <section aria-labelledby="consent" className="card space-y-2">
        <h2 id="consent">参保人授权（授权码）</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>渠道只能在参保人授权后为其办理：参保人登录网上服务大厅，在“账户安全 → 授权第三方渠道”选择渠道和服务，生成 8 位授权码交给渠道（如在银行 App 中输入、在柜面告知）。</li>
          <li>授权码 10 分钟内有效，<strong>只能使用一次</strong>：第一次调用（无论成功与否的业务结果）即用掉授权码，同一授权码的第二次调用被拒绝。需要多次查询时，参保人为每次查询各生成一个授权码。</li>
          <li>每个服务的报文体都带 <code>authCode</code>，平台只对签发该授权码的参保人办理；服务没有姓名、证件号码、分页等参数，渠道无法列出或检索参保人。</li>
          <li>授权码无效、已使用、已过期、已撤销、签发给其他渠道或不含该服务时，业务结果代码为 <code>1004</code>，data 为空对象。</li>
          <li>参保人可以看到每个授权及用它发起的每次调用（含被拒绝的），并可随时撤销。</li>
        </ul>
      </section>

      <section aria-labelledby="list" className="space-y-3">
        <h2 id="list">已发布的服务（<a href="/api/channel/v1/services" className="underline">/api/channel/v1/services</a>）</h2>
        {services.map((s) => (
          <section key={s.code} id={s.code} aria-labelledby={`${s.code}-title`} className="card space-y-2">
            <h3 id={`${s.code}-title`}>{s.name} <code>{s.code}</code></h3>
            <p className="text-sm text-slate-600">{s.kind === "write" ? "办理：须带 bizSerialNo，30 日内同一流水号只办理一次，经核心系统出站队列写入" : "查询"}</p>
            <FieldTable caption={`${s.name}输入字段`} fields={s.input} />
            <FieldTable caption={`${s.name}输出字段`} fields={s.output} />
          </section>
        ))}
      </section>
    </div>
  );
}
