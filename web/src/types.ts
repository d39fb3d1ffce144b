// The JSON shapes of Dyad's HTTP API (docs: CONTRACT.md, "Event" and "HTTP").

export interface EventActor {
  text: string | null;
  name: string | null;
  code: string | null;
  country: string | null;
  agent: string | null;
}

export type Precision = "landmark" | "city" | "admin1" | "country" | "region";

export interface EventPlace {
  text: string | null;
  name: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  geonames_id: number | null;
  precision: Precision | null;
}

export interface EventMentionRef {
  article_id: string;
  title: string | null;
  sentence: number;
  text: string;
  start: number;
  end: number;
}

export interface DyadEvent {
  id: string;
  date: string;
  date_precision: string;
  code: string;
  root: string;
  quad_class: number;
  goldstein: number;
  plover: string | null;
  source: EventActor | null;
  target: EventActor | null;
  place: EventPlace | null;
  mode: string;
  mentions: EventMentionRef[];
  rule: string;
  confidence: number;
  merge_reasons?: string[];
}

export interface EventPage {
  items: DyadEvent[];
  next: string | null;
}

export interface SeriesPoint {
  period: string;
  count: number;
  goldstein_sum: number;
  goldstein_mean: number | null;
  quad: Record<string, number>;
  denominator?: number | null;
  share?: number | null;
}

export interface ArticleMention {
  event_id: string;
  sentence: number;
  start: number;
  end: number;
}

export interface ArticleView {
  id: string;
  title: string | null;
  published: string | null;
  url: string | null;
  source: string | null;
  text: string;
  mentions: ArticleMention[];
}

export interface ActorSource {
  article_id: string;
  sentence: number;
}

export interface ActorRole {
  role: string | null;
  code: string | null;
  since: string;
  until: string | null;
  taught_by: ActorSource;
}

/** A registry actor (`/api/actors`, `/api/actors/{id}`). */
export interface RegistryActor {
  id: number;
  name: string;
  code: string | null;
  country: string | null;
  agent: string | null;
  role: string | null;
  aliases: string[];
  taught_by: ActorSource;
  first_seen: string;
  last_seen: string;
  mentions: number;
  roles: ActorRole[];
}
