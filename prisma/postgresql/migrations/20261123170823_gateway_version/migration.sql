-- AlterTable
ALTER TABLE "Channel" ADD COLUMN     "gatewayVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "DirectEnterprise" ADD COLUMN     "gatewayVersion" INTEGER NOT NULL DEFAULT 0;

