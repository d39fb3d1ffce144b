// The world (Natural Earth 1:110m from world-atlas, bundled) with events as points sized by place precision.
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { mapPoints } from "./aggregate";
import { h, s } from "./dom";
import { actorLabel, placeLabel } from "./format";
import type { DyadEvent } from "./types";

const topology = world as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
const land = feature(topology, topology.objects.land);
const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);

export function renderMap(container: HTMLElement, events: DyadEvent[], showCountry: boolean, open: (id: string) => void): void {
  container.replaceChildren();
  const width = Math.max(280, container.clientWidth || 600);
  const height = Math.round(width * 0.5);
  const projection = geoEqualEarth().fitExtent([[4, 4], [width - 4, height - 4]], { type: "Sphere" });
  const path = geoPath(projection);
  const points = mapPoints(events, showCountry);
  const hidden = events.filter((e) => e.place && (e.place.precision === "country" || e.place.precision === "region")).length;

  const svg = s("svg", { class: "map", viewBox: `0 0 ${width} ${height}`, width, height, role: "img",
    "aria-label": `Map of ${points.length} event places` + (showCountry ? "" : `; ${hidden} country-precision events hidden`) });
  svg.append(s("path", { class: "sphere", d: path({ type: "Sphere" }) ?? "" }));
  svg.append(s("path", { class: "land", d: path(land) ?? "" }));
  svg.append(s("path", { class: "borders", d: path(borders) ?? "" }));
  const layer = s("g", { class: "points" });
  for (const p of points) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const circle = s("circle", { class: `pt ${p.precision}`, cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: p.radius, "data-id": p.event.id },
      s("title", {}, `${p.event.date} ${actorLabel(p.event.source)} ${p.event.code} ${actorLabel(p.event.target)} @ ${placeLabel(p.event.place)} (${p.precision})`));
    circle.addEventListener("click", () => open(p.event.id));
    layer.append(circle);
  }
  svg.append(layer);
  container.append(svg, h("p", { class: "note" },
    `${points.length} points (small: landmark/city, larger: admin1` + (showCountry ? ", largest: country/region)." : `). ${hidden} country-precision events hidden.`)));
}
