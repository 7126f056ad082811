/**
 * Browser tests: the real app listening on a random port of 127.0.0.1, its own database, and a
 * headless Chromium driven by playwright-core. The browser is found without downloading anything:
 * CHROMIUM_PATH, else the system's, else the Chromium that the npm package @sparticuz/chromium
 * carries inside its tarball (unpacked to a temporary folder on first use).
 */
import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createTestRelais, type TestRelais } from '../helpers/relais.js';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags every launch gets: no sandbox as root, and no calls home on a machine without internet. */
const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Of the packaged Chromium's own flags, those that would make it another browser than the one
 * agents use are left out: `--single-process` (closing one context would end the whole browser)
 * and the two that lift the same-origin and mixed-content rules the app relies on.
 */
const UNSAFE_PACKAGED_ARGS = new Set([
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
]);

interface BrowserBinary {
  executablePath: string;
  args: string[];
}

async function findBrowser(): Promise<BrowserBinary> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!fs.existsSync(chosen)) throw new Error(`CHROMIUM_PATH names ${chosen}, which does not exist`);
    return { executablePath: chosen, args: COMMON_ARGS };
  }
  const system = SYSTEM_CHROMIUMS.find((candidate) => fs.existsSync(candidate));
  if (system) return { executablePath: system, args: COMMON_ARGS };
  const packaged = (await import('@sparticuz/chromium')).default;
  const args = packaged.args.filter((arg) => !UNSAFE_PACKAGED_ARGS.has(arg));
  return { executablePath: await packaged.executablePath(), args: [...new Set([...COMMON_ARGS, ...args])] };
}

let binary: Promise<BrowserBinary> | null = null;

export async function launchBrowser(): Promise<Browser> {
  binary ??= findBrowser();
  const { executablePath, args } = await binary;
  return chromium.launch({ executablePath, headless: true, args });
}

export interface RunningRelais extends TestRelais {
  baseUrl: string;
}

export async function startRelais(): Promise<RunningRelais> {
  const t = await createTestRelais();
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  return { ...t, baseUrl: address };
}

/** A new page in its own browser context (own cookies), in French, in Paris. */
export async function newPage(browser: Browser, baseUrl: string): Promise<Page> {
  // Reduced motion: a notification fading in would otherwise be checked for contrast half-transparent.
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    reducedMotion: 'reduce',
  });
  return context.newPage();
}

export async function signInAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/mot de passe/i).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The WCAG 2.1 A and AA violations axe-core finds on the page, as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Contrast is judged on what the agent ends up seeing, not on a frame of a transition.
  // Spinners run forever: only the animations that end are waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished),
    ),
  );
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
