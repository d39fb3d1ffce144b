// The event table: one row per event, each row a link to the event's detail, with a "load more" that follows the cursor.
import { h } from "./dom";
import { actorLabel, formatGoldstein, placeLabel, quadName } from "./format";
import type { DyadEvent } from "./types";

export function renderTable(container: HTMLElement, events: DyadEvent[], hrefFor: (id: string) => string, more: (() => void) | null): void {
  container.replaceChildren();
  if (events.length === 0) {
    container.append(h("p", { class: "empty" }, "No events match these filters."));
    return;
  }
  const head = h("tr", {}, ...["Date", "Source", "Event", "Target", "Place", "Quad", "Goldstein", "Mode"].map((c) => h("th", { scope: "col" }, c)));
  const body = h("tbody");
  for (const e of events) {
    body.append(h("tr", { class: `quad${e.quad_class}` },
      h("td", { class: "nowrap" }, e.date),
      h("td", {}, actorLabel(e.source)),
      h("td", {}, h("a", { href: hrefFor(e.id), class: "event-link", "data-id": e.id }, `${e.code}${e.plover ? " " + e.plover : ""}`)),
      h("td", {}, actorLabel(e.target)),
      h("td", {}, placeLabel(e.place)),
      h("td", { title: quadName(e.quad_class) }, h("span", { class: `swatch q${e.quad_class}`, "aria-hidden": "true" }), String(e.quad_class)),
      h("td", { class: "num" }, formatGoldstein(e.goldstein)),
      h("td", {}, e.mode)));
  }
  const wrap = h("div", { class: "scroll" }, h("table", { class: "events" }, h("caption", { class: "sr-only" }, "Events"), h("thead", {}, head), body));
  container.append(wrap);
  if (more) container.append(h("button", { type: "button", class: "more", onclick: () => more() }, "Load more events"));
}
