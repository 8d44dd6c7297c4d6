// The OpenAPI 3.1 description of the read API, served at /api/v1/openapi.json. A unit test validates it and holds it
// to the routes in this folder.

import { DEFAULT_RATE_LIMIT_PER_MINUTE } from "@/lib/domain/api-rate";
import { API_RESOURCES, type ApiResource, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/domain/api-resources";
import { RECORD_SCHEMAS } from "./openapi-schemas";

const TITLES: Record<ApiResource, string> = {
  programmes: "Programma's",
  indicators: "Indicatoren",
  measurements: "Metingen",
  assumptions: "Aannames",
  studies: "Onderzoeken",
  findings: "Bevindingen",
  "course-corrections": "Bijsturingen",
  lessons: "Geleerde lessen",
  deletions: "Verwijderde records",
};

const schemaName = (resource: ApiResource) =>
  resource
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });

const RATE_HEADERS = {
  "X-RateLimit-Limit": ref("headers", "RateLimitLimit"),
  "X-RateLimit-Remaining": ref("headers", "RateLimitRemaining"),
};

function listOperation(resource: ApiResource) {
  const name = schemaName(resource);
  return {
    get: {
      operationId: `list${name}`,
      summary: TITLES[resource],
      description: `Een pagina ${TITLES[resource].toLowerCase()} van de gemeente van de sleutel, geordend op modified_at en id.`,
      tags: ["Gegevens"],
      parameters: [ref("parameters", "PageSize"), ref("parameters", "ChangedSince"), ref("parameters", "Cursor")],
      responses: {
        "200": {
          description: "Een pagina. Als has_more waar is, haal dan `next` op voor de volgende.",
          headers: { ...RATE_HEADERS, Link: ref("headers", "Link") },
          content: { "application/json": { schema: ref("schemas", `${name}Page`) } },
        },
        "400": ref("responses", "BadRequest"),
        "401": ref("responses", "Unauthorized"),
        "429": ref("responses", "TooManyRequests"),
      },
    },
  };
}

function pageSchema(resource: ApiResource) {
  return {
    type: "object",
    required: ["data", "page", "page_size", "has_more", "next", "next_cursor", "changed_since", "changed_until"],
    properties: {
      data: { type: "array", items: ref("schemas", schemaName(resource)) },
      page: { type: "integer", minimum: 1, description: "Het nummer van deze pagina." },
      page_size: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE },
      has_more: { type: "boolean" },
      next: {
        type: ["string", "null"],
        format: "uri",
        description: "Adres van de volgende pagina; null op de laatste.",
      },
      next_cursor: {
        type: ["string", "null"],
        description: "De cursor van de volgende pagina, voor wie zelf het adres bouwt.",
      },
      changed_since: { type: ["string", "null"], format: "date-time" },
      changed_until: {
        type: "string",
        format: "date-time",
        description:
          "Alles tot en met dit moment zit in deze reeks pagina's. Geef het bij de volgende verversing mee als changed_since.",
      },
    },
  };
}

const errorResponse = (description: string, headers: Record<string, unknown> = {}) => ({
  description,
  headers,
  content: { "application/json": { schema: ref("schemas", "Error") } },
});

export function openApiDocument() {
  const paths: Record<string, unknown> = {};
  for (const resource of API_RESOURCES) paths[`/${resource}`] = listOperation(resource);
  paths["/openapi.json"] = {
    get: {
      operationId: "getOpenApiDocument",
      summary: "Deze beschrijving",
      tags: ["Beschrijving"],
      security: [],
      responses: {
        "200": {
          description: "De OpenAPI-beschrijving van de API.",
          content: { "application/json": { schema: { type: "object" } } },
        },
      },
    },
  };

  const schemas: Record<string, unknown> = {
    Error: {
      type: "object",
      required: ["error"],
      properties: {
        error: {
          type: "object",
          required: ["code", "message"],
          properties: {
            code: {
              type: "string",
              enum: [
                "missing_key",
                "invalid_key",
                "revoked_key",
                "expired_key",
                "rate_limited",
                "unknown_parameter",
                "invalid_page_size",
                "invalid_changed_since",
                "invalid_cursor",
              ],
            },
            message: { type: "string", description: "Uitleg voor mensen, in het Nederlands (of Engels)." },
            parameter: { type: "string", description: "De parameter die niet klopt." },
          },
        },
      },
    },
  };
  for (const resource of API_RESOURCES) {
    schemas[schemaName(resource)] = RECORD_SCHEMAS[resource];
    schemas[`${schemaName(resource)}Page`] = pageSchema(resource);
  }

  return {
    openapi: "3.1.0",
    info: {
      title: "Impactkoers lees-API",
      version: "1.0.0",
      description: [
        "Alleen lezen: de gegevens van één gemeente voor Power BI, Excel en andere BI-hulpmiddelen.",
        "Een beheerder maakt een API-sleutel onder Beheer → API-sleutels; stuur hem mee als `Authorization: Bearer <sleutel>`.",
        "Veldnamen zijn Engels in snake_case, momenten ISO 8601 in UTC, datums JJJJ-MM-DD. Keuzewaarden (status, soort) zijn de Nederlandse waarden van Impactkoers.",
        "Gearchiveerde records en ingetrokken metingen staan gewoon in de lijsten, gemarkeerd (archived, withdrawn). Records van een gearchiveerd programma of een gearchiveerde indicator zijn niet apart gemarkeerd: koppel via programme_id en indicator_id.",
        "Voor een verversing van alleen wat veranderde: geef changed_until van de vorige keer mee als changed_since. De grens telt mee, dus een record kan twee keer komen: werk bij op id. Wat als vergissing is verwijderd, staat in /deletions.",
        `Elke sleutel mag ${DEFAULT_RATE_LIMIT_PER_MINUTE} verzoeken per minuut doen (tenzij de installatie een andere grens instelt); daarboven volgt 429 met Retry-After.`,
      ].join("\n\n"),
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerAuth: [] }],
    tags: [
      { name: "Gegevens", description: "De lijsten van de gemeente." },
      { name: "Beschrijving", description: "Deze OpenAPI-beschrijving." },
    ],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "Een API-sleutel van de gemeente (begint met ik_), gemaakt door een beheerder.",
        },
      },
      parameters: {
        PageSize: {
          name: "page_size",
          in: "query",
          description: `Aantal records per pagina (standaard ${DEFAULT_PAGE_SIZE}).`,
          schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
        },
        ChangedSince: {
          name: "changed_since",
          in: "query",
          description: "Alleen records met modified_at op of na dit moment, met tijdzone: 2026-05-01T08:00:00Z.",
          schema: { type: "string", format: "date-time" },
        },
        Cursor: {
          name: "cursor",
          in: "query",
          description:
            "De cursor uit next_cursor. Hij bevat page_size en changed_since al; andere parameters tellen dan niet.",
          schema: { type: "string" },
        },
      },
      headers: {
        RateLimitLimit: { description: "Verzoeken per minuut voor deze sleutel.", schema: { type: "integer" } },
        RateLimitRemaining: { description: "Verzoeken die deze minuut nog mogen.", schema: { type: "integer" } },
        RetryAfter: { description: "Seconden tot de volgende minuut begint.", schema: { type: "integer" } },
        Link: { description: 'De volgende pagina: <adres>; rel="next".', schema: { type: "string" } },
        WWWAuthenticate: { description: 'Bearer realm="Impactkoers"', schema: { type: "string" } },
      },
      responses: {
        BadRequest: errorResponse("Een parameter klopt niet.", RATE_HEADERS),
        Unauthorized: errorResponse("Geen, een onbekende, ingetrokken of verlopen sleutel.", {
          "WWW-Authenticate": ref("headers", "WWWAuthenticate"),
        }),
        TooManyRequests: errorResponse("Te veel verzoeken deze minuut.", {
          "Retry-After": ref("headers", "RetryAfter"),
          ...RATE_HEADERS,
        }),
      },
      schemas,
    },
  };
}
