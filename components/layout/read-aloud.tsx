"use client";

import { useEffect, useRef, useState } from "react";

/**
 * 语音阅读 (W2): reads the page's main content aloud in Mandarin with the browser's own speech
 * synthesis (nothing leaves the browser). While it is on, a field that receives the focus is
 * read too: its label, and its error if it has one. Where the browser has no speech synthesis
 * or no Chinese voice, it says so instead of reading in another language.
 */
const NO_VOICE = "您的浏览器没有可用的中文语音，无法朗读。可在系统设置中安装中文语音后再试。";

function chineseVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | null | undefined {
  const voices = synth.getVoices();
  // Some browsers load their voices late and list none at first: then let the browser choose by lang.
  if (voices.length === 0) return undefined;
  return voices.find((v) => /^zh[-_](CN|Hans)/i.test(v.lang)) ?? voices.find((v) => /^zh/i.test(v.lang)) ?? null;
}

function speak(synth: SpeechSynthesis, text: string): boolean {
  const voice = chineseVoice(synth);
  if (voice === null) return false;
  synth.cancel();
  // Long pages are read in sentence-sized pieces: some engines stop after a few hundred characters.
  for (const piece of text.match(/[^。！？；\n]+[。！？；]?/g) ?? []) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const utterance = new SpeechSynthesisUtterance(trimmed);
    utterance.lang = "zh-CN";
    if (voice) utterance.voice = voice;
    synth.speak(utterance);
  }
  return true;
}

/** What a screen reader would say of a focused field: its label and its error message. */
function describeField(el: HTMLElement): string {
  const labels = "labels" in el ? Array.from((el as HTMLInputElement).labels ?? []).map((l) => l.innerText) : [];
  const label = labels.join(" ") || el.getAttribute("aria-label") || "";
  const described = (el.getAttribute("aria-describedby") ?? "")
    .split(/\s+/)
    .map((id) => (id ? document.getElementById(id)?.innerText ?? "" : ""))
    .filter(Boolean);
  return [label.replace(/\*$/, ""), ...described].join("。");
}

export function ReadAloud() {
  const [reading, setReading] = useState(false);
  const [notice, setNotice] = useState("");
  const readingRef = useRef(false);

  useEffect(() => {
    readingRef.current = reading;
    if (!reading) return;
    const onFocus = (event: FocusEvent) => {
      const el = event.target as HTMLElement | null;
      if (!el || !readingRef.current || !el.matches("input, select, textarea")) return;
      const text = describeField(el);
      if (text) speak(window.speechSynthesis, text);
    };
    document.addEventListener("focusin", onFocus);
    return () => document.removeEventListener("focusin", onFocus);
  }, [reading]);

  function toggle() {
    const synth = typeof window !== "undefined" ? window.speechSynthesis : undefined;
    if (reading) {
      synth?.cancel();
      setReading(false);
      setNotice("");
      return;
    }
    const main = document.getElementById("main");
    if (!synth || !main || !speak(synth, main.innerText)) {
      setNotice(NO_VOICE);
      return;
    }
    setNotice("");
    setReading(true);
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={toggle} aria-pressed={reading} className="mode-control rounded border border-white px-3 py-1 text-white">
        {reading ? "停止朗读" : "朗读"}
      </button>
      <span role="status" className="text-sm text-white">{notice}</span>
    </span>
  );
}
