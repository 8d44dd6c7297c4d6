// One collection of the read API as a route handler: the key from the Authorization header, the query, the gate of
// the data layer, and the answer as JSON with its paging links, rate headers and errors a person can act on.
import "server-only";
import type { NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { readApiPage } from "@/db/queries/api-read";
import { type KeyRefusal, serveApiRead } from "@/db/queries/api-requests";
import { bearerToken } from "@/lib/domain/api-keys";
import type { RateDecision } from "@/lib/domain/api-rate";
import {
  type ApiResource,
  encodeCursor,
  type ListQuery,
  parseListQuery,
  type QueryProblem,
  RESOURCE_SUMMARY_NAMES,
} from "@/lib/domain/api-resources";
import { publicOrigin } from "@/lib/server/request-origin";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";

const NO_STORE = { "Cache-Control": "no-store" };
const REALM = 'Bearer realm="Impactkoers"';

/** The language of the error messages: English when the client prefers it, else Dutch. */
function translator(request: NextRequest) {
  const preferred = request.headers.get("accept-language")?.trim().toLowerCase() ?? "";
  const english = preferred.startsWith("en");
  return createTranslator({ locale: english ? "en" : "nl", messages: english ? en : nl, namespace: "api.errors" });
}

type Translate = ReturnType<typeof translator>;

function rateHeaders(rate: RateDecision): Record<string, string> {
  return { "X-RateLimit-Limit": String(rate.limit), "X-RateLimit-Remaining": String(rate.remaining) };
}

function errorBody(code: string, message: string, parameter?: string) {
  return { error: parameter ? { code, message, parameter } : { code, message } };
}

const REFUSAL_CODES: Record<KeyRefusal, "missing_key" | "invalid_key" | "revoked_key" | "expired_key"> = {
  missing: "missing_key",
  malformed: "invalid_key",
  unknown: "invalid_key",
  revoked: "revoked_key",
  expired: "expired_key",
};

function refused(reason: KeyRefusal, t: Translate): Response {
  const code = REFUSAL_CODES[reason];
  const challenge = reason === "missing" ? REALM : `${REALM}, error="invalid_token"`;
  return Response.json(errorBody(code, t(code)), {
    status: 401,
    headers: { ...NO_STORE, "WWW-Authenticate": challenge },
  });
}

function badRequest(problem: QueryProblem, rate: RateDecision, t: Translate): Response {
  return Response.json(errorBody(problem.code, t(problem.code, { parameter: problem.parameter }), problem.parameter), {
    status: 400,
    headers: { ...NO_STORE, ...rateHeaders(rate) },
  });
}

function limited(rate: RateDecision, t: Translate): Response {
  return Response.json(
    errorBody("rate_limited", t("rate_limited", { limit: rate.limit, seconds: rate.retryAfterSeconds })),
    {
      status: 429,
      headers: { ...NO_STORE, ...rateHeaders(rate), "Retry-After": String(rate.retryAfterSeconds) },
    },
  );
}

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());

function summary(keyName: string, query: ListQuery) {
  const since = query.since === null ? "" : `, gewijzigd sinds ${iso(query.since)}`;
  return `API-sleutel '${keyName}' las ${RESOURCE_SUMMARY_NAMES[query.resource]} (pagina ${query.page}${since})`;
}

/** The GET handler of one collection. */
export function collectionRoute(resource: ApiResource) {
  return function handleCollection(request: NextRequest): Response {
    const now = new Date();
    const t = translator(request);
    const parsed = parseListQuery(resource, request.nextUrl.searchParams, now.getTime());
    const outcome = serveApiRead({ token: bearerToken(request.headers.get("authorization")), now }, (scope) => {
      if (!parsed.ok) return { ok: false, problem: parsed.problem };
      const { query } = parsed;
      const page = readApiPage(scope.tx, scope.organisationId, query);
      return {
        ok: true,
        value: { query, page },
        audit: {
          summary: summary(scope.key.name, query),
          after: { resource, page: query.page, rows: page.records.length, changedSince: iso(query.since) },
        },
      };
    });
    switch (outcome.kind) {
      case "refused":
        return refused(outcome.reason, t);
      case "limited":
        return limited(outcome.rate, t);
      case "problem":
        return badRequest(outcome.problem, outcome.rate, t);
      case "ok": {
        const { query, page } = outcome.value;
        const cursor = page.hasMore && page.last ? encodeCursor(query, page.last) : null;
        const next = cursor ? `${publicOrigin(request.headers)}/api/v1/${resource}?cursor=${cursor}` : null;
        const body = {
          data: page.records,
          page: query.page,
          page_size: query.pageSize,
          has_more: page.hasMore,
          next,
          next_cursor: cursor,
          changed_since: iso(query.since),
          changed_until: iso(query.until),
        };
        const headers: Record<string, string> = { ...NO_STORE, ...rateHeaders(outcome.rate) };
        if (next) headers.Link = `<${next}>; rel="next"`;
        return Response.json(body, { headers });
      }
    }
  };
}
