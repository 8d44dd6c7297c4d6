import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { SESSION_MAX_AGE_SECONDS } from "../domain/constants";
import { authSecrets, sessionFromCookie } from "./session-cookie";

vi.mock("server-only", () => ({}));

const SECRET = "a-secret-of-the-tests-0123456789abcdef";
const HTTP = { AUTH_URL: "http://127.0.0.1:3000", AUTH_SECRET: SECRET };
const HTTPS = { AUTH_URL: "https://impactkoers.example", AUTH_SECRET: SECRET };
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";

const claims = (signedInAt = Date.now()) => ({
  uid: 7,
  sv: 3,
  signedInAt,
  sid: "sessie-7",
  sso: false,
  via: "credentials",
});
const tokenFor = (salt: string, secret = SECRET, token: Record<string, unknown> = claims()) =>
  encode({ token, secret, salt, maxAge: SESSION_MAX_AGE_SECONDS });
const withCookie = (cookie: string, more: Record<string, string> = {}) => new Headers({ cookie, ...more });

describe("the session from the session cookie", () => {
  it("reads what the token says, as our session callback makes it", async () => {
    const session = await sessionFromCookie(withCookie(`${PLAIN}=${await tokenFor(PLAIN)}`), HTTP);
    expect(session).toMatchObject({
      user: { id: "7" },
      sessionVersion: 3,
      sid: "sessie-7",
      sso: false,
      signInMethod: "credentials",
    });
  });

  it("reads nothing without a cookie, from a token of another secret, or a changed token", async () => {
    expect(await sessionFromCookie(withCookie(""), HTTP)).toBeNull();
    expect(await sessionFromCookie(withCookie(`${PLAIN}=${await tokenFor(PLAIN, "another-secret")}`), HTTP)).toBeNull();
    const token = await tokenFor(PLAIN);
    const changed = `${token.slice(0, -6)}${token.slice(-6) === "AAAAAA" ? "BBBBBB" : "AAAAAA"}`;
    expect(await sessionFromCookie(withCookie(`${PLAIN}=${changed}`), HTTP)).toBeNull();
    // The salt is the cookie's name: a token made for another cookie does not decrypt.
    expect(await sessionFromCookie(withCookie(`${PLAIN}=${await tokenFor("another-cookie")}`), HTTP)).toBeNull();
  });

  it("ends a session 12 hours after signing in, however the token was kept", async () => {
    const old = Date.now() - SESSION_MAX_AGE_SECONDS * 1000 - 1000;
    const token = await tokenFor(PLAIN, SECRET, claims(old));
    expect(await sessionFromCookie(withCookie(`${PLAIN}=${token}`), HTTP)).toBeNull();
    const withoutStart = await tokenFor(PLAIN, SECRET, { uid: 7, sv: 3, sid: "sessie-7" });
    expect(await sessionFromCookie(withCookie(`${PLAIN}=${withoutStart}`), HTTP)).toBeNull();
  });

  it("reads the secure cookie over HTTPS and the plain one over HTTP, never the other", async () => {
    const secure = `${SECURE}=${await tokenFor(SECURE)}`;
    const plain = `${PLAIN}=${await tokenFor(PLAIN)}`;
    expect(await sessionFromCookie(withCookie(secure), HTTPS)).not.toBeNull();
    expect(await sessionFromCookie(withCookie(plain), HTTPS)).toBeNull();
    expect(await sessionFromCookie(withCookie(secure), HTTP)).toBeNull();
    // Without AUTH_URL, behind a trusted proxy: the proxy's X-Forwarded-Proto decides, else HTTPS.
    const proxied = { AUTH_SECRET: SECRET };
    const host = { host: "impactkoers.example" };
    expect(
      await sessionFromCookie(withCookie(plain, { ...host, "x-forwarded-proto": "http" }), proxied),
    ).not.toBeNull();
    expect(await sessionFromCookie(withCookie(plain, host), proxied)).toBeNull();
    expect(await sessionFromCookie(withCookie(secure, host), proxied)).not.toBeNull();
  });

  it("joins a token split over several cookies, and takes no bearer token", async () => {
    const token = await tokenFor(PLAIN);
    const half = Math.ceil(token.length / 2);
    const split = `${PLAIN}.0=${token.slice(0, half)}; ${PLAIN}.1=${token.slice(half)}`;
    expect(await sessionFromCookie(withCookie(split), HTTP)).toMatchObject({ sid: "sessie-7" });
    expect(await sessionFromCookie(withCookie("", { authorization: `Bearer ${token}` }), HTTP)).toBeNull();
  });

  it("takes the secrets as Auth.js does, a rotated one first", () => {
    expect(authSecrets({ AUTH_SECRET: "a", AUTH_SECRET_1: "b" })).toEqual(["b", "a"]);
    expect(authSecrets({})).toEqual([]);
  });
});
