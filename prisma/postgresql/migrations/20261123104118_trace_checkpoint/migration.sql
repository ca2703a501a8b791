-- CreateTable
CREATE TABLE "TraceCheckpoint" (
    "seq" INTEGER NOT NULL,
    "lastHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "publicKey" TEXT NOT NULL,
    "signature" TEXT NOT NULL,

    CONSTRAINT "TraceCheckpoint_pkey" PRIMARY KEY ("seq")
);

