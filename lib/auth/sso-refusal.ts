// Why an SSO sign-in did not give a session, as the sign-in page's address names it (`/login?sso=…`).

/** The provider sent no usable e-mail address; nobody with it may enter; or the exchange with the provider failed. */
export const SSO_REFUSAL_REASONS = ["noEmail", "noAccount", "failed"] as const;
export type SsoRefusalReason = (typeof SSO_REFUSAL_REASONS)[number];

export function ssoRefusalReason(value: unknown): SsoRefusalReason | null {
  return SSO_REFUSAL_REASONS.find((reason) => reason === value) ?? null;
}
