// How values are shown: short, exact, and `—` for unknowns. Pure: no DOM.
import type { EventActor, EventPlace } from "./types";

export const QUAD_NAMES: Record<number, string> = {
  1: "Verbal cooperation",
  2: "Material cooperation",
  3: "Verbal conflict",
  4: "Material conflict",
};

export function quadName(quad: number): string {
  return QUAD_NAMES[quad] ?? "—";
}

export function formatGoldstein(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  const fixed = value.toFixed(1);
  return value > 0 ? "+" + fixed : fixed === "-0.0" ? "0.0" : fixed;
}

export function formatCount(n: number): string {
  // Thin groups with a narrow no-break space, independent of the browser's locale.
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
}

export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || Number.isNaN(share)) return "—";
  return (share * 100).toFixed(share < 0.1 ? 2 : 1) + "%";
}

export function actorLabel(actor: EventActor | null): string {
  if (!actor) return "—";
  const name = actor.name ?? actor.text ?? "";
  if (actor.code && name) return `${name} (${actor.code})`;
  return actor.code ?? (name || "—");
}

export function placeLabel(place: EventPlace | null): string {
  if (!place) return "—";
  const name = place.name ?? place.text ?? "?";
  return place.country ? `${name}, ${place.country}` : name;
}

/** A period key from the API (`2024-08-05`, `2024-W32`, `2024-08`) as a short label. */
export function periodLabel(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (day) return `${Number(day[3])} ${MONTHS[Number(day[2]) - 1] ?? day[2]} ${day[1]}`;
  return period;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, Math.max(0, max - 1)).trimEnd() + "…";
}
