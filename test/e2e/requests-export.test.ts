/**
 * The requests list exported from the browser: "Exporter (CSV)" downloads exactly the list as it is
 * filtered, with headers in the interface's language, and says how many requests that is.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeRequest, makeUser, TEST_PASSWORD } from '../helpers/factories.js';
import { axeViolations, launchBrowser, newPage, type RunningRelais, signInAs, startRelais } from './browser.js';

/** The server answers within this time, even on a busy machine. */
const SLOW = { timeout: 10_000 };

let relais: RunningRelais;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  relais = await startRelais();
  browser = await launchBrowser();
  const dispatcher = await makeUser(relais.relais.db, 'dispatcher');
  page = await newPage(browser, relais.baseUrl);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, dispatcher.email, TEST_PASSWORD);
});
afterAll(async () => {
  await browser?.close();
  await relais?.close();
});

/** Clicks the export and reads the file the browser saved: its name and its rows, header first. */
async function download(): Promise<{ name: string; rows: string[][] }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /^(Exporter|Export) \(CSV\)$/ }).click(),
  ]);
  const path = await file.path();
  const rows: string[][] = parse(fs.readFileSync(path), { delimiter: ';', bom: true });
  return { name: file.suggestedFilename(), rows };
}

describe('Demandes: Exporter (CSV)', () => {
  it('downloads the requests of the filters applied, says how many, in the interface language', async () => {
    const db = relais.relais.db;
    const roads = await makeDepartment(db, { name: 'Direction de la voirie' });
    const parks = await makeDepartment(db, { name: 'Direction des espaces verts' });
    const wanted = [
      await makeRequest(db, { status: 'accepted', departmentId: roads.id, description: 'Nid-de-poule rue Écuyère' }),
      await makeRequest(db, { status: 'accepted', departmentId: roads.id, description: 'Trottoir affaissé' }),
    ];
    // Each differs from the filters by one thing: another status, another department.
    await makeRequest(db, { status: 'new', departmentId: roads.id, description: 'Pas encore qualifiée' });
    await makeRequest(db, { status: 'accepted', departmentId: parks.id, description: 'Haie à tailler' });

    await page.goto(`/demandes?status=accepted&departmentId=${roads.id}`);
    const scope = page.getByText(/à exporter/);
    await expect.poll(() => scope.textContent(), SLOW).toBe('2 demandes à exporter (filtres appliqués)');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/requests-export.png', fullPage: true });

    const french = await download();
    expect(french.name).toMatch(/^demandes-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = french.rows;
    expect(header?.slice(0, 3)).toEqual(['Référence', 'Créée le', 'Statut']);
    expect(rows.map((row) => row[0]).sort()).toEqual(wanted.map((r) => r.reference).sort());
    expect(rows.map((row) => row[2])).toEqual(['Prise en charge', 'Prise en charge']);
    expect(rows.map((row) => row[7])).toEqual([roads.name, roads.name]);

    // Another language: the same rows, its headers and words.
    await page.getByText('English', { exact: true }).click();
    await expect
      .poll(() => page.getByText(/to export/).textContent(), SLOW)
      .toBe('2 requests to export (filters applied)');
    const english = await download();
    expect(english.rows[0]?.slice(0, 3)).toEqual(['Reference', 'Created at', 'Status']);
    expect(english.rows.slice(1).map((row) => row[0])).toEqual(rows.map((row) => row[0]));
    await page.getByText('Français', { exact: true }).click();

    // Unfiltered, it is every request.
    await page.goto('/demandes');
    await expect.poll(() => scope.textContent(), SLOW).toBe('4 demandes à exporter (sans filtre)');
    expect((await download()).rows).toHaveLength(5);
  });
});
