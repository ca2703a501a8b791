/**
 * 种子数据生成器：给定同一个 Rng（同一 seed）时输出完全确定。
 * 生成的身份证号码符合 GB 11643-1999，统一社会信用代码符合 GB 32100-2015。
 * 仅用于演示/测试数据，生成的号码不对应真实人员或单位。
 */

import { CREDIT_CODE_CHARSET, computeCreditCodeCheckChar } from "./credit-code";
import {
  RESIDENT_ID_PROVINCE_CODES,
  computeIdCheckChar,
  daysInMonth,
  type BirthDateParts,
  type Gender,
} from "./id-number";
import type { Rng } from "./rng";

/** 真实的县级行政区划代码（GB/T 2260），以青岛为主。 */
export const REGION_CODES: readonly { code: string; name: string }[] = [
  { code: "370202", name: "山东省青岛市市南区" },
  { code: "370203", name: "山东省青岛市市北区" },
  { code: "370211", name: "山东省青岛市黄岛区" },
  { code: "370212", name: "山东省青岛市崂山区" },
  { code: "370213", name: "山东省青岛市李沧区" },
  { code: "370214", name: "山东省青岛市城阳区" },
  { code: "370215", name: "山东省青岛市即墨区" },
  { code: "370281", name: "山东省青岛市胶州市" },
  { code: "370283", name: "山东省青岛市平度市" },
  { code: "370285", name: "山东省青岛市莱西市" },
  { code: "370102", name: "山东省济南市历下区" },
  { code: "370112", name: "山东省济南市历城区" },
  { code: "370602", name: "山东省烟台市芝罘区" },
  { code: "370702", name: "山东省潍坊市潍城区" },
  { code: "371002", name: "山东省威海市环翠区" },
  { code: "110101", name: "北京市东城区" },
  { code: "110105", name: "北京市朝阳区" },
  { code: "110108", name: "北京市海淀区" },
  { code: "310104", name: "上海市徐汇区" },
  { code: "310115", name: "上海市浦东新区" },
  { code: "440305", name: "广东省深圳市南山区" },
  { code: "440106", name: "广东省广州市天河区" },
];

const REGION_CODE_LIST: readonly string[] = REGION_CODES.map((r) => r.code);
const CREDIT_CODE_CHARS: readonly string[] = Array.from(CREDIT_CODE_CHARSET);

/** 按权重选择；权重为非负数，至少一个为正。 */
function weightedPick<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  const last = items[items.length - 1];
  if (!last) throw new RangeError("weightedPick: 列表为空");
  return last[0];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function randomGender(rng: Rng): Gender {
  return rng.chance(0.5) ? "M" : "F";
}

export interface GenerateIdOptions {
  /** 6 位行政区划代码；缺省时从 REGION_CODES 中随机选取。 */
  regionCode?: string;
  /** 出生日期；缺省时在 birthYearRange 内随机。 */
  birthDate?: BirthDateParts;
  /** 缺省时随机。 */
  gender?: Gender;
  /** 缺省出生年份范围（闭区间），默认 [1960, 2004]，即劳动年龄及部分退休人员。 */
  birthYearRange?: readonly [number, number];
}

/**
 * 生成 18 位居民身份证号码（GB 11643-1999）：地址码 + 出生日期 + 顺序码（第 17 位奇男偶女）+ 校验码。
 * @throws RangeError regionCode 或 birthDate 无效时
 */
export function generateIdNumber(rng: Rng, options: GenerateIdOptions = {}): string {
  const region = options.regionCode ?? rng.pick(REGION_CODE_LIST);
  if (!/^\d{6}$/.test(region) || !RESIDENT_ID_PROVINCE_CODES.includes(region.slice(0, 2))) {
    throw new RangeError(`generateIdNumber: 无效的行政区划代码 ${region}`);
  }

  let birth: BirthDateParts;
  if (options.birthDate) {
    birth = options.birthDate;
    const { year, month, day } = birth;
    if (
      !Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) ||
      year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
    ) {
      throw new RangeError(`generateIdNumber: 无效的出生日期 ${year}-${month}-${day}`);
    }
  } else {
    const [minYear, maxYear] = options.birthYearRange ?? [1960, 2004];
    const year = rng.int(minYear, maxYear);
    const month = rng.int(1, 12);
    birth = { year, month, day: rng.int(1, daysInMonth(year, month)) };
  }

  const gender = options.gender ?? randomGender(rng);
  // 顺序码 3 位：前两位任意，末位奇数为男、偶数为女。
  const seqHead = rng.int(0, 99);
  const seqLast = gender === "M" ? rng.pick([1, 3, 5, 7, 9]) : rng.pick([0, 2, 4, 6, 8]);

  const first17 =
    region + pad(birth.year, 4) + pad(birth.month, 2) + pad(birth.day, 2) + pad(seqHead, 2) + String(seqLast);
  return first17 + computeIdCheckChar(first17);
}

/** 登记管理部门 + 机构类别（GB 32100-2015 前两位），按参保单位常见构成加权。 */
const CREDIT_CODE_CATEGORIES: readonly (readonly [string, number])[] = [
  ["91", 85], // 市场监管 · 企业
  ["92", 3], // 市场监管 · 个体工商户
  ["93", 1], // 市场监管 · 农民专业合作社
  ["12", 6], // 机构编制 · 事业单位
  ["11", 2], // 机构编制 · 机关
  ["52", 2], // 民政 · 民办非企业单位（社会服务机构）
  ["51", 1], // 民政 · 社会团体
];

/** GB 11714-1997 组织机构代码加权因子（本体 8 位）。 */
const GB11714_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** 组织机构代码校验码（GB 11714-1997）：C9 = 11 − (Σ Ci×Wi mod 11)，10 → X，11 → 0。 */
function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  GB11714_WEIGHTS.forEach((w, i) => {
    const c = body8.charAt(i);
    // 数字取本身，字母 A–Z 取 10–35
    const value = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * w;
  });
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/**
 * 生成统一社会信用代码（GB 32100-2015）。第 9–17 位主体标识码按 GB 11714 组织机构代码规则生成
 * （新设主体常见的 "MA" 开头，或 8 位数字），第 18 位为 GB 32100 校验码。
 * @throws RangeError regionCode 不是 6 位数字时
 */
export function generateCreditCode(rng: Rng, regionCode: string): string {
  if (!/^\d{6}$/.test(regionCode)) {
    throw new RangeError(`generateCreditCode: 无效的行政区划代码 ${regionCode}`);
  }
  const prefix = weightedPick(rng, CREDIT_CODE_CATEGORIES);
  let body = "";
  if (rng.chance(0.6)) {
    body = "MA";
    for (let i = 0; i < 6; i++) body += rng.pick(CREDIT_CODE_CHARS);
  } else {
    for (let i = 0; i < 8; i++) body += String(rng.int(0, 9));
  }
  const first17 = prefix + regionCode + body + orgCodeCheckChar(body);
  return first17 + computeCreditCodeCheckChar(first17);
}

/** 常见姓氏及大致占比（‰，参考第七次全国人口普查公布的姓氏排名）。 */
const SURNAMES: readonly (readonly [string, number])[] = [
  ["王", 71], ["李", 70], ["张", 64], ["刘", 53], ["陈", 45], ["杨", 31], ["黄", 25], ["赵", 20],
  ["吴", 20], ["周", 19], ["徐", 13], ["孙", 13], ["马", 11], ["朱", 11], ["胡", 10], ["郭", 10],
  ["何", 9], ["林", 9], ["罗", 8], ["高", 8], ["郑", 7], ["梁", 7], ["谢", 6], ["宋", 6],
  ["唐", 6], ["许", 5], ["韩", 5], ["冯", 5], ["邓", 5], ["曹", 5], ["彭", 4], ["曾", 4],
  ["肖", 4], ["田", 4], ["董", 4], ["袁", 4], ["潘", 3], ["于", 3], ["蒋", 3], ["蔡", 3],
  ["余", 3], ["杜", 3], ["叶", 3], ["程", 3], ["苏", 3], ["魏", 3], ["吕", 3], ["丁", 3],
  ["任", 3], ["沈", 2], ["姚", 2], ["卢", 2], ["姜", 2], ["崔", 2], ["钟", 2], ["谭", 2],
  ["陆", 2], ["汪", 2], ["范", 2], ["金", 2], ["石", 2], ["廖", 2], ["贾", 2], ["夏", 2],
  ["韦", 2], ["付", 2], ["方", 2], ["白", 2], ["邹", 2], ["孟", 2], ["熊", 2], ["秦", 2],
  ["邱", 2], ["江", 2], ["尹", 2], ["薛", 2], ["闫", 2], ["段", 2], ["雷", 2], ["侯", 2],
  ["龙", 2], ["史", 2], ["陶", 2], ["黎", 2], ["贺", 2], ["顾", 2], ["毛", 2], ["郝", 2],
  ["龚", 2], ["邵", 2], ["万", 2], ["欧阳", 0.5], ["上官", 0.1], ["司马", 0.1], ["诸葛", 0.1],
];

const GIVEN_NAMES: Readonly<Record<Gender, { single: readonly string[]; double: readonly string[] }>> = {
  M: {
    single: [
      "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞",
      "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "阳", "峰", "亮",
    ],
    double: [
      "建国", "志强", "俊杰", "浩然", "子轩", "宇航", "文博", "明辉", "家豪", "嘉伟", "志伟", "海涛",
      "晓东", "国华", "永刚", "天宇", "博文", "思远", "泽宇", "一鸣", "立新", "振华", "建华", "伟民",
      "宏伟", "建军", "德胜", "春雷", "庆丰", "金龙", "学军", "新民", "子豪", "梓睿", "浩宇", "俊熙",
      "昊天", "鹏飞", "晨阳", "建平", "国强", "海波", "云龙", "文杰", "家乐", "明轩", "志刚", "卫东",
    ],
  },
  F: {
    single: [
      "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "莹", "倩", "琳",
      "颖", "洁", "蕾", "欣", "怡", "萍", "红", "梅", "丹", "璐", "瑶", "悦", "晶", "岚", "薇", "楠",
    ],
    double: [
      "秀英", "桂英", "丽娟", "婷婷", "晓燕", "欣怡", "雨涵", "梓涵", "诗涵", "佳怡", "思琪", "淑华",
      "美玲", "海燕", "丽华", "春梅", "文静", "雅琪", "梦瑶", "晓丽", "玉兰", "雪梅", "慧敏", "佳琪",
      "秀兰", "凤英", "桂兰", "玉梅", "晓红", "丽萍", "欣妍", "可馨", "若汐", "一诺", "语桐", "子涵",
      "静怡", "雨欣", "晓雯", "丹丹", "莉莉", "艳华", "秋菊", "红霞", "金凤", "美华", "晓敏", "紫萱",
    ],
  },
};

/** 生成姓名（2–4 个汉字）：加权姓氏 + 约 80% 双字名 / 20% 单字名。 */
export function generateChineseName(rng: Rng, gender: Gender): string {
  const surname = weightedPick(rng, SURNAMES);
  const pool = GIVEN_NAMES[gender];
  const given = rng.chance(0.8) ? rng.pick(pool.double) : rng.pick(pool.single);
  return surname + given;
}

/** 三大运营商常见号段。 */
const MOBILE_PREFIXES: readonly string[] = [
  "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
  "147", "150", "151", "152", "153", "155", "156", "157", "158", "159",
  "166", "173", "175", "176", "177", "178",
  "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
  "191", "198", "199",
];

/** 生成 11 位大陆手机号。 */
export function generateMobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + pad(rng.int(0, 99_999_999), 8);
}

/** 字号用字：两字随机组合（如“海澄”“恒瑞”），首末字取自不同的字表以免重复。 */
const TRADE_NAME_FIRST: readonly string[] = [
  "海", "恒", "瑞", "华", "鑫", "汇", "博", "嘉", "德", "中", "明", "泰", "锦", "宏", "永", "金",
  "东", "天", "正", "联", "润", "益", "信", "安", "康", "盛", "新", "兴", "宇", "元", "凯", "亿",
];
const TRADE_NAME_SECOND: readonly string[] = [
  "澄", "瑞", "丰", "通", "达", "源", "诚", "远", "禾", "润", "辉", "和", "程", "泰", "桥", "盛",
  "信", "成", "利", "祥", "业", "鼎", "峰", "晟", "宸", "创", "川", "航", "坤", "扬", "顺", "越",
];

const INDUSTRIES: readonly string[] = [
  "精密机械", "电子科技", "食品", "建筑工程", "物流", "纺织", "化工", "商贸", "信息技术", "医疗器械",
  "橡胶制品", "海洋生物科技", "汽车零部件", "物业管理", "餐饮管理", "家电", "环保科技", "软件",
  "建材", "船舶配件", "服装", "印刷", "包装材料", "新能源科技", "供应链管理", "人力资源服务",
  "文化传媒", "模具", "港口服务", "检测技术",
];

/**
 * 生成单位名称：城市 + 两字字号 + 行业 + 有限公司/股份有限公司，
 * 如 "青岛海澄精密机械有限公司"。城市名末尾的“市”会被去掉。
 */
export function generateUnitName(rng: Rng, city: string): string {
  const cityName = city.length > 2 && city.endsWith("市") ? city.slice(0, -1) : city;
  const first = rng.pick(TRADE_NAME_FIRST);
  let second = rng.pick(TRADE_NAME_SECOND);
  while (second === first) second = rng.pick(TRADE_NAME_SECOND);
  const suffix = rng.chance(0.15) ? "股份有限公司" : "有限公司";
  return cityName + first + second + rng.pick(INDUSTRIES) + suffix;
}
