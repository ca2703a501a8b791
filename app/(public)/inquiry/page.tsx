import { PlannedService } from "@/components/layout/planned-service";

export const metadata = { title: "网上查询" };

export default function InquiryEntry() {
  return (
    <PlannedService
      title="网上查询"
      intro="查询本人的参保登记、逐月缴费记录、个人账户、转移接续与待遇发放信息（LD/T 01 §5.2）。"
      features={["各险种参保登记信息", "逐月缴费明细，按年份筛选并合计", "个人账户余额与年度记账利息", "基本养老金测算"]}
    />
  );
}
