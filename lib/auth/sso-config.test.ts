import { describe, expect, it } from "vitest";
import { ssoConfig, ssoOrigin } from "./sso-config";

const ENTRA = {
  AUTH_OIDC_ISSUER: "https://login.microsoftonline.com/5f1c…/v2.0",
  AUTH_OIDC_ID: "0d9c…",
  AUTH_OIDC_SECRET: "geheim",
};

describe("ssoConfig", () => {
  it("is there only with an issuer, a client id and a client secret", () => {
    expect(ssoConfig({})).toBeNull();
    expect(ssoConfig({ ...ENTRA, AUTH_OIDC_SECRET: " " })).toBeNull();
    expect(ssoConfig({ ...ENTRA, AUTH_OIDC_ISSUER: undefined })).toBeNull();
    expect(ssoConfig(ENTRA)).toEqual({
      issuer: ENTRA.AUTH_OIDC_ISSUER,
      clientId: ENTRA.AUTH_OIDC_ID,
      clientSecret: "geheim",
      emailClaim: "email",
      label: null,
    });
  });

  it("takes the e-mail claim and the button's text from the environment", () => {
    expect(
      ssoConfig({
        ...ENTRA,
        AUTH_OIDC_EMAIL_CLAIM: "preferred_username",
        AUTH_OIDC_LABEL: "Inloggen met Rijnstad-account",
      }),
    ).toMatchObject({ emailClaim: "preferred_username", label: "Inloggen met Rijnstad-account" });
  });
});

describe("ssoOrigin", () => {
  it("is the issuer's origin, for the form-action of the sign-in page", () => {
    expect(ssoOrigin(ENTRA)).toBe("https://login.microsoftonline.com");
    expect(ssoOrigin({})).toBeNull();
    expect(ssoOrigin({ ...ENTRA, AUTH_OIDC_ISSUER: "geen adres" })).toBeNull();
  });
});
