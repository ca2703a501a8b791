/**
 * Demo data: `npm run db:seed` (and `npm start` on an empty database). Repeatable: each step
 * checks what is there and only adds what is missing, so running it twice changes nothing.
 * Production deployments never run it.
 */
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { STATUTORY_CALENDAR } from "@/lib/calendar/holidays";
import { generateCoreData } from "./core-data";
import { seedCatalogue } from "./catalogue";
import { seedCentres } from "./centres";
import { seedApplications } from "./applications";
import { seedConsultation } from "./consultation";
import { seedDirectAccess } from "./direct-access";
import { seedDirectConnect } from "./direct-connect";
import { seedChannels } from "./channels";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PERSON, DEMO_UNIT, SECOND_PERSON, SECOND_PERSON_ACCOUNT, UNREGISTERED_PERSONS, UNREGISTERED_UNIT } from "./demo-identities";

export const DEMO_CORE_SIZE = { units: 6, personsPerUnit: 8, fromMonth: 201501, toMonth: 202610, seed: 20261122 };

async function seedCoreData() {
  // Keyed on the demo unit, not on "any unit": a database that already holds other core data
  // (a test run, an imported extract) still gets the demo records the accounts bind to.
  if (await db.coreUnit.findUnique({ where: { creditCode: DEMO_UNIT.creditCode }, select: { id: true } })) return "core data already present";
  const counts = await generateCoreData(db, DEMO_CORE_SIZE, {
    units: [DEMO_UNIT, UNREGISTERED_UNIT],
    persons: [
      { ...DEMO_PERSON, unitCreditCode: DEMO_UNIT.creditCode, startMonth: 201507, wageBaseFen: 860_000 },
      ...UNREGISTERED_PERSONS.map((p, i) => ({ ...p, unitCreditCode: i === 2 ? null : DEMO_UNIT.creditCode, startMonth: 201803, wageBaseFen: 620_000 })),
    ],
  });
  return `core data: ${counts.units} units, ${counts.persons} persons, ${counts.contributions} contributions`;
}

async function seedCalendar() {
  for (const day of STATUTORY_CALENDAR) {
    await db.calendarDay.upsert({
      where: { date: day.date },
      create: { date: day.date, kind: day.kind, name: day.name, provisional: day.provisional ?? false },
      update: {},
    });
  }
  return `calendar: ${STATUTORY_CALENDAR.length} holiday and adjusted working days`;
}

async function seedAccounts() {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const person = await db.corePerson.findUniqueOrThrow({ where: { idType_idNumber: { idType: "01", idNumber: DEMO_PERSON.idNumber } } });
  const unit = await db.coreUnit.findUniqueOrThrow({ where: { creditCode: DEMO_UNIT.creditCode } });
  const now = new Date();
  for (const account of DEMO_ACCOUNTS) {
    const profile =
      account.role === "PERSON"
        ? { idType: "01", idNumber: DEMO_PERSON.idNumber, socialSecurityNo: DEMO_PERSON.idNumber, socialCardNo: DEMO_PERSON.socialCardNo, corePersonId: person.id }
        : account.role === "UNIT"
          ? { coreUnitId: unit.id, creditCode: unit.creditCode, unitName: unit.name, legalRepName: unit.legalRepName, legalRepPhone: unit.legalRepPhone }
          : {};
    await db.user.upsert({
      where: { username: account.username },
      create: { username: account.username, passwordHash, role: account.role, name: account.name, mobile: account.mobile, agreementVersion: "2026-01", agreementAcceptedAt: now, ...profile },
      update: {},
    });
  }
  return `accounts: ${DEMO_ACCOUNTS.map((a) => a.username).join(", ")}`;
}

/**
 * Inquiry (Q2): a second person with an account (李四, 灵活就业 since 2012) and a transfer record
 * for 张三, so every rights page has something to show. Adds only what is missing.
 */
async function seedInquiry() {
  const done: string[] = [];
  let second = await db.corePerson.findUnique({ where: { idType_idNumber: { idType: "01", idNumber: SECOND_PERSON.idNumber } }, select: { id: true } });
  if (!second) {
    await generateCoreData(db, { units: 0, personsPerUnit: 0, fromMonth: 201203, toMonth: DEMO_CORE_SIZE.toMonth, seed: 20261123 }, {
      persons: [{ ...SECOND_PERSON, unitCreditCode: null, startMonth: 201203, wageBaseFen: 540_000 }],
    });
    second = await db.corePerson.findUniqueOrThrow({ where: { idType_idNumber: { idType: "01", idNumber: SECOND_PERSON.idNumber } }, select: { id: true } });
    done.push(`core person ${SECOND_PERSON.name}`);
  }
  if (!(await db.user.findUnique({ where: { username: SECOND_PERSON_ACCOUNT.username }, select: { id: true } }))) {
    await db.user.create({
      data: {
        username: SECOND_PERSON_ACCOUNT.username, passwordHash: await hashPassword(DEMO_PASSWORD), role: "PERSON", name: SECOND_PERSON.name, mobile: SECOND_PERSON.mobile,
        agreementVersion: "2026-01", agreementAcceptedAt: new Date(), idType: "01", idNumber: SECOND_PERSON.idNumber, socialSecurityNo: SECOND_PERSON.idNumber,
        socialCardNo: SECOND_PERSON.socialCardNo, corePersonId: second.id,
      },
    });
    done.push(`account ${SECOND_PERSON_ACCOUNT.username}`);
  }
  const zhangsan = await db.corePerson.findUniqueOrThrow({ where: { idType_idNumber: { idType: "01", idNumber: DEMO_PERSON.idNumber } }, select: { id: true } });
  if ((await db.coreTransfer.count({ where: { personId: zhangsan.id } })) === 0) {
    await db.coreTransfer.create({
      data: { personId: zhangsan.id, insuranceType: "110", fromRegion: "310104", toRegion: "370200", fundFen: 4_862_300, months: 30, status: "TRANSFERRED", appliedOn: "2015-06-02", completedOn: "2015-07-10" },
    });
    done.push(`a transfer for ${DEMO_PERSON.name}`);
  }
  return `inquiry: ${done.length ? done.join(", ") : "already present"}`;
}

/** Steps run in order; domains add theirs here. */
export const DEMO_SEED_STEPS: { name: string; run: () => Promise<string> }[] = [
  { name: "core", run: seedCoreData },
  { name: "calendar", run: seedCalendar },
  { name: "accounts", run: seedAccounts },
  { name: "catalogue", run: seedCatalogue },
  { name: "centres", run: () => seedCentres() },
  { name: "applications", run: () => seedApplications() },
  { name: "inquiry", run: seedInquiry },
  { name: "consultation", run: seedConsultation },
  { name: "direct-access", run: seedDirectAccess },
  { name: "direct-connect", run: seedDirectConnect },
  { name: "channels", run: seedChannels },
];

export async function seedDemo(log: (line: string) => void = console.log) {
  for (const step of DEMO_SEED_STEPS) log(`  ${await step.run()}`);
}

export function printDemoAccounts(log: (line: string) => void = console.log) {
  log("\n演示账户（密码均为 " + DEMO_PASSWORD + "，登录短信验证码见 /dev/sms，用 npm start 启动时打印的链接打开）：");
  for (const a of [...DEMO_ACCOUNTS, SECOND_PERSON_ACCOUNT]) log(`  ${a.username.padEnd(10)} ${a.role.padEnd(7)} 手机 ${a.mobile}  ${a.note}`);
  log("\n可用于注册的核心系统人员（姓名 / 身份证号 / 登记手机号，注册验证码发往该手机号）：");
  for (const p of UNREGISTERED_PERSONS) log(`  ${p.name}  ${p.idNumber}  ${p.mobile ?? "未登记手机号（需到服务窗口或拨打 12333 办理）"}`);
  const u = UNREGISTERED_UNIT;
  log(`可用于注册的单位：${u.name}  ${u.creditCode}（法人 ${u.legalRepName} ${u.legalRepPhone}，经办人 ${u.handlerName} ${u.handlerMobile}）`);
}

const isMain = process.argv[1] && /seed[\\/]demo\.ts$/.test(process.argv[1]);
if (isMain) {
  const onlyIfEmpty = process.argv.includes("--if-empty");
  (async () => {
    if (onlyIfEmpty && (await db.user.count()) > 0) return;
    console.log("Seeding demo data…");
    await seedDemo();
    printDemoAccounts();
  })()
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
