// The cookie that carries a sign-in's challenge from the password to the code: a random token (the database keeps
// only its hash), never the password. Only the server reads it (httpOnly), only the sign-in pages get it (path
// /login), it goes along with links from other sites as the session cookie does (sameSite lax), over HTTPS only when
// the user reached Impactkoers over HTTPS (Secure), and it lasts as long as the challenge itself.
import "server-only";
import { cookies, headers } from "next/headers";
import { CHALLENGE_TTL_MS } from "../domain/mfa";
import { servedOverHttps } from "./request-origin";

export const CHALLENGE_COOKIE = "ik_tweede_stap";
const PATH = "/login";

export async function challengeCookieOptions() {
  return {
    path: PATH,
    httpOnly: true,
    sameSite: "lax" as const,
    maxAge: CHALLENGE_TTL_MS / 1000,
    secure: servedOverHttps(await headers()),
  };
}

export async function keepChallenge(token: string) {
  (await cookies()).set(CHALLENGE_COOKIE, token, await challengeCookieOptions());
}

export async function challengeToken(): Promise<string | undefined> {
  return (await cookies()).get(CHALLENGE_COOKIE)?.value || undefined;
}

export async function forgetChallenge() {
  (await cookies()).delete({ name: CHALLENGE_COOKIE, path: PATH });
}
