// Dokument and the duty to notify, in Debian's Chromium through the gateway as the demo users: a lex Sarah case from
// the report to the IVO document (downloaded and marked sent); a rutin written, approved by a second person,
// published, changed, then read and acknowledged by staff with the difference between the versions; the rutin shared
// to a contracted provider, adopted there, and the upstream's next version shown as a diff in the copy; users of
// another tenant who cannot open the incident or the document by its address. Also: Swedish dates on a device set to
// US English in New York, "Mina rapporter" newest first, a call refused for an expired token renewed silently, and
// logout with id_token_hint. axe-core checks every page (WCAG 2.1 A and AA): no serious or critical violation.
//
//   GATEWAY_WEB=http://127.0.0.1:8081 node --test tests/EndToEnd.Tests/browser/documents-and-notifications.test.js
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const {
  gateway, phone, desktop, swedishDateTime, launchBrowser, newPage, logIn, assertAccessible, screenshot, menu, expectStatus,
} = require('./support');

const stamp = Date.now();
const whatHappened = `Brukaren fick inte sin insats vid kvällsbesöket och blev liggande till morgonen. ${stamp}`;
const rutinTitle = `Rutin för nattlig tillsyn ${stamp}`;
const firstText = 'Tillsyn varannan timme under natten.\nDokumentera varje tillsyn i journalen.';
const secondText = 'Tillsyn varje timme under natten.\nDokumentera varje tillsyn i journalen.';
const thirdText = `${secondText}\nVid oro kontaktas sjuksköterska.`;

let browser;
let incidentId;
let documentId;
let annasPage;
let verasPage;
let mariasPage;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Today's date in Stockholm, as the app shows it. */
function stockholmToday() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

async function openDocument(page) {
  await page.goto(`${gateway}/dokument/${documentId}`);
  await page.getByRole('heading', { level: 2, name: rutinTitle }).waitFor();
}

/** The author sends the newest version to review; MAS approves and publishes it (four eyes). */
async function reviewApproveAndPublish(versionNumber) {
  await verasPage.getByRole('button', { name: 'Skicka för granskning' }).click();
  await verasPage.getByRole('button', { name: `Godkänn version ${versionNumber}` }).waitFor();
  await openDocument(mariasPage);
  await mariasPage.getByRole('button', { name: `Godkänn version ${versionNumber}` }).click();
  await mariasPage.getByRole('button', { name: 'Publicera' }).click();
  await mariasPage.getByRole('heading', { name: `Gällande version ${versionNumber}` }).waitFor();
}

async function newVersion(summary, text) {
  await openDocument(verasPage);
  await verasPage.getByLabel('Vad är ändrat?').fill(summary);
  await verasPage.getByLabel('Text', { exact: true }).fill(text);
  await verasPage.getByRole('button', { name: 'Skapa utkast' }).click();
  await verasPage.getByRole('button', { name: 'Skicka för granskning' }).waitFor();
}

test('a report on a device set to US English shows Swedish dates, survives an expired token, and is first in "Mina rapporter"', async () => {
  const page = annasPage = await newPage(browser, phone, { locale: 'en-US', timezoneId: 'America/New_York' });
  await logIn(page, '/rapportera', 'anna.andersson');
  await page.getByLabel('Vad hände?').fill(whatHappened);

  // The gateway refuses the first report as unauthenticated, as it does when the token expired on the way.
  let refused = false;
  await page.route('**/ledningssystem.incidents.v1.IncidentService/ReportIncident', async (route) => {
    if (refused) {
      await route.continue();
      return;
    }
    refused = true;
    await route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ code: 'unauthenticated', message: 'Token expired' }) });
  });
  const renewed = page.waitForRequest((request) => request.method() === 'POST' && /grant_type=refresh_token/.test(request.postData() ?? ''));
  await page.getByRole('button', { name: 'Skicka rapporten' }).click();
  await renewed;
  await page.getByRole('heading', { name: 'Tack! Din rapport är skickad' }).waitFor();
  assert.ok(refused, 'the first call was refused');
  incidentId = (await page.locator('.incident-id').textContent()).trim();
  const sent = await page.locator('.receipt dd').nth(1).textContent();
  assert.match(sent, swedishDateTime);
  assert.ok(sent.startsWith(stockholmToday()), `Stockholm's date, not New York's: ${sent}`);

  await menu(page, 'Mina rapporter').click();
  const first = page.getByRole('list', { name: 'Mina rapporter' }).getByRole('link').first();
  await first.waitFor();
  assert.equal(await first.getAttribute('href'), `/avvikelser/${incidentId}`, 'the newest report first');
  assert.match(await first.textContent(), swedishDateTime);
});

test('lex Sarah: the enhetschef triages, decides to notify IVO, downloads the notification and marks it sent', async () => {
  const page = await newPage(browser, desktop);
  await logIn(page, `/avvikelser/${incidentId}`, 'erik.eriksson');
  await expectStatus(page, 'Rapporterad');
  await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'Lex Sarah' });
  await page.getByLabel('Undertyp (frivilligt)').selectOption({ label: 'Missförhållande' });
  await page.getByLabel('Allvarlighet').selectOption({ label: 'Betydande' });
  await page.getByRole('button', { name: 'Spara bedömningen' }).click();
  await expectStatus(page, 'Bedömd');

  await page.getByRole('heading', { name: 'Lex Sarah' }).waitFor();
  await assertAccessible(page, 'Lex Sarah: beslut');
  await page.getByLabel('Ja').check();
  await page.getByLabel('Skäl för beslutet').fill('Brukaren blev utan insats en hel natt: ett allvarligt missförhållande.');
  await page.getByRole('button', { name: 'Spara beslutet' }).click();
  await page.getByText('Anmäls till IVO').waitFor();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hämta anmälan till IVO' }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), `anmalan-ivo-${incidentId}.md`);
  const text = fs.readFileSync(await file.path(), 'utf8');
  assert.match(text, /IVO/);
  assert.ok(text.includes(String(stamp)), 'the document carries the report');

  await page.getByLabel('IVOs diarienummer eller kvittens (frivilligt)').fill(`IVO-2026-${stamp}`);
  await page.getByRole('button', { name: 'Markera som skickad' }).click();
  await page.getByText(`referens IVO-2026-${stamp}`).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Markera som skickad' }).count(), 0);
  assert.match(await page.getByRole('heading', { name: 'Historik' }).locator('..').textContent(), /Anmälan skickad/);
  await assertAccessible(page, 'Lex Sarah: anmäld');
  await screenshot(page, 'lex-sarah-anmalan');
  await page.context().close();
});

test('a rutin is written, approved by MAS, published, and a new version goes the same way', async () => {
  verasPage = await newPage(browser, desktop);
  mariasPage = await newPage(browser, desktop);
  await logIn(verasPage, '/dokument', 'vera.viklund');
  await logIn(mariasPage, '/dokument', 'maria.mattsson');
  await assertAccessible(verasPage, 'Dokument (författare)');
  await verasPage.getByRole('link', { name: 'Nytt dokument' }).click();
  await verasPage.getByLabel('Titel').fill(rutinTitle);
  await verasPage.getByLabel('Ägs av enhet').selectOption({ label: 'Äldreförvaltningen' });
  await verasPage.getByLabel('Ansvarig roll').selectOption({ label: 'Verksamhetschef HSL' });
  await verasPage.getByLabel('Hur följs det upp? (frivilligt)').fill('Stickprov i journalen varje kvartal');
  await verasPage.getByLabel('Text', { exact: true }).fill(firstText);
  await assertAccessible(verasPage, 'Nytt dokument');
  await screenshot(verasPage, 'nytt-dokument');
  await verasPage.getByRole('button', { name: 'Skapa utkast' }).click();
  await verasPage.getByRole('heading', { level: 2, name: rutinTitle }).waitFor();
  documentId = decodeURIComponent(new URL(verasPage.url()).pathname.split('/').pop());

  await verasPage.getByLabel('Roll').selectOption({ label: 'Medarbetare' });
  await verasPage.getByLabel('Enhet').selectOption({ label: 'Äldreförvaltningen' });
  await verasPage.getByRole('button', { name: 'Spara läsgruppen' }).click();
  await verasPage.getByRole('button', { name: 'Skicka för granskning' }).waitFor();
  await assertAccessible(verasPage, 'Dokument: utkast');

  // Four eyes: the author cannot approve her own version; the service says why.
  await verasPage.getByRole('button', { name: 'Skicka för granskning' }).click();
  await verasPage.getByRole('button', { name: 'Godkänn version 1' }).click();
  const refusal = verasPage.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /Något gick fel: [A-ZÅÄÖ].+/);

  await openDocument(mariasPage);
  await mariasPage.getByRole('button', { name: 'Godkänn version 1' }).click();
  await mariasPage.getByRole('button', { name: 'Publicera' }).click();
  await mariasPage.getByRole('heading', { name: 'Gällande version 1' }).waitFor();

  await newVersion('Tillsyn varje timme', secondText);
  await reviewApproveAndPublish(2);
});

test('staff see the new version under "Att läsa", compare it with the one before and acknowledge it', async () => {
  await annasPage.context().close();
  annasPage = await newPage(browser, phone);
  await logIn(annasPage, '/dokument', 'anna.andersson');
  const toRead = annasPage.getByRole('list', { name: 'Att läsa' });
  await toRead.getByRole('link', { name: rutinTitle }).waitFor();
  await assertAccessible(annasPage, 'Dokument');
  await screenshot(annasPage, 'dokument');

  await toRead.getByRole('link', { name: rutinTitle }).click();
  await annasPage.getByRole('heading', { name: 'Gällande version 2' }).waitFor();
  assert.equal(await annasPage.getByRole('button', { name: 'Skicka för granskning' }).count(), 0, 'no author forms for staff');
  await annasPage.getByRole('button', { name: 'Jämför' }).click();
  const differences = annasPage.getByRole('list', { name: 'Skillnader rad för rad' });
  await differences.waitFor();
  assert.match(await differences.locator('ins').textContent(), /Tillagd: Tillsyn varje timme under natten\./);
  assert.match(await differences.locator('del').textContent(), /Borttagen: Tillsyn varannan timme under natten\./);
  await assertAccessible(annasPage, 'Dokument: jämförelse');

  await annasPage.getByRole('button', { name: /^Jag har läst version 2/ }).click();
  const receipt = annasPage.getByText(/Du bekräftade att du läst version 2/);
  await receipt.waitFor();
  assert.match(await receipt.textContent(), swedishDateTime);
  await screenshot(annasPage, 'dokument-version');

  await menu(annasPage, 'Dokument').click();
  await annasPage.getByRole('list', { name: 'Rutiner' }).getByRole('link').first().waitFor();
  await annasPage.waitForFunction(() => !document.querySelector('main .loading')); // every list has answered
  assert.equal(await annasPage.getByRole('list', { name: 'Att läsa' }).getByRole('link', { name: rutinTitle }).count(), 0, 'nothing left to read');

  await annasPage.getByLabel('Sök i titel och text').fill(`nattlig tillsyn ${stamp}`);
  await annasPage.getByRole('button', { name: 'Sök' }).click();
  await annasPage.getByRole('list', { name: 'Sökresultat' }).getByRole('link', { name: rutinTitle }).waitFor();
  await assertAccessible(annasPage, 'Dokument: sökresultat');
});

test('the rutin is shared to a contracted provider, adopted there, and the upstream\'s next version shows as a diff', async () => {
  await openDocument(verasPage);
  await verasPage.getByLabel('omsorg-ab (Hemtjänst enligt LOV)').check();
  await verasPage.getByRole('button', { name: 'Dela' }).click();
  await verasPage.getByRole('main').getByText('Dokumentet är delat till omsorg-ab.').waitFor();

  const page = await newPage(browser, phone);
  await logIn(page, '/dokument', 'tove.thorsson');
  await page.getByRole('link', { name: 'Dokument som andra huvudmän delar' }).click();
  const offered = page.getByRole('article', { name: rutinTitle });
  await offered.waitFor();
  await assertAccessible(page, 'Delade dokument');
  await offered.getByText(`Anta ”${rutinTitle}”`).click();
  await offered.getByLabel('Lokala tillägg (frivilligt)').fill('Omsorg AB ringer jourhavande sjuksköterska via växeln.');
  await screenshot(page, 'delade-dokument');
  await offered.getByRole('button', { name: 'Anta dokumentet' }).click();
  await page.getByRole('heading', { level: 2, name: rutinTitle }).waitFor();
  assert.match(await page.locator('dl').first().textContent(), /Antagen från\s*aldrenamnden \(version 2\)/);
  const copyAddress = page.url();

  await newVersion('Kontakt med sjuksköterska', thirdText);
  await reviewApproveAndPublish(3);

  await page.goto(copyAddress);
  const changes = page.getByRole('region', { name: 'Ändringar hos aldrenamnden' });
  await changes.getByText('aldrenamnden har publicerat version 3; er kopia bygger på version 2.').waitFor();
  assert.match(await changes.locator('ins').textContent(), /Vid oro kontaktas sjuksköterska\./);
  await assertAccessible(page, 'Antaget dokument med ändringar');
  await screenshot(page, 'antaget-dokument');
  await changes.getByRole('button', { name: 'Ta in den nya versionen' }).click();
  // The copy was never published, so its open draft (version 1) takes the new text with the local addition kept.
  await page.getByRole('main').getByText('Ursprungets nya text finns i utkastet version 1.').waitFor();
  const draft = await page.getByRole('document', { name: 'Versionens text (version 1)' }).textContent();
  assert.ok(draft.includes('Vid oro kontaktas sjuksköterska.') && draft.includes('Omsorg AB ringer jourhavande'), draft);
  await page.context().close();
});

test('users of another tenant cannot open the lex Sarah case or the rutin by their addresses', async () => {
  const page = await newPage(browser, desktop);
  await logIn(page, `/avvikelser/${incidentId}`, 'hanna.holm');
  const refusal = page.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /Något gick fel: [A-ZÅÄÖ].+/);
  assert.equal(await page.getByText(String(stamp)).count(), 0, 'nothing of the incident');
  await assertAccessible(page, 'Annan huvudmans avvikelse');

  await page.goto(`${gateway}/dokument/${documentId}`);
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').textContent(), /Något gick fel: Dokumentet .+ finns inte\./);
  assert.equal(await page.getByText(rutinTitle).count(), 0, 'nothing of the document');
  await page.context().close();
});

test('logging out sends the id token as id_token_hint', async () => {
  const logout = annasPage.waitForRequest((request) => /\/protocol\/openid-connect\/logout/.test(request.url()));
  await annasPage.getByRole('button', { name: 'Logga ut' }).click();
  const hint = new URL((await logout).url()).searchParams.get('id_token_hint');
  const claims = JSON.parse(Buffer.from(hint.split('.')[1], 'base64url').toString('utf8'));
  assert.equal(claims.preferred_username, 'anna.andersson');
  await annasPage.getByRole('heading', { name: 'Du är utloggad' }).waitFor();
  for (const page of [verasPage, mariasPage]) {
    await page.context().close();
  }
});
