// What the browser downloads: code that runs in the browser ("use client" components and instrumentation-client.ts)
// must not reach, through its imports:
// - zod, about 30 kB compressed: the forms check on the server, and a field name or a limit a form shares with its
//   schema lives in lib/validation/field-names/ (one file per area);
// - the access kernel (lib/domain/permissions.ts), about 5 kB compressed with its table of rules: the server decides
//   what a viewer may do and passes the outcome (a menu item, a button) to the component.
// Server actions that a form imports are not followed: the browser only gets a reference to call them.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const SOURCE_DIRS = ["app", "components", "lib"];
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/**
 * The modules a file imports at run time: `import type` and `export type` lines are left out, they vanish. Modules
 * loaded on first use (`import("./x")`) count: they too run in the browser, only later.
 */
function runtimeImports(source: string): string[] {
  const found: string[] = [];
  const pattern = /^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm;
  for (const match of source.matchAll(pattern)) {
    const statement = match[0];
    // `import { type A, type B } from "x"` imports nothing at run time either.
    const names = statement.match(/^\s*(?:import|export)\s+\{([^}]*)\}/)?.[1];
    const all = (names ?? "")
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean);
    if (all.length > 0 && all.every((name) => name.startsWith("type "))) continue;
    const [, specifier] = match;
    if (specifier) found.push(specifier);
  }
  // `typeof import("x")` in a type is matched as well: it only makes the check stricter.
  for (const [, specifier] of source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
    if (specifier) found.push(specifier);
  }
  return found;
}

function resolveLocal(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.join(path.dirname(from), specifier);
  else return null;
  for (const extension of ["", ...EXTENSIONS]) {
    const candidate = base + extension;
    const full = path.join(root, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  return null;
}

const isZod = (specifier: string) =>
  specifier === "zod" || specifier.startsWith("zod/v4/classic") || specifier === "zod/v4";
const KERNEL = "lib/domain/permissions.ts";

/**
 * The chain of imports from `start` to an import that `hit` picks out (by its specifier, or by the file it resolves
 * to when it is one of ours), or null when there is none.
 */
function pathTo(start: string, hit: (specifier: string, local: string | null) => boolean): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, trail: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    const source = fs.readFileSync(path.join(root, file), "utf8");
    // A server action file reaches the browser only as a reference to call; its imports stay on the server.
    if (trail.length > 0 && /^\s*["']use server["']/.test(source)) return null;
    for (const specifier of runtimeImports(source)) {
      const local = resolveLocal(file, specifier);
      if (hit(specifier, local)) return [...trail, file, local ?? specifier];
      if (!local) continue;
      const found = walk(local, [...trail, file]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, []);
}

/** The chain of imports from `start` to a module that imports zod or the access kernel, or null when there is none. */
const pathToServerOnly = (start: string) => pathTo(start, (specifier, local) => isZod(specifier) || local === KERNEL);

const browserFiles = [
  "instrumentation-client.ts",
  ...SOURCE_DIRS.flatMap(sourceFiles).filter((file) =>
    /^\s*["']use client["']/.test(fs.readFileSync(path.join(root, file), "utf8")),
  ),
];

describe("the code that runs in the browser", () => {
  it("has client components to check", () => {
    expect(browserFiles.length).toBeGreaterThan(50);
  });

  it.each(browserFiles)("%s reaches neither zod nor the access kernel", (file) => {
    expect(pathToServerOnly(file)).toBeNull();
  });
});

// The root layout gives every page the texts of CLIENT_NAMESPACES.app, which leave out those of editing (version
// conflicts, drafts, the text editor): they would weigh on every page. A page that edits sits under a layout of its
// own with them (or gives them itself).
const EDITING_TEXTS = [
  "components/ui/draft-form.tsx",
  "components/ui/draft-offer.tsx",
  "components/ui/version-conflict.tsx",
  "components/ui/version-conflict-table.tsx",
  "components/ui/markdown-toolbar.tsx",
];
const APP = path.join("app", "(app)");
const givesTexts = (file: string) =>
  fs.existsSync(path.join(root, file)) && fs.readFileSync(path.join(root, file), "utf8").includes("<ClientMessages");

/** The pages and layouts that only have the texts the root layout gives (app/layout.tsx). */
const withAppTextsOnly = sourceFiles("app").filter((file) => {
  if (!/\/(page|layout)\.tsx$/.test(file) || file === path.join("app", "layout.tsx") || givesTexts(file)) return false;
  for (let dir = path.dirname(file); dir !== "app" && dir.startsWith("app"); dir = path.dirname(dir)) {
    if (givesTexts(path.join(dir, "layout.tsx"))) return false;
  }
  return true;
});

describe("the texts of editing", () => {
  it("has pages with only the app's texts to check, the dashboard among them", () => {
    expect(withAppTextsOnly).toContain(path.join(APP, "dashboard", "page.tsx"));
    expect(withAppTextsOnly).not.toContain(path.join(APP, "pages", "[pageId]", "edit", "page.tsx"));
  });

  it.each(withAppTextsOnly)("%s shows no form that needs them", (file) => {
    expect(pathTo(file, (_specifier, local) => local !== null && EDITING_TEXTS.includes(local))).toBeNull();
  });
});

describe("runtimeImports", () => {
  it("keeps value imports and leaves out type-only ones", () => {
    const source = [
      'import { z } from "zod";',
      'import type { Foo } from "./foo";',
      'import { type Bar, type Baz } from "./bar";',
      'import { type Qux, quux } from "./qux";',
      'import "./side-effect.css";',
      'export { a } from "./a";',
      'export type { B } from "./b";',
      'const Lazy = lazy(() => import("./later"));',
    ].join("\n");
    expect(runtimeImports(source)).toEqual(["zod", "./qux", "./side-effect.css", "./a", "./later"]);
  });
});
