"use server";
/** Server actions of service evaluation (K5). */
import { defineAction } from "@/lib/actions/define-action";
import { answerBadRating } from "./follow-up";
import { rateService } from "./rate-service";
import { answerBadRatingSchema, rateServiceSchema } from "./schema";

export const rateServiceAction = defineAction(
  { name: "evaluation.rate", access: ["PERSON", "UNIT"], schema: rateServiceSchema },
  (input, { actor, now }) => rateService(actor, input, now),
);

export const answerBadRatingAction = defineAction(
  { name: "evaluation.answer-bad-rating", access: ["STAFF", "ADMIN"], schema: answerBadRatingSchema },
  (input, { actor, now }) => answerBadRating(actor, input, now),
);
