-- CreateEnum
CREATE TYPE "CertificateKind" AS ENUM ('ACCEPTANCE_NOTICE', 'RESULT_NOTICE', 'TRANSFER_PAYMENT', 'PERSON_INSURANCE', 'UNIT_INSURANCE', 'CONTRIBUTION_RECORD', 'BENEFIT_DETAILS');

-- CreateEnum
CREATE TYPE "CertificateStatus" AS ENUM ('VALID', 'SUPERSEDED', 'REVOKED');

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "CertificateKind" NOT NULL,
    "ownerUserId" TEXT NOT NULL,
    "unitId" INTEGER,
    "subjectKey" TEXT NOT NULL,
    "currentSlot" TEXT,
    "applicationId" TEXT,
    "holderName" TEXT NOT NULL,
    "holderIdType" TEXT NOT NULL,
    "holderIdNo" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "status" "CertificateStatus" NOT NULL DEFAULT 'VALID',
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "supersededAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,
    "revokedBy" TEXT,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_currentSlot_key" ON "Certificate"("currentSlot");

-- CreateIndex
CREATE INDEX "Certificate_ownerUserId_issuedAt_idx" ON "Certificate"("ownerUserId", "issuedAt");

-- CreateIndex
CREATE INDEX "Certificate_unitId_issuedAt_idx" ON "Certificate"("unitId", "issuedAt");

-- CreateIndex
CREATE INDEX "Certificate_applicationId_idx" ON "Certificate"("applicationId");

