-- AlterTable
ALTER TABLE "CoreOutbox" ADD COLUMN "applicationId" TEXT;

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationNo" TEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "applicantUserId" TEXT NOT NULL,
    "unitId" INTEGER,
    "subjectPersonId" INTEGER,
    "source" TEXT NOT NULL DEFAULT 'PORTAL',
    "externalSerialNo" TEXT,
    "requestKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "formData" TEXT NOT NULL,
    "dueDate" TEXT,
    "acceptingDept" TEXT,
    "result" TEXT,
    "correctionNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "submittedAt" DATETIME,
    "acceptedAt" DATETIME,
    "decidedAt" DATETIME,
    CONSTRAINT "Application_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ServiceItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_applicantUserId_fkey" FOREIGN KEY ("applicantUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationMaterial" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "materialName" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "sm3" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ApplicationMaterial_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "applicationId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "dept" TEXT,
    "note" TEXT,
    "at" DATETIME NOT NULL,
    CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "content" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CoreQualification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "certifiedOn" TEXT NOT NULL,
    "method" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Application_applicationNo_key" ON "Application"("applicationNo");

-- CreateIndex
CREATE UNIQUE INDEX "Application_requestKey_key" ON "Application"("requestKey");

-- CreateIndex
CREATE INDEX "Application_applicantUserId_createdAt_idx" ON "Application"("applicantUserId", "createdAt");

-- CreateIndex
CREATE INDEX "Application_unitId_createdAt_idx" ON "Application"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "Application_status_dueDate_idx" ON "Application"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Application_itemId_status_idx" ON "Application"("itemId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Application_source_externalSerialNo_key" ON "Application"("source", "externalSerialNo");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationMaterial_storageKey_key" ON "ApplicationMaterial"("storageKey");

-- CreateIndex
CREATE INDEX "ApplicationMaterial_applicationId_idx" ON "ApplicationMaterial"("applicationId");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_at_idx" ON "ApplicationEvent"("applicationId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "CoreQualification_personId_year_key" ON "CoreQualification"("personId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "CoreOutbox_applicationId_key" ON "CoreOutbox"("applicationId");

