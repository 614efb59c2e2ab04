import { jwtPayload, randomToken, s256 } from "./pkce";

/**
 * OpenID Connect login with the authorization-code flow and PKCE (S256) against the realm (Keycloak, or the
 * development token issuer). Tokens live only in this module's memory: a reload logs in again through the
 * identity provider's own session, without a password. Only the pending login (state, nonce, verifier and where
 * to return) waits in sessionStorage across the redirect, and is removed when the browser comes back.
 */
export interface WebConfig {
  authority: string;
  clientId: string;
}

export interface User {
  id: string;
  name: string;
  username: string;
  tenant: string;
}

interface Endpoints {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint: string;
}

interface TokenResponse {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  expires_in: number;
}

interface PendingLogin {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

export class LoginError extends Error {}

const PENDING_KEY = "ledningssystem.pendingLogin";
const LOGGED_OUT_STATE = "utloggad";
const RENEW_BEFORE_EXPIRY_SECONDS = 30;

let accessToken = "";
let idToken = "";
let renewTimer: number | undefined;
/** Renews the tokens now (set once logged in); concurrent callers share one renewal. */
let renewNow: (() => Promise<void>) | undefined;
let renewing: Promise<void> | undefined;
/** When the access token expires (ms since the epoch): a timer in a sleeping laptop or a background tab may be late. */
let accessTokenExpiresAt = 0;

/**
 * An access token that is still valid: renewed with the refresh token first when it expires within the margin (the
 * timer may not have run) or when the service said it no longer is (`force`). A failed renewal throws
 * {@link SessionExpiredError}; the page stays as it is, so nothing the user typed is lost.
 */
export async function validAccessToken(force = false): Promise<string> {
  if (renewNow && (force || Date.now() >= accessTokenExpiresAt - RENEW_BEFORE_EXPIRY_SECONDS * 1000)) {
    renewing ??= renewNow().finally(() => (renewing = undefined));
    await renewing;
  }
  return accessToken;
}

/** A renewal refused (the identity provider's session ended); its message is shown where the call failed. */
class SessionExpiredError extends Error {
  constructor() {
    super("Din inloggning har gått ut. Kopiera det du har skrivit, ladda om sidan och logga in igen.");
  }
}

/** The redirect URI registered for the web app: the gateway's root, exactly. */
function redirectUri(): string {
  return `${location.origin}/`;
}

async function discover(config: WebConfig): Promise<Endpoints> {
  const response = await fetch(`${config.authority}/.well-known/openid-configuration`);
  if (!response.ok) {
    throw new LoginError("Inloggningstjänsten svarar inte. Försök igen om en stund.");
  }
  return (await response.json()) as Endpoints;
}

/**
 * The logged-in user: after the identity provider's redirect back (code checked against state, nonce and verifier),
 * or by sending the browser to log in. Null when the user just logged out (the app then offers to log in again).
 */
export async function signIn(config: WebConfig): Promise<User | null> {
  const endpoints = await discover(config);
  const query = new URLSearchParams(location.search);
  if (query.has("code") || query.has("error")) {
    return completeLogin(config, endpoints, query);
  }
  if (query.get("state") === LOGGED_OUT_STATE) {
    history.replaceState(null, "", "/");
    return null;
  }
  await startLogin(config, endpoints, location.pathname + location.search);
  return new Promise<never>(() => {}); // the browser is leaving for the login page
}

export async function startLogin(config: WebConfig, endpoints?: Endpoints, returnTo = "/"): Promise<void> {
  const known = endpoints ?? (await discover(config));
  const pending: PendingLogin = { state: randomToken(), nonce: randomToken(), verifier: randomToken(), returnTo };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(known.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: config.clientId, redirect_uri: redirectUri(), response_type: "code", scope: "openid",
    state: pending.state, nonce: pending.nonce, code_challenge: await s256(pending.verifier), code_challenge_method: "S256",
  }).toString();
  location.assign(url.toString());
}

async function completeLogin(config: WebConfig, endpoints: Endpoints, query: URLSearchParams): Promise<User> {
  const stored = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  const pending = stored ? (JSON.parse(stored) as PendingLogin) : null;
  if (!pending || query.get("state") !== pending.state) {
    throw new LoginError("Inloggningen kunde inte slutföras (okänd inloggning). Logga in igen.");
  }
  if (query.has("error")) {
    throw new LoginError(`Inloggningen misslyckades: ${query.get("error_description") ?? query.get("error")}`);
  }
  const tokens = await requestTokens(config, endpoints, {
    grant_type: "authorization_code", code: query.get("code") ?? "", redirect_uri: redirectUri(), code_verifier: pending.verifier,
  });
  const claims = jwtPayload(tokens.id_token ?? "");
  if (claims.nonce !== pending.nonce || claims.iss !== config.authority || claims.aud !== config.clientId) {
    throw new LoginError("Inloggningen kunde inte slutföras (ogiltig ID-token). Logga in igen.");
  }
  history.replaceState(null, "", pending.returnTo);
  keep(config, endpoints, tokens);
  return {
    id: String(claims.sub),
    name: String(claims.name ?? claims.preferred_username),
    username: String(claims.preferred_username),
    tenant: Array.isArray(claims.organization) ? String(claims.organization[0]) : "",
  };
}

async function requestTokens(config: WebConfig, endpoints: Endpoints, form: Record<string, string>): Promise<TokenResponse> {
  const response = await fetch(endpoints.token_endpoint, {
    method: "POST",
    body: new URLSearchParams({ client_id: config.clientId, ...form }),
  });
  if (!response.ok) {
    throw new LoginError("Inloggningen gick inte att slutföra. Logga in igen.");
  }
  return (await response.json()) as TokenResponse;
}

/** Keeps the tokens in memory and renews them silently with the refresh token before the access token expires. */
function keep(config: WebConfig, endpoints: Endpoints, tokens: TokenResponse): void {
  accessToken = tokens.access_token;
  idToken = tokens.id_token ?? idToken;
  accessTokenExpiresAt = Date.now() + tokens.expires_in * 1000;
  window.clearTimeout(renewTimer);
  const refreshToken = tokens.refresh_token;
  if (!refreshToken) {
    renewNow = undefined;
    return;
  }
  renewNow = () => requestTokens(config, endpoints, { grant_type: "refresh_token", refresh_token: refreshToken })
    .then((renewed) => keep(config, endpoints, renewed))
    .catch(() => {
      throw new SessionExpiredError();
    });
  const delay = Math.max(tokens.expires_in - RENEW_BEFORE_EXPIRY_SECONDS, 5) * 1000;
  renewTimer = window.setTimeout(() => void validAccessToken(true).catch(() => undefined), delay);
}

/** Ends the login at the identity provider, which sends the browser back to the app's start page. */
export async function signOut(config: WebConfig): Promise<void> {
  const endpoints = await discover(config);
  const url = new URL(endpoints.end_session_endpoint);
  url.search = new URLSearchParams({
    client_id: config.clientId, post_logout_redirect_uri: redirectUri(), id_token_hint: idToken, state: LOGGED_OUT_STATE,
  }).toString();
  accessToken = "";
  idToken = "";
  renewNow = undefined;
  window.clearTimeout(renewTimer);
  location.assign(url.toString());
}
