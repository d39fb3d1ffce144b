// Events per period stacked by QuadClass, the Goldstein mean as a line, and a pointer brush that sets the date range.
import { brushToRange, linearScale, niceTicks, periodEnd, periodStart, stackQuads } from "./aggregate";
import { h, s } from "./dom";
import { formatCount, formatGoldstein, periodLabel, quadName } from "./format";
import type { Bucket } from "./query";
import type { SeriesPoint } from "./types";

export interface TimelineOptions {
  by: Bucket;
  from: string;
  to: string;
  onBrush: (range: { from: string; to: string } | null) => void;
}

const HEIGHT = 220;
const M = { top: 12, right: 40, bottom: 24, left: 44 };

export function renderTimeline(container: HTMLElement, points: SeriesPoint[], opts: TimelineOptions): void {
  container.replaceChildren();
  if (points.length === 0) {
    container.append(h("p", { class: "empty" }, "No events match these filters."));
    return;
  }
  const width = Math.max(300, container.clientWidth || 600);
  const t0 = periodStart(points[0]!.period);
  const t1 = periodEnd(points[points.length - 1]!.period, opts.by);
  const x = linearScale(t0, t1, M.left, width - M.right);
  const maxCount = Math.max(...points.map((p) => p.count), 1);
  const ticks = niceTicks(maxCount);
  const y = linearScale(0, ticks[ticks.length - 1] ?? maxCount, HEIGHT - M.bottom, M.top);
  const g = linearScale(-10, 10, HEIGHT - M.bottom, M.top);

  const svg = s("svg", { class: "timeline", viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, role: "img", "aria-label": summary(points) });
  for (const tick of ticks) {
    svg.append(s("line", { class: "grid", x1: M.left, x2: width - M.right, y1: y(tick), y2: y(tick) }));
    svg.append(s("text", { class: "axis", x: M.left - 6, y: y(tick) + 4, "text-anchor": "end" }, formatCount(tick)));
  }
  for (const gv of [-10, 0, 10]) svg.append(s("text", { class: "axis gold", x: width - M.right + 6, y: g(gv) + 4 }, formatGoldstein(gv)));

  const bars = s("g", { class: "bars" });
  for (const p of points) {
    const x0 = x(periodStart(p.period));
    const w = Math.max(1, x(periodEnd(p.period, opts.by)) - x0 - 1);
    for (const st of stackQuads(p)) {
      if (st.y1 === st.y0) continue;
      bars.append(s("rect", { class: `q${st.quad}`, x: x0, width: w, y: y(st.y1), height: Math.max(0.5, y(st.y0) - y(st.y1)) },
        s("title", {}, `${periodLabel(p.period)}: ${st.y1 - st.y0} ${quadName(st.quad).toLowerCase()}`)));
    }
  }
  svg.append(bars);

  const path = points
    .filter((p) => p.goldstein_mean !== null)
    .map((p, i) => `${i === 0 ? "M" : "L"}${(x(periodStart(p.period)) + x(periodEnd(p.period, opts.by))) / 2},${g(p.goldstein_mean!)}`)
    .join("");
  if (path) svg.append(s("path", { class: "goldline", d: path }));

  const labels = [points[0]!, points[Math.floor(points.length / 2)]!, points[points.length - 1]!];
  labels.forEach((p, i) => svg.append(s("text", { class: "axis", x: x(periodStart(p.period)), y: HEIGHT - 6, "text-anchor": ["start", "middle", "end"][i]! }, periodLabel(p.period))));

  if (opts.from || opts.to) {
    const a = opts.from ? x(Date.parse(opts.from + "T00:00:00Z")) : M.left;
    const b = opts.to ? x(Date.parse(opts.to + "T00:00:00Z") + 86_400_000) : width - M.right;
    svg.append(s("rect", { class: "selection", x: Math.max(M.left, a), y: M.top, width: Math.max(1, Math.min(width - M.right, b) - Math.max(M.left, a)), height: HEIGHT - M.top - M.bottom }));
  }
  attachBrush(svg, width, (px0, px1) => opts.onBrush(brushToRange(points, opts.by, x, px0, px1)));
  container.append(svg, legend());
}

function attachBrush(svg: SVGSVGElement, width: number, done: (px0: number, px1: number) => void): void {
  const band = s("rect", { class: "brush", y: M.top, height: HEIGHT - M.top - M.bottom, width: 0, x: 0 });
  svg.append(band);
  let start: number | null = null;
  const toX = (e: PointerEvent) => {
    const box = svg.getBoundingClientRect();
    return ((e.clientX - box.left) / (box.width || 1)) * width;
  };
  svg.addEventListener("pointerdown", (e) => {
    start = toX(e);
    svg.setPointerCapture(e.pointerId);
    band.setAttribute("x", String(start));
    band.setAttribute("width", "0");
  });
  svg.addEventListener("pointermove", (e) => {
    if (start === null) return;
    const now = toX(e);
    band.setAttribute("x", String(Math.min(start, now)));
    band.setAttribute("width", String(Math.abs(now - start)));
  });
  svg.addEventListener("pointerup", (e) => {
    if (start === null) return;
    const end = toX(e);
    const began = start;
    start = null;
    // A click without a drag is not a range: it leaves the filters alone.
    if (Math.abs(end - began) >= 3) done(began, end);
    else band.setAttribute("width", "0");
  });
}

function legend(): HTMLElement {
  const items = [1, 2, 3, 4].map((q) => h("li", {}, h("span", { class: `swatch q${q}`, "aria-hidden": "true" }), quadName(q)));
  items.push(h("li", {}, h("span", { class: "swatch goldline", "aria-hidden": "true" }), "Goldstein mean (right axis)"));
  return h("ul", { class: "legend" }, ...items);
}

function summary(points: SeriesPoint[]): string {
  const total = points.reduce((n, p) => n + p.count, 0);
  return `Timeline: ${formatCount(total)} events from ${periodLabel(points[0]!.period)} to ${periodLabel(points[points.length - 1]!.period)}. Drag across it to set the date range.`;
}
