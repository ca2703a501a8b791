-- CreateTable
CREATE TABLE "MiddlePlatformPush" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "serialNo" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL,
    "doneAt" DATETIME
);

-- CreateTable
CREATE TABLE "MiddlePlatformNonce" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "seenAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "MiddlePlatformPush_status_nextAttemptAt_idx" ON "MiddlePlatformPush"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "MiddlePlatformPush_applicationId_idx" ON "MiddlePlatformPush"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "MiddlePlatformPush_serialNo_kind_step_key" ON "MiddlePlatformPush"("serialNo", "kind", "step");

-- CreateIndex
CREATE INDEX "MiddlePlatformNonce_seenAt_idx" ON "MiddlePlatformNonce"("seenAt");

