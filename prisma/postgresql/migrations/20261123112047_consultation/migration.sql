-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "ticketNo" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "dueDate" TEXT NOT NULL,
    "reply" TEXT,
    "handlingResult" TEXT,
    "repliedById" TEXT,
    "repliedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationAttachment" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storedName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgeArticle" (
    "id" SERIAL NOT NULL,
    "category" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "keywords" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'EDITOR',
    "consultationId" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnowledgeArticle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyNotice" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "recipients" INTEGER NOT NULL,
    "publishedById" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceRating" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "followUp" TEXT NOT NULL DEFAULT 'NONE',
    "followUpNote" TEXT,
    "followedUpById" TEXT,
    "followedUpAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitCreditRating" (
    "id" SERIAL NOT NULL,
    "creditCode" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "ratedOn" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnitCreditRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DishonestyListing" (
    "id" SERIAL NOT NULL,
    "creditCode" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "listedOn" TEXT NOT NULL,
    "removedOn" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedById" TEXT,

    CONSTRAINT "DishonestyListing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_ticketNo_key" ON "Consultation"("ticketNo");

-- CreateIndex
CREATE INDEX "Consultation_userId_createdAt_idx" ON "Consultation"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Consultation_status_dueDate_idx" ON "Consultation"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationAttachment_storedName_key" ON "ConsultationAttachment"("storedName");

-- CreateIndex
CREATE INDEX "ConsultationAttachment_consultationId_idx" ON "ConsultationAttachment"("consultationId");

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeArticle_consultationId_key" ON "KnowledgeArticle"("consultationId");

-- CreateIndex
CREATE INDEX "KnowledgeArticle_published_category_idx" ON "KnowledgeArticle"("published", "category");

-- CreateIndex
CREATE INDEX "PolicyNotice_publishedAt_idx" ON "PolicyNotice"("publishedAt");

-- CreateIndex
CREATE INDEX "ServiceRating_followUp_createdAt_idx" ON "ServiceRating"("followUp", "createdAt");

-- CreateIndex
CREATE INDEX "ServiceRating_kind_itemKey_createdAt_idx" ON "ServiceRating"("kind", "itemKey", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceRating_kind_subjectId_key" ON "ServiceRating"("kind", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitCreditRating_creditCode_key" ON "UnitCreditRating"("creditCode");

-- CreateIndex
CREATE INDEX "DishonestyListing_creditCode_idx" ON "DishonestyListing"("creditCode");

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAttachment" ADD CONSTRAINT "ConsultationAttachment_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeArticle" ADD CONSTRAINT "KnowledgeArticle_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRating" ADD CONSTRAINT "ServiceRating_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

