import { PlannedService } from "@/components/layout/planned-service";

export const metadata = { title: "网上申报" };

export default function ApplicationsEntry() {
  return (
    <PlannedService
      title="网上申报"
      intro="选择服务事项，在线填写表单、上传材料并提交申请，随时查看受理与办理进度（LD/T 01 §5.3）。"
      features={["即办件当场办结，承诺件按承诺时限办理", "材料在线上传与补正", "申请编号与办理进度时间轴", "办结后下载受理通知书、办结通知书"]}
    />
  );
}
