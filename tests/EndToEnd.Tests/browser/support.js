// What the browser suites share: Debian's Chromium driven by playwright-core, a new profile per user in Swedish time,
// the identity provider's login form, axe-core (WCAG 2.1 A and AA: no serious or critical violation) with no CSP
// violation, and screenshots into SCREENSHOT_DIR when it is set.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const modules = path.resolve(__dirname, '../../tools/node_modules');
const { chromium } = require(path.join(modules, 'playwright-core'));
const axeSource = fs.readFileSync(path.join(modules, 'axe-core', 'axe.min.js'), 'utf8');

const gateway = process.env.GATEWAY_WEB ?? 'http://127.0.0.1:8081';
const screenshotDir = process.env.SCREENSHOT_DIR;
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 900 } };
/** A date and time as the app shows them: Swedish order, 24-hour clock ("2026-12-07 14:05"). */
const swedishDateTime = /\b20\d\d-[01]\d-[0-3]\d [0-2]\d:[0-5]\d\b/;

function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A new browser profile (no login) on the given screen. Swedish time unless `locale`/`timezoneId` say otherwise
 * (the app must show Swedish dates whatever the device is set to).
 */
async function newPage(browser, screen, settings = {}) {
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', ...screen, ...settings });
  const page = await context.newPage();
  page.cspViolations = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      page.cspViolations.push(message.text());
    }
  });
  return page;
}

/** Opens an address of the app; the app sends the browser to the identity provider, where the user logs in. */
async function logIn(page, address, username) {
  await page.goto(`${gateway}${address}`);
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill('demo');
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.waitForURL((url) => url.origin === gateway && !url.searchParams.has('code'));
  await page.getByRole('button', { name: 'Logga ut' }).waitFor();
}

/** axe-core on the page as it is now: WCAG 2.1 A and AA, no serious or critical violation, and no CSP violation. */
async function assertAccessible(page, name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), [], `${name}: axe violations`);
  assert.deepEqual(page.cspViolations, [], `${name}: CSP violations`);
}

async function screenshot(page, name) {
  if (screenshotDir) {
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  }
}

function menu(page, name) {
  return page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true });
}

async function expectStatus(page, label) {
  await page.getByRole('heading', { name: `Status: ${label}` }).waitFor();
}

/** A demo user's access token from the identity provider the gateway names (the password grant of the dev issuer). */
async function tokenFor(username) {
  const config = await (await fetch(`${gateway}/web-config.json`)).json();
  const response = await fetch(`${config.authority}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: config.clientId, username, password: 'demo' }),
  });
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()).access_token;
}

/**
 * A Connect (JSON) call through the gateway as the user (no token: anonymously); returns the answer, or throws with
 * the service's message.
 */
async function call(token, method, body) {
  const response = await fetch(`${gateway}/${method}`, {
    method: 'POST',
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) {
    const error = new Error(`${method}: ${answer.code} ${answer.message}`);
    error.code = answer.code;
    throw error;
  }
  return answer;
}

/** Waits (up to a minute) until the check holds, e.g. until a service's replica has taken in the demo region. */
async function eventually(description, check) {
  const deadline = Date.now() + 60_000;
  while (!(await check().catch(() => false))) {
    assert.ok(Date.now() < deadline, `never happened: ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Registers a risk with the form on the page ("Registrera risken") and assesses it möjlig × kännbar (3 × 3, mycket hög
 * on the demo matrix) on the risk's page, where it leaves the browser.
 */
async function registerAndAssessRisk(page, risk) {
  for (const [label, value] of [['Rubrik', risk.title], ['Beskrivning', risk.description], ['Orsak', risk.cause],
    ['Vad kan hända?', risk.consequence], ['Ägare', 'Enhetschef']]) {
    await page.getByLabel(label).fill(value);
  }
  await page.getByRole('button', { name: 'Registrera risken' }).click();
  await page.getByRole('heading', { name: `${risk.title}: Identifierad` }).waitFor();
  await page.getByLabel('Sannolikhet').selectOption('3');
  await page.getByLabel('Konsekvens').selectOption('3');
  await page.getByLabel('Grund för bedömningen').fill(risk.grounds);
  await page.getByRole('button', { name: 'Spara bedömningen' }).click();
  await page.getByRole('heading', { name: `${risk.title}: Bedömd, nivå mycket hög` }).waitFor();
}

/** Today's date in Sweden, YYYY-MM-DD. */
function swedishToday() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

module.exports = {
  gateway, phone, desktop, swedishDateTime, launchBrowser, newPage, logIn, assertAccessible, screenshot, menu, expectStatus,
  tokenFor, call, eventually, swedishToday, registerAndAssessRisk,
};
