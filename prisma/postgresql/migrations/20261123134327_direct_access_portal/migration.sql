-- CreateEnum
CREATE TYPE "DirectAccessStatus" AS ENUM ('SUBMITTED', 'RETURNED', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "DirectAccessApplication" (
    "id" TEXT NOT NULL,
    "applicationNo" TEXT NOT NULL,
    "coreUnitId" INTEGER NOT NULL,
    "creditCode" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "applicantUserId" TEXT NOT NULL,
    "hrSystemName" TEXT NOT NULL,
    "hrSystemVendor" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactMobile" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "services" TEXT NOT NULL,
    "signPublicKey" TEXT NOT NULL,
    "declarations" TEXT NOT NULL,
    "letterFileName" TEXT NOT NULL,
    "letterStorageKey" TEXT NOT NULL,
    "letterSize" INTEGER NOT NULL,
    "letterSm3" TEXT NOT NULL,
    "status" "DirectAccessStatus" NOT NULL DEFAULT 'SUBMITTED',
    "dueDate" TEXT NOT NULL,
    "reviewNote" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "decidedAt" TIMESTAMP(3),
    "enterpriseId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DirectAccessApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectAccessEvent" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "status" "DirectAccessStatus" NOT NULL,
    "title" TEXT NOT NULL,
    "note" TEXT,
    "actorRole" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DirectAccessEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectKeyReveal" (
    "keyId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "revealedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DirectKeyReveal_pkey" PRIMARY KEY ("keyId")
);

-- CreateTable
CREATE TABLE "DirectEnterpriseEvent" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "actorRole" TEXT NOT NULL,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DirectEnterpriseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectFeedback" (
    "id" TEXT NOT NULL,
    "coreUnitId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "reply" TEXT,
    "repliedAt" TIMESTAMP(3),
    "repliedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DirectAccessApplication_applicationNo_key" ON "DirectAccessApplication"("applicationNo");

-- CreateIndex
CREATE INDEX "DirectAccessApplication_coreUnitId_createdAt_idx" ON "DirectAccessApplication"("coreUnitId", "createdAt");

-- CreateIndex
CREATE INDEX "DirectAccessApplication_status_dueDate_idx" ON "DirectAccessApplication"("status", "dueDate");

-- CreateIndex
CREATE INDEX "DirectAccessEvent_applicationId_at_idx" ON "DirectAccessEvent"("applicationId", "at");

-- CreateIndex
CREATE INDEX "DirectKeyReveal_enterpriseId_idx" ON "DirectKeyReveal"("enterpriseId");

-- CreateIndex
CREATE INDEX "DirectEnterpriseEvent_enterpriseId_at_idx" ON "DirectEnterpriseEvent"("enterpriseId", "at");

-- CreateIndex
CREATE INDEX "DirectEnterpriseEvent_kind_at_idx" ON "DirectEnterpriseEvent"("kind", "at");

-- CreateIndex
CREATE INDEX "DirectFeedback_coreUnitId_createdAt_idx" ON "DirectFeedback"("coreUnitId", "createdAt");

-- CreateIndex
CREATE INDEX "DirectFeedback_repliedAt_createdAt_idx" ON "DirectFeedback"("repliedAt", "createdAt");

-- AddForeignKey
ALTER TABLE "DirectAccessEvent" ADD CONSTRAINT "DirectAccessEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "DirectAccessApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

