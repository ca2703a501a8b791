/**
 * System parameters of the direct-connection platform (E7, DB3702 §6.2.2 f), kept in
 * SystemParameter and edited by the ADMIN. Each has a default used while no row exists.
 */
import { db, type Db, type Tx } from "@/lib/db";

export const DIRECT_PARAMETERS = {
  "direct.keyGraceHours": { label: "密钥轮换过渡期（小时）", note: "轮换后旧密钥仍可使用的时长", defaultValue: "72", min: 0, max: 720 },
  "direct.defaultRateLimitPerMinute": { label: "默认限流（次/分钟）", note: "未单独设置限流的企业每分钟最多请求次数", defaultValue: "600", min: 1, max: 100000 },
  "direct.statisticsDays": { label: "统计天数", note: "管理首页按日统计的天数", defaultValue: "14", min: 1, max: 90 },
} as const;
export type DirectParameterKey = keyof typeof DIRECT_PARAMETERS;

export function isDirectParameterKey(key: string): key is DirectParameterKey {
  return key in DIRECT_PARAMETERS;
}

/** The parameter as an integer: the stored value when it is valid, else the default. */
export async function directParameter(key: DirectParameterKey, client: Tx | Db = db): Promise<number> {
  const row = await client.systemParameter.findUnique({ where: { key } });
  const def = DIRECT_PARAMETERS[key];
  const value = Number(row?.value ?? def.defaultValue);
  return Number.isInteger(value) && value >= def.min && value <= def.max ? value : Number(def.defaultValue);
}

export async function listDirectParameters(client: Tx | Db = db) {
  const rows = await client.systemParameter.findMany({ where: { key: { in: Object.keys(DIRECT_PARAMETERS) } } });
  return (Object.keys(DIRECT_PARAMETERS) as DirectParameterKey[]).map((key) => {
    const row = rows.find((r) => r.key === key);
    return { key, ...DIRECT_PARAMETERS[key], value: row?.value ?? DIRECT_PARAMETERS[key].defaultValue, updatedAt: row?.updatedAt ?? null };
  });
}
