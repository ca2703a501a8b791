"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitAccessApplicationAction } from "@/lib/direct-access/actions";
import { submitAccessSchema } from "@/lib/direct-access/schema";
import { DECLARATIONS, REQUESTABLE_SERVICES } from "@/lib/direct-access/labels";
import { generateSm2KeyPairInBrowser } from "@/lib/gm/sm2-browser";
import { Checkbox } from "@/components/forms/checkbox";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextInput } from "@/components/forms/text-input";
import { useActionForm } from "@/components/forms/use-action-form";

export interface AccessFormDefaults {
  id?: string;
  hrSystemName?: string;
  hrSystemVendor?: string;
  contactName?: string;
  contactMobile?: string;
  contactEmail?: string;
  services?: string[];
  signPublicKey?: string;
  letterFileName?: string;
}

/**
 * 接入申请表 (E2). The SM2 key pair can be made here, in the browser (sm-crypto): the public key
 * goes into the form, the private key is offered as a file to save and is never sent.
 */
export function AccessForm({ defaults = {}, homePath }: { defaults?: AccessFormDefaults; homePath: string }) {
  const router = useRouter();
  const [publicKey, setPublicKey] = useState(defaults.signPublicKey ?? "");
  const [privateKeyUrl, setPrivateKeyUrl] = useState<string | null>(null);
  const supplement = !!defaults.id;
  const form = useActionForm(submitAccessApplicationAction, {
    // A supplement may keep the letter already uploaded.
    schema: supplement ? submitAccessSchema : submitAccessSchema.refine((v) => !!v.letter, { path: ["letter"], message: "请上传盖章的信用承诺书（PDF）" }),
    prepare: (v) => (defaults.id ? { ...v, id: defaults.id } : v),
    onSuccess: () => router.push(homePath),
  });

  function generate() {
    const pair = generateSm2KeyPairInBrowser();
    setPublicKey(pair.publicKey);
    if (privateKeyUrl) URL.revokeObjectURL(privateKeyUrl);
    const text = `# 政企直连 SM2 私钥（请妥善保管，平台不保存）\nprivateKey=${pair.privateKey}\npublicKey=${pair.publicKey}\n`;
    setPrivateKeyUrl(URL.createObjectURL(new Blob([text], { type: "text/plain" })));
  }

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-5" aria-label="政企直连接入申请">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <fieldset className="card space-y-4">
        <legend className="font-semibold">人力资源管理系统与联系人</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="hrSystemName" label="HR 系统名称" required maxLength={60} defaultValue={defaults.hrSystemName} error={form.fieldErrors.hrSystemName} />
          <TextInput name="hrSystemVendor" label="系统开发商" required maxLength={60} defaultValue={defaults.hrSystemVendor} error={form.fieldErrors.hrSystemVendor} hint="自行开发的填写本单位名称" />
          <TextInput name="contactName" label="联系人" required maxLength={30} defaultValue={defaults.contactName} error={form.fieldErrors.contactName} />
          <TextInput name="contactMobile" label="联系人手机" required inputMode="numeric" maxLength={11} defaultValue={defaults.contactMobile} error={form.fieldErrors.contactMobile} />
          <TextInput name="contactEmail" label="联系人电子邮箱" required type="email" maxLength={80} defaultValue={defaults.contactEmail} error={form.fieldErrors.contactEmail} />
        </div>
      </fieldset>

      <fieldset className="card space-y-2" aria-describedby="services-hint">
        <legend className="font-semibold">申请接入的服务 <span className="text-danger-600">*</span></legend>
        <p id="services-hint" className="text-sm text-slate-600">审核通过后，每项服务须在测试环境至少正确调用一次，方可通过测试验收。</p>
        <div className="grid gap-1 sm:grid-cols-2">
          {REQUESTABLE_SERVICES.map((s) => (
            <label key={s.code} className="flex items-center gap-2">
              <input type="checkbox" name="services" value={s.code} defaultChecked={defaults.services?.includes(s.code)} className="h-4 w-4 accent-brand-700" />
              <span>{s.name} <span className="font-mono text-xs text-slate-500">{s.code}</span>（{s.kind === "read" ? "查询" : "办理"}）</span>
            </label>
          ))}
        </div>
        {form.fieldErrors.services && <p role="alert" className="text-sm text-danger-600">{form.fieldErrors.services}</p>}
      </fieldset>

      <fieldset className="card space-y-3">
        <legend className="font-semibold">签名公钥（SM2）</legend>
        <p className="text-sm text-slate-600">
          HR 系统用 SM2 私钥为每个请求签名，平台用此公钥验签。可以使用自有密钥对，也可以在此生成：密钥对在您的浏览器中生成，私钥不会上传，请下载后妥善保管。
        </p>
        <div>
          <button type="button" className="btn btn-secondary" onClick={generate}>在浏览器中生成密钥对</button>
        </div>
        {privateKeyUrl && (
          <p className="rounded bg-amber-50 p-3 text-sm" role="status">
            已生成密钥对，公钥已填入下方。<a href={privateKeyUrl} download="direct-connect-sm2-private-key.txt" className="font-semibold underline">下载私钥文件</a>
            ——私钥只在此处提供一次，平台不保存，遗失须重新生成并申请变更。
          </p>
        )}
        <Field id="signPublicKey" label="SM2 公钥（04 开头的 130 位十六进制数）" required error={form.fieldErrors.signPublicKey}>
          {(a11y) => <textarea {...a11y} name="signPublicKey" rows={3} className="input font-mono text-xs" value={publicKey} onChange={(e) => setPublicKey(e.target.value)} />}
        </Field>
      </fieldset>

      <fieldset className="card space-y-3">
        <legend className="font-semibold">信用承诺书与接入条件（DB3702 §7.1）</legend>
        <Field id="letter" label="盖章的信用承诺书（PDF，不超过 5 MB）" required={!supplement} error={form.fieldErrors.letter} hint={supplement && defaults.letterFileName ? `已上传：${defaults.letterFileName}；不重新选择则保留原文件` : undefined}>
          {(a11y) => <input {...a11y} type="file" name="letter" accept=".pdf,application/pdf" className="block text-sm" />}
        </Field>
        {DECLARATIONS.map((d) => (
          <Checkbox key={d.key} name={`declare_${d.key}`} label={d.text} error={form.fieldErrors[`declare_${d.key}`]} />
        ))}
      </fieldset>

      <SubmitButton pending={form.pending}>{supplement ? "补充后重新提交" : "提交接入申请"}</SubmitButton>
    </form>
  );
}
