import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { territories } from '../../../demo/caen/organisation.js';
import { createTestRelais, type TestRelais } from '../../../test/helpers/relais.js';
import { importAddressesFile } from '../../cli/import-addresses.js';
import { importAddresses } from './addresses.import.js';
import { DEMO_ADDRESSES_FILE } from './demo-addresses.js';

let t: TestRelais;

beforeAll(async () => {
  t = await createTestRelais();
});
afterAll(() => t.close());

const demo = fs.readFileSync(DEMO_ADDRESSES_FILE, 'utf8');
const [header = '', ...demoLines] = demo.trim().split('\n');

/** A BAN file of `count` demo lines (repeated as needed) with ids of its own, so tests do not collide. */
function banFile(prefix: string, count: number, extra: string[] = []): string {
  const lines = Array.from({ length: count }, (_, i) =>
    (demoLines[i % demoLines.length] ?? '').replace(/^[^;]+/, `${prefix}_${i}`),
  );
  return [header, ...lines, ...extra].join('\n');
}

const importText = (text: string) => importAddresses(t.relais.db, Readable.from([text]));
const count = async () =>
  Number(
    (
      await t.relais.db
        .selectFrom('addresses')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('importing a BAN addresses CSV', () => {
  it('imports every line with its label, number, street, commune and position', async () => {
    expect(demoLines.length).toBeGreaterThan(300);
    const before = await count();
    expect(await importText(demo)).toEqual({ imported: demoLines.length });
    expect(await count()).toBe(before + demoLines.length);
    const row = await t.relais.db
      .selectFrom('addresses')
      .selectAll()
      .where('id', '=', '14118_1000_00013_bis')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      label: '13 bis Rue Saint-Pierre 14000 Caen',
      housenumber: '13 bis',
      street: 'Rue Saint-Pierre',
      postcode: '14000',
      city: 'Caen',
      citycode: '14118',
      search: '13 bis rue saint pierre 14000 caen',
    });
    expect(row.lat).toBeCloseTo(49.18, 1);
    expect(row.lon).toBeCloseTo(-0.36, 1);
  });

  it('updates addresses in place when the same file is imported again', async () => {
    const file = banFile('again', 20);
    await importText(file);
    const before = await count();
    await importText(file.replace('Rue Saint-Pierre', 'Rue Saint-Pierre (renommée)'));
    expect(await count()).toBe(before);
    const renamed = await t.relais.db
      .selectFrom('addresses')
      .selectAll()
      .where('id', '=', 'again_0')
      .executeTakeFirst();
    expect(renamed?.street).toBe('Rue Saint-Pierre (renommée)');
  });

  it('lists a place without a number (numbered 99999 by the BAN) without a house number', async () => {
    await importText(demo);
    const place = await t.relais.db
      .selectFrom('addresses')
      .selectAll()
      .where('street', '=', 'Esplanade Jean-Marie Louvel')
      .executeTakeFirstOrThrow();
    expect(place.housenumber).toBeNull();
    expect(place.label).toBe('Esplanade Jean-Marie Louvel 14000 Caen');
  });

  it('refuses a bad line, naming it, and imports nothing of the file (even lines already sent in a batch)', async () => {
    const before = await count();
    const good = banFile('rolled-back', 600);
    const bad = 'bad_1;14118_1000;12;;Rue X;14000;14118;Caen;;;1;2;-0.36;ninety;entrée;;;CAEN;RUE X;commune;commune;1;';
    await expect(importText(`${good}\n${bad}`)).rejects.toThrow(
      'line 602: lat: a number between -90 and 90 was expected, not "ninety"',
    );
    expect(await count()).toBe(before);
  });

  it.each([
    [
      'a postcode that is not five digits',
      '14118_zz;f;1;;Rue X;140;14118;Caen;;;1;2;-0.36;49.18;;;;;;;;;',
      'code_postal',
    ],
    ['an empty street name', '14118_zz;f;1;;;14000;14118;Caen;;;1;2;-0.36;49.18;;;;;;;;;', 'nom_voie: empty'],
    ['a number that is not a number', '14118_zz;f;douze;;Rue X;14000;14118;Caen;;;1;2;-0.36;49.18;;;;;;;;;', 'numero'],
  ])('refuses %s, naming the line and the column', async (_what, line, message) => {
    await expect(importText(banFile('bad', 3, [line]))).rejects.toThrow(new RegExp(`^line 5: ${message}`));
  });

  it('refuses an id found twice, naming both lines', async () => {
    const file = banFile('twice', 3);
    const repeated = (file.split('\n')[1] ?? '').replace(/^[^;]+/, 'twice_1');
    await expect(importText(`${file}\n${repeated}`)).rejects.toThrow('line 5: id: twice_1 is already on line 3');
  });

  it('refuses a line with missing fields, naming it', async () => {
    await expect(importText(banFile('short', 2, ['14118_x;short']))).rejects.toThrow(/line 4/);
  });

  it('refuses a file without the columns of the BAN format, on line 1', async () => {
    await expect(importText('id,numero,nom_voie\n1,2,Rue X')).rejects.toThrow(/^line 1: missing columns/);
  });

  it('refuses an empty file', async () => {
    await expect(importText('')).rejects.toThrow('line 1: the file is empty');
  });

  it('is what `relais import addresses FILE.csv` runs, with a clear message for a missing file', async () => {
    const file = path.join(t.relais.config.dataDir, 'addresses.csv');
    fs.writeFileSync(file, banFile('cli', 5));
    await expect(importAddressesFile(t.relais.db, file)).resolves.toBe(
      `5 addresses imported from ${file} into the local address index.`,
    );
    await expect(importAddressesFile(t.relais.db, `${file}.missing`)).rejects.toThrow('No such file');
  });
});

describe('the demo address index', () => {
  it('places every address inside one of the demo territories', () => {
    const columns = header.split(';');
    const outside = demoLines.filter((line) => {
      const fields = line.split(';');
      const lon = Number(fields[columns.indexOf('lon')]);
      const lat = Number(fields[columns.indexOf('lat')]);
      return !territories.some((t) => booleanPointInPolygon([lon, lat], { type: 'Polygon', coordinates: t.polygon }));
    });
    expect(outside).toEqual([]);
  });
});
