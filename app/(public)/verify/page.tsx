import { PlannedService } from "@/components/layout/planned-service";

export const metadata = { title: "证明验证" };

export default function VerifyEntry() {
  return (
    <PlannedService
      title="电子证明真伪验证"
      intro="输入电子证明上的防伪码或扫描二维码，核验参保证明、缴费记录、办结通知书等电子凭证的真伪（LD/T 01 §5.4.2）。"
      features={["按防伪码核验真伪与出具日期", "显示脱敏后的证明摘要", "提示证明是否已作废或被新证明替代"]}
    />
  );
}
