-- CreateTable
CREATE TABLE "DirectEnterprise" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DirectGrant" (
    "enterpriseId" TEXT NOT NULL,
    "serviceCode" TEXT NOT NULL,
    "sandboxPassedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("enterpriseId", "serviceCode"),
    CONSTRAINT "DirectGrant_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "DirectEnterprise" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DirectKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "enterpriseId" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "sealedKey" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "graceUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    CONSTRAINT "DirectKey_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "DirectEnterprise" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DirectService" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DirectCallLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "enterpriseId" TEXT,
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

-- CreateIndex
CREATE UNIQUE INDEX "DirectEnterprise_reqAppCode_key" ON "DirectEnterprise"("reqAppCode");

-- CreateIndex
CREATE UNIQUE INDEX "DirectEnterprise_coreUnitId_key" ON "DirectEnterprise"("coreUnitId");

-- CreateIndex
CREATE INDEX "DirectKey_enterpriseId_environment_status_idx" ON "DirectKey"("enterpriseId", "environment", "status");

-- CreateIndex
CREATE INDEX "DirectCallLog_enterpriseId_createdAt_idx" ON "DirectCallLog"("enterpriseId", "createdAt");

-- CreateIndex
CREATE INDEX "DirectCallLog_serviceCode_createdAt_idx" ON "DirectCallLog"("serviceCode", "createdAt");

-- CreateIndex
CREATE INDEX "DirectCallLog_createdAt_idx" ON "DirectCallLog"("createdAt");

