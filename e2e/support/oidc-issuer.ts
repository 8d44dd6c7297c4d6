// A real OpenID Connect provider for the SSO tests (oidc-provider, in its development mode): one client, Impactkoers
// at `appUrl`, and the people it knows. Its own sign-in page takes any password; the login typed there names the
// person. The scopes are granted without asking, as a gemeente's own provider does for its own applications.
import type { Server } from "node:http";
import Provider, { type Context } from "oidc-provider";

export const SSO_CLIENT = { id: "impactkoers-e2e", secret: "e2e-geheim-van-de-gemeente" };

/** Login on the provider's page → the claims it vouches for. */
export type People = Record<string, { email: string; name: string }>;

export type Issuer = { url: string; stop(): Promise<void> };

export async function startIssuer(port: number, appUrl: string, people: People): Promise<Issuer> {
  const url = `http://localhost:${port}`;
  const provider = new Provider(url, {
    clients: [
      {
        client_id: SSO_CLIENT.id,
        client_secret: SSO_CLIENT.secret,
        redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The claims of the granted scopes go into the ID token, which is what Auth.js reads.
    conformIdTokenClaims: false,
    cookies: { keys: ["e2e-cookie-key"] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx: Context, id: string) {
      const person = people[id];
      if (!person) return undefined;
      return {
        accountId: id,
        claims: async () => ({ sub: id, email: person.email, email_verified: true, name: person.name }),
      };
    },
    async loadExistingGrant(ctx: Context) {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  const server: Server = provider.listen(port);
  await new Promise<void>((resolve, reject) => {
    server.once("listening", () => resolve());
    server.once("error", reject);
  });
  return {
    url,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
