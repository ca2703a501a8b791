-- AlterTable
ALTER TABLE "SmsChallenge" ADD COLUMN     "subjectHash" TEXT;

-- AlterTable
ALTER TABLE "CoreUnit" ADD COLUMN     "handlerMobile" TEXT,
ADD COLUMN     "handlerName" TEXT;

-- AlterTable
ALTER TABLE "CorePerson" ALTER COLUMN "mobile" DROP NOT NULL;

-- CreateTable
CREATE TABLE "SmsCodeFailureDay" (
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "pausedAt" TIMESTAMP(3),

    CONSTRAINT "SmsCodeFailureDay_pkey" PRIMARY KEY ("userId","day")
);

-- CreateIndex
CREATE INDEX "SmsCodeFailureDay_day_pausedAt_idx" ON "SmsCodeFailureDay"("day", "pausedAt");

-- CreateIndex
CREATE INDEX "SmsChallenge_userId_consumedAt_idx" ON "SmsChallenge"("userId", "consumedAt");

-- AddForeignKey
ALTER TABLE "SmsCodeFailureDay" ADD CONSTRAINT "SmsCodeFailureDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

