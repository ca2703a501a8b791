import Link from "next/link";
import { ChannelApplicationForm } from "@/components/channels/forms";

export const metadata = { title: "第三方渠道接入申请" };

/** X1: the public application of a third-party channel (DB34/T 4048 §5). */
export default function ChannelApplyPage() {
  return (
    <div className="space-y-6">
      <nav aria-label="当前位置" className="text-sm"><Link href="/developer">开发者中心</Link> › <Link href="/developer/channels">第三方渠道接入</Link> › 接入申请</nav>
      <h1>第三方渠道接入申请</h1>
      <p>请如实填写。经办机构 5 个工作日内审核，结果、渠道编码和密钥信封发送至联系人邮箱。</p>
      <ChannelApplicationForm />
    </div>
  );
}
