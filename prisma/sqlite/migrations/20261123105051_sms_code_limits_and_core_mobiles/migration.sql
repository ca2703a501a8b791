-- AlterTable
ALTER TABLE "SmsChallenge" ADD COLUMN "subjectHash" TEXT;

-- AlterTable
ALTER TABLE "CoreUnit" ADD COLUMN "handlerMobile" TEXT;
ALTER TABLE "CoreUnit" ADD COLUMN "handlerName" TEXT;

-- CreateTable
CREATE TABLE "SmsCodeFailureDay" (
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "pausedAt" DATETIME,

    PRIMARY KEY ("userId", "day"),
    CONSTRAINT "SmsCodeFailureDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CorePerson" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personNo" TEXT NOT NULL,
    "idType" TEXT NOT NULL DEFAULT '01',
    "idNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "birthDate" TEXT NOT NULL,
    "mobile" TEXT,
    "address" TEXT NOT NULL DEFAULT '',
    "socialCardNo" TEXT,
    "unitId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'INSURED',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CorePerson_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "CoreUnit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_CorePerson" ("address", "birthDate", "createdAt", "gender", "id", "idNumber", "idType", "mobile", "name", "personNo", "socialCardNo", "status", "unitId", "updatedAt") SELECT "address", "birthDate", "createdAt", "gender", "id", "idNumber", "idType", "mobile", "name", "personNo", "socialCardNo", "status", "unitId", "updatedAt" FROM "CorePerson";
DROP TABLE "CorePerson";
ALTER TABLE "new_CorePerson" RENAME TO "CorePerson";
CREATE UNIQUE INDEX "CorePerson_personNo_key" ON "CorePerson"("personNo");
CREATE INDEX "CorePerson_unitId_name_idx" ON "CorePerson"("unitId", "name");
CREATE UNIQUE INDEX "CorePerson_idType_idNumber_key" ON "CorePerson"("idType", "idNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SmsCodeFailureDay_day_pausedAt_idx" ON "SmsCodeFailureDay"("day", "pausedAt");

-- CreateIndex
CREATE INDEX "SmsChallenge_userId_consumedAt_idx" ON "SmsChallenge"("userId", "consumedAt");

