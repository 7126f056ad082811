/**
 * The dispatcher's inbox in the browser: three new requests evaluated with the keyboard alone
 * (interactions counted and printed), a rejection with a template reason, and a request that
 * arrives while the page is open.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { caenDemo } from '../../demo/caen/index.js';
import { loadDemo } from '../../src/server/seed/load-demo.js';
import { makeUser, TEST_PASSWORD } from '../helpers/factories.js';
import { actAs, type Client } from '../helpers/http.js';
import { axeViolations, launchBrowser, newPage, type RunningRelais, signInAs, startRelais } from './browser.js';

/** The server and the live stream answer within this time, even on a busy machine. */
const SLOW = { timeout: 10_000 };

let relais: RunningRelais;
let browser: Browser;
let reception: Client;
let reader: Client;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
// Per test, so that a retried test finds an empty inbox again, not the first try's requests.
beforeEach(async () => {
  relais = await startRelais();
  // The glossary, the departments and the response templates of the demo; none of its requests.
  await loadDemo(relais.relais, { ...caenDemo, requests: [] }, 'demo password for tests');
  reception = await actAs(relais.app, relais.relais.db, 'reception_agent');
  reader = await actAs(relais.app, relais.relais.db, 'dispatcher');
});
afterEach(async () => {
  await relais?.close();
});

interface Created {
  id: string;
  reference: string;
}

async function register(description: string): Promise<Created> {
  const res = await reception.post('/api/requests', {
    origin: 'phone',
    description,
    address: '12 rue Saint-Pierre, Caen',
    lat: 49.1838,
    lon: -0.3633,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function requestOf(id: string) {
  const res = await reader.get(`/api/requests/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().request as { status: string; categoryId: string | null; departmentId: string | null };
}

/** Keys pressed and clicks made by the dispatcher: what the evaluation costs. */
class Interactions {
  count = 0;
  constructor(private readonly page: Page) {}
  async press(key: string) {
    this.count += 1;
    await this.page.keyboard.press(key);
  }
}

const evaluated = (page: Page, reference: string) =>
  page.getByRole('heading', { level: 2, name: `Demande ${reference}` });

describe('À qualifier', () => {
  it('evaluates three requests with the keyboard, rejects one with a template, and shows a new one live', async () => {
    const db = relais.relais.db;
    const cases = [
      { description: "Le lampadaire devant chez moi ne s'allume plus depuis lundi", category: 'Lampadaire éteint' },
      { description: 'Un gros nid-de-poule sur la chaussée, les voitures font un écart', category: 'Nid-de-poule' },
      { description: "Des tags et graffitis sur le mur de l'école", category: 'Tag ou graffiti' },
    ];
    const accepted: Created[] = [];
    for (const { description } of cases) accepted.push(await register(description));
    const unwanted = await register('Mon voisin fait trop de bruit le soir avec sa musique');

    // The proposals the page will show must be right for this test to measure the right path.
    const inbox = await reader.get('/api/dispatch/inbox');
    const proposals = new Map(
      inbox
        .json()
        .items.map((item: { request: { id: string }; proposal: { categoryId: string } }) => [
          item.request.id,
          item.proposal.categoryId,
        ]),
    );
    const categories = await db.selectFrom('categories').select(['id', 'name']).execute();
    const nameOf = (id: unknown) => categories.find((c) => c.id === id)?.name;
    cases.forEach(({ category }, i) => {
      expect(nameOf(proposals.get(accepted[i]?.id ?? ''))).toBe(category);
    });

    const dispatcher = await makeUser(db, 'dispatcher');
    const page = await newPage(browser, relais.baseUrl);
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInAs(page, dispatcher.email, TEST_PASSWORD);
    await page.goto('/a-qualifier');
    await evaluated(page, accepted[0]?.reference ?? '').waitFor();
    await expect.poll(() => page.getByText('4 nouvelles demandes attendent').count(), SLOW).toBe(1);

    // A request registered meanwhile joins the list without a reload.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const late = await register('Un banc cassé dans le square, une planche manque');
    const list = page.getByRole('list', { name: 'Nouvelles demandes' });
    await list.getByText(late.reference).waitFor();
    await expect.poll(() => list.getByText('Nouvelle', { exact: true }).count(), SLOW).toBe(1);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/dispatch-inbox.png', fullPage: true });

    const interactions = new Interactions(page);
    const perRequest: number[] = [];
    for (const [i, request] of accepted.entries()) {
      const before = interactions.count;
      await evaluated(page, request.reference).waitFor();
      const category = page.getByRole('textbox', { name: 'Catégorie' });
      await expect.poll(() => category.inputValue(), SLOW).toBe(cases[i]?.category);
      await interactions.press('Enter');
      await expect.poll(async () => (await requestOf(request.id)).status, SLOW).toBe('accepted');
      perRequest.push(interactions.count - before);
    }

    // Rejected with the first template of its kind, its placeholders filled: R, then Enter.
    const beforeReject = interactions.count;
    await evaluated(page, unwanted.reference).waitFor();
    await interactions.press('r');
    const dialog = page.getByRole('dialog');
    const reason = dialog.getByRole('textbox', { name: 'Motif du rejet' });
    await expect.poll(() => reason.inputValue(), SLOW).toContain(unwanted.reference);
    await page.screenshot({ path: '/tmp/dispatch-reject.png' });
    await interactions.press('Enter');
    await expect.poll(async () => (await requestOf(unwanted.id)).status, SLOW).toBe('rejected');
    const rejectCost = interactions.count - beforeReject;

    expect(perRequest.every((count) => count <= 3)).toBe(true);
    expect(rejectCost).toBeLessThanOrEqual(3);

    for (const [i, request] of accepted.entries()) {
      const saved = await requestOf(request.id);
      expect(nameOf(saved.categoryId)).toBe(cases[i]?.category);
      expect(saved.departmentId).not.toBeNull();
    }
    // The late request is the one left, open and waiting. Its category is chosen from the glossary
    // by a word: "/", the word, Enter to pick the first match, Enter to accept.
    await evaluated(page, late.reference).waitFor();
    await expect.poll(() => page.getByText('1 nouvelle demande attend').count(), SLOW).toBe(1);
    onTestFailed(async () => {
      await page.screenshot({ path: '/tmp/dispatch-failed.png' });
    });
    const beforeSearch = interactions.count;
    await interactions.press('/');
    await page.keyboard.type('banc');
    await page.getByRole('option', { name: /Banc cassé/ }).waitFor();
    await interactions.press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Catégorie' }).inputValue(), SLOW).toBe('Banc cassé');
    await interactions.press('Enter');
    await expect.poll(async () => (await requestOf(late.id)).status, SLOW).toBe('accepted');
    expect(nameOf((await requestOf(late.id)).categoryId)).toBe('Banc cassé');
    const searchCost = interactions.count - beforeSearch;
    console.log(
      `dispatcher interactions per request: accepted as proposed ${perRequest.join(', ')}; ` +
        `rejected with a template ${rejectCost}; category found in the glossary ${searchCost} and a word typed`,
    );
    await page.getByText('Rien à qualifier').waitFor();
    await page.screenshot({ path: '/tmp/dispatch-empty.png' });
  });
});
