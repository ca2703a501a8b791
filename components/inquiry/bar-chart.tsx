/**
 * A bar chart as inline SVG, rendered on the server: no chart library and no JavaScript in the
 * browser. Screen readers get the title and description; the page shows the same figures in a
 * table next to it, which is the accessible alternative (WCAG 1.1.1).
 */
export interface BarPoint {
  label: string;
  value: number;
}

export function BarChart({ id, title, description, points, format }: {
  id: string;
  title: string;
  description: string;
  points: readonly BarPoint[];
  format: (value: number) => string;
}) {
  if (points.length === 0) return null;
  const width = 640;
  const height = 220;
  const [left, bottom, top] = [8, 28, 24];
  const max = Math.max(...points.map((p) => p.value), 1);
  const slot = (width - left * 2) / points.length;
  const bar = Math.max(4, slot * 0.7);
  const scale = (height - bottom - top) / max;
  // Every label would crowd a 27-year history: label about eight bars.
  const labelEvery = Math.ceil(points.length / 8);
  return (
    <figure className="card">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={left} x2={width - left} y1={height - bottom} y2={height - bottom} stroke="#9aa9bb" />
        {points.map((p, i) => {
          const h = Math.max(1, p.value * scale);
          const x = left + i * slot + (slot - bar) / 2;
          return (
            <g key={p.label}>
              <rect x={x} y={height - bottom - h} width={bar} height={h} fill="#1565c0">
                <title>{`${p.label}：${format(p.value)}`}</title>
              </rect>
              {(i % labelEvery === 0 || i === points.length - 1) && (
                <text x={x + bar / 2} y={height - bottom + 16} fontSize="12" textAnchor="middle" fill="#334155">{p.label}</text>
              )}
            </g>
          );
        })}
        <text x={left} y={14} fontSize="12" fill="#334155">{`最高 ${format(max)}`}</text>
      </svg>
      <figcaption className="mt-1 text-sm text-slate-600">{title}（数据见下表）</figcaption>
    </figure>
  );
}
