/**
 * A department's queue and the map in the browser: deadlines flagged in words, a request accepted
 * into the department elsewhere appears without reload, bulk changes answer per request, saved
 * views; the map groups the same requests and says their status in colour and letter.
 */
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { makeCategory, makeDepartment, makeUser, TEST_PASSWORD } from '../helpers/factories.js';
import { actAs, type Client } from '../helpers/http.js';
import { axeViolations, launchBrowser, newPage, type RunningRelais, signInAs, startRelais } from './browser.js';

/** The server and the live stream answer within this time, even on a busy machine. */
const SLOW = { timeout: 10_000 };

let relais: RunningRelais;
let browser: Browser;
let dispatcher: Client;
let department: { id: string };
let agent: { email: string; name: string };
let team: Team;

type Team = Awaited<ReturnType<typeof newTeam>>;

/** A department with its category and agent: a test retried gets an empty queue again. */
async function newTeam(name: string) {
  const db = relais.relais.db;
  const department = await makeDepartment(db, { name });
  const category = await makeCategory(db, { departmentId: department.id, name: 'Nid-de-poule', deadlineDays: 5 });
  const agent = await makeUser(db, 'department_agent', { departmentId: department.id });
  return { department, category, agent };
}

beforeAll(async () => {
  relais = await startRelais();
  browser = await launchBrowser();
  team = await newTeam('Direction de la voirie');
  ({ department, agent } = team);
  dispatcher = await actAs(relais.app, relais.relais.db, 'dispatcher');
});
afterAll(async () => {
  await browser?.close();
  await relais?.close();
});

/** A request registered and accepted into the department, as the dispatcher would, through the API. */
async function acceptedRequest(description: string, deadline: string, into: Team = team) {
  const created = await dispatcher.post('/api/requests', {
    origin: 'phone',
    description,
    address: '12 rue Saint-Pierre, Caen',
    lat: 49.1838,
    lon: -0.3633,
  });
  expect(created.statusCode, created.body).toBe(201);
  const { id, reference } = created.json() as { id: string; reference: string };
  const accepted = await dispatcher.post(`/api/requests/${id}/transitions`, {
    action: 'accept',
    categoryId: into.category.id,
    departmentId: into.department.id,
    priority: 'normal',
    deadline,
  });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return { id, reference };
}

async function statusOf(id: string): Promise<string> {
  return (await dispatcher.get(`/api/requests/${id}`)).json().request.status;
}

/** Whether Leaflet's styles are in the page: they come with its code, in the maps' own chunk. */
function leafletLoaded(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('.leaflet-'))),
  );
}

/** Tiles come from the Internet, which tests do not reach: refused at once, as when offline. */
async function offline(page: Page) {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
}

describe('Ma file', () => {
  it('flags the overdue, shows a new assignment live, applies bulk changes and saves a view', async () => {
    const roads = await newTeam('Voirie du quartier nord');
    const late = await acceptedRequest('Nid-de-poule rue Saint-Pierre, signalé il y a longtemps', '2020-01-06', roads);
    const later = await acceptedRequest('Trou dans la chaussée devant la boulangerie', '2099-12-31', roads);

    const page = await newPage(browser, relais.baseUrl);
    await page.setViewportSize({ width: 1280, height: 800 });
    await offline(page);
    await signInAs(page, roads.agent.email, TEST_PASSWORD);
    await page.getByRole('link', { name: 'Ma file' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ma file' }).waitFor();
    const table = page.getByRole('table');
    await table.getByRole('link', { name: later.reference }).waitFor();
    const rows = table.getByRole('row');
    // Nearest deadline first; the missed one says so in words.
    expect(await rows.nth(1).textContent()).toContain(late.reference);
    expect(await rows.nth(1).textContent()).toContain('En retard');

    // Accepted into the department by someone else: it appears without a reload.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const fresh = await acceptedRequest('Gros trou au carrefour, dangereux pour les vélos', '2099-06-30', roads);
    await table.getByRole('link', { name: fresh.reference }).waitFor();
    await page.getByText('1 demande est arrivée dans la file').waitFor();
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

    // The pointer left on the navigation would test its hover colours, not this page's.
    await page.mouse.move(1200, 790);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/queue.png', fullPage: true });

    // Start two at once: each answers for itself.
    await page.getByRole('checkbox', { name: `Sélectionner la demande ${late.reference}` }).check();
    await page.getByRole('checkbox', { name: `Sélectionner la demande ${fresh.reference}` }).check();
    await page
      .getByRole('region', { name: 'Actions sur la sélection' })
      .getByRole('button', { name: 'Démarrer' })
      .click();
    await page.getByText('2 demandes modifiées').waitFor();
    expect(await statusOf(late.id)).toBe('in_progress');
    expect(await statusOf(fresh.id)).toBe('in_progress');

    // Starting them again is refused, one by one, in words.
    await page.getByRole('checkbox', { name: 'Tout sélectionner' }).check();
    await page
      .getByRole('region', { name: 'Actions sur la sélection' })
      .getByRole('button', { name: 'Démarrer' })
      .click();
    await page.getByText('1 demande modifiée').waitFor();
    await page.getByText(`${late.reference} : son statut ne le permet pas`).waitFor();
    await page.screenshot({ path: '/tmp/queue-bulk.png', fullPage: true });

    // The overdue ones, saved as a view.
    await page.getByRole('search').getByText('En retard', { exact: true }).click();
    await expect.poll(() => table.getByRole('row').count(), SLOW).toBe(2);
    await page.getByRole('button', { name: 'Enregistrer la vue' }).click();
    await page.getByRole('textbox', { name: 'Nom de la vue' }).fill('Mes retards');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Vue « Mes retards » enregistrée').waitFor();
    expect(await page.getByRole('combobox', { name: 'Vues enregistrées' }).inputValue()).toBe('Mes retards');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/queue-view.png' });

    // Live updates refused (a server restarting): a discreet note says so, and goes once they are back.
    await page.route('**/api/live', (route) => route.fulfill({ status: 503, body: '' }));
    await page.reload();
    await page.getByText('Hors ligne : reconnexion…').waitFor();
    await page.screenshot({ path: '/tmp/queue-offline.png' });
    await page.unroute('**/api/live');
    await page.getByText('Hors ligne : reconnexion…').waitFor({ state: 'detached', timeout: 20_000 });
  });
});

describe('Carte', () => {
  it('shows the requests grouped by the server, with their status in colour and letter, without tiles', async () => {
    const db = relais.relais.db;
    const lights = await makeCategory(db, { departmentId: department.id, name: 'Lampadaire éteint' });
    const place = { address: '3 boulevard Maréchal Leclerc, Caen', lat: 49.1811, lon: -0.3636 };
    const register = async (position: { lat: number; lon: number }) => {
      const res = await dispatcher.post('/api/requests', {
        origin: 'phone',
        description: 'Lampadaire éteint depuis trois jours',
        categoryId: lights.id,
        ...place,
        ...position,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; reference: string };
    };
    for (const request of [await register(place), await register(place)]) {
      const res = await dispatcher.post(`/api/requests/${request.id}/transitions`, {
        action: 'accept',
        categoryId: lights.id,
        departmentId: department.id,
        priority: 'normal',
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    // Two kilometres away: on its own at the starting zoom.
    const alone = await register({ lat: 49.2, lon: -0.35 });

    const page = await newPage(browser, relais.baseUrl);
    await page.setViewportSize({ width: 1280, height: 800 });
    await offline(page);
    // Pages load what they use: neither the sign-in page nor the list brings the map library.
    await page.goto('/login');
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    expect(await leafletLoaded(page)).toBe(false);
    await signInAs(page, agent.email, TEST_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Demandes' }).waitFor();
    expect(await leafletLoaded(page)).toBe(false);
    // The list's filters, in the address as on the list.
    await page.goto(`/carte?categoryId=${lights.id}`);
    onTestFailed(async () => {
      await page.screenshot({ path: '/tmp/map-failed.png' });
    });
    const cluster = page.getByRole('button', { name: '2 demandes, surtout Prise en charge : zoomer' });
    await cluster.waitFor();
    // Drawn: the count and the status's letter (what a screen reader reads is its name).
    expect(await cluster.locator('[aria-hidden="true"]').textContent()).toBe('2P');
    await page.getByText('3 demandes dans la zone affichée').waitFor();
    await page.getByText('Fond de carte indisponible').waitFor();
    expect(await leafletLoaded(page)).toBe(true);
    await page.mouse.move(1200, 790);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/map.png' });

    const single = page.getByRole('button', { name: `Demande ${alone.reference}, Nouvelle` });
    await single.click();
    await page.getByRole('link', { name: `Demande ${alone.reference}` }).click();
    await expect.poll(() => new URL(page.url()).pathname, SLOW).toBe(`/demandes/${alone.id}`);
  });
});

describe('Demande n° …', () => {
  it('records an intervention with a photo and resolves the request; a colleague’s comment appears live', async () => {
    const request = await acceptedRequest('Affaissement de la chaussée devant le 4', '2099-03-01');
    const page = await newPage(browser, relais.baseUrl);
    await page.setViewportSize({ width: 1280, height: 800 });
    await offline(page);
    await signInAs(page, agent.email, TEST_PASSWORD);
    await page.goto(`/demandes/${request.id}`);
    await page.getByRole('button', { name: 'Enregistrer une intervention' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Ce qui a été fait' }).fill('Enrobé à froid posé sur 2 m²');
    await dialog.getByRole('textbox', { name: 'Temps passé (minutes)' }).fill('45');
    await dialog.getByRole('textbox', { name: 'Quantité' }).fill('2');
    await dialog.getByRole('combobox', { name: 'Unité' }).fill('m²');
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#1971c2' } })
      .jpeg()
      .toBuffer();
    await dialog
      .locator('input[type="file"]')
      .nth(1)
      .setInputFiles({ name: 'apres.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await dialog.getByRole('checkbox', { name: 'et marquer la demande réalisée' }).check();
    await dialog.getByRole('button', { name: 'Enregistrer l’intervention' }).click();
    await page.getByText('Intervention enregistrée, demande marquée réalisée').waitFor();
    const interventions = page.getByRole('region', { name: 'Interventions' });
    await interventions.getByText('Enrobé à froid posé sur 2 m²').waitFor();
    expect(await interventions.textContent()).toContain('45 min · 2 m²');
    await interventions.getByRole('img', { name: 'Photo 1, après l’intervention' }).waitFor();
    expect(await statusOf(request.id)).toBe('resolved');

    // Someone else comments: the timeline shows it without a reload.
    const comment = await dispatcher.post(`/api/requests/${request.id}/comments`, {
      body: 'Vu avec le riverain, merci.',
      public: false,
    });
    expect(comment.statusCode, comment.body).toBe(201);
    await page.getByRole('list', { name: 'Historique' }).getByText('Vu avec le riverain, merci.').waitFor();
    await page.mouse.move(1200, 790);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/request-interventions.png', fullPage: true });
  });
});
