// An actor page: the names and aliases the store saw for a code, which codes those names carried over time, and a link to the events.
import { api } from "./api";
import { h } from "./dom";
import { formatCount, periodLabel } from "./format";

export async function renderActor(container: HTMLElement, code: string, eventsHref: string): Promise<void> {
  container.replaceChildren(h("p", { class: "loading" }, "Loading actor…"));
  const a = await api.actor(code);
  const byPeriod = new Map<string, { code: string; count: number }[]>();
  for (const row of a.codes_over_time) {
    const list = byPeriod.get(row.period) ?? [];
    list.push({ code: row.code, count: row.count });
    byPeriod.set(row.period, list);
  }
  container.replaceChildren(
    h("h2", { id: "actor-title", tabindex: -1 }, `${a.name ?? a.code} (${a.code})`),
    h("p", {}, `${formatCount(a.events)} events`, a.first ? `, ${a.first} to ${a.last}` : "", a.country ? ` · country ${a.country}` : "", a.agent ? ` · agent ${a.agent}` : "", " · ",
      h("a", { href: eventsHref }, "show these events")),
    h("h3", {}, "Names"),
    list(a.names.map((n) => `${n.name}: ${formatCount(n.count)} events, ${n.first} to ${n.last}`), "No names recorded."),
    h("h3", {}, "Aliases (as written in articles)"),
    list(a.aliases.map((x) => `${x.text} (${formatCount(x.count)})`), "No aliases recorded."),
    h("h3", {}, "Codes over time (for the names above)"),
    byPeriod.size === 0 ? h("p", { class: "note" }, "No codes recorded.") :
      h("div", { class: "scroll" }, h("table", { class: "compact" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Period"), h("th", { scope: "col" }, "Codes (events)"))),
        h("tbody", {}, ...[...byPeriod].map(([period, codes]) => h("tr", {}, h("td", {}, periodLabel(period)),
          h("td", {}, codes.map((c) => `${c.code} (${c.count})`).join(", "))))))));
  (container.querySelector("#actor-title") as HTMLElement | null)?.focus();
}

function list(items: string[], empty: string): HTMLElement {
  return items.length === 0 ? h("p", { class: "note" }, empty) : h("ul", { class: "chips" }, ...items.map((t) => h("li", {}, t)));
}
