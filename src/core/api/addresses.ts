/**
 * The local address index as administrators see it (/api/admin/addresses): what it holds, and the
 * answer of an import of the BAN's CSV.
 */
import { z } from 'zod';

/** The largest BAN file an import takes: a département's is tens of MB. */
export const ADDRESS_FILE_MAX_BYTES = 200 * 1024 * 1024;

export const addressCitySchema = z.object({
  /** The commune's INSEE code (code_insee). */
  citycode: z.string(),
  city: z.string(),
  count: z.number().int(),
});

export const addressIndexSchema = z.object({
  /** Addresses in the index, all communes together. */
  count: z.number().int(),
  /** One entry per commune, by name. */
  cities: z.array(addressCitySchema),
});
export type AddressIndex = z.infer<typeof addressIndexSchema>;

export const addressesImportResponse = z.object({
  /** Lines of the file: each address added, or updated when its BAN id was already known. */
  imported: z.number().int(),
  /** Addresses in the index after the import. */
  count: z.number().int(),
});
export type AddressesImportResult = z.infer<typeof addressesImportResponse>;
