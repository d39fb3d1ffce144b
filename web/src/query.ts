// Filter state, its URL form (the page's hash) and the API query strings built from it. Pure: no DOM.

export interface Filters {
  from: string;
  to: string;
  actor: string;
  source: string;
  target: string;
  country: string;
  code: string;
  root: string;
  quad_class: string;
  mode: string;
  q: string;
}

export const FILTER_KEYS: readonly (keyof Filters)[] = [
  "from", "to", "actor", "source", "target", "country", "code", "root", "quad_class", "mode", "q",
];

export function emptyFilters(): Filters {
  return { from: "", to: "", actor: "", source: "", target: "", country: "", code: "", root: "", quad_class: "", mode: "", q: "" };
}

/** The page's route: which view, its argument and the filters, as read from `location.hash`. */
export interface Route {
  view: "home" | "event" | "actor";
  arg: string;
  filters: Filters;
  showCountry: boolean;
}

export function parseRoute(hash: string): Route {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  const [path, query = ""] = splitOnce(raw, "?");
  const params = new URLSearchParams(query);
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = (params.get(key) ?? "").trim();
  const parts = path.split("/").filter((p) => p.length > 0);
  const showCountry = params.get("country_points") === "1";
  if (parts[0] === "event" && parts.length > 1) return { view: "event", arg: decodeURIComponent(parts.slice(1).join("/")), filters, showCountry };
  if (parts[0] === "actor" && parts.length > 1) return { view: "actor", arg: decodeURIComponent(parts.slice(1).join("/")), filters, showCountry };
  return { view: "home", arg: "", filters, showCountry };
}

export function routeToHash(route: Route): string {
  const path = route.view === "home" ? "/" : `/${route.view}/${encodeURIComponent(route.arg)}`;
  const params = filterParams(route.filters);
  if (route.showCountry) params.set("country_points", "1");
  const query = params.toString();
  return "#" + path + (query ? "?" + query : "");
}

/** Only the filters that are set, in a fixed order, so equal filters give equal URLs (and cache keys). */
export function filterParams(filters: Filters, omit: readonly (keyof Filters)[] = []): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    if (omit.includes(key)) continue;
    const value = filters[key].trim();
    if (value !== "") params.set(key, value);
  }
  return params;
}

export function eventsUrl(filters: Filters, limit: number, cursor: string | null = null): string {
  const params = filterParams(filters);
  params.set("limit", String(limit));
  if (cursor) params.set("cursor", cursor);
  return "api/events?" + params.toString();
}

export type Bucket = "day" | "week" | "month";

export function seriesUrl(filters: Filters, by: Bucket, omit: readonly (keyof Filters)[] = [], normalize: "none" | "total" = "none"): string {
  const params = filterParams(filters, omit);
  params.set("by", by);
  if (normalize !== "none") params.set("normalize", normalize);
  return "api/series?" + params.toString();
}

/** Problems with the filters that the server would reject, keyed by field, so the form can say so first. */
export function validateFilters(filters: Filters): Partial<Record<keyof Filters, string>> {
  const errors: Partial<Record<keyof Filters, string>> = {};
  for (const key of ["from", "to"] as const) {
    if (filters[key] !== "" && !isIsoDate(filters[key])) errors[key] = "a date as YYYY-MM-DD";
  }
  if (!errors.from && !errors.to && filters.from && filters.to && filters.from > filters.to) errors.to = "on or after 'from'";
  if (filters.quad_class !== "" && !/^[1-4]$/.test(filters.quad_class)) errors.quad_class = "1, 2, 3 or 4";
  if (filters.mode !== "" && !["asserted", "negated", "hypothetical", "future", "any"].includes(filters.mode)) errors.mode = "asserted, negated, hypothetical, future or any";
  if (filters.code !== "" && !/^\d{2,4}$/.test(filters.code)) errors.code = "a CAMEO code of 2 to 4 digits";
  if (filters.root !== "" && !/^\d{2}$/.test(filters.root)) errors.root = "a two-digit CAMEO root";
  return errors;
}

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(text + "T00:00:00Z");
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function splitOnce(text: string, sep: string): [string, string?] {
  const i = text.indexOf(sep);
  return i < 0 ? [text] : [text.slice(0, i), text.slice(i + 1)];
}

/** An actor search: upper-case letters look like a CAMEO code prefix, anything else is a name or alias. */
export function actorSearchQuery(text: string, limit = 20): string {
  const t = text.trim();
  const params = new URLSearchParams();
  if (/^[A-Z]{2,15}$/.test(t)) params.set("code", t);
  else params.set("q", t);
  params.set("limit", String(limit));
  return params.toString();
}

/** The timeline's series: every filter but the date range, so the chart keeps the context to brush again. */
export function timelineUrl(filters: Filters, by: Bucket): string {
  return seriesUrl(filters, by, ["from", "to"]);
}

/** The dyad chart's monthly series: source and target stand for the dyad, so "either side" (actor) is left out. */
export function dyadUrl(filters: Filters): string {
  return seriesUrl(filters, "month", ["actor"]);
}
