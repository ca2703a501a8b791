"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { MATERIAL_MAX_BYTES, MATERIAL_TYPES_LABEL } from "@/lib/files/file-type";

/** Uploads one material to the applicant's own draft through the route handler (P1). */
export function MaterialUploader({ applicationId, materials }: { applicationId: string; materials: readonly { name: string; required: boolean }[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  return (
    <form
      ref={formRef}
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const file = data.get("file");
        if (!(file instanceof File) || file.size === 0) return setMessage({ tone: "error", text: "请选择要上传的文件" });
        // Same limit as the server, so a large file is refused before it is sent.
        if (file.size > MATERIAL_MAX_BYTES) return setMessage({ tone: "error", text: "文件超过 10 MB，请压缩或分页后再上传" });
        setMessage(null);
        startTransition(async () => {
          const res = await fetch(`/api/applications/${encodeURIComponent(applicationId)}/materials`, { method: "POST", body: data }).catch(() => null);
          const body = (await res?.json().catch(() => null)) as { message?: string } | null;
          if (res?.ok) {
            setMessage({ tone: "success", text: "材料已上传" });
            formRef.current?.reset();
            router.refresh();
          } else {
            setMessage({ tone: "error", text: body?.message ?? "上传失败，请稍后再试" });
          }
        });
      }}
    >
      <FormMessage tone={message?.tone}>{message?.text}</FormMessage>
      <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="materialName" className="block font-medium">材料类别</label>
          <select id="materialName" name="materialName" className="input">
            {materials.map((m) => <option key={m.name} value={m.name}>{m.name}{m.required ? "（必需）" : ""}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="file" className="block font-medium">选择文件</label>
          <input id="file" name="file" type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" className="input" aria-describedby="file-hint" />
        </div>
        <SubmitButton pending={pending} pendingLabel="正在上传…" variant="secondary">上传</SubmitButton>
      </div>
      <p id="file-hint" className="text-sm text-slate-600">支持 {MATERIAL_TYPES_LABEL}，单个文件不超过 10 MB。</p>
    </form>
  );
}
