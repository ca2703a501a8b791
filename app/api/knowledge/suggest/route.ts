/**
 * 智能问答 (K2, LD/T 01 §5.5.2 a): answers suggested while a question is typed, before it is
 * sent. Public and read-only: the knowledge base is public information.
 */
import { NextResponse, type NextRequest } from "next/server";
import { searchKnowledge } from "@/lib/knowledge/knowledge-base";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const q = (request.nextUrl.searchParams.get("q") ?? "").trim();
  const answers = await searchKnowledge(q, 5);
  return NextResponse.json(
    { answers: answers.map(({ id, question, answer }) => ({ id, question, answer })) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
