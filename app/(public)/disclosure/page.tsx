import { PlannedService } from "@/components/layout/planned-service";

export const metadata = { title: "信息公开" };

export default function DisclosureEntry() {
  return (
    <PlannedService
      title="信息公开"
      intro="公开社会保险政策法规、服务事项目录与办事指南、经办服务网点、表格下载和信用信息（LD/T 01 §5.6）。"
      features={["政策法规", "服务网点地址、办公时间与电话", "表格模板与填写样例", "单位信用等级与失信名单"]}
    />
  );
}
