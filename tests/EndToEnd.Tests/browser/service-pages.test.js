// The pages of Complaints, SelfInspection, Risks and the organisation admin in Debian's Chromium, through the gateway,
// as a member of the public and as demo users: a complaint sent on a phone without logging in and followed up with
// its code; the enhetschef answers it and the sender reads the answer; a checklist carried out from the årshjul; a
// registered and assessed risk in its cell of the risk matrix; the tenant admin grants and revokes a role. axe-core
// checks every page (WCAG 2.1 A and AA): no serious or critical violation.
//
//   GATEWAY_WEB=http://127.0.0.1:8081 node --test tests/EndToEnd.Tests/browser/service-pages.test.js
//   SCREENSHOT_DIR=docs/screenshots ...   also saves the main pages as PNG
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
  gateway, phone, desktop, launchBrowser, newPage, logIn, assertAccessible, screenshot, menu, tokenFor, call, eventually, swedishToday,
  registerAndAssessRisk,
} = require('./support');

const subject = `Maten var kall <b>igen</b> ${Date.now()}`;
const answerText = 'Vi har gått igenom rutinen för matleveranser och värmer nu maten på plats.';
const hannaHolm = 'd99e5ebe-dd6f-4194-9906-2cb3bbc3fa79';

let browser;
let senderPage;
let reference;
let code;

before(async () => {
  browser = await launchBrowser();
  // Complaints' public directory comes from its replica of Organizations, filled by events after the platform starts.
  await eventually('Hemtjänst Norr in the public directory', async () =>
    (await call(undefined, 'ledningssystem.complaints.v1.PublicComplaintService/ListProviderUnits', { tenantId: 'aldrenamnden', pageSize: 100 }))
      .units.some((unit) => unit.unitId === 'aldrenamnden.hemtjanst-norr'));
});

after(async () => {
  await browser?.close();
});

async function followUp(page) {
  await page.getByLabel('Ärendenummer').fill(reference);
  await page.getByLabel('Kod').fill(code);
  await page.getByRole('button', { name: 'Visa ärendet' }).click();
}

test('a member of the public sends a complaint on a phone without logging in and gets the reference and code', async () => {
  const page = senderPage = await newPage(browser, phone);
  await page.goto(`${gateway}/synpunkter`);
  await page.getByRole('heading', { level: 1, name: 'Lämna synpunkter eller klagomål' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Logga ut' }).count(), 0, 'no login');
  await page.getByLabel('Vilken verksamhet gäller det?').selectOption({ label: 'Äldrenämnden' });
  await page.getByLabel('Vilken enhet?').selectOption({ label: 'Hemtjänst Norr' });
  await assertAccessible(page, 'Lämna synpunkter');
  await page.getByLabel('Klagomål').check();
  await page.getByLabel('Rubrik').fill(subject);
  await page.getByLabel('Beskriv vad du vill berätta').fill('Min mamma fick kall mat tre dagar i rad.');
  await page.getByLabel('Jag är').selectOption({ label: 'Närstående' });
  await page.getByLabel('Namn (frivilligt)').fill('Karin Exempel');
  await screenshot(page, 'lamna-synpunkter');
  await page.getByRole('button', { name: 'Skicka' }).click();

  const receipt = page.getByRole('heading', { name: 'Tack! Vi har tagit emot ditt ärende' });
  await receipt.waitFor();
  assert.ok(await receipt.evaluate((heading) => heading === document.activeElement), 'the receipt takes the focus');
  reference = (await page.getByTestId('referens').textContent()).trim();
  code = (await page.getByTestId('kod').textContent()).trim();
  assert.match(reference, /^KL-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  assert.match(code, /^[2-9A-Z]{5}(-[2-9A-Z]{5}){3}$/);
  assert.ok(await page.getByText(subject, { exact: true }).isVisible(), 'the subject shown as text, not HTML');
  await assertAccessible(page, 'Kvitto på klagomål');
  await screenshot(page, 'klagomal-kvitto');

  await page.getByRole('link', { name: 'Följ ditt ärende' }).first().click();
  await followUp(page);
  await page.getByRole('heading', { name: 'Status: Mottaget' }).waitFor();
  await assertAccessible(page, 'Följ ditt ärende');
});

test('a wrong code shows the service\'s message and nothing of the complaint', async () => {
  const page = senderPage;
  await page.getByLabel('Kod').fill('AAAAAAAAAAAAAAAAAAAA');
  await page.getByRole('button', { name: 'Visa ärendet' }).click();
  const refusal = page.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /Något gick fel: [A-ZÅÄÖ].+/);
  assert.equal(await page.getByRole('heading', { name: /^Status:/ }).count(), 0);
});

test('a robot that fills the hidden field is refused with the service\'s message', async () => {
  const page = await newPage(browser, phone);
  await page.goto(`${gateway}/synpunkter`);
  await page.getByLabel('Vilken verksamhet gäller det?').selectOption({ label: 'Äldrenämnden' });
  await page.getByLabel('Vilken enhet?').selectOption({ label: 'Hemtjänst Norr' });
  await page.getByLabel('Synpunkt').check();
  await page.getByLabel('Rubrik').fill('Köp billiga klockor');
  await page.getByLabel('Beskriv vad du vill berätta').fill('http://spam.example');
  await page.getByLabel('Jag vill vara anonym').check();
  assert.ok(!(await page.getByLabel('Jag är').isVisible()), 'an anonymous sender gives no contact details');
  await page.locator('input[name="website"]').fill('http://spam.example', { force: true });
  await page.getByRole('button', { name: 'Skicka' }).click();
  const refusal = page.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /Formuläret kunde inte skickas/);
  await page.context().close();
});

test('the enhetschef finds the complaint in the inbox and takes it through to an answer', async () => {
  const page = await newPage(browser, desktop);
  await logIn(page, '/klagomal', 'erik.eriksson');
  const card = page.getByRole('link', { name: new RegExp(reference) }).first();
  await card.waitFor();
  await assertAccessible(page, 'Klagomål (inkorg)');
  await screenshot(page, 'klagomal-inkorg');
  await card.click();
  await page.getByRole('heading', { name: 'Status: Mottaget' }).waitFor();
  assert.ok(await page.getByText(subject, { exact: true }).isVisible(), 'typed text shown as text, not HTML');
  await assertAccessible(page, 'Klagomål');

  await page.locator('summary', { hasText: 'Klassificera' }).click();
  await page.getByLabel('Kommunikation').check();
  await page.getByRole('button', { name: 'Spara klassificeringen' }).click();
  await page.getByRole('definition').filter({ hasText: /^Kommunikation$/ }).waitFor();

  await page.getByRole('button', { name: 'Bekräfta mottagandet' }).click();
  await page.getByRole('heading', { name: 'Status: Bekräftat' }).waitFor();
  await page.getByRole('button', { name: 'Starta utredningen' }).click();
  await page.getByRole('heading', { name: 'Status: Utreds' }).waitFor();
  await page.getByLabel('Svar till avsändaren').fill(answerText);
  await page.getByLabel('Åtgärder (frivilligt)').fill('Ny rutin för matleveranser från januari.');
  await page.getByLabel('Sekretess (frivilligt)').fill('Uppgifter om andra brukare lämnas inte ut.');
  await page.getByRole('button', { name: 'Skicka svaret' }).click();
  await page.getByRole('heading', { name: 'Status: Besvarat' }).waitFor();
  await assertAccessible(page, 'Besvarat klagomål');
  await screenshot(page, 'klagomal');
  await page.context().close();
});

test('the sender reads the answer with the code, without the confidentiality note', async () => {
  const page = senderPage;
  await followUp(page);
  await page.getByRole('heading', { name: 'Status: Besvarat' }).waitFor();
  assert.ok(await page.getByText(answerText).isVisible());
  assert.equal(await page.getByText('Uppgifter om andra brukare').count(), 0);
  await assertAccessible(page, 'Följ ditt ärende, besvarat');
  await screenshot(page, 'folj-arende');
  await page.context().close();
});

test('a medarbetare writes down a complaint that came by phone and gets its reference', async () => {
  const page = await newPage(browser, phone);
  await logIn(page, '/klagomal/ta-emot', 'anna.andersson');
  await page.getByLabel('Enhet som det gäller').selectOption({ label: 'Hemtjänst Norr' });
  await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'Synpunkt' });
  await page.getByLabel('Kom in via').selectOption({ label: 'Telefon' });
  await page.getByLabel('Rubrik').fill('Önskar fler promenader');
  await page.getByLabel('Beskrivning').fill('En närstående ringde och önskar att hennes pappa får gå ut oftare.');
  await page.getByLabel('Avsändaren är', { exact: true }).selectOption({ label: 'Närstående' });
  await assertAccessible(page, 'Ta emot klagomål');
  await page.getByRole('button', { name: 'Registrera' }).click();
  await page.getByRole('heading', { name: 'Klagomålet är registrerat' }).waitFor();
  assert.match(await page.locator('.incident-id').textContent(), /^KL-/);
  assert.equal(await page.getByRole('link', { name: 'Öppna ärendet' }).count(), 0, 'a medarbetare does not handle it');
  await page.context().close();
});

test('the enhetschef closes, reopens, raises an avvikelse from and hands over the complaint; the sender sees where it went', async () => {
  const page = await newPage(browser, desktop);
  await logIn(page, '/klagomal', 'erik.eriksson');
  await page.getByRole('link', { name: new RegExp(reference) }).first().click();
  await page.getByRole('button', { name: 'Avsluta ärendet' }).click();
  await page.getByRole('heading', { name: 'Status: Avslutat' }).waitFor();
  await page.getByLabel('Varför öppnas ärendet igen?').fill('Avsändaren hörde av sig igen: maten är fortfarande kall.');
  await page.getByRole('button', { name: 'Öppna ärendet igen' }).click();
  await page.getByRole('heading', { name: 'Status: Utreds' }).waitFor();

  await page.locator('summary', { hasText: 'Skapa en avvikelse av klagomålet' }).click();
  await page.getByLabel('Vad hände?').fill('Brukaren fick kall mat vid flera leveranser.');
  await page.getByRole('button', { name: 'Skapa avvikelsen' }).click();
  await page.getByRole('link', { name: 'Visa den kopplade avvikelsen' }).waitFor();

  await page.locator('summary', { hasText: 'Lämna över till en annan vårdgivare' }).click();
  await page.getByLabel('Vårdgivare').selectOption({ label: 'Omsorg AB' });
  await page.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Hemtjänst City' });
  await page.getByLabel('Varför lämnas det över?').fill('Maten levereras av Omsorg AB:s hemtjänst.');
  await assertAccessible(page, 'Klagomål med fler steg');
  await page.getByRole('button', { name: 'Lämna över' }).click();
  await page.getByRole('heading', { name: 'Status: Överlämnat' }).waitFor();
  await page.context().close();

  const sender = await newPage(browser, phone);
  await sender.goto(`${gateway}/synpunkter/folj-upp`);
  await followUp(sender);
  await sender.getByRole('heading', { name: 'Status: Överlämnat' }).waitFor();
  assert.ok(await sender.getByText(/lämnats över till Omsorg AB/).isVisible());
  await sender.context().close();
});

/** A published checklist and an approved plan for Hemtjänst Norr this year with a monthly activity, made through the gateway. */
async function planWithChecklist() {
  const vera = await tokenFor('vera.viklund');
  const erik = await tokenFor('erik.eriksson');
  const year = Number(swedishToday().slice(0, 4));
  const template = (await call(vera, 'ledningssystem.selfinspection.v1.ChecklistService/CreateChecklistTemplate', {
    name: `Signeringslistor ${Date.now()}`,
    questions: [
      { text: 'Är signeringslistorna kompletta?', answerType: 'ANSWER_TYPE_YES_NO', required: true },
      { text: 'Finns aktuella delegeringar för all personal?', answerType: 'ANSWER_TYPE_YES_NO', required: true },
    ],
  })).template;
  await call(vera, 'ledningssystem.selfinspection.v1.ChecklistService/PublishChecklistTemplate', { templateId: template.templateId });
  let plan;
  try {
    plan = (await call(erik, 'ledningssystem.selfinspection.v1.InspectionPlanService/CreatePlan',
      { unitId: 'aldrenamnden.hemtjanst-norr', year, name: `Egenkontroll Hemtjänst Norr ${year}` })).plan;
  } catch (error) {
    if (error.code !== 'already_exists') {
      throw error;
    }
    const plans = await call(erik, 'ledningssystem.selfinspection.v1.InspectionPlanService/ListPlans', { unitId: 'aldrenamnden.hemtjanst-norr', year });
    const latest = plans.plans.at(-1);
    plan = latest.state === 'PLAN_STATE_DRAFT' ? latest
      : (await call(erik, 'ledningssystem.selfinspection.v1.InspectionPlanService/RevisePlan', { planId: latest.planId, reason: 'Ny checklista' })).plan;
  }
  await call(erik, 'ledningssystem.selfinspection.v1.InspectionPlanService/AddActivity', {
    planId: plan.planId,
    activity: {
      name: 'Granskning av signeringslistor', method: 'INSPECTION_METHOD_SIGNING_LISTS_AND_DELEGATIONS', responsibleRole: 'Enhetschef',
      frequency: 'FREQUENCY_MONTHLY', checklistTemplateId: template.templateId,
    },
  });
  await call(vera, 'ledningssystem.selfinspection.v1.InspectionPlanService/ApprovePlan', { planId: plan.planId });
}

test('the enhetschef carries out a checklist from the årshjul and sees the score and the finding', async () => {
  await planWithChecklist();
  const page = await newPage(browser, desktop);
  await logIn(page, '/egenkontroll', 'erik.eriksson');
  const carryOut = page.getByRole('link', { name: /^Genomför Granskning av signeringslistor/ }).first();
  await carryOut.waitFor();
  await assertAccessible(page, 'Årshjul');
  await screenshot(page, 'arshjul');
  await carryOut.click();

  const first = page.getByRole('group', { name: /Är signeringslistorna kompletta/ });
  await first.waitFor();
  await first.getByLabel('Ja', { exact: true }).check();
  const second = page.getByRole('group', { name: /Finns aktuella delegeringar/ });
  await second.getByLabel('Nej', { exact: true }).check();
  await second.getByLabel('Kommentar (frivilligt)').fill('Två delegeringar har gått ut.');
  await assertAccessible(page, 'Genomför egenkontroll');
  await screenshot(page, 'checklista');
  await page.getByRole('button', { name: 'Spara egenkontrollen' }).click();

  await page.getByRole('heading', { name: 'Resultat: 50 %' }).waitFor();
  await page.getByRole('heading', { name: 'Fynd (1)' }).waitFor();
  await assertAccessible(page, 'Genomförd egenkontroll');
  await page.getByLabel('Åtgärd', { exact: true }).fill('Förnya delegeringarna.');
  await page.getByLabel('Klar senast').fill('2027-01-29');
  await page.getByRole('button', { name: 'Besluta åtgärden' }).click();
  await page.getByText('Status: Åtgärd beslutad').waitFor();
  await screenshot(page, 'egenkontroll-resultat');
  await menu(page, 'Egenkontroll').click();
  await page.getByRole('list', { name: 'Balanslista' }).getByRole('link').first().waitFor();
  await assertAccessible(page, 'Årshjul med balanslista');
  await page.context().close();
});

test('a registered and assessed risk shows in its cell of the risk matrix', async () => {
  const title = `Fallrisk vid nattbesök ${Date.now()}`;
  const page = await newPage(browser, desktop);
  await logIn(page, '/risker', 'erik.eriksson');
  await page.getByRole('table', { name: /Antal öppna risker/ }).waitFor();
  await registerAndAssessRisk(page, {
    title, description: 'Brukare går upp på natten utan belysning.', cause: 'Ingen nattbelysning i hallen.',
    consequence: 'Fall med höftfraktur.', grounds: 'Två fall i höstas.',
  });
  await assertAccessible(page, 'Risk');
  await screenshot(page, 'risk');

  await menu(page, 'Risker').click();
  const table = page.getByRole('table', { name: /Antal öppna risker/ });
  await table.waitFor();
  const cell = table.getByRole('button', { name: /sannolikhet möjlig och konsekvens kännbar/ });
  assert.match(await cell.textContent(), /^\d+ Mycket hög – risk(er)? med/);
  await assertAccessible(page, 'Riskmatris');
  await screenshot(page, 'riskmatris');
  await cell.click();
  await page.getByRole('list', { name: 'Risker med sannolikhet möjlig och konsekvens kännbar' })
    .getByRole('link', { name: new RegExp(title) }).waitFor();
  await page.context().close();
});

test('the tenant admin grants a role on a unit and revokes it', async () => {
  const page = await newPage(browser, desktop);
  await logIn(page, '/organisation', 'tove.thorsson');
  await page.getByRole('navigation', { name: 'Enhetsträd' }).getByText('Hemtjänst City', { exact: true }).waitFor();
  await assertAccessible(page, 'Organisation');
  await page.getByLabel('Användar-id').fill(hannaHolm);
  await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'Kvalitetsutvecklare' });
  await page.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Hemtjänst City' });
  await page.getByRole('button', { name: 'Ge rollen' }).click();
  const revoke = page.getByRole('button', { name: `Återkalla Kvalitetsutvecklare på Hemtjänst City för ${hannaHolm}` }).first();
  await revoke.waitFor();
  await screenshot(page, 'organisation');
  await revoke.click();
  await page.getByRole('button', { name: `Återkalla Kvalitetsutvecklare på Hemtjänst City för ${hannaHolm}` }).waitFor({ state: 'detached' });
  await assertAccessible(page, 'Organisation efter ändring');
  await page.context().close();
});
