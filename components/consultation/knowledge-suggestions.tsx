"use client";

import { useEffect, useState } from "react";

export interface SuggestedAnswer {
  id: number;
  question: string;
  answer: string;
}

/**
 * 智能问答 (K2, §5.5.2 a): answers from the knowledge base for what is being typed, fetched
 * 300 ms after the typing stops; an older reply never overwrites a newer one.
 */
export function useKnowledgeSuggestions(query: string) {
  const [answers, setAnswers] = useState<SuggestedAnswer[]>([]);
  const [searched, setSearched] = useState("");
  useEffect(() => {
    const q = query.trim();
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      if (q.length < 2) {
        setAnswers([]);
        setSearched("");
        return;
      }
      try {
        const response = await fetch(`/api/knowledge/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as { answers: SuggestedAnswer[] };
        setAnswers(body.answers);
        setSearched(q);
      } catch {
        // aborted by newer typing, or offline: keep what is shown
      }
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  return { answers, searched };
}

/** The suggested answers; a polite live region, so a screen reader hears how many were found. */
export function SuggestionList({ answers, searched, heading = "您可能想问" }: { answers: SuggestedAnswer[]; searched: string; heading?: string }) {
  return (
    <section aria-label="智能问答推荐" className="space-y-2">
      <p aria-live="polite" className="text-sm text-slate-700" data-testid="suggestion-status">
        {searched ? (answers.length ? `${heading}（找到 ${answers.length} 条相关答案）：` : "知识库中暂无相关答案，可以写信咨询。") : ""}
      </p>
      {answers.length > 0 && (
        <ul className="space-y-2" data-testid="suggestions">
          {answers.map((a) => (
            <li key={a.id} className="rounded border border-brand-100 bg-brand-50 p-3">
              <details>
                <summary className="cursor-pointer font-medium text-brand-900">{a.question}</summary>
                <p className="mt-2 text-sm">{a.answer}</p>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The box on the public 咨询投诉 page: type a question, read the answers, or go on to write. */
export function KnowledgeSearchBox({ askHref }: { askHref: string }) {
  const [query, setQuery] = useState("");
  const { answers, searched } = useKnowledgeSuggestions(query);
  return (
    <div className="card space-y-3">
      <label htmlFor="ask" className="block font-medium">请输入您的问题</label>
      <input
        id="ask"
        type="search"
        className="input"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="例如：跨省工作养老保险怎么转移"
        aria-describedby="ask-hint"
        autoComplete="off"
      />
      <p id="ask-hint" className="text-sm text-slate-600">输入时自动推荐知识库中的答案；没有找到满意的答案，可以写信咨询。</p>
      <SuggestionList answers={answers} searched={searched} />
      <p>
        <a href={askHref} className="btn btn-secondary">仍未解决，写信咨询</a>
      </p>
    </div>
  );
}
