-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "unitId" INTEGER;

-- CreateIndex
CREATE INDEX "Appointment_unitId_createdAt_idx" ON "Appointment"("unitId", "createdAt");


-- Backfill: bookings made by unit handlers before this column belong to the handler's unit.
UPDATE "Appointment" SET "unitId" = (SELECT "coreUnitId" FROM "User" WHERE "User"."id" = "Appointment"."userId" AND "User"."role" = 'UNIT');
