// The OpenID Connect provider of lib/auth/sso-config.ts as Auth.js's generic provider (`type: "oidc"`): Auth.js
// discovers the endpoints from `<issuer>/.well-known/openid-configuration` and checks the ID token's signature,
// issuer, audience and nonce. This works with any OIDC provider, Microsoft Entra ID included (with the tenant's own
// issuer, https://login.microsoftonline.com/<tenant id>/v2.0).
import type { OIDCConfig } from "next-auth/providers";
import { claimedEmail, SSO_PROVIDER_ID, type SsoConfig } from "./sso-config";
import type { SsoRefusalReason } from "./sso-refusal";

export function ssoProvider(config: SsoConfig): OIDCConfig<Record<string, unknown>> {
  return {
    id: SSO_PROVIDER_ID,
    name: config.label ?? "SSO",
    type: "oidc",
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid profile email" } },
    checks: ["pkce", "state", "nonce"],
    // Only the e-mail address matters: Impactkoers matches it to an account it already has (db/queries/sso-sign-in.ts).
    profile(claims) {
      return {
        id: typeof claims.sub === "string" ? claims.sub : undefined,
        name: typeof claims.name === "string" ? claims.name : null,
        email: claimedEmail(claims, config.emailClaim),
      };
    },
  };
}

/** Where a refused SSO sign-in lands: the sign-in page, which says why. */
export const ssoRefusalPath = (reason: SsoRefusalReason) => `/login?sso=${reason}`;
