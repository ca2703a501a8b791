-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Channel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationNo" TEXT NOT NULL,
    "channelCode" TEXT,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "orgName" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactMobile" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "requestedServices" TEXT NOT NULL,
    "grantedServices" TEXT NOT NULL DEFAULT '[]',
    "signPublicKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "dueDate" TEXT NOT NULL,
    "reviewNote" TEXT,
    "statusReason" TEXT,
    "rateLimitPerMinute" INTEGER,
    "gatewayVersion" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" DATETIME NOT NULL,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Channel" ("applicationNo", "channelCode", "contactEmail", "contactMobile", "contactName", "createdAt", "creditCode", "decidedAt", "dueDate", "grantedServices", "id", "name", "orgName", "rateLimitPerMinute", "requestedServices", "reviewNote", "signPublicKey", "status", "statusReason", "submittedAt", "type", "updatedAt") SELECT "applicationNo", "channelCode", "contactEmail", "contactMobile", "contactName", "createdAt", "creditCode", "decidedAt", "dueDate", "grantedServices", "id", "name", "orgName", "rateLimitPerMinute", "requestedServices", "reviewNote", "signPublicKey", "status", "statusReason", "submittedAt", "type", "updatedAt" FROM "Channel";
DROP TABLE "Channel";
ALTER TABLE "new_Channel" RENAME TO "Channel";
CREATE UNIQUE INDEX "Channel_applicationNo_key" ON "Channel"("applicationNo");
CREATE UNIQUE INDEX "Channel_channelCode_key" ON "Channel"("channelCode");
CREATE INDEX "Channel_status_dueDate_idx" ON "Channel"("status", "dueDate");
CREATE TABLE "new_DirectEnterprise" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reqAppCode" TEXT NOT NULL,
    "coreUnitId" INTEGER NOT NULL,
    "creditCode" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "areaCode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SANDBOX',
    "signPublicKey" TEXT NOT NULL,
    "acceptedAt" DATETIME,
    "rateLimitPerMinute" INTEGER,
    "statusReason" TEXT,
    "gatewayVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_DirectEnterprise" ("acceptedAt", "areaCode", "coreUnitId", "createdAt", "creditCode", "id", "rateLimitPerMinute", "reqAppCode", "signPublicKey", "status", "statusReason", "unitName", "updatedAt") SELECT "acceptedAt", "areaCode", "coreUnitId", "createdAt", "creditCode", "id", "rateLimitPerMinute", "reqAppCode", "signPublicKey", "status", "statusReason", "unitName", "updatedAt" FROM "DirectEnterprise";
DROP TABLE "DirectEnterprise";
ALTER TABLE "new_DirectEnterprise" RENAME TO "DirectEnterprise";
CREATE UNIQUE INDEX "DirectEnterprise_reqAppCode_key" ON "DirectEnterprise"("reqAppCode");
CREATE UNIQUE INDEX "DirectEnterprise_coreUnitId_key" ON "DirectEnterprise"("coreUnitId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

