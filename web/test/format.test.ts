import { describe, expect, it } from "vitest";
import { actorLabel, formatCount, formatGoldstein, formatPercent, periodLabel, placeLabel, quadName, truncate } from "../src/format";

describe("format", () => {
  it("signs Goldstein scores and shows unknowns as a dash", () => {
    expect(formatGoldstein(3)).toBe("+3.0");
    expect(formatGoldstein(-7.25)).toBe("-7.3");
    expect(formatGoldstein(-0.01)).toBe("0.0");
    expect(formatGoldstein(null)).toBe("—");
  });

  it("groups thousands without depending on the locale", () => {
    expect(formatCount(1234567)).toBe("1\u202f234\u202f567");
    expect(formatCount(999)).toBe("999");
  });

  it("labels periods of each bucket", () => {
    expect(periodLabel("2024-08")).toBe("Aug 2024");
    expect(periodLabel("2024-08-05")).toBe("5 Aug 2024");
  });

  it("labels actors and places from what is known", () => {
    expect(actorLabel({ text: "Sudani", name: "Mohammed Shia al-Sudani", code: "IRQGOV", country: "IRQ", agent: "GOV" })).toBe("Mohammed Shia al-Sudani (IRQGOV)");
    expect(actorLabel({ text: "protesters", name: null, code: null, country: null, agent: null })).toBe("protesters");
    expect(actorLabel(null)).toBe("—");
    expect(placeLabel({ text: "Baghdad", name: "Baghdad", country: "IQ", lat: 1, lon: 2, geonames_id: 1, precision: "city" })).toBe("Baghdad, IQ");
  });

  it("names quad classes, percentages and truncates", () => {
    expect(quadName(4)).toBe("Material conflict");
    expect(quadName(9)).toBe("—");
    expect(formatPercent(0.25)).toBe("25.0%");
    expect(truncate("abcdef", 4)).toBe("abc…");
  });
});
