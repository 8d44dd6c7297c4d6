import type { Browser } from "@playwright/test";
import { DEMO_TOTP_SECRET } from "../../db/seed";

// The demo accounts of db/seed.ts, by the role they play in the tests.
export const PASSWORD = "welkom-impactkoers";

// The beheerders must sign in with a code of an authenticator app too: the seed gives them one with this secret.
export const ACCOUNTS = {
  beheerder: { email: "beheerder@voorbeeld.example", name: "Fatima el Amrani", totpSecret: DEMO_TOTP_SECRET },
  programmamanager: { email: "manager@voorbeeld.example", name: "Joost van Dijk" },
  management: { email: "management@voorbeeld.example", name: "Ingrid Bakker" },
  teamlid: { email: "team@voorbeeld.example", name: "Sanne de Vries" },
  partner: { email: "partner@voorbeeld.example", name: "Ahmed Yilmaz" },
  testdorp: { email: "beheerder@testdorp.example", name: "Karin Jansen", totpSecret: DEMO_TOTP_SECRET },
  adviseur: { email: "adviseur@voorbeeld.example", name: "Pieter Smit" },
} as const;

export type Account = keyof typeof ACCOUNTS;

/** The authenticator-app secret of a demo account that signs in with a code, by its e-mail address. */
export function demoTotpSecret(email: string): string | undefined {
  const account = Object.values(ACCOUNTS).find((a) => a.email === email);
  return account && "totpSecret" in account ? account.totpSecret : undefined;
}

/** The stored sign-in of each account, written by auth.setup.ts. */
export const storageState = (account: Account) => `e2e/.auth/${account}.json`;

/** An e-mail address no other test uses. */
export function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@voorbeeld.example`;
}

/** A browser context that is signed in as nobody, whatever the surrounding test uses. */
export function anonymousContext(browser: Browser) {
  return browser.newContext({ storageState: { cookies: [], origins: [] } });
}
