// Numbers behind the charts: periods, stacks, scales, map points and highlight segments. Pure: no DOM.
import type { Bucket } from "./query";
import type { DyadEvent, Precision, SeriesPoint } from "./types";

const DAY_MS = 86_400_000;

/** Start of an API period (`2024-08-05` for a day or week, `2024-08` for a month) in UTC milliseconds. */
export function periodStart(period: string): number {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return Date.UTC(Number(month[1]), Number(month[2]) - 1, 1);
  return Date.parse(period + "T00:00:00Z");
}

/** Exclusive end of the period that starts at `period`. */
export function periodEnd(period: string, by: Bucket): number {
  const start = periodStart(period);
  if (by === "day") return start + DAY_MS;
  if (by === "week") return start + 7 * DAY_MS;
  const d = new Date(start);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Verbal and material cooperation minus verbal and material conflict, in events. */
export function netCooperation(point: SeriesPoint): number {
  const q = (k: string) => point.quad[k] ?? 0;
  return q("1") + q("2") - q("3") - q("4");
}

export interface QuadStack {
  quad: number;
  y0: number;
  y1: number;
}

/** Quad classes stacked bottom-up (1 at the bottom) for one period. */
export function stackQuads(point: SeriesPoint): QuadStack[] {
  const stacks: QuadStack[] = [];
  let y = 0;
  for (let quad = 1; quad <= 4; quad++) {
    const n = point.quad[String(quad)] ?? 0;
    stacks.push({ quad, y0: y, y1: y + n });
    y += n;
  }
  return stacks;
}

export type Scale = ((value: number) => number) & { invert: (pixel: number) => number };

export function linearScale(d0: number, d1: number, r0: number, r1: number): Scale {
  const span = d1 - d0 || 1;
  const f = ((v: number) => r0 + ((v - d0) / span) * (r1 - r0)) as Scale;
  f.invert = (p: number) => d0 + ((p - r0) / (r1 - r0 || 1)) * span;
  return f;
}

/** Round tick values (1, 2 or 5 times a power of ten) covering [0, max]. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/** A bucket that keeps a range to a readable number of bars (at most ~120). */
export function chooseBucket(fromMs: number, toMs: number): Bucket {
  const days = Math.max(1, (toMs - fromMs) / DAY_MS);
  if (days <= 120) return "day";
  if (days <= 7 * 120) return "week";
  return "month";
}

/** Brushed pixels → an inclusive date range snapped to whole periods. */
export function brushToRange(points: SeriesPoint[], by: Bucket, x: Scale, px0: number, px1: number): { from: string; to: string } | null {
  const lo = x.invert(Math.min(px0, px1));
  const hi = x.invert(Math.max(px0, px1));
  const hit = points.filter((p) => periodEnd(p.period, by) > lo && periodStart(p.period) < hi);
  if (hit.length === 0) return null;
  const first = hit[0]!;
  const last = hit[hit.length - 1]!;
  return { from: isoDay(periodStart(first.period)), to: isoDay(periodEnd(last.period, by) - DAY_MS) };
}

export const PRECISION_RADIUS: Record<Precision, number> = { landmark: 3, city: 3.5, admin1: 5, country: 7, region: 9 };

export interface MapPoint {
  event: DyadEvent;
  lat: number;
  lon: number;
  precision: Precision;
  radius: number;
}

/** Events with coordinates, as map points; country- and region-precision ones only when asked for. */
export function mapPoints(events: DyadEvent[], showCountry: boolean): MapPoint[] {
  const points: MapPoint[] = [];
  for (const event of events) {
    const place = event.place;
    if (!place || place.lat === null || place.lon === null || !place.precision) continue;
    const coarse = place.precision === "country" || place.precision === "region";
    if (coarse && !showCountry) continue;
    points.push({ event, lat: place.lat, lon: place.lon, precision: place.precision, radius: PRECISION_RADIUS[place.precision] });
  }
  // Coarse points first so fine ones are drawn on top and stay clickable.
  return points.sort((a, b) => b.radius - a.radius);
}

export interface Segment {
  text: string;
  marked: boolean;
}

/** Splits text into plain and marked runs; overlapping or touching ranges merge, out-of-range parts are clipped. */
export function highlightSegments(text: string, ranges: { start: number; end: number }[]): Segment[] {
  const clipped = ranges
    .map((r) => ({ start: Math.max(0, Math.min(r.start, text.length)), end: Math.max(0, Math.min(r.end, text.length)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of clipped) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) segments.push({ text: text.slice(at, r.start), marked: false });
    segments.push({ text: text.slice(r.start, r.end), marked: true });
    at = r.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
