// The staff web app in Debian's Chromium, driven by playwright-core, against a running platform through the
// gateway, as the demo users: log in with PKCE, report an avvikelse on a phone, follow it in "Mina rapporter",
// triage and close it as the enhetschef, see the outcome as the reporter, and a user of another tenant who cannot
// open it by its address. axe-core checks every page (WCAG 2.1 A and AA): no serious or critical violation.
//
//   GATEWAY_WEB=http://127.0.0.1:8081 node --test tests/EndToEnd.Tests/browser/
//   SCREENSHOT_DIR=docs/screenshots ...   also saves the main pages as PNG
// Prints the time to first render of the report form (a figure, not an assertion).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
  gateway, phone, desktop, launchBrowser, newPage: newPageOf, logIn, assertAccessible, screenshot, menu, expectStatus,
} = require('./support');

const whatHappened = `Brukaren föll i badrummet vid morgonbesöket. <b>ingen fetstil</b> ${Date.now()}`;
const outcome = 'Halkskydd är monterat i badrummet och rutinen för morgonbesök är uppdaterad.';

let browser;
let incidentId;
let annasPage;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const newPage = (screen) => newPageOf(browser, screen);

test('the reporter logs in with PKCE and reports an avvikelse on a phone, with a receipt', async () => {
  const page = annasPage = await newPage(phone);
  await logIn(page, '/rapportera', 'anna.andersson');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Rapportera avvikelse');
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0], 'no token (nor anything else) in web storage');
  await assertAccessible(page, 'Rapportera avvikelse');
  await screenshot(page, 'rapportera-avvikelse');

  await page.getByLabel('Vad hände?').fill(whatHappened);
  await page.getByLabel('Vad gjorde du direkt? (frivilligt)').fill('Hjälpte brukaren upp och kontrollerade att inget gjorde ont.');
  await page.getByRole('button', { name: 'Skicka rapporten' }).click();

  const receipt = page.getByRole('heading', { name: 'Tack! Din rapport är skickad' });
  await receipt.waitFor();
  assert.ok(await receipt.evaluate((heading) => heading === document.activeElement), 'the receipt takes the focus');
  incidentId = (await page.locator('.incident-id').textContent()).trim();
  assert.match(incidentId, /\S+/);
  await assertAccessible(page, 'Kvitto');
  await screenshot(page, 'kvitto');
});

test('the report form renders quickly for a logged-in user (printed figure)', async () => {
  const page = await annasPage.context().newPage();
  const started = Date.now();
  await page.goto(`${gateway}/rapportera`);
  await page.getByRole('button', { name: 'Skicka rapporten' }).waitFor();
  const usable = Date.now() - started;
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  console.log(`FIGURE report form: first contentful paint ${Math.round(paint)} ms, usable form ${usable} ms after navigation `
    + '(includes the silent login round trip to the identity provider)');
  await page.close();
});

test('the report is in "Mina rapporter" with its status', async () => {
  const page = annasPage;
  await menu(page, 'Mina rapporter').click();
  const card = page.locator(`a[href="/avvikelser/${incidentId}"]`);
  await card.waitFor();
  assert.match(await card.textContent(), /Status: Rapporterad/);
  await assertAccessible(page, 'Mina rapporter');
  await screenshot(page, 'mina-rapporter');
});

test('the enhetschef finds it in the inbox, sees the service\'s message on a wrong triage, and takes it to closed', async () => {
  const page = await newPage(desktop);
  await logIn(page, '/inkorg', 'erik.eriksson');
  await page.locator(`a[href="/avvikelser/${incidentId}"]`).first().waitFor();
  await assertAccessible(page, 'Inkorg');
  await screenshot(page, 'inkorg');

  await page.locator(`a[href="/avvikelser/${incidentId}"]`).first().click();
  await expectStatus(page, 'Rapporterad');
  assert.ok(await page.getByText(whatHappened, { exact: true }).isVisible(), 'typed text shown as text, not HTML');
  await assertAccessible(page, 'Avvikelse');

  // A subtype of another kind: the service refuses, and its Swedish message is shown.
  await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'Fel och brist i socialtjänst eller LSS' });
  await page.getByLabel('Undertyp (frivilligt)').selectOption({ label: 'Fall' });
  await page.getByLabel('Allvarlighet').selectOption({ label: 'Mindre' });
  await page.getByRole('button', { name: 'Spara bedömningen' }).click();
  const refusal = page.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /Något gick fel: [A-ZÅÄÖ].+/);
  await expectStatus(page, 'Rapporterad');
  await assertAccessible(page, 'Avvikelse med felmeddelande');

  await page.getByLabel('Undertyp (frivilligt)').selectOption({ label: 'Ingen' });
  await page.getByRole('button', { name: 'Spara bedömningen' }).click();
  await expectStatus(page, 'Bedömd');
  await page.getByRole('button', { name: 'Starta utredningen' }).click();
  await expectStatus(page, 'Utreds');
  await page.getByLabel('Vad hände?').fill('Brukaren halkade på vått golv.');
  await page.getByLabel('Varför hände det?').fill('Halkmattan saknades efter städningen.');
  await page.getByLabel('Rutiner').check();
  await page.getByLabel('Hur förhindrar vi att det händer igen?').fill('Halkskydd monteras och rutinen uppdateras.');
  await page.getByRole('button', { name: 'Spara utredningen' }).click();
  await page.getByRole('heading', { name: 'Utredningen' }).waitFor();
  await page.getByLabel('Åtgärd', { exact: true }).fill('Montera halkskydd i badrummet.');
  await page.getByLabel('Klar senast').fill('2027-01-15');
  await page.getByRole('button', { name: 'Besluta åtgärden' }).click();
  await expectStatus(page, 'Åtgärder beslutade');
  await assertAccessible(page, 'Avvikelse med åtgärd');
  await screenshot(page, 'avvikelse');
  await page.getByRole('button', { name: /^Markera som klar/ }).click();
  await page.getByLabel('Vilken effekt fick åtgärderna?').fill('Inga fler fall i badrummet.');
  await page.getByRole('button', { name: 'Spara uppföljningen' }).click();
  await expectStatus(page, 'Följs upp');
  await page.getByLabel(/Vad ledde rapporten till/).fill(outcome);
  await page.getByRole('button', { name: 'Avsluta avvikelsen' }).click();
  await expectStatus(page, 'Avslutad');
  await page.context().close();
});

test('the reporter sees the outcome in "Mina rapporter"', async () => {
  const page = annasPage;
  await menu(page, 'Rapportera avvikelse').click();
  await menu(page, 'Mina rapporter').click();
  const card = page.locator(`a[href="/avvikelser/${incidentId}"]`);
  await card.waitFor();
  assert.match(await card.textContent(), /Status: Avslutad/);
  await card.click();
  await page.getByRole('heading', { name: 'Resultat' }).waitFor();
  assert.ok(await page.getByText(outcome).isVisible());
  assert.equal(await page.getByRole('button', { name: 'Starta utredningen' }).count(), 0, 'no workflow for the reporter');
  await assertAccessible(page, 'Avvikelse som rapportören ser den');
  await screenshot(page, 'resultat');
});

test('a user of another tenant cannot open the incident by its address', async () => {
  const page = await newPage(desktop);
  await logIn(page, `/avvikelser/${incidentId}`, 'hanna.holm');
  const refusal = page.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /Något gick fel: [A-ZÅÄÖ].+/);
  assert.equal(await page.getByText(whatHappened).count(), 0);
  await assertAccessible(page, 'Annan huvudmans avvikelse');
  await page.context().close();
});

test('logging out ends the login at the identity provider', async () => {
  const page = annasPage;
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.getByRole('heading', { name: 'Du är utloggad' }).waitFor();
  await assertAccessible(page, 'Utloggad');
  await page.getByRole('button', { name: 'Logga in igen' }).click();
  await page.getByLabel('Användarnamn').waitFor(); // the login page again: the identity provider's session ended
  await page.context().close();
});
