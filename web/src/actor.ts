// Actor pages from the registry: names and aliases, the codes and roles held over time, and links to the events.
import { api } from "./api";
import { h } from "./dom";
import { formatCount } from "./format";
import { actorSearchQuery } from "./query";
import type { RegistryActor } from "./types";

export async function renderActor(container: HTMLElement, key: string, actorHref: (key: string) => string, eventsHref: (actor: string) => string): Promise<void> {
  container.replaceChildren(h("p", { class: "loading" }, "Loading actor…"));
  if (!/^\d+$/.test(key)) {
    // A code (from an event's actor): list the registry actors that carried it.
    const found = await api.actors(actorSearchQuery(key, 50));
    container.replaceChildren(h("h2", { id: "actor-title", tabindex: -1 }, `Actors with code ${key}`),
      h("p", {}, h("a", { href: eventsHref(key) }, `Show events of ${key}`)),
      found.items.length === 0 ? h("p", { class: "note" }, "The registry has no named actor with this code.")
        : h("ul", {}, ...found.items.map((a) => h("li", {}, h("a", { href: actorHref(String(a.id)) }, a.name), ` (${a.code ?? "no code"}), ${formatCount(a.mentions)} mentions`))));
  } else {
    const a = await api.actor(key);
    container.replaceChildren(...page(a, eventsHref));
  }
  (container.querySelector("#actor-title") as HTMLElement | null)?.focus();
}

function page(a: RegistryActor, eventsHref: (actor: string) => string): Node[] {
  return [
    h("h2", { id: "actor-title", tabindex: -1 }, a.name + (a.code ? ` (${a.code})` : "")),
    h("p", {}, [a.role, a.country && `country ${a.country}`, a.agent && `agent ${a.agent}`, `${formatCount(a.mentions)} mentions`, `seen ${a.first_seen} to ${a.last_seen}`]
      .filter(Boolean).join(" · "), " · ", h("a", { href: eventsHref(a.name) }, "show events")),
    h("h3", {}, "Aliases"),
    a.aliases.length === 0 ? h("p", { class: "note" }, "None recorded.") : h("ul", { class: "chips" }, ...a.aliases.map((x) => h("li", {}, x))),
    h("h3", {}, "Codes and roles over time"),
    a.roles.length === 0 ? h("p", { class: "note" }, "None recorded.") :
      h("div", { class: "scroll" }, h("table", { class: "compact" },
        h("thead", {}, h("tr", {}, ...["Since", "Until", "Code", "Role", "Taught by"].map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", {}, ...a.roles.map((r) => h("tr", {}, h("td", {}, r.since), h("td", {}, r.until ?? "now"), h("td", {}, r.code ?? "—"),
          h("td", {}, r.role ?? "—"), h("td", {}, `${r.taught_by.article_id}, sentence ${r.taught_by.sentence + 1}`)))))),
    h("p", { class: "note" }, `First learned from ${a.taught_by.article_id}, sentence ${a.taught_by.sentence + 1}.`),
  ];
}
