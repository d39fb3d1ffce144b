import { describe, expect, it } from "vitest";
import { actorSearchQuery, dyadUrl, emptyFilters, eventsUrl, isIsoDate, parseRoute, routeToHash, seriesUrl, timelineUrl, validateFilters } from "../src/query";

describe("routes", () => {
  it("round-trips a route with filters through the hash", () => {
    const filters = { ...emptyFilters(), from: "2024-08-01", actor: "USAGOV", q: "talks & more" };
    const hash = routeToHash({ view: "event", arg: "ev/1", filters, showCountry: true });
    const back = parseRoute(hash);
    expect(back.view).toBe("event");
    expect(back.arg).toBe("ev/1");
    expect(back.filters).toEqual(filters);
    expect(back.showCountry).toBe(true);
  });

  it("reads an empty hash as home with no filters", () => {
    expect(parseRoute("")).toEqual({ view: "home", arg: "", filters: emptyFilters(), showCountry: false });
  });
});

describe("api urls", () => {
  it("puts only set filters, in a fixed order, then limit and cursor", () => {
    const url = eventsUrl({ ...emptyFilters(), root: "04", actor: " IRQ " }, 50, "abc");
    expect(url).toBe("api/events?actor=IRQ&root=04&limit=50&cursor=abc");
  });

  it("leaves out omitted keys in series urls and adds normalize only when asked", () => {
    const f = { ...emptyFilters(), from: "2024-01-01", source: "USA" };
    expect(seriesUrl(f, "week", ["from"])).toBe("api/series?source=USA&by=week");
    expect(seriesUrl(f, "day", [], "total")).toBe("api/series?from=2024-01-01&source=USA&by=day&normalize=total");
  });

  it("passes the code and text filters to the timeline and dyad charts", () => {
    const f = { ...emptyFilters(), from: "2024-01-01", to: "2024-02-01", actor: "IRQ", source: "IRQ", target: "IRN", code: "19", q: "Basra port" };
    expect(timelineUrl(f, "week")).toBe("api/series?actor=IRQ&source=IRQ&target=IRN&code=19&q=Basra+port&by=week");
    expect(dyadUrl(f)).toBe("api/series?from=2024-01-01&to=2024-02-01&source=IRQ&target=IRN&code=19&q=Basra+port&by=month");
  });
});

describe("validation", () => {
  it("accepts real dates only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-2-1")).toBe(false);
  });

  it("names each bad field", () => {
    const errors = validateFilters({ ...emptyFilters(), from: "2024-05-01", to: "2024-04-01", quad_class: "5", root: "4", code: "x" });
    expect(Object.keys(errors).sort()).toEqual(["code", "quad_class", "root", "to"]);
  });

  it("accepts the empty filters", () => {
    expect(validateFilters(emptyFilters())).toEqual({});
  });
});

describe("actor search", () => {
  it("treats upper-case letters as a code prefix and anything else as a name", () => {
    expect(actorSearchQuery("USAGOV")).toBe("code=USAGOV&limit=20");
    expect(actorSearchQuery(" Blinken ", 5)).toBe("q=Blinken&limit=5");
    expect(actorSearchQuery("al-Sudani")).toBe("q=al-Sudani&limit=20");
  });
});
