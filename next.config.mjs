import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  // The messages are compiled when the app is built, so neither the browser nor the server parses them on every use:
  // the browser then downloads no message parser (about 10 kB compressed on every page).
  // lib/i18n/precompiled-messages.test.ts checks that every message reads the same as when parsed at run time.
  experimental: { messages: { path: "./messages", format: "json", locales: ["nl", "en"], precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` checks the types first (`npm run typecheck`); the build of its end-to-end step does not check them a
  // second time. Every other build does, `npm start`'s included.
  typescript: { ignoreBuildErrors: process.env.npm_lifecycle_event === "test:e2e" },
  // Loaded by Node as they are: the Excel reader and writer use Node's streams and files.
  serverExternalPackages: ["@node-rs/argon2", "exceljs", "jszip"],
  // Room for the largest upload an action takes: a document of a partner's report (at most 5 MB,
  // lib/validation/reporting.ts), or pasted measurements and a chosen file together (each at most 1 MB,
  // lib/domain/import-limits.ts). The browser checks both before sending: a larger body would never reach the action.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  async headers() {
    return [
      {
        source: "/(.*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          // For browsers older than the policy's frame-ancestors; pages get their policy from proxy.ts.
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // The API answers with data and files, never with a page to run: nothing in it may load or run anything.
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
