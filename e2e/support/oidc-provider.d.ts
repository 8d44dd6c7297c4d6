// The little of oidc-provider (which ships no types) that e2e/support/oidc-issuer.ts uses.
declare module "oidc-provider" {
  import type { Server } from "node:http";

  type Context = {
    oidc: {
      client?: { clientId: string };
      session?: { accountId?: string };
      provider: Provider;
    };
  };

  class Grant {
    constructor(properties: { clientId: string; accountId: string });
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    Grant: typeof Grant;
    listen(port: number): Server;
  }
  export type { Context };
}
