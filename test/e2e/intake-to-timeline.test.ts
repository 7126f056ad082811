/**
 * The foundation's path through the browser: a reception agent registers a request, a dispatcher
 * accepts it, and the timeline shows who did what.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeDepartment, makeUser, TEST_PASSWORD } from '../helpers/factories.js';
import { axeViolations, launchBrowser, newPage, type RunningRelais, signInAs, startRelais } from './browser.js';

let relais: RunningRelais;
let browser: Browser;

beforeAll(async () => {
  relais = await startRelais();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await relais?.close();
});

describe('from the counter to the timeline', () => {
  it('registers a request as a reception agent, accepts it as a dispatcher, and shows both events', async () => {
    const db = relais.relais.db;
    const department = await makeDepartment(db, { name: 'Direction de la voirie' });
    await makeCategory(db, { departmentId: department.id, name: 'Nid-de-poule', deadlineDays: 5 });
    const reception = await makeUser(db, 'reception_agent');
    const dispatcher = await makeUser(db, 'dispatcher');

    const agent = await newPage(browser, relais.baseUrl);
    await signInAs(agent, reception.email, TEST_PASSWORD);
    await agent.getByRole('link', { name: 'Nouvelle demande' }).click();
    await agent.getByRole('combobox', { name: 'Origine' }).click();
    await agent.getByRole('option', { name: 'Téléphone' }).click();
    await agent.getByRole('combobox', { name: 'Adresse', exact: false }).fill('12 rue Saint-Pierre, Caen');
    // No address index in this test: the pin is put on the map, and the typed address stays.
    await agent.getByRole('region', { name: /Carte du lieu/ }).click();
    await agent.getByText(/^49\.\d{5}, -0\.\d{5}$/).waitFor();
    await agent
      .getByRole('textbox', { name: 'Description', exact: false })
      .fill('Nid-de-poule profond devant la boulangerie');
    await agent.getByRole('combobox', { name: 'Nom', exact: false }).fill('Jeanne Martin');
    await agent.getByRole('button', { name: 'Enregistrer la demande' }).click();
    await agent.waitForURL(/\/demandes\/[0-9a-f-]{36}$/);
    const requestUrl = new URL(agent.url()).pathname;
    await expect.poll(() => agent.getByRole('heading', { level: 1 }).textContent()).toMatch(/Demande n° \d{4}-\d{5}/);

    const central = await newPage(browser, relais.baseUrl);
    await signInAs(central, dispatcher.email, TEST_PASSWORD);
    await central.goto(requestUrl);
    await central.getByRole('button', { name: 'Prendre en charge' }).click();
    const dialog = central.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Catégorie' }).click();
    await central.getByRole('option', { name: 'Nid-de-poule' }).click();
    await dialog.getByRole('combobox', { name: 'Priorité' }).click();
    await central.getByRole('option', { name: 'Haute' }).click();
    await dialog.getByRole('button', { name: 'Valider' }).click();
    await expect.poll(() => central.getByText('Prise en charge').count()).toBeGreaterThanOrEqual(2);

    const timeline = central.getByRole('list', { name: 'Historique' });
    await expect.poll(() => timeline.getByRole('listitem').count()).toBe(2);
    const items = await timeline.getByRole('listitem').allTextContents();
    expect(items[0]).toContain('Demande enregistrée');
    expect(items[0]).toContain(reception.name);
    expect(items[1]).toContain('Prise en charge');
    expect(items[1]).toContain(dispatcher.name);

    expect(await axeViolations(central)).toEqual([]);
  });
});
