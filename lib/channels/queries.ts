/** Reads for the channel pages (X1 management, X3 person). */
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { callStatistics } from "@/lib/direct-access/statistics";

export const CHANNEL_STATUS_LABELS: Record<string, string> = {
  SUBMITTED: "待审核", REJECTED: "不予通过", ACTIVE: "已接入", SUSPENDED: "已暂停", DEREGISTERED: "已注销",
};

/** Every channel with its status and its calls of the last 30 days (the gateway's statistics, channels only). */
export async function listChannelsWithStatistics(now: Date) {
  const [channels, statistics] = await Promise.all([
    db.channel.findMany({ orderBy: [{ status: "asc" }, { submittedAt: "desc" }], take: 500, select: { id: true, applicationNo: true, channelCode: true, name: true, type: true, orgName: true, status: true, dueDate: true, submittedAt: true } }),
    callStatistics(now, 30, "CHANNEL"),
  ]);
  const calls = new Map(statistics.byEnterprise.map((e) => [e.key, e]));
  return { channels: channels.map((c) => ({ ...c, calls: calls.get(c.id) ?? { calls: 0, errors: 0, businessFailures: 0 } })), statistics };
}

export async function channelDetail(id: string) {
  const channel = await db.channel.findUnique({
    where: { id },
    include: { events: { orderBy: { at: "asc" } }, keys: { orderBy: { createdAt: "desc" }, select: { id: true, fingerprint: true, status: true, createdAt: true, revealedAt: true, revokedAt: true } } },
  });
  if (!channel) throw notFound("渠道");
  return { ...channel, requested: JSON.parse(channel.requestedServices) as string[], granted: JSON.parse(channel.grantedServices) as string[] };
}
