// The HTTP API the UI reads (docs/api.md): its response types and one fetch helper.

export interface Facet { value: string; count: number }
export interface EntityFacet { id: number; name: string; type: string; count: number }
export interface DateCount { date: string; count: number }

export interface SearchHit {
  id: number; title: string | null; url: string | null; published: string | null;
  source: string | null; snippet: string | null; score: number;
}
export interface SearchResponse {
  query: string; total: number; hits: SearchHit[];
  /** Always sent by docs/api.md's server; optional here so that hits show without them. */
  facets?: { sources: Facet[]; entities: EntityFacet[]; themes: Facet[]; events: Facet[]; dates: DateCount[] };
  /** The facets were counted over the best 1,000 matches only (docs/api.md). */
  facets_sampled?: boolean;
}

export interface Mention { start: number; end: number; text: string }
export interface ArticleEntity { id: number; type: string; name: string; roles: string[]; mentions: Mention[] }
export interface Place {
  entity_id: number; name: string; country: string | null; admin1: string | null;
  lat: number | null; lon: number | null; geonames_id: number | null; kind: string | null;
}
export interface ArticleQuote {
  text: string; start: number; end: number; speaker: number | null; speaker_name: string | null;
  speaker_span: { start: number; end: number } | null; cue: Mention | null; partial: boolean;
}
export interface ArticleCount {
  type: string; number: number; object: string | null; start: number; end: number; parent: number | null;
}
export interface EventRole { entity: number | null; name: string }
export interface ArticleEvent {
  type: string; actor: EventRole | null; target: EventRole | null; location: EventRole | null;
  date: string | null; trigger: Mention; sentence: { start: number; end: number };
}
export interface Theme { theme: string; score: number; evidence: Array<{ start: number; end: number }> }
export interface Tone {
  score: number; positive: number; negative: number; polarity: number; activity: number;
  self_group: number; word_count: number;
}
export interface Article {
  id: number; url: string | null; title: string | null; authors: string[]; published: string | null;
  dateline: string | null; lang: string | null; site_name: string | null; description: string | null;
  text: string; source: string | null;
  duplicate_of: number | null; story: { id: number; label: string } | null; ingested_at: string | null;
  entities: ArticleEntity[]; locations: Place[]; quotes: ArticleQuote[]; counts: ArticleCount[];
  events: ArticleEvent[]; themes: Theme[]; tone: Tone | null;
}

export interface EntitySummary { id: number; type: string; name: string; mentions: number; articles: number }
export interface Quote {
  id: number; article_id: number; article_title: string | null; published: string | null; text: string;
  start: number; end: number; speaker: { id: number; name: string } | null; speaker_name: string | null;
  partial: boolean;
}
export interface ArticleRef { id: number; title: string | null; published: string | null; source: string | null; url?: string | null }
/** An entity's page: `article_count` counts its articles, `articles` lists the latest. */
export interface EntityDetail extends Omit<EntitySummary, 'articles'> {
  article_count: number;
  location: { country: string | null; admin1: string | null; lat: number | null; lon: number | null;
              geonames_id: number | null; kind: string | null } | null;
  timeline: DateCount[];
  co_mentioned: Array<{ id: number; type: string; name: string; count: number }>;
  quotes_by: Quote[]; quotes_about: Quote[]; articles: ArticleRef[];
}

export interface EventRow {
  id: number; article_id: number; article_title: string | null; published: string | null; type: string;
  actor: EventRole | null; target: EventRole | null;
  location: (EventRole & { country: string | null; lat: number | null; lon: number | null }) | null;
  date: string | null; trigger: Mention; sentence: { start: number; end: number };
}
export interface Story {
  id: number; label: string | null; first_seen: string | null; last_seen: string | null; articles: number; outlets: string[];
}
export interface StoryDetail extends Omit<Story, 'articles'> { articles: ArticleRef[] }
export interface MapPlace {
  entity_id: number; name: string; country: string | null; admin1: string | null; lat: number; lon: number;
  kind: string | null; count: number;
}

/** An API error: the server's JSON error, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export type Params = Record<string, string | number | null | undefined>;

/** The query string for `params`, empty values left out. */
export function queryOf(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== null && v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Where the tab keeps the server's token (`lede serve --token`): sessionStorage, gone with the tab. */
const TOKEN_KEY = 'lede.token';

/**
 * The token in a page address's fragment, `#token=T` (URI-encoded), or null. A fragment is
 * never sent to the server, so the token stays out of its access log.
 */
export function tokenFromHash(hash: string): string | null {
  const match = /^#token=([^&]+)$/.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** Keeps `token` for this tab; every API request then sends it as `Authorization: Bearer`. */
export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

function authorization(): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

let unauthorized: () => void = () => {};

/** Calls `handler` whenever the API answers 401 (the server has a token and the tab has none or a wrong one). */
export function onUnauthorized(handler: () => void): void {
  unauthorized = handler;
}

/**
 * GETs `/api/{path}` with `params` and returns the parsed JSON.
 * Sends the tab's token when it has one (setToken); a 401 also calls the onUnauthorized handler.
 * Throws ApiError with the server's code and message on a 4xx/5xx, or status 0 when unreachable.
 * `signal` aborts the request (an AbortError is thrown then).
 */
export async function getJson<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/${path}${queryOf(params)}`,
      { signal, headers: { Accept: 'application/json', ...authorization() } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', `the server could not be reached (${(e as Error).message})`);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401) unauthorized();
    const err = body?.error;
    throw new ApiError(response.status, err?.code ?? 'internal', err?.message ?? `HTTP ${response.status}`);
  }
  return body as T;
}
