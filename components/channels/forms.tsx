"use client";

import { useState } from "react";
import { approveChannelAction, createChannelAuthorizationAction, revealChannelKeyAction, submitChannelApplicationAction } from "@/lib/channels/actions";
import { channelApplicationSchema, createAuthorizationSchema } from "@/lib/channels/schema";
import { CHANNEL_SERVICES, CHANNEL_TYPES, channelServiceName } from "@/lib/channels/schemas";
import { Checkbox } from "@/components/forms/checkbox";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextInput } from "@/components/forms/text-input";
import { useActionForm } from "@/components/forms/use-action-form";

function ServiceChoices({ codes, error, legend, checked = false }: { codes: string[]; error?: string; legend: string; checked?: boolean }) {
  return (
    <fieldset className="space-y-1" aria-describedby={error ? "services-error" : undefined}>
      <legend className="font-medium">{legend}</legend>
      {codes.map((code) => (
        <Checkbox key={code} id={`service-${code}`} name="services" value={code} defaultChecked={checked} label={`${channelServiceName(code)}（${code}）`} />
      ))}
      {error && <p id="services-error" className="text-sm text-danger-600" role="alert">{error}</p>}
    </fieldset>
  );
}

/** X1: the public application form of a third-party channel. */
export function ChannelApplicationForm() {
  const [done, setDone] = useState<{ applicationNo: string; dueDate: string } | null>(null);
  const form = useActionForm(submitChannelApplicationAction, { schema: channelApplicationSchema, onSuccess: (d) => setDone(d) });
  if (done) {
    return (
      <div className="card space-y-2" role="status">
        <p className="font-semibold">申请已提交，申请编号 <span className="font-mono" data-testid="application-no">{done.applicationNo}</span>。</p>
        <p>经办机构将在 {done.dueDate} 前（5 个工作日内）完成审核，审核结果和渠道编码、密钥信封由经办人员发送至您填写的联系人邮箱。</p>
      </div>
    );
  }
  const types = Object.entries(CHANNEL_TYPES).map(([value, label]) => ({ value, label }));
  return (
    <form onSubmit={form.onSubmit} noValidate className="card space-y-3" aria-label="渠道接入申请">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <TextInput name="name" label="渠道名称" hint="如：某银行手机银行、某市自助服务终端" required maxLength={60} error={form.fieldErrors.name} />
      <Select name="type" label="渠道类型" options={types} placeholder="请选择" required error={form.fieldErrors.type} />
      <TextInput name="orgName" label="运营机构" required maxLength={80} error={form.fieldErrors.orgName} />
      <TextInput name="creditCode" label="统一社会信用代码" required maxLength={18} error={form.fieldErrors.creditCode} />
      <TextInput name="contactName" label="联系人" required maxLength={30} error={form.fieldErrors.contactName} />
      <TextInput name="contactMobile" label="联系人手机号码" required inputMode="numeric" maxLength={11} error={form.fieldErrors.contactMobile} />
      <TextInput name="contactEmail" label="联系人电子邮箱" required type="email" maxLength={80} error={form.fieldErrors.contactEmail} />
      <ServiceChoices legend="申请开通的服务" codes={CHANNEL_SERVICES.map((s) => s.code)} error={form.fieldErrors.services} />
      <Field id="signPublicKey" label="SM2 签名公钥" hint="未压缩格式，04 开头的 130 位十六进制数；私钥由渠道自行保管，用于对每个请求签名（GB/T 35276：SM3，默认用户 ID，DER 编码）" error={form.fieldErrors.signPublicKey} required>
        {(a11y) => <textarea {...a11y} name="signPublicKey" rows={3} className="input font-mono" spellCheck={false} />}
      </Field>
      <SubmitButton pending={form.pending}>提交申请</SubmitButton>
    </form>
  );
}

/** X1: STAFF approve with the services granted (at most those requested). */
export function ApproveChannelForm({ id, requested }: { id: string; requested: string[] }) {
  const form = useActionForm(approveChannelAction, { prepare: (v) => ({ ...v, id }), refresh: true });
  return (
    <form onSubmit={form.onSubmit} noValidate className="card space-y-2" aria-label="审核通过">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <ServiceChoices legend="准予开通的服务" codes={requested} checked error={form.fieldErrors.services} />
      <Field id="approve-note" label="审核意见（选填）" error={form.fieldErrors.note}>
        {(a11y) => <textarea {...a11y} name="note" rows={2} className="input" />}
      </Field>
      <SubmitButton pending={form.pending}>审核通过</SubmitButton>
    </form>
  );
}

/** X1: the key envelope, shown once (SM2-encrypted under the channel's own public key). */
export function KeyEnvelope({ id }: { id: string }) {
  const [envelope, setEnvelope] = useState<{ envelope: string; fingerprint: string; channelCode: string } | null>(null);
  const form = useActionForm(revealChannelKeyAction, { prepare: () => ({ id }), onSuccess: (d) => setEnvelope(d) });
  if (envelope) {
    return (
      <div className="card space-y-2">
        <p className="font-semibold">密钥信封（仅显示这一次，请立即发送给渠道联系人）</p>
        <p className="text-sm">渠道编码 <span className="font-mono">{envelope.channelCode}</span>，密钥指纹 <span className="font-mono">{envelope.fingerprint}</span>。信封为以渠道 SM2 公钥加密的 SM4 密钥（C1C3C2，十六进制），只有持有对应私钥的渠道能够解开。</p>
        <textarea readOnly aria-label="密钥信封" data-testid="key-envelope" className="input font-mono" rows={4} value={envelope.envelope} />
      </div>
    );
  }
  return (
    <form onSubmit={form.onSubmit} noValidate className="card space-y-2" aria-label="查看密钥信封">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <p className="text-sm">密钥信封只能查看一次。</p>
      <SubmitButton pending={form.pending} variant="secondary">查看密钥信封</SubmitButton>
    </form>
  );
}

/** X3: the person authorizes one channel for named services: a code valid 10 minutes, for one call. */
export function AuthorizationForm({ channels }: { channels: { id: string; name: string; channelCode: string | null; services: string[] }[] }) {
  const [channelId, setChannelId] = useState("");
  const [created, setCreated] = useState<{ code: string; expiresAt: string } | null>(null);
  const form = useActionForm(createChannelAuthorizationAction, { schema: createAuthorizationSchema, refresh: true, onSuccess: (d) => setCreated(d) });
  const channel = channels.find((c) => c.id === channelId);
  return (
    <div className="space-y-3">
      {created && (
        <div className="card space-y-1" role="status">
          <p>授权码：<span className="font-mono text-2xl tracking-widest" data-testid="auth-code">{created.code}</span></p>
          <p className="text-sm">请在 {new Date(created.expiresAt).toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false })}（北京时间）前交给该渠道使用。授权码只能使用一次，离开本页后不再显示。</p>
        </div>
      )}
      <form onSubmit={form.onSubmit} noValidate className="card space-y-3" aria-label="授权第三方渠道">
        <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
        <Select
          name="channelId" label="渠道" required placeholder="请选择" error={form.fieldErrors.channelId}
          options={channels.map((c) => ({ value: c.id, label: `${c.name}（${c.channelCode}）` }))}
          value={channelId} onChange={(e) => setChannelId(e.target.value)}
        />
        {channel && <ServiceChoices key={channel.id} legend="允许该渠道办理的服务" codes={channel.services} error={form.fieldErrors.services} />}
        {!channel && form.fieldErrors.services && <p className="text-sm text-danger-600" role="alert">{form.fieldErrors.services}</p>}
        <SubmitButton pending={form.pending}>生成授权码</SubmitButton>
      </form>
    </div>
  );
}
