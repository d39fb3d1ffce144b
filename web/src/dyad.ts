// A dyad over time: events from source to target per period, and net cooperation (cooperation minus conflict events).
import { linearScale, netCooperation, periodStart } from "./aggregate";
import { h, s } from "./dom";
import { formatCount, formatGoldstein, periodLabel } from "./format";
import type { SeriesPoint } from "./types";

const HEIGHT = 160;

export function renderDyad(container: HTMLElement, source: string, target: string, points: SeriesPoint[]): void {
  container.replaceChildren();
  if (!source && !target) {
    container.append(h("p", { class: "note" }, "Pick a source and a target (actor codes such as USAGOV, or countries such as IRQ) to see their events over time."));
    return;
  }
  const title = `${source || "anyone"} → ${target || "anyone"}`;
  if (points.length === 0) {
    container.append(h("p", { class: "empty" }, `No events for ${title}.`));
    return;
  }
  const width = Math.max(280, container.clientWidth || 500);
  const t0 = periodStart(points[0]!.period);
  const t1 = periodStart(points[points.length - 1]!.period);
  const x = linearScale(t0, t1 === t0 ? t0 + 1 : t1, 40, width - 12);
  const nets = points.map(netCooperation);
  const maxAbs = Math.max(1, ...points.map((p) => p.count), ...nets.map(Math.abs));
  const y = linearScale(-maxAbs, maxAbs, HEIGHT - 14, 8);
  const bw = Math.max(2, Math.min(24, (width - 60) / points.length - 2));
  const svg = s("svg", { class: "dyad-chart", viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, role: "img",
    "aria-label": `${title}: ${formatCount(points.reduce((n, p) => n + p.count, 0))} events; bars are counts, the line is net cooperation` });
  svg.append(s("line", { class: "grid zero", x1: 40, x2: width - 12, y1: y(0), y2: y(0) }));
  svg.append(s("text", { class: "axis", x: 34, y: y(maxAbs) + 8, "text-anchor": "end" }, formatCount(maxAbs)));
  svg.append(s("text", { class: "axis", x: 34, y: y(-maxAbs), "text-anchor": "end" }, "-" + formatCount(maxAbs)));
  points.forEach((p, i) => {
    const cx = x(periodStart(p.period));
    svg.append(s("rect", { class: "count-bar", x: cx - bw / 2, width: bw, y: y(p.count), height: Math.max(0.5, y(0) - y(p.count)) },
      s("title", {}, `${periodLabel(p.period)}: ${p.count} events, net cooperation ${nets[i]}`)));
  });
  svg.append(s("path", { class: "netline", d: points.map((p, i) => `${i ? "L" : "M"}${x(periodStart(p.period))},${y(nets[i]!)}`).join("") }));
  const rows = points.slice(-24).reverse().map((p, i) => h("tr", {},
    h("td", {}, periodLabel(p.period)), h("td", { class: "num" }, formatCount(p.count)),
    h("td", { class: "num" }, String(nets[nets.length - 1 - i])), h("td", { class: "num" }, formatGoldstein(p.goldstein_mean))));
  container.append(h("h3", {}, title), svg,
    h("div", { class: "scroll" }, h("table", { class: "compact" },
      h("caption", {}, points.length > 24 ? "Latest 24 periods" : "By period"),
      h("thead", {}, h("tr", {}, ...["Period", "Events", "Net cooperation", "Goldstein mean"].map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, ...rows))));
}
