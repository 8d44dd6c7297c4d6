// Single sign-on through the installation's OpenID Connect provider (the gemeente's Microsoft Entra ID, Keycloak, …),
// configured by environment. Without an issuer, client id and client secret there is no SSO button, and no gemeente
// can require it. Pure: reads only the environment it is given.

type Env = Record<string, string | undefined>;

/** Auth.js's id of the provider: the redirect URI to register is `<APP_URL>/api/auth/callback/oidc`. */
export const SSO_PROVIDER_ID = "oidc";

export type SsoConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claim of the ID token that holds the e-mail address: `email`, or with Entra ID often `preferred_username`. */
  emailClaim: string;
  /** The text of the button, as the gemeente calls its accounts; null: the app's own text. */
  label: string | null;
};

const setting = (env: Env, name: string) => env[name]?.trim() || undefined;

/** The SSO settings, or null when the environment does not configure SSO completely. */
export function ssoConfig(env: Env = process.env): SsoConfig | null {
  const issuer = setting(env, "AUTH_OIDC_ISSUER");
  const clientId = setting(env, "AUTH_OIDC_ID");
  const clientSecret = setting(env, "AUTH_OIDC_SECRET");
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    emailClaim: setting(env, "AUTH_OIDC_EMAIL_CLAIM") ?? "email",
    label: setting(env, "AUTH_OIDC_LABEL") ?? null,
  };
}

export const ssoConfigured = (env: Env = process.env) => ssoConfig(env) !== null;

/** The origin the browser is sent to for signing in, for the Content-Security-Policy's form-action; else null. */
export function ssoOrigin(env: Env = process.env): string | null {
  const config = ssoConfig(env);
  if (!config) return null;
  try {
    return new URL(config.issuer).origin;
  } catch {
    return null;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The e-mail address the provider vouches for, in lower case: the configured claim, when it holds an address. An
 * `email` claim the provider itself marks as unverified (`email_verified: false`) does not count: anyone could have
 * typed it into their profile.
 */
export function claimedEmail(claims: Record<string, unknown>, emailClaim: string): string | null {
  const value = claims[emailClaim];
  if (typeof value !== "string") return null;
  const email = value.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) return null;
  if (emailClaim === "email" && claims.email_verified === false) return null;
  return email;
}
