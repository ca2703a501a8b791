-- AlterTable
CREATE SEQUENCE operationtrace_seq_seq;
ALTER TABLE "OperationTrace" ADD COLUMN     "chainSeq" INTEGER,
ALTER COLUMN "seq" SET DEFAULT nextval('operationtrace_seq_seq'),
ALTER COLUMN "prevHash" DROP NOT NULL,
ALTER COLUMN "hash" DROP NOT NULL;
ALTER SEQUENCE operationtrace_seq_seq OWNED BY "OperationTrace"."seq";

-- CreateIndex
CREATE UNIQUE INDEX "OperationTrace_chainSeq_key" ON "OperationTrace"("chainSeq");


-- Issue 13: rows chained before this migration keep their place: chain position = seq, so their
-- hashes (computed over seq) stay valid. New rows take their seq from the sequence, after them.
UPDATE "OperationTrace" SET "chainSeq" = "seq";
SELECT setval('operationtrace_seq_seq', COALESCE((SELECT MAX("seq") FROM "OperationTrace"), 0) + 1, false);
