-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
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
    "agreementAcceptedAt" DATETIME,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "ip" TEXT NOT NULL DEFAULT '',
    "userAgent" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SmsChallenge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT,
    "mobile" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" DATETIME NOT NULL,
    "consumedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SmsOutbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "mobile" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "LoginLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT,
    "username" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "userAgent" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LoginLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OperationTrace" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actorId" TEXT,
    "actorRole" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "ip" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "TraceHead" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seq" INTEGER NOT NULL,
    "lastHash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "resetAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ServiceCentre" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "published" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "CentreWindow" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "centreId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "appointmentOnly" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "CentreWindow_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "ServiceCentre" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CentreClosedDay" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "centreId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "CentreClosedDay_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "ServiceCentre" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provisional" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "AppointmentSlot" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "centreId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "startTime" TEXT NOT NULL,
    "endTime" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "AppointmentSlot_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "ServiceCentre" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookingNo" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "slotId" INTEGER NOT NULL,
    "centreId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "startTime" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'BOOKED',
    "activeKey" TEXT,
    "windowId" INTEGER,
    "applicationId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" DATETIME,
    "checkedInAt" DATETIME,
    "reminderSentAt" DATETIME,
    CONSTRAINT "Appointment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ServiceItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "AppointmentSlot" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "CentreWindow" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "applicantType" TEXT NOT NULL,
    "handlingType" TEXT NOT NULL,
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
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CoreUnit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CorePerson" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CorePerson_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "CoreUnit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoreRegistration" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "unitId" INTEGER,
    "insuranceType" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startMonth" INTEGER NOT NULL,
    "endMonth" INTEGER,
    CONSTRAINT "CoreRegistration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "CorePerson" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CoreRegistration_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "CoreUnit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoreContribution" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "unitId" INTEGER,
    "insuranceType" TEXT NOT NULL,
    "yearMonth" INTEGER NOT NULL,
    "baseFen" INTEGER NOT NULL,
    "unitFen" INTEGER NOT NULL,
    "personalFen" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    CONSTRAINT "CoreContribution_personId_fkey" FOREIGN KEY ("personId") REFERENCES "CorePerson" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoreAccountYear" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "openingFen" INTEGER NOT NULL,
    "contributedFen" INTEGER NOT NULL,
    "interestFen" INTEGER NOT NULL,
    "closingFen" INTEGER NOT NULL,
    "rateBasisPts" INTEGER NOT NULL,
    "months" INTEGER NOT NULL,
    CONSTRAINT "CoreAccountYear_personId_fkey" FOREIGN KEY ("personId") REFERENCES "CorePerson" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoreTransfer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "insuranceType" TEXT NOT NULL,
    "fromRegion" TEXT NOT NULL,
    "toRegion" TEXT NOT NULL,
    "fundFen" INTEGER NOT NULL,
    "months" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "appliedOn" TEXT NOT NULL,
    "completedOn" TEXT,
    CONSTRAINT "CoreTransfer_personId_fkey" FOREIGN KEY ("personId") REFERENCES "CorePerson" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoreBenefitPayment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "benefitType" TEXT NOT NULL,
    "yearMonth" INTEGER NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    CONSTRAINT "CoreBenefitPayment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "CorePerson" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoreUnitBill" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "yearMonth" INTEGER NOT NULL,
    "insuranceType" TEXT NOT NULL,
    "headcount" INTEGER NOT NULL,
    "baseFen" INTEGER NOT NULL,
    "unitFen" INTEGER NOT NULL,
    "personalFen" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    CONSTRAINT "CoreUnitBill_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "CoreUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoreOutbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" DATETIME
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "leaseUntil" DATETIME NOT NULL,
    "lastRunAt" DATETIME,
    "lastResult" TEXT
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Message_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SystemParameter" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL
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


-- The trace chain starts at the genesis hash (lib/audit/trace.ts GENESIS_HASH).
INSERT INTO "TraceHead" ("id", "seq", "lastHash") VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
