/**
 * 智能问答 (K2, LD/T 01 §5.5.2 a): answers suggested while a question is typed, before it is
 * sent. Public and read-only: the knowledge base is public information.
 */
import { NextResponse, type NextRequest } from "next/server";
import { searchKnowledge } from "@/lib/knowledge/knowledge-base";
import { z } from "@/lib/validation/zod";

/** What is being typed: trimmed and cut to a question's length, so a long query costs no more. */
const querySchema = z.string().trim().transform((q) => q.slice(0, 100));

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const q = querySchema.parse(request.nextUrl.searchParams.get("q") ?? "");
  const answers = await searchKnowledge(q, 5);
  return NextResponse.json(
    { answers: answers.map(({ id, question, answer }) => ({ id, question, answer })) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
