/**
 * The fixed identities of the demo data: accounts printed by the seed and listed in README,
 * and insured persons / units that exist in the core system but have no portal account yet
 * (for trying registration). Every ID number and credit code carries a computed check
 * character, so each one validates.
 */
import { computeIdCheckChar } from "@/lib/identity/id-number";
import { computeCreditCodeCheckChar } from "@/lib/identity/credit-code";

const id = (first17: string) => first17 + computeIdCheckChar(first17);
const credit = (first17: string) => first17 + computeCreditCodeCheckChar(first17);

export const DEMO_PASSWORD = "Sbt@2026demo";

export const DEMO_UNIT = {
  name: "青岛海澄精密机械有限公司",
  creditCode: credit("91370202MA3C8K2L0"),
  legalRepName: "周海澄",
  legalRepPhone: "13953200001",
  handlerName: "刘经办",
  handlerMobile: "13800000002",
};

/**
 * Exists in the core system, no portal account: for unit registration. The registration code
 * goes to one of the two mobiles the core system holds for it (S5).
 */
export const UNREGISTERED_UNIT = {
  name: "青岛蓝湾信息技术有限公司",
  creditCode: credit("91370212MA3D5R7N1"),
  legalRepName: "韩蓝湾",
  legalRepPhone: "13953200002",
  handlerName: "孙海燕",
  handlerMobile: "13953200012",
};

export const DEMO_PERSON = {
  name: "张三",
  idNumber: id("37020219850615031"),
  mobile: "13800000001",
  socialCardNo: "Q37020001",
};

/**
 * A second insured person with a portal account (灵活就业, no employer): the inquiry pages show
 * each person only their own rights data (Q2), and the e2e checks it with this account.
 */
export const SECOND_PERSON = {
  name: "李四",
  idNumber: id("37021319880412051"),
  mobile: "13800000006",
  socialCardNo: "Q37020002",
};
export const SECOND_PERSON_ACCOUNT = { username: "lisi", role: "PERSON", name: SECOND_PERSON.name, mobile: SECOND_PERSON.mobile, note: "第二位参保人（灵活就业），用于查询演示" } as const;

/**
 * Exist in the core system, no portal account: for person registration, which sends a code to
 * the mobile the core system holds (S5). 赵敏 has none on file, so her registration shows the
 * way to a service centre or 12333.
 */
export const UNREGISTERED_PERSONS: { name: string; idNumber: string; mobile: string | null }[] = [
  { name: "李娜", idNumber: id("37020319900308042"), mobile: "13800000011" },
  { name: "王五", idNumber: id("37021119780921015"), mobile: "13800000012" },
  { name: "赵敏", idNumber: id("37021219930517028"), mobile: null },
];

export const DEMO_ACCOUNTS = [
  { username: "zhangsan", role: "PERSON", name: DEMO_PERSON.name, mobile: DEMO_PERSON.mobile, note: "参保人，已实名，绑定核心系统人员" },
  { username: "haicheng", role: "UNIT", name: "刘经办", mobile: "13800000002", note: `单位经办人，${DEMO_UNIT.name}` },
  { username: "haicheng2", role: "UNIT", name: "孙经办", mobile: "13800000005", note: `同一单位的第二位经办人，${DEMO_UNIT.name}` },
  { username: "staff01", role: "STAFF", name: "陈经办", mobile: "13800000003", note: "经办（审核）人员" },
  { username: "admin", role: "ADMIN", name: "平台管理员", mobile: "13800000004", note: "平台管理员" },
] as const;
