/**
 * The service codes of the direct-connect protocol (../shared/spec/direct-connect-protocol.md,
 * "Service codes"), shared by the gateway (issue 16) and the enterprise portal (issue 15).
 */
export const SERVICE_CODES: { code: string; name: string; kind: "read" | "write" }[] = [
  { code: "AUTH_TOKEN", name: "获取当日令牌", kind: "read" },
  { code: "SB_EMP_REG", name: "企业职工参保登记", kind: "write" },
  { code: "SB_ORG_CHANGE", name: "企业基本信息变更", kind: "write" },
  { code: "SB_PSN_CHANGE", name: "个人基本信息变更", kind: "write" },
  { code: "JY_EMP_REG", name: "就业登记", kind: "write" },
  { code: "JY_UNEMP_REG", name: "失业登记", kind: "write" },
  { code: "LD_EMP_FILING", name: "劳动用工备案", kind: "write" },
  { code: "LD_ARBITRATION", name: "劳动人事争议仲裁申请", kind: "write" },
  { code: "RC_RECRUIT", name: "人才招聘信息发布", kind: "write" },
  { code: "RC_TRAINING", name: "高层次人才培训报名", kind: "write" },
  { code: "SB_EMP_QUERY", name: "本单位参保职工查询", kind: "read" },
  { code: "SB_BILL_QUERY", name: "单位缴费核定查询", kind: "read" },
];
