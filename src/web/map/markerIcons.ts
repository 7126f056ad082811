/** The map's markers, drawn as HTML (Leaflet's default marker images do not survive bundling). */
import L from 'leaflet';
import type { Status } from '../../core/lifecycle.js';
import classes from './RequestsMap.module.css';
import { statusColor } from './statusStyle.js';

/** Bigger clusters draw bigger, so the eye finds where requests gather. */
function clusterSize(count: number): number {
  if (count < 10) return 34;
  if (count < 100) return 40;
  if (count < 1000) return 48;
  return 56;
}

// The same marker is drawn again at each reload of the map: reusing its icon keeps its element
// (and the keyboard focus on it).
const icons = new Map<string, L.DivIcon>();

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * Leaflet makes the marker a button; its name is its text, so what is drawn is hidden from screen
 * readers and `label` is read instead.
 */
function icon(size: number, status: Status, drawn: string, label: string): L.DivIcon {
  const inner = `<span aria-hidden="true">${drawn}</span><span class="${classes.label}">${escapeHtml(label)}</span>`;
  const key = `${size}|${status}|${inner}`;
  const cached = icons.get(key);
  if (cached) return cached;
  const created = L.divIcon({
    className: classes.icon,
    html: `<span class="${classes.marker}" style="--status:${statusColor(status)}">${inner}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    popupAnchor: [0, -size / 2],
  });
  icons.set(key, created);
  return created;
}

/** A cluster: how many requests, and the letter of the status most of them have. */
export function clusterIcon(
  count: number,
  countLabel: string,
  status: Status,
  letter: string,
  label: string,
): L.DivIcon {
  return icon(
    clusterSize(count),
    status,
    `<span class="${classes.count}">${countLabel}</span><span class="${classes.letter}">${letter}</span>`,
    label,
  );
}

/** One request: the letter of its status. */
export function requestIcon(status: Status, letter: string, label: string): L.DivIcon {
  return icon(26, status, `<span class="${classes.count}">${letter}</span>`, label);
}
