import { describe, expect, it } from "vitest";
import { brushToRange, chooseBucket, highlightSegments, linearScale, mapPoints, netCooperation, niceTicks, periodEnd, periodStart, stackQuads } from "../src/aggregate";
import type { DyadEvent, SeriesPoint } from "../src/types";

const point = (period: string, q: number[]): SeriesPoint => ({
  period, count: q.reduce((a, b) => a + b, 0), goldstein_sum: 0, goldstein_mean: null,
  quad: { "1": q[0]!, "2": q[1]!, "3": q[2]!, "4": q[3]! },
});

describe("periods", () => {
  it("starts and ends days, weeks and months in UTC", () => {
    expect(new Date(periodStart("2024-02")).toISOString()).toBe("2024-02-01T00:00:00.000Z");
    expect(new Date(periodEnd("2024-02", "month")).toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(periodEnd("2024-08-05", "week") - periodStart("2024-08-05")).toBe(7 * 86_400_000);
  });

  it("chooses coarser buckets for longer ranges", () => {
    const day = 86_400_000;
    expect(chooseBucket(0, 30 * day)).toBe("day");
    expect(chooseBucket(0, 400 * day)).toBe("week");
    expect(chooseBucket(0, 3000 * day)).toBe("month");
  });
});

describe("aggregation", () => {
  it("nets cooperation against conflict", () => {
    expect(netCooperation(point("2024-01", [3, 1, 2, 5]))).toBe(-3);
  });

  it("stacks quad classes bottom-up", () => {
    expect(stackQuads(point("2024-01", [2, 0, 1, 3]))).toEqual([
      { quad: 1, y0: 0, y1: 2 }, { quad: 2, y0: 2, y1: 2 }, { quad: 3, y0: 2, y1: 3 }, { quad: 4, y0: 3, y1: 6 },
    ]);
  });

  it("gives round ticks covering the maximum", () => {
    expect(niceTicks(87)).toEqual([0, 50, 100]);
    expect(niceTicks(0)).toEqual([0]);
  });

  it("snaps a brush to whole periods", () => {
    const points = [point("2024-01-01", [1, 0, 0, 0]), point("2024-01-02", [1, 0, 0, 0]), point("2024-01-03", [1, 0, 0, 0])];
    const x = linearScale(periodStart("2024-01-01"), periodEnd("2024-01-03", "day"), 0, 300);
    expect(brushToRange(points, "day", x, 110, 190)).toEqual({ from: "2024-01-02", to: "2024-01-02" });
    expect(brushToRange(points, "day", x, 250, 20)).toEqual({ from: "2024-01-01", to: "2024-01-03" });
  });
});

describe("map points", () => {
  const ev = (id: string, precision: string | null, lat: number | null = 10): DyadEvent => ({
    id, date: "2024-01-01", date_precision: "day", code: "010", root: "01", quad_class: 1, goldstein: 0, plover: null,
    source: null, target: null, mode: "asserted", mentions: [], rule: "r", confidence: 1,
    place: precision === null ? null : { text: "x", name: "x", country: "IQ", lat, lon: 20, geonames_id: null, precision: precision as never },
  });

  it("hides country-precision and placeless events unless asked", () => {
    const events = [ev("a", "city"), ev("b", "country"), ev("c", null), ev("d", "admin1", null)];
    expect(mapPoints(events, false).map((p) => p.event.id)).toEqual(["a"]);
    expect(mapPoints(events, true).map((p) => p.event.id)).toEqual(["b", "a"]);
  });
});

describe("highlight", () => {
  it("marks ranges, merging overlaps and clipping", () => {
    const segs = highlightSegments("One. Two. Three.", [{ start: 5, end: 9 }, { start: 7, end: 9 }, { start: 10, end: 99 }]);
    expect(segs).toEqual([
      { text: "One. ", marked: false }, { text: "Two.", marked: true }, { text: " ", marked: false }, { text: "Three.", marked: true },
    ]);
  });

  it("returns the text unmarked without ranges", () => {
    expect(highlightSegments("abc", [])).toEqual([{ text: "abc", marked: false }]);
    expect(highlightSegments("", [])).toEqual([{ text: "", marked: false }]);
  });
});
