// The cookies that keep a browser's choices for a year: the active gemeente and the language. Only the server reads
// them (httpOnly), they go along with links followed from other sites (sameSite lax, as the session cookie does), and
// when the user reached Impactkoers over HTTPS they travel over HTTPS only (Secure).
import "server-only";
import { headers } from "next/headers";
import { servedOverHttps } from "./request-origin";

const YEAR = 60 * 60 * 24 * 365;

export async function choiceCookieOptions() {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    maxAge: YEAR,
    secure: servedOverHttps(await headers()),
  };
}
