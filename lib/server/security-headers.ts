// The security headers of every page, set by proxy.ts. The Content-Security-Policy lets a script run only when it
// carries this response's nonce (Next.js puts it on its own scripts, reading it from the policy on the request) or
// when such a script loaded it ('strict-dynamic'); nothing is loaded from or sent to another site, and no other site
// may show a page in a frame.

/** 128 random bits, base64: a fresh one for every request, so an injected script cannot guess it. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy of one page. Styles come from the app's own style sheets; inline style elements only with the nonce
 * (Next.js puts it on any it writes), and no style attributes in the HTML: the pages have none, Tailwind writes a
 * style sheet, and React and Next.js set styles from script, which a policy does not stop. In development React
 * needs eval for its error overlay and Next.js injects styles without a nonce. `signInOrigin`: the origin of the
 * OpenID Connect provider when single sign-on is configured (lib/auth/sso-config.ts).
 */
export function contentSecurityPolicy(nonce: string, development = false, signInOrigin: string | null = null): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    // The SSO button's form answers with a redirect to the gemeente's sign-in page, which form-action also governs.
    `form-action 'self'${signInOrigin ? ` ${signInOrigin}` : ""}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A year, subdomains included; sent only on responses the user received over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";
