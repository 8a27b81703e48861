// The map of mentioned places (`/map?q=...`): countries from world-atlas (bundled, offline)
// drawn with d3-geo, a marker per place sized by the number of articles mentioning it,
// and the same places as a table.

import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { getJson, type MapPlace } from '../api';
import { fill, h, link, svg } from '../dom';
import { navigate, type Page } from '../router';
import { activateOnKey, filterForm, plural, setTitle, status } from '../ui';

const WIDTH = 960;
const HEIGHT = 500;
/** Marker radius in map units for the most mentioned place; others scale by area. */
const MAX_RADIUS = 18;
/** Places asked for (the API's `limit`). */
const PLACE_LIMIT = 500;

const world = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(world, world.objects.countries);

function mapSvg(places: MapPlace[]): SVGSVGElement {
  const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], countries);
  const path = geoPath(projection);
  const max = Math.max(1, ...places.map((p) => p.count));
  // Smaller markers last, so they sit on top of larger ones.
  const markers = [...places].sort((a, b) => b.count - a.count).flatMap((p) => {
    const xy = projection([p.lon, p.lat]);
    if (!xy) return [];
    const name = `${p.name}${p.country ? `, ${p.country}` : ''}: ${plural(p.count, 'article')}`;
    const open = () => navigate(`/entities/${p.entity_id}`);
    return [svg('circle', {
      class: 'place', cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (Math.max(3, MAX_RADIUS * Math.sqrt(p.count / max))).toFixed(1),
      tabindex: 0, role: 'link', 'aria-label': name, 'data-entity': p.entity_id,
      onclick: open, onkeydown: (e: Event) => activateOnKey(e as KeyboardEvent, open),
    }, svg('title', {}, name))];
  });
  return svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'world', role: 'group', 'aria-label': 'World map of mentioned places' },
    svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '' }),
    svg('g', { class: 'countries', 'aria-hidden': 'true' },
      countries.features.map((f) => svg('path', { d: path(f) ?? '' }, svg('title', {}, f.properties?.name ?? '')))),
    svg('g', { class: 'places' }, markers));
}

export const mapPage: Page = async ({ root, query, signal }) => {
  setTitle('Map');
  const results = h('div', { class: 'map-results' }, status('Loading places…'));
  fill(root, h('h1', {}, 'Where the news happens'),
    filterForm('/map', [
      { name: 'q', label: 'Articles matching', type: 'search' },
      { name: 'from', label: 'From', type: 'date' },
      { name: 'to', label: 'To', type: 'date' },
    ], query, (url) => navigate(url, { focus: false })),
    results);
  const data = await getJson<{ places: MapPlace[] }>('map', {
    q: query.get('q'), from: query.get('from'), to: query.get('to'), limit: PLACE_LIMIT,
  }, signal);
  const places = data.places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  fill(results,
    h('p', { class: 'status', role: 'status' }, plural(places.length, 'place')),
    h('div', { class: 'map-wrap' }, mapSvg(places)),
    places.length > 0 && h('details', { class: 'place-table' }, h('summary', {}, 'Places as a table'),
      h('table', {},
        h('thead', {}, h('tr', {}, ['Place', 'Kind', 'Country', 'Articles'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, places.map((p) => h('tr', {},
          h('td', {}, link(`/entities/${p.entity_id}`, p.name)), h('td', {}, p.kind ?? ''),
          h('td', {}, [p.admin1, p.country].filter(Boolean).join(', ')), h('td', { class: 'num' }, String(p.count))))))));
};
