import { z } from "zod";
import { codeKind } from "../domain/mfa";
import { email } from "./fields";

export const signInSchema = z.object({
  email: email(),
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(200, { error: "tooLongShort" }),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** The second step: the code of the authenticator app, or a recovery code. */
export const signInCodeSchema = z.object({
  code: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(40, { error: "codeInvalid" })
    .refine((code) => codeKind(code) !== null, { error: "codeInvalid" }),
});

/** What the Credentials provider gets for the second step: the challenge's token from the cookie, and the code. */
export const signInChallengeSchema = signInCodeSchema.extend({ challenge: z.string().min(20).max(200) });

/** Only paths inside Impactkoers are followed after signing in. */
export function safeCallbackPath(value: unknown): string {
  if (typeof value === "string" && /^https?:\/\//i.test(value)) {
    // The sign-in redirect carries a full URL; keep only its path, so it can never lead to another site.
    try {
      const url = new URL(value);
      return safeCallbackPath(url.pathname + url.search);
    } catch {
      return "/";
    }
  }
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return "/";
  }
  if (value.startsWith("/login") || value.startsWith("/api/")) return "/";
  return value;
}
