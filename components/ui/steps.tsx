/**
 * Where the user is in a flow of several steps (booking, later applying): an ordered list in
 * which the current step has aria-current="step", and the current and finished steps are named
 * so for screen readers as well as by colour. `current` counts from 1.
 */
export function Steps({ label, steps, current }: { label: string; steps: readonly string[]; current: number }) {
  return (
    <ol aria-label={label} className="flex flex-wrap gap-2 text-sm">
      {steps.map((step, i) => {
        const n = i + 1;
        const state = n === current ? "current" : n < current ? "done" : "todo";
        return (
          <li
            key={step}
            aria-current={state === "current" ? "step" : undefined}
            className={`rounded-full px-3 py-1 ${state === "current" ? "bg-brand-700 text-white" : state === "done" ? "bg-brand-100 text-brand-900" : "bg-slate-100 text-slate-600"}`}
          >
            {n}. {step}
            {state !== "todo" && <span className="sr-only">{state === "current" ? "（当前步骤）" : "（已完成）"}</span>}
          </li>
        );
      })}
    </ol>
  );
}
