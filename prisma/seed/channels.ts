/**
 * Demo data of third-party channels (X1–X3): zhangsan's resident pension (城乡居民养老保险,
 * 险种 120) before he joined his employer in 2015 — registered 201201, terminated 201506, paid
 * yearly 2012–2014 — so the channel services have something to answer; and one channel
 * application waiting for review (示范农商银行手机银行), signed with the GM/T 0003 example key
 * pair published in the protocol, so a newcomer can approve it as staff01 and open the key
 * envelope with that example private key. Repeatable.
 */
import { db } from "@/lib/db";
import { shanghaiToday } from "@/lib/calendar";
import { loadWorkingDayCalendar } from "@/lib/calendar/working-day-store";
import { DEMO_PERSON } from "./demo-identities";
import { DEMO_ENTERPRISE } from "./direct-connect";

export const DEMO_RESIDENT_PENSION = { startMonth: 201201, endMonth: 201506, years: [[2012, 30000, 4000], [2013, 50000, 5000], [2014, 50000, 5000]] as const };

export async function seedChannels(): Promise<string> {
  const person = await db.corePerson.findUniqueOrThrow({ where: { idType_idNumber: { idType: "01", idNumber: DEMO_PERSON.idNumber } }, select: { id: true } });
  let added = 0;
  if (!(await db.coreRegistration.findFirst({ where: { personId: person.id, insuranceType: "120" }, select: { id: true } }))) {
    await db.coreRegistration.create({ data: { personId: person.id, unitId: null, insuranceType: "120", status: "TERMINATED", startMonth: DEMO_RESIDENT_PENSION.startMonth, endMonth: DEMO_RESIDENT_PENSION.endMonth } });
    await db.coreContribution.createMany({
      data: DEMO_RESIDENT_PENSION.years.map(([year, personalFen, unitFen]) => ({ personId: person.id, unitId: null, insuranceType: "120", yearMonth: year * 100 + 12, baseFen: 0, unitFen, personalFen, status: "PAID" })),
    });
    added++;
  }
  if (!(await db.channel.findUnique({ where: { applicationNo: "QD20261120000001" }, select: { id: true } }))) {
    const now = new Date();
    await db.channel.create({
      data: {
        applicationNo: "QD20261120000001", name: "示范农商银行手机银行", type: "BANK", orgName: "示范农村商业银行股份有限公司", creditCode: "91340100MA2N0XXX0R",
        contactName: "周联络", contactMobile: "13900000088", contactEmail: "channel@example.com",
        requestedServices: JSON.stringify(["CH_RP_INFO", "CH_RP_CONTRIB", "CH_RP_BENEFIT", "CH_RP_QUALIFY", "CH_RP_GRADE"]),
        signPublicKey: DEMO_ENTERPRISE.signPublicKey, dueDate: (await loadWorkingDayCalendar()).addWorkingDays(shanghaiToday(now), 5), submittedAt: now,
        events: { create: { kind: "SUBMITTED", actorRole: "ANONYMOUS", at: now } },
      },
    });
    added++;
  }
  return added ? "channels: zhangsan's resident pension 2012–2014 and one channel application" : "channels already present";
}
