// The planning pages in Debian's Chromium, through the gateway, as demo users: the förvaltningschef creates an
// egenkontroll plan, is refused a "valda månader" activity without months (the message at the field), adds a monthly
// activity, fastställer the plan and finds it in the årshjul, where he cancels an occurrence with a reason; the
// kvalitetsutvecklare writes, publishes and shares a checklist that another organisation adopts; she holds a riskanalys
// with a risk, rates it in the risk- och väsentlighetsanalys, chooses its control and adopts the analysis, and the
// control appears as a planned activity in SelfInspection; a tenant admin gives the risk matrix a new version.
// axe-core checks every page (WCAG 2.1 A and AA): no serious or critical violation.
//
//   GATEWAY_WEB=http://127.0.0.1:8081 node --test tests/EndToEnd.Tests/browser/planning-pages.test.js
//   SCREENSHOT_DIR=docs/screenshots ...   also saves the main pages as PNG
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
  desktop, phone, launchBrowser, newPage, logIn, assertAccessible, screenshot, tokenFor, call, eventually, registerAndAssessRisk,
} = require('./support');

// A year no other suite plans for, so that the suite can run again on the same platform (one plan per unit and year).
const year = 2031 + Math.floor(Math.random() * 69);
const stamp = Date.now();

let browser;

before(async () => {
  browser = await launchBrowser();
  // SelfInspection and Risks learn the units from Organizations' events after the platform starts.
  const fredrik = await tokenFor('fredrik.falk');
  await eventually('HVB Björken and Skyddat boende Fyren in SelfInspection and Risks', async () => {
    await call(fredrik, 'ledningssystem.selfinspection.v1.InspectionPlanService/ListPlans', { unitId: 'socialnamnden.hvb-bjorken', year });
    await call(fredrik, 'ledningssystem.risks.v1.RiskService/ListRisks', { unitId: 'socialnamnden.skyddat-boende', pageSize: 1 });
    return true;
  });
});

after(async () => {
  await browser?.close();
});

async function chooseUnitAndYear(page, unit, chosenYear) {
  await page.getByLabel('Enhet (med enheterna under)').selectOption({ label: unit });
  if (chosenYear) {
    await page.getByLabel('År', { exact: true }).fill(String(chosenYear));
  }
  await page.getByRole('button', { name: 'Visa', exact: true }).click();
}

test('the förvaltningschef plans and fastställer a monthly egenkontroll, with the refusal of a bad value at its field', async () => {
  const page = await newPage(browser, desktop);
  await logIn(page, '/egenkontroll/planer', 'fredrik.falk');
  await chooseUnitAndYear(page, 'HVB Björken', year);
  await page.getByText('Det finns ingen plan för enheten det här året.').waitFor();
  await assertAccessible(page, 'Egenkontrollplaner');
  await page.getByLabel('Planens namn').fill(`Egenkontroll HVB Björken ${year}`);
  await page.getByRole('button', { name: 'Skapa planen' }).click();
  await page.getByRole('heading', { name: `Egenkontroll HVB Björken ${year} – Utkast` }).waitFor();

  await page.getByLabel('Aktivitet', { exact: true }).fill('Genomgång av genomförandeplaner');
  await page.getByLabel('Metod').selectOption({ label: 'Aktgranskning' });
  await page.getByLabel('Hur ofta').selectOption({ label: 'Valda månader' });
  await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click();
  const months = page.getByRole('group', { name: /^Månader/ });
  await months.getByText('Välj minst en månad.').waitFor();
  await page.getByRole('alert').getByRole('link', { name: /Välj minst en månad\./ }).waitFor();
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    const described = (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    return { label: element.labels?.[0]?.textContent, invalid: element.getAttribute('aria-invalid'), described };
  });
  assert.deepEqual(focused, { label: 'Januari', invalid: 'true', described: ['Välj minst en månad.'] });
  await assertAccessible(page, 'Plan med fel vid fältet');
  await screenshot(page, 'faltfel-manader');

  await page.getByLabel('Hur ofta').selectOption({ label: 'Varje månad' });
  await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click();
  await page.getByRole('list', { name: 'Aktiviteter' }).getByRole('heading', { name: 'Genomgång av genomförandeplaner' }).waitFor();
  assert.equal(await months.getByText('Välj minst en månad.').count(), 0, 'the message at the field goes once the refusal is mended');
  await page.getByRole('button', { name: 'Fastställ', exact: true }).click();
  await page.getByRole('heading', { name: `Egenkontroll HVB Björken ${year} – Fastställd` }).waitFor();
  await assertAccessible(page, 'Fastställd plan');
  await screenshot(page, 'egenkontrollplan');

  await page.getByRole('link', { name: 'Se kontrollerna i årshjulet' }).click();
  await chooseUnitAndYear(page, 'HVB Björken', year);
  const january = page.getByRole('region', { name: 'Januari' });
  await january.getByText('Genomgång av genomförandeplaner').waitFor();
  assert.equal(await page.locator('.occurrence.state-planned', { hasText: 'Genomgång av genomförandeplaner' }).count(), 12);
  await january.locator('summary', { hasText: 'Ställ in' }).click();
  await january.getByLabel('Varför görs den inte?').fill('Enheten flyttar i januari.');
  await january.getByRole('button', { name: 'Ställ in', exact: true }).click();
  await january.getByText('Inställd').waitFor();
  await january.getByText('Enheten flyttar i januari.').waitFor();
  await assertAccessible(page, 'Årshjul med inställd kontroll');
  await page.context().close();
});

test('the kvalitetsutvecklare writes, publishes and shares a checklist, and another organisation adopts it', async () => {
  const name = `Trygghetsrond ${stamp}`;
  const page = await newPage(browser, phone);
  await logIn(page, '/egenkontroll/checklistor', 'klara.kvist');
  await page.getByLabel('Namn', { exact: true }).fill(name);
  const first = page.getByRole('group', { name: 'Fråga 1' });
  await first.getByLabel('Fråga', { exact: true }).fill('Finns en aktuell brandskyddsrutin?');
  await first.getByLabel('Vikt i resultatet (1–100)').fill('2');
  await page.getByRole('button', { name: 'Lägg till en fråga' }).click();
  const second = page.getByRole('group', { name: 'Fråga 2' });
  await second.getByLabel('Fråga', { exact: true }).fill('Hur ofta övas utrymning?');
  await second.getByLabel('Svarstyp').selectOption({ label: 'Ett av flera val' });
  await second.getByLabel('Val (vid flerval, ett per rad)').fill('Varje halvår\nVarje år\nAldrig');
  await second.getByLabel('Måste besvaras').uncheck();
  await assertAccessible(page, 'Ny checklista');
  await screenshot(page, 'ny-checklista');
  await page.getByRole('button', { name: 'Spara utkastet' }).click();
  await page.getByRole('heading', { name: `${name}, version 1 – Utkast` }).waitFor();
  await page.getByText('Ja / nej / delvis / ej aktuellt; måste besvaras; vikt 2').waitFor();
  await page.getByRole('button', { name: 'Publicera checklistan' }).click();
  await page.getByRole('heading', { name: `${name}, version 1 – Publicerad` }).waitFor();
  await page.getByLabel('Med alla organisationer').check();
  await page.getByRole('button', { name: 'Dela', exact: true }).click();
  await page.getByText('Alla organisationer', { exact: true }).waitFor();
  await assertAccessible(page, 'Publicerad checklista');
  await screenshot(page, 'checklistmall');
  await page.context().close();

  const vera = await newPage(browser, desktop);
  await logIn(vera, '/egenkontroll/checklistor', 'vera.viklund');
  const adopt = vera.getByRole('button', { name: `Anta ${name}` });
  await adopt.waitFor();
  await assertAccessible(vera, 'Delade checklistor');
  await adopt.click();
  await vera.getByRole('heading', { name: new RegExp(`^${name}, version \\d+ – Publicerad$`) }).waitFor();
  await vera.getByText('socialnamnden', { exact: true }).waitFor();
  await vera.context().close();
});

test('a riskanalys with a risk, rated and controlled in the adopted RoV, becomes a planned egenkontroll', async () => {
  const title = `Hot i entrén ${stamp}`;
  const control = `Kontroll av larm och rutin vid hot ${stamp}`;
  const page = await newPage(browser, desktop);
  await logIn(page, '/risker/analyser', 'klara.kvist');
  await chooseUnitAndYear(page, 'Skyddat boende Fyren');
  await page.getByLabel('Vad analyseras?').selectOption({ label: 'Enhetens verksamhet' });
  await page.getByLabel('Rubrik').fill(`Riskanalys entré och larm ${stamp}`);
  await page.getByLabel('Deltagare').fill('Klara Kvist, kvalitetsutvecklare\nEnhetschefen');
  await assertAccessible(page, 'Riskanalyser');
  await page.getByRole('button', { name: 'Skapa riskanalysen' }).click();
  await page.getByRole('heading', { name: `Riskanalys entré och larm ${stamp} – Pågår` }).waitFor();
  const analysisAddress = page.url();

  await assertAccessible(page, 'Riskanalys');
  await registerAndAssessRisk(page, {
    title, description: 'En obehörig kan ta sig in när entrén står öppen.', cause: 'Dörren stängs långsamt.',
    consequence: 'Hot mot boende och personal.', grounds: 'Två händelser i år.',
  });

  await page.goto(analysisAddress);
  await page.getByRole('list', { name: 'Riskanalysens risker' }).getByRole('link', { name: new RegExp(title) }).waitFor();
  await page.getByRole('button', { name: 'Markera analysen som klar' }).click();
  await page.getByRole('heading', { name: `Riskanalys entré och larm ${stamp} – Klar` }).waitFor();
  await screenshot(page, 'riskanalys');

  await page.goto(`${new URL(page.url()).origin}/risker/vasentlighetsanalys`);
  await chooseUnitAndYear(page, 'Skyddat boende Fyren', year);
  await page.getByRole('button', { name: 'Påbörja analysen' }).click();
  await page.getByRole('heading', { name: `Analys ${year} – Utkast` }).waitFor();
  const rating = page.getByRole('group', { name: `Väsentlighet för ${title}` });
  await rating.getByLabel('Väsentlighet').selectOption({ label: '4 – mycket stor' });
  await page.getByRole('button', { name: `Värdera: ${title}` }).click();
  const controlForm = page.getByRole('group', { name: `Kontroll för ${title}` });
  await controlForm.getByLabel('Vad kontrolleras?').fill(control);
  await controlForm.getByLabel('Vem ansvarar? (roll)').fill('Enhetschef');
  await controlForm.getByLabel('Mars').check();
  await controlForm.getByLabel('September').check();
  await page.getByRole('button', { name: `Välj kontrollen: ${title}` }).click();
  await page.getByRole('list', { name: 'Värderade risker' }).getByText(control).waitFor();
  await assertAccessible(page, 'Risk- och väsentlighetsanalys');
  await screenshot(page, 'vasentlighetsanalys');
  await page.getByRole('button', { name: 'Anta', exact: true }).click();
  await page.getByRole('heading', { name: `Analys ${year} – Antagen` }).waitFor();

  // SelfInspection plans the control when it takes in the event (InternalControlPlanAdopted).
  const klara = await tokenFor('klara.kvist');
  await eventually('the control as an activity of Skyddat boende Fyren\'s plan', async () =>
    (await call(klara, 'ledningssystem.selfinspection.v1.InspectionPlanService/ListPlans', { unitId: 'socialnamnden.skyddat-boende', year }))
      .plans.length > 0);
  await page.goto(`${new URL(page.url()).origin}/egenkontroll/planer`);
  await chooseUnitAndYear(page, 'Skyddat boende Fyren', year);
  await page.getByRole('list', { name: `Egenkontrollplaner ${year}` }).getByRole('link').first().click();
  const activity = page.getByRole('list', { name: 'Aktiviteter' }).getByRole('article').filter({ hasText: control });
  await activity.waitFor();
  assert.match(await activity.textContent(), /Valda månader: mars, september/);
  await assertAccessible(page, 'Plan från internkontrollplanen');
  await page.context().close();
});

test('a tenant admin gives the risk matrix a new version with one more consequence', async () => {
  const page = await newPage(browser, desktop);
  await logIn(page, '/risker/matris', 'tove.thorsson');
  const consequences = page.getByLabel('Konsekvens, lägst först');
  await consequences.waitFor();
  const before = (await consequences.inputValue()).split('\n');
  const version = Number(/Version (\d+)/.exec(await page.getByText(/^Version \d+, från/).textContent())[1]);
  const added = `ytterst allvarlig ${stamp % 1000}`;
  // A scale has at most seven steps; on a platform where earlier runs filled it, start again from three.
  await consequences.fill([...(before.length < 7 ? before : before.slice(0, 2)), added].join('\n'));
  await consequences.dispatchEvent('change');
  const table = page.getByRole('table', { name: 'Nivå per sannolikhet och konsekvens' });
  await table.getByRole('columnheader', { name: added }).waitFor();
  await assertAccessible(page, 'Riskmatrisens skalor');
  await screenshot(page, 'riskmatris-skalor');
  await page.getByRole('button', { name: 'Spara som ny version' }).click();
  await page.getByText(new RegExp(`^Version ${version + 1}, från`)).waitFor();
  await page.context().close();
});
