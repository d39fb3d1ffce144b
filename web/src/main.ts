// Wires the filter form, the hash route and the views together; every view reads its state from the route.
import "./style.css";
import { renderActor } from "./actor";
import { api } from "./api";
import { chooseBucket, periodStart } from "./aggregate";
import { renderDetail } from "./detail";
import { byId, h } from "./dom";
import { renderDyad } from "./dyad";
import { formatCount } from "./format";
import { renderMap } from "./map";
import { type Bucket, type Filters, type Route, FILTER_KEYS, actorSearchQuery, dyadUrl, emptyFilters, eventsUrl, filterParams, parseRoute, routeToHash, timelineUrl, validateFilters } from "./query";
import { renderTable } from "./table";
import { renderTimeline } from "./timeline";
import type { DyadEvent } from "./types";

const PAGE = 500;
const form = byId<HTMLFormElement>("filters");
const status = byId("status");
let route: Route = parseRoute(location.hash);
let loadedKey: string | null = null;
let events: DyadEvent[] = [];
let next: string | null = null;

const go = (r: Route) => { location.hash = routeToHash(r); };
const hrefEvent = (id: string) => routeToHash({ ...route, view: "event", arg: id });
const hrefActor = (code: string) => routeToHash({ ...route, view: "actor", arg: code });

function say(message: string): void {
  status.textContent = message;
}

function fail(error: unknown): void {
  say(error instanceof Error ? `Could not load: ${error.message}` : "Could not load the data.");
}

function fillForm(filters: Filters): void {
  for (const key of FILTER_KEYS) {
    const input = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
    if (input) input.value = filters[key];
  }
  byId<HTMLInputElement>("d-source").value = filters.source;
  byId<HTMLInputElement>("d-target").value = filters.target;
  byId<HTMLInputElement>("show-country").checked = route.showCountry;
}

function readForm(): Filters {
  const filters = { ...route.filters };
  for (const key of FILTER_KEYS) {
    const input = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
    if (input) filters[key] = input.value.trim();
  }
  return filters;
}

function showErrors(errors: Partial<Record<keyof Filters, string>>): boolean {
  for (const key of FILTER_KEYS) {
    const slot = document.getElementById("e-" + key);
    const input = document.querySelector<HTMLElement>(`[name="${key}"]`);
    if (slot) slot.textContent = errors[key] ? `Expected ${errors[key]}.` : "";
    if (input) {
      if (errors[key]) { input.setAttribute("aria-invalid", "true"); input.setAttribute("aria-describedby", "e-" + key); }
      else input.removeAttribute("aria-invalid");
    }
  }
  return Object.keys(errors).length === 0;
}

async function loadEvents(): Promise<void> {
  const key = filterParams(route.filters).toString();
  // Same filters: keep the loaded pages, redraw (the map's country toggle or a resize may have changed).
  if (key === loadedKey) { drawEvents(); return; }
  loadedKey = key;
  const page = await api.events(eventsUrl(route.filters, PAGE));
  events = page.items;
  next = page.next;
  drawEvents();
}

async function loadMore(): Promise<void> {
  if (!next) return;
  const page = await api.events(eventsUrl(route.filters, PAGE, next));
  events = events.concat(page.items);
  next = page.next;
  drawEvents();
}

function drawEvents(): void {
  byId("event-count").textContent = `(${formatCount(events.length)}${next ? "+" : ""} shown)`;
  renderTable(byId("events"), events, hrefEvent, next ? () => { loadMore().catch(fail); } : null);
  renderMap(byId("map"), events, route.showCountry, (id) => go({ ...route, view: "event", arg: id }));
}

async function loadTimeline(): Promise<void> {
  // The timeline ignores the date range so it keeps the context to brush again; the selection is drawn on it.
  let by: Bucket = "day";
  let points = await api.series(timelineUrl(route.filters, by));
  if (points.length > 1) {
    const wanted = chooseBucket(periodStart(points[0]!.period), periodStart(points[points.length - 1]!.period));
    if (wanted !== by) { by = wanted; points = await api.series(timelineUrl(route.filters, by)); }
  }
  byId("bucket").textContent = by;
  renderTimeline(byId("timeline"), points, {
    by, from: route.filters.from, to: route.filters.to,
    onBrush: (range) => { if (range) go({ ...route, filters: { ...route.filters, ...range } }); },
  });
}

async function loadDyad(): Promise<void> {
  const { source, target } = route.filters;
  const points = source || target ? await api.series(dyadUrl(route.filters)) : [];
  renderDyad(byId("dyad"), source, target, points);
}

async function loadDetail(): Promise<void> {
  const panel = byId("detail-panel");
  panel.hidden = route.view === "home";
  if (route.view === "event") await renderDetail(byId("detail"), route.arg, hrefActor);
  else if (route.view === "actor") await renderActor(byId("detail"), route.arg, hrefActor,
    (actor) => routeToHash({ ...route, view: "home", arg: "", filters: { ...emptyFilters(), actor } }));
}

async function render(): Promise<void> {
  route = parseRoute(location.hash);
  fillForm(route.filters);
  byId<HTMLAnchorElement>("back").href = routeToHash({ ...route, view: "home", arg: "" });
  if (!showErrors(validateFilters(route.filters))) { say("Fix the highlighted filters."); return; }
  say("Loading…");
  await Promise.all([loadEvents(), loadTimeline(), loadDyad(), loadDetail()]);
  const unfiltered = filterParams(route.filters).toString() === "";
  say(events.length === 0 && unfiltered
    ? "The store holds no events yet: ingest some first (dyad ingest samples/wikinews-43.jsonl), then reload."
    : `${formatCount(events.length)}${next ? "+" : ""} events loaded.`);
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const filters = readForm();
  if (!showErrors(validateFilters(filters))) { say("Fix the highlighted filters."); return; }
  go({ ...route, view: "home", arg: "", filters });
});
byId("reset").addEventListener("click", () => go({ view: "home", arg: "", filters: emptyFilters(), showCountry: false }));
byId("clear-range").addEventListener("click", () => go({ ...route, filters: { ...route.filters, from: "", to: "" } }));
byId("show-country").addEventListener("change", (e) => {
  route = { ...route, showCountry: (e.target as HTMLInputElement).checked };
  go(route);
});
byId("dyad-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const source = byId<HTMLInputElement>("d-source").value.trim();
  const target = byId<HTMLInputElement>("d-target").value.trim();
  go({ ...route, filters: { ...route.filters, source, target } });
});
byId("swap").addEventListener("click", () => go({ ...route, filters: { ...route.filters, source: route.filters.target, target: route.filters.source } }));

let searchTimer = 0;
byId("actor-q").addEventListener("input", (e) => {
  window.clearTimeout(searchTimer);
  const q = (e.target as HTMLInputElement).value.trim();
  searchTimer = window.setTimeout(() => { searchActors(q).catch(fail); }, 200);
});
byId("actor-search").addEventListener("submit", (e) => {
  e.preventDefault();
  const first = byId("actor-results").querySelector("a");
  if (first) first.click();
});

async function searchActors(q: string): Promise<void> {
  const results = byId("actor-results");
  if (q.length < 2) { results.replaceChildren(); return; }
  const found = await api.actors(actorSearchQuery(q));
  results.replaceChildren(...found.items.map((a) => h("li", {}, h("a", { href: hrefActor(String(a.id)), onclick: () => results.replaceChildren() },
    `${a.name}${a.code ? " (" + a.code + ")" : ""} · ${formatCount(a.mentions)} mentions`))));
  if (found.items.length === 0) results.append(h("li", { class: "note" }, "No actor found."));
}

window.addEventListener("hashchange", () => { render().catch(fail); });
let resizeTimer = 0;
window.addEventListener("resize", () => {
  window.clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => { render().catch(fail); }, 250);
});
render().catch(fail);
