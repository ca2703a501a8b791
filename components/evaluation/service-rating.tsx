import { findRating } from "@/lib/evaluation/rate-service";
import { SCORE_LABELS, type RatedKind } from "@/lib/evaluation/labels";
import { RatingForm } from "@/components/consultation/rating-form";

/** 服务评价 (K5) of a closed subject: the rating given, with its follow-up, or the form to give one. */
export async function ServiceRating({ kind, subjectId }: { kind: RatedKind; subjectId: string }) {
  const rating = await findRating(kind, subjectId);
  return (
    <section aria-labelledby="rate" className="card space-y-2">
      <h2 id="rate" className="text-lg">服务评价</h2>
      {rating ? (
        <p role="status">
          您的评价：{rating.score} 分（{SCORE_LABELS[rating.score]}）{rating.comment && `，${rating.comment}`}
          {rating.followUp === "PENDING" && "。我们将尽快回访。"}
          {rating.followUp === "DONE" && `。回访答复：${rating.followUpNote}`}
        </p>
      ) : (
        <RatingForm kind={kind} subjectId={subjectId} />
      )}
    </section>
  );
}
