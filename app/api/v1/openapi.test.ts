// The OpenAPI document of the read API is valid OpenAPI 3.1, and describes exactly the routes of this folder.
import fs from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { API_RESOURCES } from "@/lib/domain/api-resources";
import { openApiDocument } from "./openapi";

const here = import.meta.dirname;

/** The paths this folder serves, "/programmes", from its route.ts files. */
function servedPaths(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") found.push(`/${path.relative(here, dir).split(path.sep).join("/")}`);
    }
  };
  walk(here);
  return found.sort();
}

describe("the OpenAPI document", () => {
  it("validates as OpenAPI 3.1 with every reference resolved", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(openApiDocument()));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it("is checked for real: a broken document does not validate", async () => {
    const broken = structuredClone(openApiDocument());
    broken.paths["/programmes"] = { get: { responses: "alles goed" } };
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("names every route of /api/v1, and no route that is not there", () => {
    const documented = Object.keys(openApiDocument().paths).sort();
    expect(documented).toEqual(servedPaths());
    expect(documented).toEqual([...API_RESOURCES.map((resource) => `/${resource}`), "/openapi.json"].sort());
  });

  it("serves each collection from the route of its own name, with a key; the description without one", () => {
    const document = openApiDocument();
    for (const resource of API_RESOURCES) {
      const source = fs.readFileSync(path.join(here, resource, "route.ts"), "utf8");
      expect(source).toContain(`collectionRoute("${resource}")`);
      const operation = (document.paths[`/${resource}`] as { get: { responses: Record<string, unknown> } }).get;
      expect(Object.keys(operation.responses).sort()).toEqual(["200", "400", "401", "429"]);
    }
    expect(document.security).toEqual([{ bearerAuth: [] }]);
    expect((document.paths["/openapi.json"] as { get: { security: unknown[] } }).get.security).toEqual([]);
  });
});
