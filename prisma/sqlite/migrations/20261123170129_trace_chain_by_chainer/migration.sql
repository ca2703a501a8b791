-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OperationTrace" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chainSeq" INTEGER,
    "actorId" TEXT,
    "actorRole" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "ip" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL,
    "prevHash" TEXT,
    "hash" TEXT
);
-- Issue 13: rows chained before this migration keep their place: chain position = seq, so their
-- hashes (computed over seq) stay valid. AUTOINCREMENT continues after the largest seq copied.
INSERT INTO "new_OperationTrace" ("action", "actorId", "actorRole", "createdAt", "entity", "entityId", "hash", "ip", "prevHash", "seq", "chainSeq", "summary") SELECT "action", "actorId", "actorRole", "createdAt", "entity", "entityId", "hash", "ip", "prevHash", "seq", "seq", "summary" FROM "OperationTrace";
DROP TABLE "OperationTrace";
ALTER TABLE "new_OperationTrace" RENAME TO "OperationTrace";
CREATE UNIQUE INDEX "OperationTrace_chainSeq_key" ON "OperationTrace"("chainSeq");
CREATE INDEX "OperationTrace_actorId_seq_idx" ON "OperationTrace"("actorId", "seq");
CREATE INDEX "OperationTrace_entity_entityId_idx" ON "OperationTrace"("entity", "entityId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

