// Fetches from the same origin only (the CSP allows nothing else) and turns problem bodies into messages.
import type { ArticleView, DyadEvent, EventPage, RegistryActor, SeriesPoint } from "./types";

export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { headers: { Accept: "application/json" }, signal });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const problem = (await response.json()) as { title?: string; detail?: string };
      detail = problem.detail ?? problem.title ?? detail;
    } catch {
      // A body that is not JSON: the status text says enough.
    }
    throw new ApiError(detail, response.status);
  }
  return (await response.json()) as T;
}

export const api = {
  events: (url: string, signal?: AbortSignal) => getJson<EventPage>(url, signal),
  event: (id: string) => getJson<DyadEvent>("api/events/" + encodeURIComponent(id)),
  series: (url: string, signal?: AbortSignal) => getJson<SeriesPoint[]>(url, signal),
  article: (id: string) => getJson<ArticleView>("api/articles/" + encodeURIComponent(id)),
  actors: (query: string) => getJson<{ items: RegistryActor[] }>("api/actors?" + query),
  actor: (id: string) => getJson<RegistryActor>("api/actors/" + encodeURIComponent(id)),
};
