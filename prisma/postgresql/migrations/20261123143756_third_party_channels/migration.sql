-- CreateEnum
CREATE TYPE "ChannelType" AS ENUM ('BANK', 'APP', 'TERMINAL', 'WEBSITE');

-- CreateEnum
CREATE TYPE "ChannelStatus" AS ENUM ('SUBMITTED', 'REJECTED', 'ACTIVE', 'SUSPENDED', 'DEREGISTERED');

-- AlterTable
ALTER TABLE "DirectCallLog" ADD COLUMN     "callerKind" TEXT NOT NULL DEFAULT 'ENTERPRISE';

-- CreateTable
CREATE TABLE "Channel" (
    "id" TEXT NOT NULL,
    "applicationNo" TEXT NOT NULL,
    "channelCode" TEXT,
    "name" TEXT NOT NULL,
    "type" "ChannelType" NOT NULL,
    "orgName" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactMobile" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "requestedServices" TEXT NOT NULL,
    "grantedServices" TEXT NOT NULL DEFAULT '[]',
    "signPublicKey" TEXT NOT NULL,
    "status" "ChannelStatus" NOT NULL DEFAULT 'SUBMITTED',
    "dueDate" TEXT NOT NULL,
    "reviewNote" TEXT,
    "statusReason" TEXT,
    "rateLimitPerMinute" INTEGER,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelKey" (
    "id" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "sealedKey" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" "DirectKeyStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revealedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ChannelKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelEvent" (
    "id" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "actorRole" TEXT NOT NULL,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChannelEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelAuthorization" (
    "id" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "corePersonId" INTEGER NOT NULL,
    "channelId" TEXT NOT NULL,
    "services" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ChannelAuthorization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelAuthorizedCall" (
    "id" TEXT NOT NULL,
    "authorizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "serviceCode" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChannelAuthorizedCall_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "ChannelKey" ADD CONSTRAINT "ChannelKey_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelEvent" ADD CONSTRAINT "ChannelEvent_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelAuthorizedCall" ADD CONSTRAINT "ChannelAuthorizedCall_authorizationId_fkey" FOREIGN KEY ("authorizationId") REFERENCES "ChannelAuthorization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

