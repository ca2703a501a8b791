-- CreateTable
CREATE TABLE "MiddlePlatformPush" (
    "id" SERIAL NOT NULL,
    "serialNo" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "MiddlePlatformPush_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MiddlePlatformNonce" (
    "key" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MiddlePlatformNonce_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "MiddlePlatformPush_status_nextAttemptAt_idx" ON "MiddlePlatformPush"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "MiddlePlatformPush_applicationId_idx" ON "MiddlePlatformPush"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "MiddlePlatformPush_serialNo_kind_step_key" ON "MiddlePlatformPush"("serialNo", "kind", "step");

-- CreateIndex
CREATE INDEX "MiddlePlatformNonce_seenAt_idx" ON "MiddlePlatformNonce"("seenAt");

