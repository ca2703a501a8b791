-- CreateTable
CREATE TABLE "DirectNonce" (
    "reqAppCode" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DirectNonce_pkey" PRIMARY KEY ("reqAppCode","nonce")
);

-- CreateTable
CREATE TABLE "DirectBizRecord" (
    "id" TEXT NOT NULL,
    "environment" "DirectEnvironment" NOT NULL,
    "reqAppCode" TEXT NOT NULL,
    "serviceCode" TEXT NOT NULL,
    "bizSerialNo" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "request" TEXT NOT NULL,
    "response" TEXT NOT NULL,
    "outboxId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DirectBizRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DirectNonce_expiresAt_idx" ON "DirectNonce"("expiresAt");

-- CreateIndex
CREATE INDEX "DirectBizRecord_expiresAt_idx" ON "DirectBizRecord"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "DirectBizRecord_environment_reqAppCode_serviceCode_bizSeria_key" ON "DirectBizRecord"("environment", "reqAppCode", "serviceCode", "bizSerialNo");

