import { PlannedService } from "@/components/layout/planned-service";

export const metadata = { title: "政企直连" };

export default function DeveloperEntry() {
  return (
    <PlannedService
      title="政企直连"
      intro="企业人力资源系统通过 SM4 加密、SM2 签名的接口直接办理社保、就业、劳动关系业务（DB3702）。"
      features={["接口清单与输入输出参数", "接入申请、审核与沙箱测试", "正式密钥发放与轮换", "调用统计与反馈"]}
    />
  );
}
