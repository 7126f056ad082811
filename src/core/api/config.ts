/** Public settings the web app needs before anyone signs in: the map's tiles and starting view. */
import { z } from 'zod';

export const publicConfigResponse = z.object({
  /** A Leaflet tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  tileUrl: z.string(),
  /** HTML credit the tile provider requires, shown in the map's corner. */
  tileAttribution: z.string(),
  defaultCenter: z.object({ lat: z.number(), lon: z.number() }),
  defaultZoom: z.number().int(),
});
export type PublicConfig = z.infer<typeof publicConfigResponse>;
