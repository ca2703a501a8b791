-- CreateTable
CREATE TABLE "DirectNonce" (
    "reqAppCode" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,

    PRIMARY KEY ("reqAppCode", "nonce")
);

-- CreateTable
CREATE TABLE "DirectBizRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "environment" TEXT NOT NULL,
    "reqAppCode" TEXT NOT NULL,
    "serviceCode" TEXT NOT NULL,
    "bizSerialNo" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "request" TEXT NOT NULL,
    "response" TEXT NOT NULL,
    "outboxId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "DirectNonce_expiresAt_idx" ON "DirectNonce"("expiresAt");

-- CreateIndex
CREATE INDEX "DirectBizRecord_expiresAt_idx" ON "DirectBizRecord"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "DirectBizRecord_environment_reqAppCode_serviceCode_bizSerialNo_key" ON "DirectBizRecord"("environment", "reqAppCode", "serviceCode", "bizSerialNo");

