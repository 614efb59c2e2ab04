// Shared by the browser suites of the service pages: Debian's Chromium through playwright-core, demo users' logins,
// axe-core (WCAG 2.1 A and AA, no serious or critical violation), screenshots, and calls to the services through the
// gateway with a demo user's token for setting up what the pages then show.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const modules = path.resolve(__dirname, '../../../tools/node_modules');
const { chromium } = require(path.join(modules, 'playwright-core'));
const axeSource = fs.readFileSync(path.join(modules, 'axe-core', 'axe.min.js'), 'utf8');

const gateway = process.env.GATEWAY_WEB ?? 'http://127.0.0.1:8081';
const screenshotDir = process.env.SCREENSHOT_DIR;
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 900 } };

function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** A new browser profile (no login), in Swedish time, on the given screen; CSP violations are collected. */
async function newPage(browser, screen) {
  const context = await browser.newContext({ ...screen, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
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

/** Today's date in Sweden, YYYY-MM-DD. */
function swedishToday() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

module.exports = { gateway, phone, desktop, launch, newPage, logIn, assertAccessible, screenshot, menu, tokenFor, call, eventually, swedishToday };
