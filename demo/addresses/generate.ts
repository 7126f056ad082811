/**
 * Writes caen-demo.csv: a small local address index in the BAN's CSV format, so the demo's address
 * search works offline. DEMO DATA: the street names are real Caen streets (those of
 * demo/caen/streets.ts); house numbers are spread along each street from its known points at a
 * plausible spacing, so their coordinates are APPROXIMATE; ids and FANTOIR codes are invented.
 * Every point lies inside the territory of its street's known points.
 *
 * Run: npx tsx demo/addresses/generate.ts
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { stringify } from 'csv-stringify/sync';
import { territories } from '../caen/organisation.js';
import { type DemoStreet, streets } from '../caen/streets.js';

const HEADER = [
  'id',
  'id_fantoir',
  'numero',
  'rep',
  'nom_voie',
  'code_postal',
  'code_insee',
  'nom_commune',
  'code_insee_ancienne_commune',
  'nom_ancienne_commune',
  'x',
  'y',
  'lon',
  'lat',
  'type_position',
  'alias',
  'nom_ld',
  'libelle_acheminement',
  'nom_afnor',
  'source_position',
  'source_nom_voie',
  'certification_commune',
  'cad_parcelles',
];
const CAEN_INSEE = '14118';
/** Metres along the street between two consecutive numbers (odd and even face each other). */
const METRES_PER_NUMBER = 4;
/** Metres from the street's axis to the door: odd numbers on one side, even on the other. */
const SIDE_OFFSET_M = 7;
/** At most this many numbers per street, so the file stays small. */
const NUMBERS_PER_STREET = 14;

/**
 * Direction (degrees from north) in which the numbers grow, for streets known by one point only:
 * rough orientations of the real streets.
 */
const BEARINGS: Record<string, number> = {
  'Rue Saint-Pierre': 270,
  'Rue de Bernières': 90,
  'Rue Jean Eudes': 180,
  'Rue Écuyère': 270,
  'Place Saint-Sauveur': 0,
  'Rue Saint-Martin': 265,
  'Rue Fred Scamaroni': 160,
  'Rue de Courtonne': 60,
  'Rue Saint-Jean': 145,
  'Rue du 11 Novembre': 100,
  'Avenue du 6 Juin': 150,
  'Quai Vendeuvre': 170,
  'Cours Caffarelli': 80,
  'Boulevard Détolle': 0,
  'Avenue Henry Chéron': 250,
  'Place de Würzburg': 90,
  "Rue d'Authie": 300,
  'Boulevard Maréchal Juin': 90,
  'Rue de Vaucelles': 120,
  "Rue d'Auge": 100,
  'Place de la Gare': 90,
  'Boulevard Dunois': 20,
  'Avenue de Paris': 110,
  'Avenue Guynemer': 180,
  'Place du Commerce': 0,
  'Rue Louis Lechatellier': 200,
};

const M_PER_DEG_LAT = 111_195;
const rad = (d: number) => (d * Math.PI) / 180;

/** Moves a point by metres east and north. */
function offset(lat: number, lon: number, east: number, north: number) {
  return { lat: lat + north / M_PER_DEG_LAT, lon: lon + east / (M_PER_DEG_LAT * Math.cos(rad(lat))) };
}

/** Lambert-93 (EPSG:2154) coordinates, as the BAN gives them beside lon/lat. */
function lambert93(lat: number, lon: number): { x: number; y: number } {
  const a = 6378137;
  const e = 0.0818191910428158;
  const m = (phi: number) => Math.cos(phi) / Math.sqrt(1 - e * e * Math.sin(phi) ** 2);
  const t = (phi: number) =>
    Math.tan(Math.PI / 4 - phi / 2) / ((1 - e * Math.sin(phi)) / (1 + e * Math.sin(phi))) ** (e / 2);
  const [phi1, phi2, phi0] = [rad(44), rad(49), rad(46.5)];
  const n = (Math.log(m(phi1)) - Math.log(m(phi2))) / (Math.log(t(phi1)) - Math.log(t(phi2)));
  const f = m(phi1) / (n * t(phi1) ** n);
  const rho = (phi: number) => a * f * t(phi) ** n;
  const theta = n * (rad(lon) - rad(3));
  return {
    x: Math.round((700000 + rho(rad(lat)) * Math.sin(theta)) * 100) / 100,
    y: Math.round((6600000 + rho(phi0) - rho(rad(lat)) * Math.cos(theta)) * 100) / 100,
  };
}

interface Anchor {
  number: number;
  lat: number;
  lon: number;
}

/** Position of a number on a street known by one point and a bearing, or by several points. */
function positionOf(number: number, anchors: Anchor[], bearing: number | undefined) {
  const first = anchors[0];
  if (!first) throw new Error('a street needs a known point');
  let along: { lat: number; lon: number; bearing: number };
  if (anchors.length === 1) {
    const b = bearing ?? 0;
    const d = (number - first.number) * METRES_PER_NUMBER;
    along = { ...offset(first.lat, first.lon, d * Math.sin(rad(b)), d * Math.cos(rad(b))), bearing: b };
  } else {
    // Piecewise linear between known numbers; outside them, the nearest segment extended.
    const i = Math.max(0, Math.min(anchors.length - 2, anchors.findIndex((p) => p.number > number) - 1));
    const p = anchors[i] ?? first;
    const q = anchors[i + 1] ?? first;
    const k = (number - p.number) / (q.number - p.number);
    const lat = p.lat + k * (q.lat - p.lat);
    const lon = p.lon + k * (q.lon - p.lon);
    const east = (q.lon - p.lon) * M_PER_DEG_LAT * Math.cos(rad(p.lat));
    const north = (q.lat - p.lat) * M_PER_DEG_LAT;
    along = { lat, lon, bearing: (Math.atan2(east, north) * 180) / Math.PI };
  }
  const side = number % 2 === 1 ? -SIDE_OFFSET_M : SIDE_OFFSET_M;
  const normal = rad(along.bearing + 90);
  return offset(along.lat, along.lon, side * Math.sin(normal), side * Math.cos(normal));
}

function numbersFor(anchors: Anchor[]): number[] {
  const known = anchors.map((a) => a.number);
  const low = Math.max(1, Math.min(...known) - 20);
  const high = Math.max(...known) + 20;
  // An odd step mixes odd and even numbers, both sides of the street.
  const step = Math.ceil((high - low + 1) / NUMBERS_PER_STREET) | 1;
  const numbers = new Set(known);
  for (let n = low; n <= high; n += step) numbers.add(n);
  return [...numbers].sort((a, b) => a - b);
}

const afnor = (street: string) =>
  street
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();

const insideTerritory = (code: string, lat: number, lon: number) => {
  const territory = territories.find((t) => t.code === code);
  return !!territory && booleanPointInPolygon([lon, lat], { type: 'Polygon', coordinates: territory.polygon });
};

function rowsOf(street: string, known: DemoStreet[], fantoir: string): string[][] {
  const row = (numero: number, rep: string, lat: number, lon: number) => {
    const { x, y } = lambert93(lat, lon);
    const suffix = `${String(numero).padStart(5, '0')}${rep ? `_${rep}` : ''}`;
    return [
      `${CAEN_INSEE}_${fantoir}_${suffix}`,
      `${CAEN_INSEE}_${fantoir}`,
      String(numero),
      rep,
      street,
      '14000',
      CAEN_INSEE,
      'Caen',
      '',
      '',
      String(x),
      String(y),
      lon.toFixed(6),
      lat.toFixed(6),
      numero === 99999 ? 'segment' : 'entrée',
      '',
      '',
      'CAEN',
      afnor(street),
      'commune',
      'commune',
      '1',
      '',
    ];
  };
  const anchors = known
    .filter((s) => s.housenumber !== null)
    .map((s) => ({ number: Number(s.housenumber), lat: s.lat, lon: s.lon }))
    .sort((a, b) => a.number - b.number);
  const territoryCode = known[0]?.territoryCode ?? '';
  if (anchors.length === 0) {
    // A street known without a number (esplanade, boulevard): listed once, numbered 99999.
    const place = known[0];
    return place ? [row(99999, '', place.lat, place.lon)] : [];
  }
  const rows: string[][] = [];
  for (const n of numbersFor(anchors)) {
    const { lat, lon } = positionOf(n, anchors, BEARINGS[street]);
    if (!insideTerritory(territoryCode, lat, lon)) continue;
    rows.push(row(n, '', lat, lon));
    // Now and then a "bis" next door, as real streets have.
    if (n % 10 === 3) {
      const bis = offset(lat, lon, 2, 2);
      rows.push(row(n, 'bis', bis.lat, bis.lon));
    }
  }
  return rows;
}

const byStreet = new Map<string, DemoStreet[]>();
for (const s of streets) byStreet.set(s.street, [...(byStreet.get(s.street) ?? []), s]);
const rows = [...byStreet.entries()].flatMap(([street, known], i) =>
  rowsOf(street, known, String(1000 + i * 10).padStart(4, '0')),
);
const target = fileURLToPath(new URL('caen-demo.csv', import.meta.url));
fs.writeFileSync(target, stringify([HEADER, ...rows], { delimiter: ';' }));
console.log(`${rows.length} addresses written to ${target}`);
