-- CreateEnum
CREATE TYPE "DirectEnterpriseStatus" AS ENUM ('SANDBOX', 'ACTIVE', 'SUSPENDED', 'REVOKED');

-- CreateEnum
CREATE TYPE "DirectEnvironment" AS ENUM ('SANDBOX', 'FORMAL');

-- CreateEnum
CREATE TYPE "DirectKeyStatus" AS ENUM ('ACTIVE', 'RETIRING', 'REVOKED');

-- CreateTable
CREATE TABLE "DirectEnterprise" (
    "id" TEXT NOT NULL,
    "reqAppCode" TEXT NOT NULL,
    "coreUnitId" INTEGER NOT NULL,
    "creditCode" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "areaCode" TEXT NOT NULL,
    "status" "DirectEnterpriseStatus" NOT NULL DEFAULT 'SANDBOX',
    "signPublicKey" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "rateLimitPerMinute" INTEGER,
    "statusReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DirectEnterprise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectGrant" (
    "enterpriseId" TEXT NOT NULL,
    "serviceCode" TEXT NOT NULL,
    "sandboxPassedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectGrant_pkey" PRIMARY KEY ("enterpriseId","serviceCode")
);

-- CreateTable
CREATE TABLE "DirectKey" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "environment" "DirectEnvironment" NOT NULL,
    "sealedKey" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" "DirectKeyStatus" NOT NULL DEFAULT 'ACTIVE',
    "graceUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "DirectKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectService" (
    "code" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DirectService_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "DirectCallLog" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT,
    "reqAppCode" TEXT,
    "serviceCode" TEXT,
    "environment" "DirectEnvironment" NOT NULL,
    "httpStatus" INTEGER NOT NULL,
    "headStatus" TEXT NOT NULL,
    "bizCode" TEXT,
    "message" TEXT,
    "latencyMs" INTEGER NOT NULL,
    "requestBytes" INTEGER NOT NULL,
    "responseBytes" INTEGER NOT NULL,
    "bizSerialNo" TEXT,
    "clientIp" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectCallLog_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "DirectGrant" ADD CONSTRAINT "DirectGrant_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "DirectEnterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectKey" ADD CONSTRAINT "DirectKey_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "DirectEnterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

