// One event: who did what to whom, the rule that fired, why mentions merged, and each article with its sentences marked.
import { api } from "./api";
import { highlightSegments } from "./aggregate";
import { h } from "./dom";
import { actorLabel, formatGoldstein, placeLabel, quadName } from "./format";
import type { DyadEvent } from "./types";

export async function renderDetail(container: HTMLElement, id: string, actorHref: (code: string) => string): Promise<void> {
  container.replaceChildren(h("p", { class: "loading" }, "Loading event…"));
  const event = await api.event(id);
  const articles = [...new Set(event.mentions.map((m) => m.article_id))];
  const views = await Promise.all(articles.map((a) => api.article(a)));
  container.replaceChildren(
    h("h2", { id: "detail-title", tabindex: -1 }, `${event.code}${event.plover ? " " + event.plover : ""}: ${actorLabel(event.source)} → ${actorLabel(event.target)}`),
    h("div", { class: "detail-grid" },
      h("div", {},
        facts(event, actorHref),
        h("h3", {}, "Rule"), h("p", {}, h("code", {}, event.rule)),
        h("h3", {}, "Merge reasons"),
        event.merge_reasons && event.merge_reasons.length > 0
          ? h("ul", {}, ...event.merge_reasons.map((r) => h("li", {}, r)))
          : h("p", { class: "note" }, "None: one mention, nothing merged.")),
      h("div", {}, ...views.map((article) => {
      const ranges = event.mentions.filter((m) => m.article_id === article.id);
      const paragraphs = highlightSegments(article.text, ranges);
      return h("article", { class: "source-article" },
        h("h3", {}, article.title ?? article.id),
        h("p", { class: "note" }, [article.published, article.source, `${ranges.length} mention${ranges.length === 1 ? "" : "s"} marked`].filter(Boolean).join(" · ")),
        h("div", { class: "article-text" }, ...paragraphs.map((seg) => (seg.marked ? h("mark", {}, seg.text) : seg.text))));
    }))));
  const first = container.querySelector("mark");
  first?.scrollIntoView({ block: "nearest" });
  (container.querySelector("#detail-title") as HTMLElement | null)?.focus();
}

function facts(e: DyadEvent, actorHref: (code: string) => string): HTMLElement {
  const actor = (a: DyadEvent["source"]) =>
    a?.code ? h("a", { href: actorHref(a.code) }, actorLabel(a)) : actorLabel(a);
  const rows: [string, Node | string][] = [
    ["Date", `${e.date} (${e.date_precision})`],
    ["Source", actor(e.source)],
    ["Target", actor(e.target)],
    ["Code", `${e.code} (root ${e.root})${e.plover ? ", PLOVER " + e.plover : ""}`],
    ["QuadClass", `${e.quad_class}: ${quadName(e.quad_class)}`],
    ["Goldstein", formatGoldstein(e.goldstein)],
    ["Place", e.place ? `${placeLabel(e.place)} (${e.place.precision ?? "?"})` : "—"],
    ["Mode", e.mode],
    ["Confidence", e.confidence.toFixed(2)],
    ["Mentions", String(e.mentions.length)],
  ];
  return h("dl", { class: "facts" }, ...rows.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
}
