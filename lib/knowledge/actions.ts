"use server";
/** Server actions of the knowledge base (K2): STAFF and ADMIN keep the articles. */
import { defineAction } from "@/lib/actions/define-action";
import { saveArticle } from "./save-article";
import { saveArticleSchema } from "./schema";

export const saveArticleAction = defineAction(
  { name: "knowledge.save-article", access: ["STAFF", "ADMIN"], schema: saveArticleSchema },
  (input, { actor, now }) => saveArticle(actor, input, now),
);
