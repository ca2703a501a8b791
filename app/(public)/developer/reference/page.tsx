import Link from "next/link";
import { fieldsOf, openApiDocument, type PublishedField } from "@/lib/direct-connect/openapi";

export const metadata = { title: "政企直连 接口参考" };

type Doc = {
  info: { title: string; version: string };
  paths: Record<string, Record<string, { summary: string }>>;
  components: { schemas: Record<string, Parameters<typeof fieldsOf>[0]> };
  "x-services": { code: string; name: string; kind: string; domain: string }[];
};

function FieldTable({ fields, caption }: { fields: PublishedField[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead><tr><th scope="col">字段</th><th scope="col">类型</th><th scope="col">必填</th><th scope="col">最大长度</th><th scope="col">说明</th></tr></thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.name}><td><code>{f.name}</code></td><td>{f.type}</td><td>{f.required ? "是" : "否"}</td><td>{f.maxLength ?? ""}</td><td>{f.description}</td></tr>
          ))}
          {fields.length === 0 && <tr><td colSpan={5}>无字段（空对象 {"{}"}）</td></tr>}
        </tbody>
      </table>
    </div>
  );
}

/** E1: the interface reference, rendered on the server from the OpenAPI 3.1 document. */
export default function ReferencePage() {
  const doc = openApiDocument() as unknown as Doc;
  return (
    <div className="space-y-6">
      <nav aria-label="当前位置" className="text-sm"><Link href="/developer">开发者中心</Link> › 接口参考</nav>
      <h1>{doc.info.title}（第 {doc.info.version} 版）接口参考</h1>
      <p>本页由 OpenAPI 3.1 文档 <a href="/api/direct/v1/openapi.json">/api/direct/v1/openapi.json</a> 生成，与平台实际校验业务报文所用的规则一致。输入为解密后的报文体，输出为业务结果 <code>{"{ code, message, data }"}</code> 中的 data。</p>
      <section aria-labelledby="paths" className="card space-y-2">
        <h2 id="paths">接口地址</h2>
        <ul className="list-disc pl-6">
          {Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => <li key={`${method}${path}`}><code>{method.toUpperCase()} {path}</code>：{op.summary}</li>))}
        </ul>
      </section>
      {doc["x-services"].map((s) => (
        <section key={s.code} id={s.code} aria-labelledby={`${s.code}-title`} className="card space-y-3">
          <h2 id={`${s.code}-title`}>{s.name} <code>{s.code}</code></h2>
          <p className="text-sm text-slate-600">业务领域：{s.domain}；类型：{s.kind === "write" ? "办理（须带 bizSerialNo，30 日内同一流水号只办理一次）" : "查询（只返回本单位数据）"}</p>
          <h3>输入</h3>
          <FieldTable caption={`${s.name}输入字段`} fields={fieldsOf(doc.components.schemas[`${s.code}.input`]!)} />
          <h3>输出 data</h3>
          <FieldTable caption={`${s.name}输出字段`} fields={fieldsOf(doc.components.schemas[`${s.code}.output`]!)} />
        </section>
      ))}
    </div>
  );
}
