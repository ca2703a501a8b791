"use client";

/** Opens the browser's print dialog; hidden on paper. */
export function PrintButton({ label = "打印本页" }: { label?: string }) {
  return (
    <button type="button" className="btn btn-secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
