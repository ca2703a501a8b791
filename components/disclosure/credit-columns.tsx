import type { Column } from "@/components/ui/data-table";
import type { listCreditRatings } from "@/lib/disclosure/credit";

export type CreditRatingRow = Awaited<ReturnType<typeof listCreditRatings>>[number];

/** 单位信用等级 as published (K3): the public page and the ADMIN page show the same columns. */
export const CREDIT_RATING_COLUMNS: Column<CreditRatingRow>[] = [
  { header: "统一社会信用代码", cell: (r) => <span className="font-mono">{r.creditCode}</span> },
  { header: "单位名称", cell: (r) => r.unitName },
  { header: "信用等级", cell: (r) => r.rating },
  { header: "评定日期", cell: (r) => r.ratedOn, className: "whitespace-nowrap" },
  { header: "评定机关", cell: (r) => r.source },
];
