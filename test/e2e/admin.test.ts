/**
 * The administrator's screens through the browser: a category with its procedure and an extra
 * question, the glossary CSV refused with its row number then imported, a user disabled while
 * signed in elsewhere, a GeoJSON territory imported, a BAN addresses file refused with its line
 * then imported, a dead message put back in the queue, telling requesters of an event turned off;
 * a non-administrator kept out; axe on each page.
 */
import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { uuidv7 } from 'uuidv7';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY_COLUMNS } from '../../src/core/api/admin.js';
import { INTERRUPTED } from '../../src/core/notify.js';
import type { Role } from '../../src/core/roles.js';
import { makeBody, makeDepartment, makeTerritory, makeUser, TEST_PASSWORD } from '../helpers/factories.js';
import { launchBrowser, newPage, type RunningRelais, signInAs, startRelais } from './browser.js';

let relais: RunningRelais;
let browser: Browser;
let admin: Page;

const db = () => relais.relais.db;

/** A user with a name of their own, so lists and menus name them unambiguously. */
async function person(role: Role, name: string) {
  const user = await makeUser(db(), role);
  await db().updateTable('users').set({ name }).where('id', '=', user.id).execute();
  return { ...user, name };
}

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

async function chooseFile(page: Page, button: string, file: { name: string; mimeType: string; content: string }) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.content) });
}

/** Chooses in a select; `within` a dialog when the page behind has a field of the same name. */
async function pick(page: Page, label: string, option: string, within: Page | Locator = page) {
  await within.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Server round trips under a loaded machine: give each awaited change time. */
const patient = { timeout: 10_000 };

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Each test starts from its page's address, so it runs alone as well as after the others. */
async function open(segment: string, title: string) {
  await admin.goto(`/administration/${segment}`);
  await expect.poll(() => heading(admin).textContent(), patient).toBe(title);
}

beforeAll(async () => {
  relais = await startRelais();
  browser = await launchBrowser();
  const administrator = await person('administrator', 'Alice Admin');
  admin = await newPage(browser, relais.baseUrl);
  await admin.setViewportSize({ width: 1280, height: 800 });
  await signInAs(admin, administrator.email, TEST_PASSWORD);
});
afterEach(async (context) => {
  if (context.task.result?.state === 'fail')
    await admin.screenshot({
      path: `/tmp/admin-failed-${context.task.name.slice(0, 20)}-${context.task.result.retryCount ?? 0}.png`,
    });
});
afterAll(async () => {
  await browser?.close();
  await relais?.close();
});

describe('administration', () => {
  it('creates a family, then a category with its procedure and an extra question; a taken code is named on its field', async () => {
    const department = await makeDepartment(db(), { name: 'Direction de la propreté' });

    await admin.getByRole('link', { name: 'Administration' }).click();
    await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Glossaire' }).click();
    await expect.poll(() => heading(admin).textContent(), patient).toBe('Glossaire');

    await admin.getByRole('button', { name: 'Nouvelle famille' }).click();
    const familyDialog = admin.getByRole('dialog', { name: 'Nouvelle famille' });
    await familyDialog.getByRole('textbox', { name: 'Nom', exact: true }).fill('Propreté');
    await familyDialog.getByRole('textbox', { name: 'Code', exact: true }).fill('proprete');
    await familyDialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => admin.getByRole('heading', { name: 'Propreté', level: 2 }).count(), patient).toBe(1);

    await admin.getByRole('link', { name: 'Nouvelle catégorie' }).click();
    await expect.poll(() => heading(admin).textContent(), patient).toBe('Nouvelle catégorie');
    await admin.getByRole('textbox', { name: 'Nom', exact: true }).fill('Tags et graffitis');
    await admin.getByRole('textbox', { name: 'Code', exact: true }).fill('tags');
    await pick(admin, 'Famille', 'Propreté');
    await admin.getByRole('textbox', { name: 'Description', exact: true }).fill('Inscriptions sur un mur public');
    const synonyms = admin.getByRole('combobox', { name: 'Synonymes et mots des usagers', exact: true });
    await synonyms.fill('graffiti');
    await synonyms.press('Enter');
    await synonyms.fill('tag');
    await synonyms.press('Enter');
    await pick(admin, 'Direction chargée', department.name);
    await admin.getByRole('textbox', { name: 'Délai (jours ouvrés)', exact: true }).fill('3');
    await admin.getByRole('checkbox', { name: 'Intervention d’un prestataire' }).check();
    await admin.getByRole('button', { name: 'Ajouter une étape' }).click();
    await admin.getByRole('textbox', { name: 'Étape 1', exact: true }).fill('Constater la surface');
    await admin.getByRole('button', { name: 'Ajouter une étape' }).click();
    await admin.getByRole('textbox', { name: 'Étape 2', exact: true }).fill('Commander le nettoyage');
    await admin.getByRole('button', { name: 'Ajouter une question' }).click();
    await admin.getByRole('textbox', { name: 'Question 1 : libellé', exact: true }).fill('Surface (m²)');
    await admin.getByRole('textbox', { name: 'Question 1 : code', exact: true }).fill('surface');
    await pick(admin, 'Question 1 : type de réponse', 'Nombre');
    await admin.getByRole('checkbox', { name: 'Question 1 obligatoire' }).check();
    await expectNoAxeViolations(admin);
    await admin.screenshot({ path: '/tmp/admin-category.png', fullPage: true });
    await admin.getByRole('button', { name: 'Créer la catégorie' }).click();

    await expect.poll(() => heading(admin).textContent(), patient).toBe('Glossaire');
    await expect.poll(() => admin.getByRole('link', { name: 'Tags et graffitis' }).count(), patient).toBe(1);
    const saved = await db().selectFrom('categories').selectAll().where('code', '=', 'tags').executeTakeFirstOrThrow();
    expect(JSON.parse(saved.procedure)).toEqual(['Constater la surface', 'Commander le nettoyage']);
    expect(JSON.parse(saved.synonyms)).toEqual(['graffiti', 'tag']);
    expect(JSON.parse(saved.questions)).toEqual([
      { code: 'surface', datatype: 'number', required: true, description: 'Surface (m²)' },
    ]);
    expect(saved).toMatchObject({ deadline_days: 3, needs_contractor: 1, department_id: department.id });
    await expectNoAxeViolations(admin);
    await admin.screenshot({ path: '/tmp/admin-glossary.png', fullPage: true });

    // The same code again: the server's 409 is said on the code field, in French.
    await admin.getByRole('link', { name: 'Nouvelle catégorie' }).click();
    await admin.getByRole('textbox', { name: 'Nom', exact: true }).fill('Graffitis sur mobilier');
    await admin.getByRole('textbox', { name: 'Code', exact: true }).fill('tags');
    await pick(admin, 'Famille', 'Propreté');
    await pick(admin, 'Direction chargée', department.name);
    await admin.getByRole('button', { name: 'Créer la catégorie' }).click();
    const code = admin.getByRole('textbox', { name: 'Code', exact: true });
    await expect.poll(() => code.getAttribute('aria-invalid'), patient).toBe('true');
    await expect
      .poll(() => admin.getByText('Ce code est déjà utilisé : choisissez-en un autre').count(), patient)
      .toBe(1);
    await admin.getByRole('link', { name: 'Annuler' }).click();
  }, 120_000);

  it('refuses a glossary CSV with a bad row, naming the row and importing nothing, then imports a good one', async () => {
    const department = await makeDepartment(db(), { name: 'Direction des espaces verts' });
    const header = GLOSSARY_COLUMNS.join(';');
    const row = (code: string, name: string, departmentCode: string) =>
      [
        'verts',
        'Espaces verts',
        code,
        name,
        '',
        'arbre|branche',
        departmentCode,
        '5',
        'non',
        'non',
        'Constater',
        'oui',
      ].join(';');
    const categoriesBefore = await db().selectFrom('categories').select('id').execute();

    await open('glossaire', 'Glossaire');
    await chooseFile(admin, 'Importer un CSV', {
      name: 'glossaire.csv',
      mimeType: 'text/csv',
      content: [
        header,
        row('arbre-tombe', 'Arbre tombé', department.code),
        row('haie', 'Haie à tailler', 'inconnue'),
      ].join('\n'),
    });
    const refusal = admin.getByRole('alert').filter({ hasText: 'Fichier refusé' });
    await expect.poll(() => refusal.textContent(), patient).toContain('Ligne 3, colonne department_code');
    expect(await refusal.textContent()).toContain('Rien n’a été importé');
    expect(await db().selectFrom('categories').select('id').execute()).toHaveLength(categoriesBefore.length);
    expect(await db().selectFrom('families').selectAll().where('code', '=', 'verts').execute()).toEqual([]);
    await expectNoAxeViolations(admin);
    await admin.screenshot({ path: '/tmp/admin-csv-refused.png', fullPage: true });

    await chooseFile(admin, 'Importer un CSV', {
      name: 'glossaire.csv',
      mimeType: 'text/csv',
      content: [
        header,
        row('arbre-tombe', 'Arbre tombé', department.code),
        row('haie', 'Haie à tailler', department.code),
      ].join('\n'),
    });
    await expect.poll(() => admin.getByText('Import terminé').count(), patient).toBeGreaterThanOrEqual(1);
    await expect.poll(() => admin.getByRole('link', { name: 'Haie à tailler' }).count(), patient).toBe(1);
    expect(await db().selectFrom('categories').select('id').execute()).toHaveLength(categoriesBefore.length + 2);
  });

  it('disables a user: their open session is sent to the sign-in page at its next action', async () => {
    const agent = await person('reception_agent', 'Camille Martin');
    const agentPage = await newPage(browser, relais.baseUrl);
    await signInAs(agentPage, agent.email, TEST_PASSWORD);

    await open('utilisateurs', 'Utilisateurs');
    await expectNoAxeViolations(admin);
    await admin.screenshot({ path: '/tmp/admin-users.png', fullPage: true });
    await admin.getByRole('button', { name: 'Actions pour Camille Martin' }).click();
    await admin.getByRole('menuitem', { name: 'Désactiver' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Désactiver Camille Martin ?' });
    expect(await dialog.textContent()).toContain('Ses sessions ouvertes prennent fin maintenant');
    await dialog.getByRole('button', { name: 'Désactiver' }).click();
    await expect.poll(() => dialog.count(), patient).toBe(0);
    const row = admin.getByRole('row').filter({ hasText: 'Camille Martin' });
    await expect.poll(() => row.textContent(), patient).toContain('Désactivé');

    await agentPage.getByRole('link', { name: 'Glossaire' }).click();
    await agentPage.waitForURL((url) => url.pathname === '/login');
    await agentPage.context().close();
  });

  it('imports territories from a GeoJSON file, naming a bad feature by its index first', async () => {
    const square = (lon: number, lat: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [lon, lat],
          [lon + 0.01, lat],
          [lon + 0.01, lat + 0.01],
          [lon, lat + 0.01],
          [lon, lat],
        ],
      ],
    });
    const feature = (code: string, name: string, geometry: object) => ({
      type: 'Feature',
      properties: { code, name },
      geometry,
    });
    const collection = (...features: object[]) => JSON.stringify({ type: 'FeatureCollection', features });

    await open('territoires', 'Territoires');
    // Lambert-93 metres instead of degrees: a frequent export mistake.
    await chooseFile(admin, 'Importer un GeoJSON', {
      name: 'quartiers.geojson',
      mimeType: 'application/geo+json',
      content: collection(
        feature('vaucelles', 'Vaucelles', square(-0.36, 49.17)),
        feature('venoix', 'Venoix', square(454000, 6900000)),
      ),
    });
    const refusal = admin.getByRole('alert').filter({ hasText: 'Fichier refusé' });
    await expect.poll(() => refusal.textContent(), patient).toContain('Objet n° 1');
    expect(await db().selectFrom('territories').selectAll().where('code', '=', 'vaucelles').execute()).toEqual([]);

    await chooseFile(admin, 'Importer un GeoJSON', {
      name: 'quartiers.geojson',
      mimeType: 'application/geo+json',
      content: collection(feature('vaucelles', 'Vaucelles', square(-0.36, 49.17))),
    });
    await expect.poll(() => admin.getByRole('cell', { name: 'Vaucelles', exact: true }).count(), patient).toBe(1);
    await expectNoAxeViolations(admin);
    await admin.screenshot({ path: '/tmp/admin-territories.png', fullPage: true });
  });

  it('imports a BAN addresses file: a bad line refused in French with its number and nothing imported, then the counts by commune', async () => {
    const header = 'id;numero;rep;nom_voie;code_postal;code_insee;nom_commune;lon;lat';
    const place = (n: number, lat: string) =>
      `14327_0100_${String(n).padStart(5, '0')};${n};;Rue de la Paix;14200;14327;Hérouville-Saint-Clair;-0.33;${lat}`;
    const addresses = () => db().selectFrom('addresses').select('id').execute();
    const before = (await addresses()).length;

    await open('adresses', 'Adresses');
    await expectNoAxeViolations(admin);
    await chooseFile(admin, 'Importer un CSV de la BAN', {
      name: 'adresses-14327.csv',
      mimeType: 'text/csv',
      content: [header, place(12, '49.2041'), place(14, 'ninety'), place(16, '49.2043')].join('\n'),
    });
    const refusal = admin.getByRole('alert').filter({ hasText: 'Fichier refusé' });
    await expect.poll(() => refusal.textContent(), patient).toContain('Ligne 3, colonne lat');
    expect(await refusal.textContent()).toContain(
      'Un nombre entre -90 et 90 est attendu (avec un point décimal), et non « ninety ».',
    );
    expect(await refusal.textContent()).toContain('Rien n’a été importé');
    expect(await addresses()).toHaveLength(before);
    await expectNoAxeViolations(admin);
    await admin.screenshot({ path: '/tmp/admin-addresses-refused.png', fullPage: true });

    await chooseFile(admin, 'Importer un CSV de la BAN', {
      name: 'adresses-14327.csv',
      mimeType: 'text/csv',
      content: [header, place(12, '49.2041'), place(14, '49.2042'), place(16, '49.2043')].join('\n'),
    });
    await expect
      .poll(() => admin.getByRole('alert').filter({ hasText: 'Import terminé' }).textContent(), patient)
      .toContain('3 lignes importées');
    const commune = admin.getByRole('row').filter({ hasText: 'Hérouville-Saint-Clair' });
    await expect.poll(() => commune.allTextContents(), patient).toEqual(['Hérouville-Saint-Clair143273']);
    expect(await addresses()).toHaveLength(before + 3);
    await expectNoAxeViolations(admin);
    await admin.screenshot({ path: '/tmp/admin-addresses.png', fullPage: true });

    // The export gives the index back as a BAN file.
    const [exported] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('link', { name: 'Exporter en CSV' }).click(),
    ]);
    const lines = fs
      .readFileSync(await exported.path(), 'utf8')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(header);
    expect(lines).toContain(place(14, '49.2042'));

    // The journal names the file and what the import did.
    await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Journal' }).click();
    const entry = admin.getByRole('article').filter({ hasText: 'Index d’adresses · adresses-14327.csv' }).first();
    await expect.poll(() => entry.count(), patient).toBe(1);
    expect(await entry.getByRole('row').allTextContents()).toEqual(
      expect.arrayContaining(['Lignes importées3', `Adresses dans l’index${before + 3}`, 'Fichieradresses-14327.csv']),
    );
  });

  it('puts a dead message back in the queue once told why it was given up; one sent meanwhile is refused in words', async () => {
    const run = uuidv7().slice(-6);
    const dead = async (recipient: string, subject: string) => {
      const id = uuidv7();
      const now = new Date().toISOString();
      await db()
        .insertInto('outbox')
        .values({
          id,
          kind: 'email',
          recipient,
          subject,
          body_text: 'Bonjour,\nVotre demande est résolue.',
          body_html: null,
          request_id: null,
          event_id: null,
          dedupe_key: null,
          locale: 'fr',
          status: 'dead',
          attempts: 1,
          next_attempt_at: now,
          last_error: INTERRUPTED,
          created_at: now,
          sent_at: null,
        })
        .execute();
      return id;
    };
    const paul = `paul.${run}@example.org`;
    const lea = `lea.${run}@example.org`;
    const first = await dead(paul, `Votre demande ${run} est résolue`);
    const second = await dead(lea, `Votre demande ${run} est close`);
    const row = (recipient: string) => admin.getByRole('row').filter({ hasText: recipient });
    const status = (id: string) =>
      db().selectFrom('outbox').select(['status', 'attempts']).where('id', '=', id).executeTakeFirstOrThrow();

    await open('messages', 'Messages envoyés');
    await expect.poll(() => row(paul).textContent(), patient).toContain('Abandonné');
    await admin.getByRole('button', { name: `Remettre en file d’envoi le message à ${paul}` }).click();
    const dialog = admin.getByRole('dialog', { name: `Remettre en file d’envoi le message à ${paul} ?` });
    const said = await dialog.textContent();
    expect(said).toContain('son envoi a été interrompu');
    expect(said).toContain('s’il l’était en fait, le destinataire le recevra deux fois');
    await expectNoAxeViolations(admin);
    await admin.screenshot({ path: '/tmp/admin-resend.png', fullPage: true });
    await dialog.getByRole('button', { name: 'Remettre en file d’envoi' }).click();
    await expect.poll(() => dialog.count(), patient).toBe(0);
    await expect.poll(() => row(paul).textContent(), patient).toContain('En attente');
    expect(
      await row(paul)
        .getByRole('button', { name: /Remettre en file/ })
        .count(),
    ).toBe(0);
    expect(await status(first)).toEqual({ status: 'pending', attempts: 0 });

    // Sent by someone else while the question was open: the 409 said in words, the list read again.
    await admin.getByRole('button', { name: `Remettre en file d’envoi le message à ${lea}` }).click();
    const refused = admin.getByRole('dialog', { name: `Remettre en file d’envoi le message à ${lea} ?` });
    await db()
      .updateTable('outbox')
      .set({ status: 'sent', sent_at: new Date().toISOString() })
      .where('id', '=', second)
      .execute();
    await refused.getByRole('button', { name: 'Remettre en file d’envoi' }).click();
    await expect
      .poll(() => refused.getByRole('alert').textContent(), patient)
      .toContain('Ce message n’est plus abandonné');
    await refused.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => row(lea).textContent(), patient).toContain('Envoyé');
    expect(await status(second)).toMatchObject({ status: 'sent' });

    // The journal says who put it back, and its state before and after in words.
    await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Journal' }).click();
    const entry = admin.getByRole('article').filter({ hasText: 'Message au demandeur' }).first();
    await expect.poll(() => entry.count(), patient).toBe(1);
    expect(await entry.textContent()).toContain('par Alice Admin');
    expect(await entry.getByRole('row').allTextContents()).toEqual(
      expect.arrayContaining(['ÉtatAbandonnéEn attente', 'Tentatives10']),
    );
    await expectNoAxeViolations(admin);
    await admin.screenshot({ path: '/tmp/admin-audit-outbox.png', fullPage: true });
  });

  it('stops telling requesters of a started intervention: still off after a reload, in the journal in words', async () => {
    // A retry starts from the default again.
    await db().deleteFrom('requester_notices').execute();
    const started = () => admin.getByRole('switch', { name: 'Prévenir le demandeur : Intervention démarrée' });
    const saved = () =>
      db().selectFrom('requester_notices').select('tells_requester').where('event_type', '=', 'started').execute();

    await open('avis', 'Avis aux demandeurs');
    expect(await admin.getByRole('main').textContent()).toContain('Seuls les événements publics sont annoncés');
    // Internal steps are not offered.
    expect(await admin.getByRole('switch', { name: /Attribuée/ }).count()).toBe(0);
    expect(await started().isChecked()).toBe(true);
    await started().focus();
    await admin.keyboard.press('Space');
    await expect
      .poll(() => admin.getByText('Intervention démarrée : le demandeur ne sera plus prévenu').count(), patient)
      .toBe(1);
    expect(await saved()).toEqual([{ tells_requester: 0 }]);

    await admin.reload();
    await expect.poll(() => started().count(), patient).toBe(1);
    expect(await started().isChecked()).toBe(false);
    // The default is said beside the switch, so the administrator knows what "back" means.
    const row = admin.getByRole('row').filter({ hasText: 'Intervention démarrée' });
    expect(await row.textContent()).toContain('par défaut : oui');
    await expectNoAxeViolations(admin);
    await admin.screenshot({ path: '/tmp/admin-notices.png', fullPage: true });

    await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Journal' }).click();
    const entry = admin.getByRole('article').filter({ hasText: 'Avis au demandeur' }).first();
    await expect.poll(() => entry.count(), patient).toBe(1);
    expect(await entry.textContent()).toContain('Intervention démarrée');
    expect(await entry.getByRole('row').allTextContents()).toEqual(
      expect.arrayContaining(['Prévenir le demandeurOuiNon']),
    );
    await db().deleteFrom('requester_notices').execute();
  });

  it('shows the audit log, the messages sent (HTML in a sandboxed frame) and the other pages without axe violations', async () => {
    await db()
      .insertInto('outbox')
      .values({
        id: uuidv7(),
        kind: 'email',
        recipient: 'jeanne.martin@example.org',
        subject: 'Votre demande 2026-00042 est prise en charge',
        body_text: 'Bonjour,\nVotre demande est prise en charge.',
        body_html:
          '<p>Bonjour,</p><p>Votre demande est <b>prise en charge</b>.</p><script>parent.document.title="pwned"</script>',
        request_id: null,
        event_id: null,
        dedupe_key: null,
        locale: 'fr',
        status: 'kept',
        next_attempt_at: new Date().toISOString(),
        last_error: null,
        created_at: new Date().toISOString(),
        sent_at: new Date().toISOString(),
      })
      .execute();

    await open('messages', 'Messages envoyés');
    const nav = admin.getByRole('navigation', { name: 'Administration' });
    await admin.getByRole('button', { name: 'Votre demande 2026-00042 est prise en charge' }).click();
    const message = admin.getByRole('dialog', { name: 'Votre demande 2026-00042 est prise en charge' });
    expect(await message.textContent()).toContain('Votre demande est prise en charge.');
    // axe cannot run inside a frame whose scripts are disabled: it checks the dialog before the HTML opens.
    await expectNoAxeViolations(admin);
    await message.getByRole('tab', { name: 'HTML' }).click();
    const frame = message.locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('');
    await expect
      .poll(() => admin.frameLocator('iframe[title="Contenu HTML du message"]').locator('b').textContent())
      .toBe('prise en charge');
    expect(await admin.title()).not.toBe('pwned');
    await admin.screenshot({ path: '/tmp/admin-message.png', fullPage: true });
    await message.getByRole('button', { name: 'Fermer' }).click();

    // A contractor created then renamed: the journal says who did it and shows the name before and after.
    await nav.getByRole('link', { name: 'Prestataires' }).click();
    await admin.getByRole('button', { name: 'Nouveau prestataire' }).click();
    const creation = admin.getByRole('dialog', { name: 'Nouveau prestataire' });
    await creation.getByRole('textbox', { name: 'Nom', exact: true }).fill('Net Graff');
    await creation.getByRole('textbox', { name: 'Code', exact: true }).fill('net-graff');
    await creation.getByRole('textbox', { name: 'Code', exact: true }).press('Enter');
    await admin.getByRole('button', { name: 'Modifier « Net Graff »' }).click();
    const renaming = admin.getByRole('dialog', { name: 'Modifier le prestataire' });
    await renaming.getByRole('textbox', { name: 'Nom', exact: true }).fill('Net Graff Normandie');
    await renaming.getByRole('button', { name: 'Enregistrer' }).click();
    await expect
      .poll(() => admin.getByRole('cell', { name: 'Net Graff Normandie', exact: true }).count(), patient)
      .toBe(1);

    await nav.getByRole('link', { name: 'Journal' }).click();
    await expect.poll(() => heading(admin).textContent(), patient).toBe('Journal');
    const renamed = admin
      .getByRole('article')
      .filter({ hasText: 'Modification' })
      .filter({ hasText: 'Net Graff Normandie' });
    await expect.poll(() => renamed.count(), patient).toBe(1);
    expect(await renamed.textContent()).toContain('par Alice Admin');
    expect(await renamed.getByRole('row').filter({ hasText: 'Nom' }).allTextContents()).toEqual([
      'NomNet GraffNet Graff Normandie',
    ]);
    await expectNoAxeViolations(admin);
    await admin.screenshot({ path: '/tmp/admin-audit.png', fullPage: true });

    for (const [link, title] of [
      ['Collectivités', 'Collectivités'],
      ['Directions et services', 'Directions et services'],
      ['Modèles de réponse', 'Modèles de réponse'],
    ] as const) {
      await nav.getByRole('link', { name: link }).click();
      await expect.poll(() => heading(admin).textContent(), patient).toBe(title);
      await expectNoAxeViolations(admin);
    }
    await admin.getByRole('button', { name: 'Nouveau modèle' }).click();
    const template = admin.getByRole('dialog', { name: 'Nouveau modèle' });
    await template.getByRole('textbox', { name: 'Texte en français', exact: true }).fill('Votre demande ');
    await template.getByRole('button', { name: '{reference}' }).click();
    await expect.poll(() => template.getByRole('region').textContent(), patient).toContain('Votre demande 2026-00123');
    await expectNoAxeViolations(admin);
    await admin.screenshot({ path: '/tmp/admin-template.png', fullPage: true });
    await template.getByRole('button', { name: 'Annuler' }).click();
  }, 120_000);

  it('creates a body and a hub department of it, renames its territory, and deletes a body only once unused', async () => {
    // Names and codes of their own, so a retry does not meet the first attempt's.
    const run = uuidv7().slice(-6);
    const bodyName = `Communauté urbaine ${run}`;
    const hubName = `Pôle Prairie ${run}`;
    const territoryName = `Quartier de la Prairie ${run}`;
    const territory = await makeTerritory(db(), { lat: 49.19, lon: -0.39 });
    // Another body, so there is one to choose (a single one is chosen already).
    await makeBody(db(), { name: `Ville ${run}` });
    await db().updateTable('territories').set({ name: territoryName }).where('id', '=', territory.id).execute();

    await open('collectivites', 'Collectivités');
    await admin.getByRole('button', { name: 'Nouvelle collectivité' }).click();
    const creation = admin.getByRole('dialog', { name: 'Nouvelle collectivité' });
    const name = creation.getByRole('textbox', { name: 'Nom', exact: true });
    // The dialog opens with the cursor in its first field.
    await expect.poll(() => name.evaluate((input) => input === document.activeElement), patient).toBe(true);
    await name.fill(bodyName);
    await creation.getByRole('textbox', { name: 'Code', exact: true }).fill(`cu-${run}`);
    await creation.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => admin.getByText(`« ${bodyName} » enregistré`).count(), patient).toBe(1);
    await expect.poll(() => admin.getByRole('cell', { name: bodyName, exact: true }).count(), patient).toBe(1);

    // A hub covers a territory: chosen in the same form, with the body.
    await open('directions', 'Directions et services');
    await admin.getByRole('button', { name: 'Nouvelle direction' }).click();
    const department = admin.getByRole('dialog', { name: 'Nouvelle direction' });
    await department.getByRole('textbox', { name: 'Nom', exact: true }).fill(hubName);
    await department.getByRole('textbox', { name: 'Code', exact: true }).fill(`pole-${run}`);
    await pick(admin, 'Collectivité', bodyName, department);
    await department.getByRole('switch', { name: 'Pôle de vie des quartiers' }).check();
    await pick(admin, 'Territoire', territoryName, department);
    await department.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => department.count(), patient).toBe(0);
    const row = admin.getByRole('row').filter({ hasText: hubName });
    await expect.poll(() => row.textContent(), patient).toContain(territoryName);
    expect(await row.textContent()).toContain(bodyName);
    const saved = await db()
      .selectFrom('departments')
      .selectAll()
      .where('code', '=', `pole-${run}`)
      .executeTakeFirstOrThrow();
    expect(saved).toMatchObject({ is_hub: 1, territory_id: territory.id, emits: 1, receives: 1, email: null });

    // Its form opens on what was saved.
    await admin.getByRole('button', { name: `Modifier « ${hubName} »` }).click();
    const editing = admin.getByRole('dialog', { name: 'Modifier la direction' });
    expect(await editing.getByRole('textbox', { name: 'Nom', exact: true }).inputValue()).toBe(hubName);
    expect(await editing.getByRole('combobox', { name: 'Territoire', exact: true }).inputValue()).toBe(territoryName);
    expect(await editing.getByRole('switch', { name: 'Pôle de vie des quartiers' }).isChecked()).toBe(true);
    await editing.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => editing.count(), patient).toBe(0);

    await open('territoires', 'Territoires');
    await admin.getByRole('button', { name: `Modifier « ${territoryName} »` }).click();
    const renaming = admin.getByRole('dialog', { name: 'Renommer le territoire' });
    await renaming.getByRole('textbox', { name: 'Nom', exact: true }).fill(`La Prairie ${run}`);
    await renaming.getByRole('button', { name: 'Enregistrer' }).click();
    const renamed = admin.getByRole('row').filter({ hasText: `La Prairie ${run}` });
    await expect.poll(() => renamed.textContent(), patient).toContain(hubName);

    // A body its departments still belong to stays, and the dialog says why.
    await open('collectivites', 'Collectivités');
    await admin.getByRole('button', { name: `Supprimer « ${bodyName} »` }).click();
    const refusal = admin.getByRole('dialog', { name: `Supprimer « ${bodyName} » ?` });
    await refusal.getByRole('button', { name: 'Supprimer' }).click();
    await expect.poll(() => refusal.getByRole('alert').textContent(), patient).toContain('Impossible de le supprimer');
    await refusal.getByRole('button', { name: 'Annuler' }).click();

    const unused = await makeBody(db(), { name: `Syndicat sans direction ${run}` });
    await open('collectivites', 'Collectivités');
    await admin.getByRole('button', { name: `Supprimer « ${unused.name} »` }).click();
    await admin
      .getByRole('dialog', { name: `Supprimer « ${unused.name} » ?` })
      .getByRole('button', { name: 'Supprimer' })
      .click();
    await expect.poll(() => admin.getByText(`« ${unused.name} » supprimé`).count(), patient).toBe(1);
    await expect.poll(() => admin.getByRole('cell', { name: unused.name, exact: true }).count(), patient).toBe(0);
    expect(await db().selectFrom('bodies').select('id').where('id', '=', unused.id).execute()).toEqual([]);
  }, 120_000);

  it('hides the administration from other roles and answers "not allowed" at its address', async () => {
    const dispatcher = await person('dispatcher', 'Dominique Petit');
    const page = await newPage(browser, relais.baseUrl);
    await signInAs(page, dispatcher.email, TEST_PASSWORD);
    const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect.poll(() => navigation.getByRole('link').count(), patient).toBeGreaterThan(0);
    expect(await navigation.getByRole('link', { name: 'Administration' }).count()).toBe(0);

    await page.goto('/administration/utilisateurs');
    await expect
      .poll(() => page.getByText('Votre rôle ne permet pas d’accéder à cette page.').count(), patient)
      .toBe(1);
    expect(await page.getByRole('navigation', { name: 'Administration' }).count()).toBe(0);
    await page.context().close();
  });
});
