/**
 * The local address index from the administration: what it holds, an import of the BAN's CSV
 * (recorded in the audit log in the import's transaction), and the index back as a BAN CSV.
 */
import type { Readable } from 'node:stream';
import { uuidv7 } from 'uuidv7';
import type { AddressesImportResult, AddressIndex } from '../../core/api/addresses.js';
import type { Actor } from '../../core/roles.js';
import { adminTransaction } from '../admin/change.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { addressesCsv } from './addresses.export.js';
import { importAddressesWithin } from './addresses.import.js';
import { countAddresses, countAddressesByCity } from './addresses.repository.js';

export async function addressIndex(relais: Relais, actor: Actor): Promise<AddressIndex> {
  authorize(actor, 'admin.manage');
  const cities = (await countAddressesByCity(relais.db)).map((c) => ({ ...c, count: Number(c.count) }));
  return { count: cities.reduce((sum, c) => sum + c.count, 0), cities };
}

/** Imports a BAN CSV, all or nothing; the audit row names the file and how many lines it held. */
export async function importAddressFile(
  relais: Relais,
  actor: Actor,
  file: { input: Readable; fileName: string | null },
): Promise<AddressesImportResult> {
  authorize(actor, 'admin.manage');
  return adminTransaction(relais, actor, async (change) => {
    const { imported } = await importAddressesWithin(change.trx, file.input);
    const count = await countAddresses(change.trx);
    await change.audit({
      entity: 'addresses',
      entityId: uuidv7(),
      action: 'import',
      before: null,
      after: { imported, count, fileName: file.fileName },
    });
    return { imported, count };
  });
}

export function exportAddresses(relais: Relais, actor: Actor): Readable {
  authorize(actor, 'admin.manage');
  return addressesCsv(relais.db);
}
