/**
 * The requester's tracking page in the browser, without signing in: the status in plain words,
 * the public updates (a public comment, not an internal one), no names, the photo of the work
 * done; readable on a phone; a friendly page for a link that leads nowhere.
 */

import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeDepartment, makeRequest } from '../helpers/factories.js';
import { actAs, type Client } from '../helpers/http.js';
import { axeViolations, launchBrowser, newPage, type RunningRelais, startRelais } from './browser.js';

/** The server and the live stream answer within this time, even on a busy machine. */
const SLOW = { timeout: 10_000 };

let relais: RunningRelais;
let browser: Browser;
let dispatcher: Client;

beforeAll(async () => {
  relais = await startRelais();
  browser = await launchBrowser();
  dispatcher = await actAs(relais.app, relais.relais.db, 'dispatcher');
});
afterAll(async () => {
  await browser?.close();
  await relais?.close();
});

/** A phone's screen, with no session. */
async function phonePage(): Promise<Page> {
  const page = await newPage(browser, relais.baseUrl);
  await page.setViewportSize({ width: 390, height: 844 });
  return page;
}

/** Adds a photo of the work done, as an agent's browser would (multipart upload). */
async function addAfterPhoto(requestId: string) {
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2f9e44' } })
    .jpeg()
    .toBuffer();
  const form = new FormData();
  form.append('kind', 'after');
  form.append('files', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'apres.jpg');
  const res = await fetch(`${relais.baseUrl}/api/requests/${requestId}/photos`, {
    method: 'POST',
    headers: { cookie: dispatcher.cookie, 'x-csrf-token': dispatcher.csrfToken },
    body: form,
  });
  expect(res.status, await res.clone().text()).toBe(201);
}

describe('Suivi de la demande', () => {
  it('shows the status, a public comment and the photo after, but no internal comment and no name', async () => {
    const db = relais.relais.db;
    const department = await makeDepartment(db, { name: 'Direction de la voirie' });
    const category = await makeCategory(db, { departmentId: department.id, name: 'Nid-de-poule' });
    const request = await makeRequest(db, { address: '12 rue Saint-Pierre, Caen' });
    const accepted = await dispatcher.post(`/api/requests/${request.id}/transitions`, {
      action: 'accept',
      categoryId: category.id,
      departmentId: department.id,
      priority: 'normal',
      deadline: '2099-01-15',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    await dispatcher.post(`/api/requests/${request.id}/comments`, { body: 'Appeler Mme Martin avant', public: false });
    await dispatcher.post(`/api/requests/${request.id}/comments`, { body: 'Nous passons jeudi matin.', public: true });
    await addAfterPhoto(request.id);

    const page = await phonePage();
    await page.goto(`/suivi/${request.tracking_token}`);
    await page.getByRole('heading', { level: 1, name: `Votre demande n° ${request.reference}` }).waitFor();
    const body = page.locator('body');
    await page.getByText('Nous passons jeudi matin.').waitFor();
    await page.getByText('Votre demande a été prise en charge par le service compétent').waitFor();
    await page.getByText('rue Saint-Pierre, Caen').waitFor();
    const text = await body.textContent();
    expect(text).toContain('Nid-de-poule');
    expect(text).toContain('15 janvier 2099');
    expect(text).not.toContain('Appeler Mme Martin');
    expect(text).not.toContain('Jeanne Martin');
    expect(text).not.toContain('Agent dispatcher');
    expect(text).not.toContain('12 rue');
    const photo = page.getByRole('img', { name: 'Photo 1 après l’intervention' });
    await photo.waitFor();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth), SLOW).toBeGreaterThan(0);
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/tracking.png', fullPage: true });

    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Your request no. ${request.reference}` }).waitFor();
  });

  it('says a link that leads nowhere is not valid, and what to do', async () => {
    const page = await phonePage();
    await page.goto('/suivi/0123456789abcdef0123');
    await page.getByRole('heading', { level: 1, name: 'Ce lien de suivi n’est pas valide' }).waitFor();
    await page.getByText('Copiez de nouveau le lien depuis le message reçu').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/tracking-unknown.png', fullPage: true });
  });
});
