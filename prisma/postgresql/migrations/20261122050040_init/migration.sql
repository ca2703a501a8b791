-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PERSON', 'UNIT', 'STAFF', 'ADMIN');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('ACTIVE', 'DISABLED');

-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('BOOKED', 'CANCELLED', 'CHECKED_IN', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "HandlingType" AS ENUM ('IMMEDIATE', 'COMMITMENT', 'APPOINTMENT');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "name" TEXT NOT NULL,
    "mobile" TEXT NOT NULL,
    "idType" TEXT,
    "idNumber" TEXT,
    "socialSecurityNo" TEXT,
    "socialCardNo" TEXT,
    "corePersonId" INTEGER,
    "coreUnitId" INTEGER,
    "creditCode" TEXT,
    "unitName" TEXT,
    "legalRepName" TEXT,
    "legalRepPhone" TEXT,
    "agreementVersion" TEXT,
    "agreementAcceptedAt" TIMESTAMP(3),
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "ip" TEXT NOT NULL DEFAULT '',
    "userAgent" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmsChallenge" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "mobile" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "consumedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SmsChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmsOutbox" (
    "id" SERIAL NOT NULL,
    "mobile" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SmsOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginLog" (
    "id" SERIAL NOT NULL,
    "userId" TEXT,
    "username" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "userAgent" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OperationTrace" (
    "seq" INTEGER NOT NULL,
    "actorId" TEXT,
    "actorRole" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "ip" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "OperationTrace_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "TraceHead" (
    "id" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "lastHash" TEXT NOT NULL,

    CONSTRAINT "TraceHead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ServiceCentre" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "hoursText" TEXT NOT NULL,
    "amOpen" TEXT NOT NULL DEFAULT '09:00',
    "amClose" TEXT NOT NULL DEFAULT '12:00',
    "pmOpen" TEXT NOT NULL DEFAULT '13:30',
    "pmClose" TEXT NOT NULL DEFAULT '17:00',
    "slotMinutes" INTEGER NOT NULL DEFAULT 30,
    "seatsPerWindowPerSlot" INTEGER NOT NULL DEFAULT 1,
    "published" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ServiceCentre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CentreWindow" (
    "id" SERIAL NOT NULL,
    "centreId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "appointmentOnly" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "CentreWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CentreClosedDay" (
    "id" SERIAL NOT NULL,
    "centreId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "CentreClosedDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provisional" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "AppointmentSlot" (
    "id" SERIAL NOT NULL,
    "centreId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "startTime" TEXT NOT NULL,
    "endTime" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AppointmentSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" TEXT NOT NULL,
    "bookingNo" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "slotId" INTEGER NOT NULL,
    "centreId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "startTime" TEXT NOT NULL,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'BOOKED',
    "activeKey" TEXT,
    "windowId" INTEGER,
    "applicationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),
    "checkedInAt" TIMESTAMP(3),
    "reminderSentAt" TIMESTAMP(3),

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceItem" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "applicantType" TEXT NOT NULL,
    "handlingType" "HandlingType" NOT NULL,
    "promisedDays" INTEGER,
    "legalDays" INTEGER,
    "materials" TEXT NOT NULL,
    "resultDelivery" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "fees" TEXT NOT NULL DEFAULT '不收费',
    "serviceHours" TEXT NOT NULL,
    "consultChannel" TEXT NOT NULL,
    "complaintChannel" TEXT NOT NULL,
    "bookable" BOOLEAN NOT NULL DEFAULT true,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoreUnit" (
    "id" SERIAL NOT NULL,
    "unitNo" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "legalRepName" TEXT NOT NULL,
    "legalRepPhone" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "registeredOn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoreUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorePerson" (
    "id" SERIAL NOT NULL,
    "personNo" TEXT NOT NULL,
    "idType" TEXT NOT NULL DEFAULT '01',
    "idNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "birthDate" TEXT NOT NULL,
    "mobile" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "socialCardNo" TEXT,
    "unitId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'INSURED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CorePerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoreRegistration" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "unitId" INTEGER,
    "insuranceType" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startMonth" INTEGER NOT NULL,
    "endMonth" INTEGER,

    CONSTRAINT "CoreRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoreContribution" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "unitId" INTEGER,
    "insuranceType" TEXT NOT NULL,
    "yearMonth" INTEGER NOT NULL,
    "baseFen" INTEGER NOT NULL,
    "unitFen" INTEGER NOT NULL,
    "personalFen" INTEGER NOT NULL,
    "status" TEXT NOT NULL,

    CONSTRAINT "CoreContribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoreAccountYear" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "openingFen" INTEGER NOT NULL,
    "contributedFen" INTEGER NOT NULL,
    "interestFen" INTEGER NOT NULL,
    "closingFen" INTEGER NOT NULL,
    "rateBasisPts" INTEGER NOT NULL,
    "months" INTEGER NOT NULL,

    CONSTRAINT "CoreAccountYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoreTransfer" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "insuranceType" TEXT NOT NULL,
    "fromRegion" TEXT NOT NULL,
    "toRegion" TEXT NOT NULL,
    "fundFen" INTEGER NOT NULL,
    "months" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "appliedOn" TEXT NOT NULL,
    "completedOn" TEXT,

    CONSTRAINT "CoreTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoreBenefitPayment" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "benefitType" TEXT NOT NULL,
    "yearMonth" INTEGER NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "status" TEXT NOT NULL,

    CONSTRAINT "CoreBenefitPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoreUnitBill" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "yearMonth" INTEGER NOT NULL,
    "insuranceType" TEXT NOT NULL,
    "headcount" INTEGER NOT NULL,
    "baseFen" INTEGER NOT NULL,
    "unitFen" INTEGER NOT NULL,
    "personalFen" INTEGER NOT NULL,
    "status" TEXT NOT NULL,

    CONSTRAINT "CoreUnitBill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoreOutbox" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "CoreOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "leaseUntil" TIMESTAMP(3) NOT NULL,
    "lastRunAt" TIMESTAMP(3),
    "lastResult" TEXT,

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemParameter" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SystemParameter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_idNumber_key" ON "User"("idNumber");

-- CreateIndex
CREATE UNIQUE INDEX "User_corePersonId_key" ON "User"("corePersonId");

-- CreateIndex
CREATE INDEX "User_role_createdAt_idx" ON "User"("role", "createdAt");

-- CreateIndex
CREATE INDEX "User_creditCode_idx" ON "User"("creditCode");

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE INDEX "SmsChallenge_mobile_createdAt_idx" ON "SmsChallenge"("mobile", "createdAt");

-- CreateIndex
CREATE INDEX "SmsOutbox_mobile_id_idx" ON "SmsOutbox"("mobile", "id");

-- CreateIndex
CREATE INDEX "LoginLog_userId_createdAt_idx" ON "LoginLog"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "LoginLog_createdAt_idx" ON "LoginLog"("createdAt");

-- CreateIndex
CREATE INDEX "OperationTrace_actorId_seq_idx" ON "OperationTrace"("actorId", "seq");

-- CreateIndex
CREATE INDEX "OperationTrace_entity_entityId_idx" ON "OperationTrace"("entity", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceCentre_code_key" ON "ServiceCentre"("code");

-- CreateIndex
CREATE UNIQUE INDEX "CentreWindow_centreId_number_key" ON "CentreWindow"("centreId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "CentreClosedDay_centreId_date_key" ON "CentreClosedDay"("centreId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "AppointmentSlot_centreId_date_startTime_key" ON "AppointmentSlot"("centreId", "date", "startTime");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_bookingNo_key" ON "Appointment"("bookingNo");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_activeKey_key" ON "Appointment"("activeKey");

-- CreateIndex
CREATE INDEX "Appointment_userId_createdAt_idx" ON "Appointment"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Appointment_centreId_date_status_idx" ON "Appointment"("centreId", "date", "status");

-- CreateIndex
CREATE INDEX "Appointment_status_date_idx" ON "Appointment"("status", "date");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceItem_code_key" ON "ServiceItem"("code");

-- CreateIndex
CREATE UNIQUE INDEX "CoreUnit_unitNo_key" ON "CoreUnit"("unitNo");

-- CreateIndex
CREATE UNIQUE INDEX "CoreUnit_creditCode_key" ON "CoreUnit"("creditCode");

-- CreateIndex
CREATE UNIQUE INDEX "CorePerson_personNo_key" ON "CorePerson"("personNo");

-- CreateIndex
CREATE INDEX "CorePerson_unitId_name_idx" ON "CorePerson"("unitId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "CorePerson_idType_idNumber_key" ON "CorePerson"("idType", "idNumber");

-- CreateIndex
CREATE INDEX "CoreRegistration_personId_idx" ON "CoreRegistration"("personId");

-- CreateIndex
CREATE INDEX "CoreRegistration_unitId_idx" ON "CoreRegistration"("unitId");

-- CreateIndex
CREATE INDEX "CoreContribution_personId_yearMonth_idx" ON "CoreContribution"("personId", "yearMonth");

-- CreateIndex
CREATE UNIQUE INDEX "CoreAccountYear_personId_year_key" ON "CoreAccountYear"("personId", "year");

-- CreateIndex
CREATE INDEX "CoreTransfer_personId_idx" ON "CoreTransfer"("personId");

-- CreateIndex
CREATE INDEX "CoreBenefitPayment_personId_yearMonth_idx" ON "CoreBenefitPayment"("personId", "yearMonth");

-- CreateIndex
CREATE UNIQUE INDEX "CoreUnitBill_unitId_yearMonth_insuranceType_key" ON "CoreUnitBill"("unitId", "yearMonth", "insuranceType");

-- CreateIndex
CREATE INDEX "CoreOutbox_status_nextAttemptAt_idx" ON "CoreOutbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Message_userId_createdAt_idx" ON "Message"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_userId_readAt_idx" ON "Message"("userId", "readAt");

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoginLog" ADD CONSTRAINT "LoginLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CentreWindow" ADD CONSTRAINT "CentreWindow_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "ServiceCentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CentreClosedDay" ADD CONSTRAINT "CentreClosedDay_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "ServiceCentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentSlot" ADD CONSTRAINT "AppointmentSlot_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "ServiceCentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ServiceItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "AppointmentSlot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "CentreWindow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorePerson" ADD CONSTRAINT "CorePerson_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "CoreUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoreRegistration" ADD CONSTRAINT "CoreRegistration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "CorePerson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoreRegistration" ADD CONSTRAINT "CoreRegistration_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "CoreUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoreContribution" ADD CONSTRAINT "CoreContribution_personId_fkey" FOREIGN KEY ("personId") REFERENCES "CorePerson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoreAccountYear" ADD CONSTRAINT "CoreAccountYear_personId_fkey" FOREIGN KEY ("personId") REFERENCES "CorePerson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoreTransfer" ADD CONSTRAINT "CoreTransfer_personId_fkey" FOREIGN KEY ("personId") REFERENCES "CorePerson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoreBenefitPayment" ADD CONSTRAINT "CoreBenefitPayment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "CorePerson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoreUnitBill" ADD CONSTRAINT "CoreUnitBill_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "CoreUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The trace chain starts at the genesis hash (lib/audit/trace.ts GENESIS_HASH).
INSERT INTO "TraceHead" ("id", "seq", "lastHash") VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
