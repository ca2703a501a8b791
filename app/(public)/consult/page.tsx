import { PlannedService } from "@/components/layout/planned-service";

export const metadata = { title: "咨询投诉" };

export default function ConsultEntry() {
  return (
    <PlannedService
      title="咨询投诉"
      intro="通过网上信箱提出咨询、建议、投诉和举报，经办机构在答复时限内回复（LD/T 01 §5.5）。"
      features={["智能问答：提问前推荐相关答案", "咨询、建议、投诉、举报四类信箱", "答复时限与处理结果公开", "服务评价（好差评）"]}
    />
  );
}
