"use client";

import { useState, type FormEvent } from "react";
import type { ZodType } from "zod";
import type { ActionResult } from "@/lib/actions/define-action";
import { assignUserRoleAction, bindAccountAction, editUserInfoAction, lockUserAction, unbindAccountAction } from "@/lib/accounts/actions";
import { assignRoleSchema, bindAccountSchema, editUserInfoSchema, ID_TYPE_OPTIONS, lockUserSchema, unbindAccountSchema } from "@/lib/accounts/schema";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { TextInput } from "@/components/forms/text-input";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";

/** The forms of this page act on one user: its id is added to what is submitted. */
function useAdminForm<T>(action: (input: unknown) => Promise<ActionResult<T>>, schema: ZodType, userId: string, success: string | ((data: T) => string)) {
  const form = useActionForm(action, {
    schema,
    prepare: (values) => ({ ...values, userId }),
    refresh: true,
    onSuccess: (data) => {
      form.setMessage(typeof success === "function" ? success(data) : success, "success");
    },
  });
  return form;
}

export function LockUserForm({ userId }: { userId: string }) {
  const form = useAdminForm(lockUserAction, lockUserSchema, userId, "账户已锁定，该用户的登录已全部退出");
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2 border-t border-slate-200 pt-4" aria-labelledby="lock-title">
      <h3 id="lock-title" className="font-semibold">锁定（停用）账户</h3>
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <TextInput name="reason" id="lock-reason" label="锁定原因" required error={form.fieldErrors.reason} hint="将记入操作留痕" />
      <SubmitButton pending={form.pending} variant="danger">锁定账户</SubmitButton>
    </form>
  );
}

export function AssignRoleForm({ userId, role, isSelf }: { userId: string; role: "STAFF" | "ADMIN"; isSelf: boolean }) {
  const form = useAdminForm(assignUserRoleAction, assignRoleSchema, userId, "角色已更新");
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2 border-t border-slate-200 pt-4" aria-labelledby="role-title">
      <h3 id="role-title" className="font-semibold">分配角色</h3>
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <Select
        name="role"
        id="assign-role"
        label="角色"
        defaultValue={role}
        options={[{ value: "STAFF", label: ROLE_LABELS.STAFF }, { value: "ADMIN", label: ROLE_LABELS.ADMIN }]}
        error={form.fieldErrors.role}
        hint={isSelf ? "不能取消自己的平台管理员角色" : undefined}
      />
      <SubmitButton pending={form.pending}>保存角色</SubmitButton>
    </form>
  );
}

export function EditUserInfoForm({ userId, name, maskedMobile }: { userId: string; name: string; maskedMobile: string }) {
  const form = useAdminForm(editUserInfoAction, editUserInfoSchema, userId, (d: { changed: boolean }) => (d.changed ? "注册信息已修改" : "信息没有变化"));
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2 border-t border-slate-200 pt-4" aria-labelledby="edit-title">
      <h3 id="edit-title" className="font-semibold">修改注册信息</h3>
      <p className="text-sm text-slate-600">请先核验申请人有效证件。证件号码、单位信用代码不能在线修改。修改手机号码后，原号码会收到短信通知，该用户的所有登录随即退出。</p>
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <TextInput name="name" id="edit-name" label="姓名" defaultValue={name} required error={form.fieldErrors.name} />
      <TextInput name="mobile" id="edit-mobile" label="手机号码" type="tel" inputMode="numeric" placeholder={maskedMobile} error={form.fieldErrors.mobile} hint={`当前 ${maskedMobile}；不修改请留空`} />
      <SubmitButton pending={form.pending}>保存修改</SubmitButton>
    </form>
  );
}

/**
 * 绑定关系 (U8): the unbind form while the account is bound, otherwise the bind form for its
 * role. The outcome is shown here, above the forms, because a successful change swaps one
 * form for the other.
 */
export function AccountBindingForms({ userId, kind, bound }: { userId: string; kind: "PERSON" | "UNIT"; bound: boolean }) {
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <FormMessage tone="success">{notice}</FormMessage>
      {bound ? (
        <UnbindAccountForm userId={userId} kind={kind} onDone={setNotice} />
      ) : kind === "PERSON" ? (
        <BindPersonForm userId={userId} onDone={setNotice} />
      ) : (
        <BindUnitForm userId={userId} onDone={setNotice} />
      )}
    </div>
  );
}

type OnDone = (notice: string | null) => void;

/** Like useAdminForm, but the success message goes to the binding section's notice. */
function useBindingForm<T>(action: (input: unknown) => Promise<ActionResult<T>>, schema: ZodType, userId: string, extra: Record<string, unknown>, success: string, onDone: OnDone) {
  const form = useActionForm(action, {
    schema,
    prepare: (values) => ({ ...values, ...extra, userId }),
    refresh: true,
    onSuccess: () => onDone(success),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    onDone(null);
    form.onSubmit(event);
  };
  return { ...form, onSubmit };
}

function UnbindAccountForm({ userId, kind, onDone }: { userId: string; kind: "PERSON" | "UNIT"; onDone: OnDone }) {
  const form = useBindingForm(unbindAccountAction, unbindAccountSchema, userId, {}, "绑定已解除，该用户的登录已全部退出，并已发送站内消息通知", onDone);
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2 border-t border-slate-200 pt-4" aria-labelledby="unbind-title">
      <h3 id="unbind-title" className="font-semibold">解除绑定</h3>
      <p className="text-sm text-slate-600">
        解除后该账户不能再查询和办理{kind === "PERSON" ? "该参保人员" : "该单位"}的社会保险业务，该用户的所有登录立即退出。账户本身保留，可重新绑定。
      </p>
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <TextInput name="reason" id="unbind-reason" label="解除原因" required maxLength={200} error={form.fieldErrors.reason} hint="2至200个字符，将记入操作留痕并告知用户" />
      <SubmitButton pending={form.pending} variant="danger">解除绑定</SubmitButton>
    </form>
  );
}

function BindPersonForm({ userId, onDone }: { userId: string; onDone: OnDone }) {
  const form = useBindingForm(bindAccountAction, bindAccountSchema, userId, { kind: "PERSON" }, "已绑定参保人员，并已发送站内消息通知", onDone);
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2 border-t border-slate-200 pt-4" aria-labelledby="bind-title">
      <h3 id="bind-title" className="font-semibold">绑定参保人员</h3>
      <p className="text-sm text-slate-600">请先核验申请人有效证件。填写的证件和姓名须与社会保险登记信息一致；已绑定其他账户的参保人员不能重复绑定。</p>
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <Select name="idType" id="bind-idType" label="证件类型" required defaultValue="01" options={ID_TYPE_OPTIONS} error={form.fieldErrors.idType} />
      <TextInput name="idNumber" id="bind-idNumber" label="证件号码" required autoComplete="off" maxLength={30} error={form.fieldErrors.idNumber} />
      <TextInput name="name" id="bind-name" label="姓名" required autoComplete="off" maxLength={50} error={form.fieldErrors.name} />
      <SubmitButton pending={form.pending}>核验并绑定</SubmitButton>
    </form>
  );
}

function BindUnitForm({ userId, onDone }: { userId: string; onDone: OnDone }) {
  const form = useBindingForm(bindAccountAction, bindAccountSchema, userId, { kind: "UNIT" }, "已绑定参保单位，并已发送站内消息通知", onDone);
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2 border-t border-slate-200 pt-4" aria-labelledby="bind-title">
      <h3 id="bind-title" className="font-semibold">绑定参保单位</h3>
      <p className="text-sm text-slate-600">请先核验单位证明材料和经办人授权。单位名称和统一社会信用代码须与参保单位登记信息一致，法定代表人信息按登记信息带出。</p>
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <TextInput name="creditCode" id="bind-creditCode" label="统一社会信用代码" required autoComplete="off" maxLength={18} error={form.fieldErrors.creditCode} />
      <TextInput name="unitName" id="bind-unitName" label="单位名称" required autoComplete="off" maxLength={100} error={form.fieldErrors.unitName} />
      <SubmitButton pending={form.pending}>核验并绑定</SubmitButton>
    </form>
  );
}
