-- CreateTable
CREATE TABLE "Channel" (
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
    "submittedAt" DATETIME NOT NULL,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ChannelKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "channelId" TEXT NOT NULL,
    "sealedKey" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revealedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ChannelKey_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChannelEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "channelId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "actorRole" TEXT NOT NULL,
    "actorId" TEXT,
    "at" DATETIME NOT NULL,
    CONSTRAINT "ChannelEvent_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChannelAuthorization" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "codeHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "corePersonId" INTEGER NOT NULL,
    "channelId" TEXT NOT NULL,
    "services" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ChannelAuthorizedCall" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "authorizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "serviceCode" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "ChannelAuthorizedCall_authorizationId_fkey" FOREIGN KEY ("authorizationId") REFERENCES "ChannelAuthorization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DirectCallLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "enterpriseId" TEXT,
    "callerKind" TEXT NOT NULL DEFAULT 'ENTERPRISE',
    "reqAppCode" TEXT,
    "serviceCode" TEXT,
    "environment" TEXT NOT NULL,
    "httpStatus" INTEGER NOT NULL,
    "headStatus" TEXT NOT NULL,
    "bizCode" TEXT,
    "message" TEXT,
    "latencyMs" INTEGER NOT NULL,
    "requestBytes" INTEGER NOT NULL,
    "responseBytes" INTEGER NOT NULL,
    "bizSerialNo" TEXT,
    "clientIp" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_DirectCallLog" ("bizCode", "bizSerialNo", "clientIp", "createdAt", "enterpriseId", "environment", "headStatus", "httpStatus", "id", "latencyMs", "message", "reqAppCode", "requestBytes", "responseBytes", "serviceCode") SELECT "bizCode", "bizSerialNo", "clientIp", "createdAt", "enterpriseId", "environment", "headStatus", "httpStatus", "id", "latencyMs", "message", "reqAppCode", "requestBytes", "responseBytes", "serviceCode" FROM "DirectCallLog";
DROP TABLE "DirectCallLog";
ALTER TABLE "new_DirectCallLog" RENAME TO "DirectCallLog";
CREATE INDEX "DirectCallLog_enterpriseId_createdAt_idx" ON "DirectCallLog"("enterpriseId", "createdAt");
CREATE INDEX "DirectCallLog_serviceCode_createdAt_idx" ON "DirectCallLog"("serviceCode", "createdAt");
CREATE INDEX "DirectCallLog_createdAt_idx" ON "DirectCallLog"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Channel_applicationNo_key" ON "Channel"("applicationNo");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_channelCode_key" ON "Channel"("channelCode");

-- CreateIndex
CREATE INDEX "Channel_status_dueDate_idx" ON "Channel"("status", "dueDate");

-- CreateIndex
CREATE INDEX "ChannelKey_channelId_status_idx" ON "ChannelKey"("channelId", "status");

-- CreateIndex
CREATE INDEX "ChannelEvent_channelId_at_idx" ON "ChannelEvent"("channelId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelAuthorization_codeHash_key" ON "ChannelAuthorization"("codeHash");

-- CreateIndex
CREATE INDEX "ChannelAuthorization_userId_createdAt_idx" ON "ChannelAuthorization"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "ChannelAuthorizedCall_userId_at_idx" ON "ChannelAuthorizedCall"("userId", "at");

