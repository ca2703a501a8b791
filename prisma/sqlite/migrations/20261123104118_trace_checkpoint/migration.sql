-- CreateTable
CREATE TABLE "TraceCheckpoint" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "lastHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "publicKey" TEXT NOT NULL,
    "signature" TEXT NOT NULL
);

