/**
 * 服务事项目录 (C1, C2): the online service items of LD/T 01 §3.2 / §5.4.3 and the DB3702 §5
 * item list, with the guide fields §5.6.2 asks to publish. Repeatable: an item is added by
 * code when missing and never overwritten, so ADMIN's edits survive a re-seed.
 */
import { db } from "@/lib/db";
import type { ApplicantType, HandlingTypeName, Material } from "@/lib/catalogue/labels";

const SOCIAL_INSURANCE_LAW = "《中华人民共和国社会保险法》";
const WINDOW_HOURS = "网上办理：全天 24 小时；窗口办理：法定工作日 上午 9:00–12:00，下午 13:30–17:00（节假日除外）";
const CONSULT = "12333 人力资源社会保障服务热线；本平台“咨询投诉”栏目；各社会保险经办服务网点咨询台";
const COMPLAINT = "本平台“咨询投诉”栏目（投诉类）；12345 政务服务便民热线；各经办服务网点值班长";

const m = (name: string, note = "", required = true, copies = 1): Material => ({ name, required, copies, note });
const ID_CARD = m("居民身份证或社会保障卡", "原件，现场核验后退还");
const HANDLER_ID = m("经办人居民身份证", "原件，现场核验后退还");

export interface CatalogueSeedItem {
  code: string;
  name: string;
  category: string;
  description: string;
  applicantType: ApplicantType;
  handlingType: HandlingTypeName;
  promisedDays?: number;
  legalDays?: number;
  materials: Material[];
  resultDelivery: string;
  legalBasis: string;
  bookable: boolean;
  fees?: string;
}

export const CATALOGUE_ITEMS: CatalogueSeedItem[] = [
  {
    code: "SB-DJ-001",
    name: "单位参保登记",
    category: "社会保险登记",
    description: "用人单位自成立之日起三十日内，为本单位办理企业职工基本养老保险、失业保险、工伤保险等社会保险登记，取得单位社会保险编号。",
    applicantType: "UNIT",
    handlingType: "IMMEDIATE",
    legalDays: 15,
    materials: [m("营业执照或事业单位法人证书等批准成立证件", "已实现信息共享的地区免于提交"), m("社会保险登记表", "加盖单位公章"), HANDLER_ID],
    resultDelivery: "当场办结，登记结果在线查询；需要书面凭证的可在线下载或窗口打印",
    legalBasis: `${SOCIAL_INSURANCE_LAW}第五十七条；《社会保险费征缴暂行条例》第七条；《社会保险费申报缴纳管理规定》（人力资源社会保障部令第 20 号）`,
    bookable: true,
  },
  {
    code: "SB-DJ-002",
    name: "职工参保登记",
    category: "社会保险登记",
    description: "用人单位自用工之日起三十日内，为新招用职工办理参保登记（增员），职工自登记之月起按规定缴费。",
    applicantType: "UNIT",
    handlingType: "IMMEDIATE",
    legalDays: 30,
    materials: [m("职工居民身份证复印件", "首次在本市参保的职工提供"), m("劳动合同或录用证明", "信息已通过劳动用工备案共享的免于提交", false), HANDLER_ID],
    resultDelivery: "当场办结，参保状态在线查询",
    legalBasis: `${SOCIAL_INSURANCE_LAW}第五十八条；《社会保险费征缴暂行条例》第八条`,
    bookable: true,
  },
  {
    code: "SB-DJ-003",
    name: "灵活就业人员参保登记",
    category: "社会保险登记",
    description: "无雇工的个体工商户、未在用人单位参保的非全日制从业人员及其他灵活就业人员，以个人身份参加企业职工基本养老保险和职工基本医疗保险。",
    applicantType: "PERSON",
    handlingType: "IMMEDIATE",
    materials: [ID_CARD, m("灵活就业人员参保登记表", "可在本平台下载填写")],
    resultDelivery: "当场办结，参保缴费信息在线查询",
    legalBasis: `${SOCIAL_INSURANCE_LAW}第十条第二款、第二十三条第二款`,
    bookable: true,
  },
  {
    code: "SB-DJ-004",
    name: "单位基本信息变更",
    category: "社会保险登记",
    description: "单位名称、住所、法定代表人、开户银行及账号等社会保险登记事项发生变更的，自变更之日起三十日内办理变更登记。",
    applicantType: "UNIT",
    handlingType: "COMMITMENT",
    promisedDays: 3,
    legalDays: 15,
    materials: [m("变更后的营业执照或有关部门批准变更的文件", "已实现信息共享的免于提交"), m("社会保险登记变更表", "加盖单位公章"), HANDLER_ID],
    resultDelivery: "办结后通过站内消息和短信告知，变更结果在线查询",
    legalBasis: `${SOCIAL_INSURANCE_LAW}第五十七条第二款；《社会保险费征缴暂行条例》第九条`,
    bookable: true,
  },
  {
    code: "SB-DJ-005",
    name: "个人基本信息变更",
    category: "社会保险登记",
    description: "参保人员的联系电话、通讯地址等一般信息可在线即时变更；姓名、公民身份号码、出生日期等关键信息变更须经审核。",
    applicantType: "PERSON",
    handlingType: "COMMITMENT",
    promisedDays: 3,
    legalDays: 10,
    materials: [ID_CARD, m("公安机关出具的户籍变更证明", "变更姓名、公民身份号码或出生日期时提供", false), m("参保人员信息变更表")],
    resultDelivery: "办结后通过站内消息和短信告知，变更结果在线查询",
    legalBasis: `${SOCIAL_INSURANCE_LAW}第五十八条；《社会保险个人权益记录管理办法》（人力资源社会保障部令第 14 号）第十二条`,
    bookable: true,
  },
  {
    code: "SB-JF-001",
    name: "缴费基数申报",
    category: "社会保险登记",
    description: "用人单位每年按规定申报本单位职工上年度月平均工资，作为本年度社会保险缴费基数。",
    applicantType: "UNIT",
    handlingType: "IMMEDIATE",
    materials: [m("职工工资总额申报表", "加盖单位公章"), HANDLER_ID],
    resultDelivery: "当场办结，核定结果在线查询",
    legalBasis: `${SOCIAL_INSURANCE_LAW}第六十条；《社会保险费征缴暂行条例》第十条`,
    bookable: true,
  },
  {
    code: "SB-CX-001",
    name: "个人权益记录查询",
    category: "权益查询与证明",
    description: "参保人员查询本人参保登记、缴费、个人账户及待遇享受等社会保险个人权益记录，可在线查询，也可到窗口打印对账单。",
    applicantType: "PERSON",
    handlingType: "IMMEDIATE",
    materials: [ID_CARD],
    resultDelivery: "在线即时查询；窗口当场打印",
    legalBasis: `${SOCIAL_INSURANCE_LAW}第七十四条；《社会保险个人权益记录管理办法》（人力资源社会保障部令第 14 号）第十四条`,
    bookable: true,
  },
  {
    code: "SB-ZM-001",
    name: "参保证明打印",
    category: "权益查询与证明",
    description: "参保人员或参保单位打印社会保险参保缴费证明，证明带电子印章和防伪码，可在本平台“证明验证”栏目核验真伪。",
    applicantType: "BOTH",
    handlingType: "IMMEDIATE",
    materials: [m("居民身份证或社会保障卡（个人）/经办人居民身份证（单位）", "窗口打印时核验；网上打印无需材料")],
    resultDelivery: "在线下载打印电子证明；窗口当场打印",
    legalBasis: `${SOCIAL_INSURANCE_LAW}第七十四条；《社会保险个人权益记录管理办法》（人力资源社会保障部令第 14 号）第十五条`,
    bookable: true,
  },
  {
    code: "SB-ZM-002",
    name: "境外人员免缴证明",
    category: "权益查询与证明",
    description: "依据我国与有关国家签订的社会保险双边协定，为派往协定国工作的人员出具参保证明，凭证明在协定国免缴相应险种的社会保险费。",
    applicantType: "PERSON",
    handlingType: "COMMITMENT",
    promisedDays: 10,
    legalDays: 20,
    materials: [ID_CARD, m("护照", "原件及复印件"), m("派遣合同或劳动合同", "载明派遣期限"), m("参保证明申请表", "协定国格式")],
    resultDelivery: "窗口领取纸质证明或邮寄送达",
    legalBasis: `${SOCIAL_INSURANCE_LAW}第九十七条；《在中国境内就业的外国人参加社会保险暂行办法》（人力资源社会保障部令第 16 号）；我国与相关国家签订的社会保险双边协定`,
    bookable: true,
  },
  {
    code: "SB-ZY-001",
    name: "养老保险关系转移接续申请",
    category: "关系转移接续",
    description: "参保人员跨省、市流动就业的，由转入地经办机构受理转移接续申请，向转出地发出联系函，核实后转移基本养老保险关系和资金。",
    applicantType: "PERSON",
    handlingType: "COMMITMENT",
    promisedDays: 15,
    legalDays: 45,
    materials: [ID_CARD, m("基本养老保险参保缴费凭证", "由转出地经办机构出具，已通过信息系统传递的免于提交", false), m("养老保险关系转移接续申请表")],
    resultDelivery: "办结后通过站内消息和短信告知；转移记录在线查询",
    legalBasis: `${SOCIAL_INSURANCE_LAW}第十九条；《城镇企业职工基本养老保险关系转移接续暂行办法》（国办发〔2009〕66 号）`,
    bookable: true,
  },
  {
    code: "SB-DY-001",
    name: "待遇领取资格认证",
    category: "社会保险待遇",
    description: "领取基本养老金等社会保险待遇的人员每年进行一次领取资格认证，可通过本平台、手机或人脸识别自助认证，也可到窗口办理。",
    applicantType: "PERSON",
    handlingType: "IMMEDIATE",
    materials: [ID_CARD],
    resultDelivery: "当场办结，认证结果在线查询",
    legalBasis: "《人力资源社会保障部办公厅关于全面取消社会保险待遇领取资格集中认证的通知》（人社厅发〔2018〕107 号）",
    bookable: true,
  },
  {
    code: "SB-DY-002",
    name: "基本养老金测算",
    category: "社会保险待遇",
    description: "参保人员根据缴费年限、平均缴费指数、个人账户储存额和退休年龄，测算退休时可领取的基础养老金和个人账户养老金，结果仅供参考。",
    applicantType: "PERSON",
    handlingType: "IMMEDIATE",
    materials: [],
    resultDelivery: "在线即时显示测算结果",
    legalBasis: "《国务院关于完善企业职工基本养老保险制度的决定》（国发〔2005〕38 号）",
    bookable: false,
  },
  {
    code: "SB-DY-003",
    name: "退休申请",
    category: "社会保险待遇",
    description: "达到法定退休年龄且累计缴费满最低年限的参保人员，经网上预审后，按提示携带原件预约到窗口办理退休审批和基本养老金核定。",
    applicantType: "BOTH",
    handlingType: "APPOINTMENT",
    legalDays: 20,
    materials: [ID_CARD, m("本人档案", "单位或档案托管机构提供"), m("退休申请表", "单位申报的加盖单位公章"), m("近期免冠彩色照片", "一寸", true, 2)],
    resultDelivery: "办结后通过站内消息和短信告知；基本养老金核定表窗口领取",
    legalBasis: `${SOCIAL_INSURANCE_LAW}第十六条；《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》`,
    bookable: true,
  },
  {
    code: "SB-DY-004",
    name: "失业保险金申领",
    category: "社会保险待遇",
    description: "非因本人意愿中断就业、所在单位和本人已按规定缴纳失业保险费满一年并已办理失业登记的人员，申领失业保险金。",
    applicantType: "PERSON",
    handlingType: "COMMITMENT",
    promisedDays: 5,
    legalDays: 10,
    materials: [ID_CARD, m("解除或终止劳动关系的证明", "已通过单位网上申报的免于提交", false), m("本人社会保障卡", "用于发放待遇，须已开通金融功能")],
    resultDelivery: "办结后通过站内消息和短信告知；待遇按月发放至社会保障卡",
    legalBasis: `${SOCIAL_INSURANCE_LAW}第四十五条；《失业保险条例》第十四条；《失业保险金申领发放办法》（劳动和社会保障部令第 8 号）`,
    bookable: true,
  },
  {
    code: "SB-KA-001",
    name: "社保卡申领进度查询",
    category: "权益查询与证明",
    description: "查询社会保障卡申领、制卡、发放的进度和领卡网点。",
    applicantType: "PERSON",
    handlingType: "IMMEDIATE",
    materials: [],
    resultDelivery: "在线即时查询",
    legalBasis: "《人力资源社会保障部关于印发〈社会保障卡管理办法〉的通知》（人社部发〔2011〕47 号）",
    bookable: false,
  },
  {
    code: "JY-DJ-001",
    name: "就业登记",
    category: "就业",
    description: "用人单位招用劳动者后，自录用之日起三十日内为其办理就业登记。",
    applicantType: "UNIT",
    handlingType: "IMMEDIATE",
    materials: [m("劳动者居民身份证复印件"), m("劳动合同或用工证明", "", false), HANDLER_ID],
    resultDelivery: "当场办结，登记结果在线查询",
    legalBasis: "《中华人民共和国就业促进法》；《就业服务与就业管理规定》（劳动和社会保障部令第 28 号）第六十二条",
    bookable: true,
  },
  {
    code: "JY-DJ-002",
    name: "失业登记",
    category: "就业",
    description: "在法定劳动年龄内、有劳动能力和就业要求、处于无业状态的城镇常住人员，可在常住地办理失业登记，享受公共就业服务和就业扶持政策。",
    applicantType: "PERSON",
    handlingType: "IMMEDIATE",
    materials: [ID_CARD, m("解除或终止劳动关系的证明", "有就业经历的提供", false)],
    resultDelivery: "当场办结，发放《就业创业证》（电子证照可在线查询）",
    legalBasis: "《中华人民共和国就业促进法》；《就业服务与就业管理规定》（劳动和社会保障部令第 28 号）第六十三条",
    bookable: true,
  },
  {
    code: "LD-BA-001",
    name: "劳动用工备案",
    category: "劳动关系",
    description: "用人单位招用职工或与职工终止、解除劳动关系时，在规定时限内办理劳动用工备案。",
    applicantType: "UNIT",
    handlingType: "IMMEDIATE",
    materials: [m("劳动用工备案花名册", "加盖单位公章"), HANDLER_ID],
    resultDelivery: "当场办结，备案结果在线查询",
    legalBasis: "《中华人民共和国劳动合同法》第七条；《劳动和社会保障部关于建立劳动用工备案制度的通知》（劳社部发〔2006〕46 号）",
    bookable: true,
  },
];

export async function seedCatalogue(): Promise<string> {
  let added = 0;
  for (const [index, item] of CATALOGUE_ITEMS.entries()) {
    const { materials, ...fields } = item;
    const data = {
      ...fields,
      materials: JSON.stringify(materials),
      fees: item.fees ?? "不收费",
      serviceHours: WINDOW_HOURS,
      consultChannel: CONSULT,
      complaintChannel: COMPLAINT,
      sortOrder: (index + 1) * 10,
    };
    const existing = await db.serviceItem.findUnique({ where: { code: item.code }, select: { id: true } });
    if (existing) continue;
    await db.serviceItem.upsert({ where: { code: item.code }, create: data, update: {} });
    added += 1;
  }
  return `catalogue: ${CATALOGUE_ITEMS.length} service items (${added} added)`;
}
