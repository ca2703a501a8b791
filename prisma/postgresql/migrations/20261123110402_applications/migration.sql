-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'CORRECTION', 'PRE_APPROVED', 'PROCESSING', 'COMPLETED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ApplicationSource" AS ENUM ('PORTAL', 'DIRECT_CONNECT', 'MIDDLE_PLATFORM');

-- AlterTable
ALTER TABLE "CoreOutbox" ADD COLUMN     "applicationId" TEXT;

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "applicationNo" TEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "applicantUserId" TEXT NOT NULL,
    "unitId" INTEGER,
    "subjectPersonId" INTEGER,
    "source" "ApplicationSource" NOT NULL DEFAULT 'PORTAL',
    "externalSerialNo" TEXT,
    "requestKey" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "formData" TEXT NOT NULL,
    "dueDate" TEXT,
    "acceptingDept" TEXT,
    "result" TEXT,
    "correctionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationMaterial" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "materialName" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "sm3" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" SERIAL NOT NULL,
    "applicationId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL,
    "title" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "dept" TEXT,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApplicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "key" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "CoreQualification" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "certifiedOn" TEXT NOT NULL,
    "method" TEXT NOT NULL,

    CONSTRAINT "CoreQualification_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ServiceItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_applicantUserId_fkey" FOREIGN KEY ("applicantUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationMaterial" ADD CONSTRAINT "ApplicationMaterial_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

