// The Reporting pages in Debian's Chromium, through the gateway, as demo users: after avvikelser and a klagomål are
// reported, the MAS opens Statistik with its charts, downloads the avvikelser as CSV and reads the quarterly
// compilation with its suppressed counts; opens the kvalitetsråd's underlag for a unit and tertial and records the
// protocol; writes a patientsäkerhetsberättelse, sends it for review, is refused approving her own, the
// verksamhetschef approves it, exports it as PDF (with progress) and publishes it, and anyone reads it without
// logging in; the nämnd opens the regional comparison and a provider's admin registers its brukare. axe-core checks
// every page (WCAG 2.1 A and AA): no serious or critical violation.
//
//   GATEWAY_WEB=http://127.0.0.1:8081 node --test tests/EndToEnd.Tests/browser/reporting-pages.test.js
//   SCREENSHOT_DIR=docs/screenshots ...   also saves the main pages as PNG
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const {
  gateway, phone, desktop, launchBrowser, newPage, logIn, assertAccessible, screenshot, menu, tokenFor, call, eventually, swedishToday,
} = require('./support');

const hemtjanstNorr = 'aldrenamnden.hemtjanst-norr';
const today = swedishToday();
const year = Number(today.slice(0, 4));
const thisMonth = today.slice(0, 7);
const monthNames = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const thisMonthLabel = `${monthNames[Number(today.slice(5, 7)) - 1]} ${year}`;
const sectionText = 'Under året rapporterades fler avvikelser om läkemedel. Vi har infört dubbelkontroll vid delning.';

let browser;
let maria;
let reportId;
let reportTitle;
let reportYear;

async function incidentsThisMonth(token) {
  const answer = await call(token, 'ledningssystem.reporting.v1.StatisticsService/GetStatistics',
    { subject: 'SUBJECT_INCIDENTS', fromMonth: thisMonth, toMonth: thisMonth, pageSize: 500 });
  return (answer.rows ?? []).reduce((sum, row) => sum + Number(row.count ?? 0), 0);
}

before(async () => {
  browser = await launchBrowser();
  const anna = await tokenFor('anna.andersson');
  maria = await tokenFor('maria.mattsson');
  const before = await incidentsThisMonth(maria).catch(() => 0);
  // Each service's replica of Organizations takes in the demo region after the platform starts: until then it refuses.
  const accepted = (description, send) => eventually(description, async () => {
    await send();
    return true;
  });
  for (const what of ['Fel läkemedel gavs vid lunch.', 'Brukaren föll i badrummet.']) {
    await accepted('an avvikelse reported', () => call(anna, 'ledningssystem.incidents.v1.IncidentService/ReportIncident',
      { whatHappened: what, occurredAt: new Date().toISOString(), unitId: hemtjanstNorr, immediateActions: 'Sjuksköterskan kontaktades.' }));
  }
  await accepted('a klagomål registered', () => call(anna, 'ledningssystem.complaints.v1.ComplaintService/RegisterComplaint', {
    unitId: hemtjanstNorr, kind: 'COMPLAINT_KIND_COMPLAINT', channel: 'CHANNEL_PHONE', receivedOn: today,
    subject: 'Sen hemtjänst', description: 'Personalen kom en timme för sent.', anonymous: true,
  }));
  // Reporting counts from the services' events, delivered after the calls answered.
  await eventually('the new avvikelser in the statistics', async () => (await incidentsThisMonth(maria)) >= before + 2);
});

after(async () => {
  await browser?.close();
});

test('the MAS opens Statistik with charts and tables, downloads the avvikelser as CSV and reads the quarterly compilation', async () => {
  const page = await newPage(browser, desktop);
  await logIn(page, '/', 'maria.mattsson');
  await menu(page, 'Statistik').click();
  const perMonth = page.getByRole('table', { name: 'Avvikelser per månad' });
  await perMonth.waitFor();
  const shown = Number(await perMonth.locator('tr', { has: page.locator('th', { hasText: thisMonthLabel }) }).locator('td').first().textContent());
  assert.equal(shown, await incidentsThisMonth(maria), 'the table shows the service\'s count for this month');
  await page.getByRole('table', { name: /^Egenkontroller per månad/ }).waitFor();
  await page.getByRole('table', { name: 'Risker per månad' }).waitFor();
  await assertAccessible(page, 'Statistik');
  await screenshot(page, 'statistik');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner CSV: avvikelser' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 with a byte order mark, as Swedish Excel opens it');
  const lines = csv.slice(1).split('\r\n').filter(Boolean);
  assert.equal(lines[0], 'Månad;Slag;Kategori;Status;Antal');
  const counted = lines.slice(1).filter((line) => line.startsWith(`${thisMonth};`)).reduce((sum, line) => sum + Number(line.split(';').at(-1)), 0);
  assert.equal(counted, shown, 'the file has the same count as the page');
  await page.getByText(/^Sparad: .+\.csv/).waitFor();

  await page.getByRole('button', { name: 'Visa sammanställningen' }).click();
  const complaints = page.getByRole('table', { name: /^Klagomål och synpunkter, kvartal/ });
  await complaints.waitFor();
  assert.ok(await complaints.getByRole('cell', { name: 'färre än 5' }).count() > 0, 'one klagomål this quarter reads "färre än 5"');
  await assertAccessible(page, 'Kvartalssammanställning');
  await page.context().close();
});

test('the MAS opens the kvalitetsråd underlag for a unit and tertial, records the protocol and reads it', async () => {
  const page = await newPage(browser, desktop);
  await logIn(page, '/kvalitetsrad', 'maria.mattsson');
  await page.getByLabel('Enhet eller avdelning').selectOption({ label: 'Hemtjänst Norr' });
  await page.getByLabel('Tillfälle').selectOption({ label: 'Tertial 2 (maj–augusti)' });
  await page.getByLabel('År').fill(String(year));
  await page.getByRole('button', { name: 'Visa underlaget' }).click();
  for (const topic of ['Klagomål, synpunkter och beröm', 'Avvikelser enligt HSL', 'Genomgång av balanslistor']) {
    await page.getByRole('heading', { level: 3, name: topic }).waitFor();
  }
  await page.getByText('Inga öppna åtgärder.').or(page.getByRole('list', { name: 'Balanslista' }).getByRole('listitem')).first().waitFor();
  await assertAccessible(page, 'Kvalitetsråd');
  await screenshot(page, 'kvalitetsrad');

  await page.getByLabel('Närvarande').fill('Maria Mattsson\nErik Eriksson');
  await page.getByLabel('Punkt på dagordningen').selectOption({ label: 'Avvikelser enligt HSL' });
  await page.getByLabel('Beslut eller åtgärd').fill('Gå igenom rutinen för läkemedelsdelning på nästa APT.');
  await page.getByLabel('Ansvarig').fill('Erik Eriksson');
  await page.getByLabel('Följs upp').fill(`${year + 1}-01-31`);
  await page.getByRole('button', { name: 'Spara protokollet' }).click();
  await page.locator('#huvudinnehall').getByText('Protokollet är sparat.', { exact: true }).waitFor();
  await page.getByRole('button', { name: `Läs protokollet från ${today}` }).click();
  const protocol = page.getByRole('heading', { level: 3, name: `Protokoll, kvalitetsråd ${today}, Hemtjänst Norr` }).last();
  await protocol.waitFor();
  assert.ok(await page.getByText(/Ansvarig: Erik Eriksson\. Följs upp/).first().isVisible());
  await assertAccessible(page, 'Kvalitetsrådets protokoll');
  await page.context().close();
});

test('the MAS reads the half-year\'s klagomål and lex Sarah reports together and records the analysis', async () => {
  const page = await newPage(browser, desktop);
  await logIn(page, '/', 'maria.mattsson');
  await menu(page, 'Halvårsanalys').click();
  await page.getByLabel('Enhet eller avdelning').selectOption({ label: 'Hemtjänst Norr' });
  await page.getByRole('button', { name: 'Visa underlaget' }).click();
  const complaints = page.getByRole('table', { name: 'Klagomål per enhet' });
  await complaints.waitFor();
  assert.equal(await complaints.locator('tr', { has: page.locator('th', { hasText: 'Hemtjänst Norr' }) }).locator('td').first().textContent(), 'färre än 5',
    'the klagomål of this half-year read "färre än 5"');
  await page.getByRole('heading', { level: 3, name: 'Mönster att diskutera' }).waitFor();
  await page.getByLabel('Slutsatser').fill('Klagomålen gäller sena besök; inga missförhållanden har rapporterats. Vi följer upp rapporteringen.');
  await page.getByRole('button', { name: 'Spara analysen' }).click();
  await page.locator('#huvudinnehall').getByText(/^Analysen är sparad som version \d+\.$/).waitFor();
  await page.getByRole('list', { name: 'Analyser' }).getByRole('listitem').first().waitFor();
  await assertAccessible(page, 'Halvårsanalys');
  await screenshot(page, 'halvarsanalys');
  await page.context().close();
});

test('the MAS writes a patientsäkerhetsberättelse and sends it for review, and may not approve her own', async () => {
  // One per kind and year: the latest year without one (a new platform has none, so last year).
  const existing = (await call(maria, 'ledningssystem.reporting.v1.AnnualReportService/ListAnnualReports', { pageSize: 100 })).reports ?? [];
  reportYear = year - 1;
  while (existing.some((r) => r.kind === 'ANNUAL_REPORT_KIND_PATIENT_SAFETY' && r.year === reportYear)) {
    reportYear -= 1;
  }
  reportTitle = `Patientsäkerhetsberättelse ${reportYear}`;

  const page = await newPage(browser, desktop);
  await logIn(page, '/', 'maria.mattsson');
  await menu(page, 'Berättelse').click();
  await page.getByRole('heading', { level: 1, name: 'Patientsäkerhets- och kvalitetsberättelse' }).waitFor();
  await page.getByText('Inga påminnelser.').or(page.getByRole('list', { name: 'Påminnelser' }).getByRole('listitem')).first().waitFor();
  await assertAccessible(page, 'Berättelser');
  await page.getByLabel('Patientsäkerhetsberättelse').check();
  await page.getByLabel('År som berättelsen gäller').fill(String(reportYear));
  await page.getByRole('button', { name: 'Skapa berättelsen' }).click();
  await page.getByRole('heading', { level: 1, name: reportTitle }).waitFor();
  await page.getByRole('heading', { name: 'Status: Utkast' }).waitFor();
  reportId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());

  const incidents = page.getByRole('group', { name: 'Text: Avvikelser' });
  await incidents.getByLabel('Text (frivilligt)').fill(sectionText);
  await page.getByRole('button', { name: 'Spara avsnittet Avvikelser' }).click();
  await page.getByRole('region', { name: 'Historik' }).getByText(/Avsnitt skrivet \(Maria Mattsson\)/).waitFor();
  assert.equal(await page.getByRole('group', { name: 'Text: Avvikelser' }).getByLabel('Text (frivilligt)').inputValue(), sectionText);
  assert.ok(await page.getByRole('region', { name: 'Avvikelser' }).getByRole('table').count() > 0, 'the section shows its figures as tables');
  await assertAccessible(page, 'Berättelse (utkast)');
  await screenshot(page, 'berattelse');

  await page.getByRole('button', { name: 'Skicka för granskning' }).click();
  await page.getByRole('heading', { name: 'Status: Under granskning' }).waitFor();
  await page.getByRole('button', { name: 'Fastställ berättelsen' }).click();
  const refusal = page.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /Något gick fel: [A-ZÅÄÖ].+/);
  await page.context().close();
});

test('the verksamhetschef approves it, exports it as PDF with progress and publishes it', async () => {
  const page = await newPage(browser, desktop);
  await logIn(page, `/berattelse/${encodeURIComponent(reportId)}`, 'vera.viklund');
  await page.getByRole('heading', { name: 'Status: Under granskning' }).waitFor();
  assert.equal(await page.getByRole('group', { name: 'Text: Avvikelser' }).count(), 0, 'no text to edit under review');
  assert.ok(await page.getByText(sectionText).isVisible(), 'the section text as written');
  await page.getByRole('button', { name: 'Fastställ berättelsen' }).click();
  await page.getByRole('heading', { name: 'Status: Fastställd' }).waitFor();

  await page.getByLabel('PDF').check();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'Skapa dokumentet' }).click(),
  ]);
  assert.ok(await page.locator('progress').isVisible(), 'the export shows its progress');
  assert.match(download.suggestedFilename(), /\.pdf$/);
  const pdf = fs.readFileSync(await download.path());
  assert.equal(pdf.subarray(0, 4).toString('latin1'), '%PDF');
  await page.getByText(/^Klar: .+\.pdf .+ är nedladdad\.$/).waitFor();
  assert.equal(await page.locator('progress').getAttribute('value'), '100');
  await assertAccessible(page, 'Berättelse (fastställd, export)');
  await screenshot(page, 'berattelse-export');

  await page.getByRole('button', { name: 'Publicera berättelsen' }).click();
  await page.getByRole('heading', { name: 'Status: Publicerad' }).waitFor();
  await page.context().close();
});

test('anyone reads the published berättelse on a phone without logging in', async () => {
  const page = await newPage(browser, phone);
  await page.goto(`${gateway}/publicerade-berattelser`);
  await page.getByRole('heading', { level: 1, name: 'Publicerade berättelser' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Logga ut' }).count(), 0, 'no login');
  await page.getByLabel('Verksamhet').selectOption({ label: 'Äldrenämnden' });
  await page.getByRole('button', { name: 'Visa berättelserna' }).click();
  await page.getByRole('link', { name: reportTitle }).click();
  await page.getByRole('heading', { level: 1, name: reportTitle }).waitFor();
  assert.ok(await page.getByText(sectionText).isVisible());
  assert.ok(await page.getByRole('region', { name: 'Avvikelser' }).getByRole('table').count() > 0, 'the frozen figures');
  await assertAccessible(page, 'Publicerad berättelse');
  await screenshot(page, 'publicerad-berattelse');
  await page.context().close();
});

test('the nämnd opens the regional comparison; a provider\'s admin registers its brukare', async () => {
  const page = await newPage(browser, desktop);
  await logIn(page, '/', 'nils.nordin');
  await menu(page, 'Jämförelse').click();
  await page.getByLabel('Från').selectOption({ label: 'januari' });
  await page.getByRole('button', { name: 'Visa jämförelsen' }).click();
  const table = page.getByRole('table', { name: /: ärenden per (1 000 brukare|enhet)$/ }).first();
  await table.waitFor();
  assert.ok(await table.getByRole('row').count() > 1);
  assert.ok(await page.getByText(/Socialnämnden \(er egen\)/).first().isVisible(), 'the nämnd\'s own row by name');
  assert.ok(await page.getByText(/^Utförare [A-Z0-9]{4}/).count() > 0, 'other providers by pseudonym');
  await assertAccessible(page, 'Regional jämförelse');
  await screenshot(page, 'jamforelse');
  await page.context().close();

  const admin = await newPage(browser, phone);
  await logIn(admin, '/jamforelse', 'tove.thorsson');
  await admin.getByText(/^Andra ser er som Utförare /).waitFor();
  await admin.getByLabel('År').last().fill(String(year));
  await admin.getByLabel('Verksamhetsform', { exact: true }).last().selectOption({ label: 'Äldreomsorg' });
  await admin.getByRole('spinbutton', { name: 'Antal brukare' }).fill('120');
  await admin.getByRole('button', { name: 'Spara antalet' }).click();
  await admin.getByText(`${year}, Äldreomsorg`).waitFor();
  await admin.getByText('120 brukare').waitFor();
  await assertAccessible(admin, 'Jämförelse (utförarens egna uppgifter)');
  await admin.context().close();
});
