/**
 * 表格下载 (K3, LD/T 01 §5.6): the agency's forms as blank templates and as filled samples,
 * rendered as A4 PDFs by lib/documents (the same font and layout as the certificates). The
 * forms are fixed text, so each PDF is rendered once per process and kept.
 */
import { renderOfficialPdf } from "@/lib/documents/official-pdf";
import { ISSUER } from "@/lib/certificates/content";

export interface FormField {
  label: string;
  /** What the sample shows (fictional person and unit). */
  sample: string;
}

export interface FormTemplate {
  code: string;
  title: string;
  /** Who fills it in and when. */
  purpose: string;
  fields: FormField[];
  notes: string[];
}

export const FORM_TEMPLATES: readonly FormTemplate[] = [
  {
    code: "CB-GR-01",
    title: "社会保险参保登记表（个人）",
    purpose: "灵活就业人员、城乡居民首次参保登记时填写。",
    fields: [
      { label: "姓名", sample: "王小明" },
      { label: "证件类型及号码", sample: "居民身份证 370202199001011234" },
      { label: "性别", sample: "男" },
      { label: "出生日期", sample: "1990年1月1日" },
      { label: "联系电话", sample: "13900001111" },
      { label: "户籍地址", sample: "山东省青岛市市南区香港中路 100 号" },
      { label: "参保险种", sample: "企业职工基本养老保险（灵活就业）" },
      { label: "参保起始年月", sample: "2026年12月" },
      { label: "缴费基数（元/月）", sample: "4,861.00" },
      { label: "本人签名及日期", sample: "王小明  2026年11月23日" },
    ],
    notes: ["证件号码须与身份证件一致；联系电话用于接收短信通知。", "缴费基数在当年公布的上下限之间自行选择，每年可调整一次。"],
  },
  {
    code: "CB-DW-01",
    title: "社会保险登记表（单位）",
    purpose: "用人单位首次办理社会保险登记时填写。",
    fields: [
      { label: "单位名称", sample: "青岛示例科技有限公司" },
      { label: "统一社会信用代码", sample: "91370200MA3XXXXXXX" },
      { label: "单位类型", sample: "有限责任公司" },
      { label: "法定代表人", sample: "李四" },
      { label: "注册地址", sample: "山东省青岛市崂山区科苑纬一路 1 号" },
      { label: "社保经办人及手机号", sample: "赵敏  13800000000" },
      { label: "开户银行及账号", sample: "中国工商银行青岛分行 3803020109000000000" },
      { label: "参保险种", sample: "养老、失业、工伤（医疗、生育由医保部门办理）" },
      { label: "单位（盖章）及日期", sample: "（单位公章）  2026年11月23日" },
    ],
    notes: ["单位自领取营业执照之日起 30 日内办理社会保险登记。", "经办人变更时请及时办理单位信息变更，以免收不到通知短信。"],
  },
  {
    code: "ZY-01",
    title: "基本养老保险关系转移接续申请表",
    purpose: "跨统筹地区就业、转移养老保险关系时，向新参保地经办机构提出。",
    fields: [
      { label: "姓名", sample: "王小明" },
      { label: "公民身份号码", sample: "370202199001011234" },
      { label: "原参保地及经办机构", sample: "上海市徐汇区社会保险事业管理中心" },
      { label: "原参保地社会保障号码", sample: "310104199001011234" },
      { label: "转入地经办机构", sample: "青岛市社会保险事业中心" },
      { label: "申请转移险种", sample: "企业职工基本养老保险" },
      { label: "联系电话及地址", sample: "13900001111  青岛市市南区香港中路 100 号" },
      { label: "本人签名及日期", sample: "王小明  2026年11月23日" },
    ],
    notes: ["向新参保地申请即可，无需回原参保地办理；转出地在 15 个工作日内出具参保缴费凭证。"],
  },
  {
    code: "DY-01",
    title: "社会保险待遇领取资格认证表",
    purpose: "领取养老金人员每年认证一次；无法网上认证的，可到窗口填写。",
    fields: [
      { label: "姓名", sample: "张建国" },
      { label: "公民身份号码", sample: "370202195801011234" },
      { label: "待遇类别", sample: "企业职工基本养老金" },
      { label: "居住地址", sample: "山东省青岛市市北区延安路 8 号" },
      { label: "认证方式", sample: "窗口认证" },
      { label: "联系人及电话", sample: "张小红（女儿）  13700002222" },
      { label: "本人签名（或手印）及日期", sample: "张建国  2026年11月23日" },
    ],
    notes: ["长期居住在外地或行动不便的，可由近亲属代办或申请上门认证。"],
  },
  {
    code: "BG-GR-01",
    title: "社会保险个人信息变更申请表",
    purpose: "姓名、证件号码、联系方式等个人基本信息有误或变化时填写。",
    fields: [
      { label: "姓名", sample: "王小明" },
      { label: "社会保障号码", sample: "370202199001011234" },
      { label: "变更项目", sample: "联系电话" },
      { label: "变更前", sample: "13900001111" },
      { label: "变更后", sample: "13900002222" },
      { label: "变更原因", sample: "更换手机号码" },
      { label: "本人签名及日期", sample: "王小明  2026年11月23日" },
    ],
    notes: ["变更姓名、证件号码须提供公安机关出具的证明材料。"],
  },
];

export type FormVariant = "blank" | "sample";

export function findFormTemplate(code: string): FormTemplate | undefined {
  return FORM_TEMPLATES.find((f) => f.code === code);
}

const rendered = new Map<string, Promise<Uint8Array>>();

/** The form as a PDF: blank for filling in by hand, or the filled sample (marked 填写样例). */
export function renderFormPdf(form: FormTemplate, variant: FormVariant): Promise<Uint8Array> {
  const key = `${form.code}:${variant}`;
  let pdf = rendered.get(key);
  if (!pdf) {
    pdf = renderOfficialPdf({
      title: form.title,
      subtitle: variant === "sample" ? `表号 ${form.code}（填写样例，内容均为虚构）` : `表号 ${form.code}`,
      paragraphs: [form.purpose],
      table: { columns: ["项目", variant === "sample" ? "填写样例" : "填写内容"], widths: [1, 2], rows: form.fields.map((f) => [f.label, variant === "sample" ? f.sample : ""]) },
      closing: ["填表说明：", ...form.notes.map((n, i) => `${i + 1}. ${n}`)],
      issuer: ISSUER,
    });
    pdf.catch(() => rendered.delete(key)); // a failed render is tried again next time
    rendered.set(key, pdf);
  }
  return pdf;
}
