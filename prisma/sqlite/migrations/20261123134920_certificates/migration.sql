-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
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
    "status" TEXT NOT NULL DEFAULT 'VALID',
    "issuedAt" DATETIME NOT NULL,
    "supersededAt" DATETIME,
    "revokedAt" DATETIME,
    "revokedReason" TEXT,
    "revokedBy" TEXT
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

