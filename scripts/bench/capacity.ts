// `npm run bench:capacity`: how many simulated users one server carries. Every user signs in once with an account of
// its own (generate.ts makes them: management, programme managers, partners) and then acts about every 10 seconds
// (with jitter): about 80 % page views across the main pages as its role sees them, 15 % writes through the app's
// own server actions (a measurement, an edit of a page, a lesson, the notes of a reflection session; each passing the
// server's own validation, with the version the form was loaded with), 5 % exports and reports (CSV, Excel, PDF).
// The number of users goes up step by step until the p95 latency passes 500 ms or a request fails; the largest
// number that held is the capacity. Results in data/bench/capacity.json.
//
// BENCH_PORT (default 3200), CAPACITY_STEPS (default 50,100,200,300,500,750,1000), CAPACITY_STEP_SECONDS (default
// 60), CAPACITY_INTERVAL_SECONDS (default 10). `--keep-dataset` reuses data/bench/bench.db (npm run bench does).
// The server runs as `npm start` would, with its default number of worker processes (WEB_CONCURRENCY to override).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import {
  type Answer,
  dataDir,
  dbFile,
  generateDataset,
  httpRequest,
  keptConnections,
  quantile,
  root,
  type Server,
  serverCpuMs,
  signIn,
  startServer,
  step,
} from "./lib";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const STEPS = (process.env.CAPACITY_STEPS ?? "50,100,200,300,500,750,1000").split(",").map(Number);
const STEP_SECONDS = Number(process.env.CAPACITY_STEP_SECONDS ?? 60);
const INTERVAL_MS = Number(process.env.CAPACITY_INTERVAL_SECONDS ?? 10) * 1000;
const P95_LIMIT_MS = 500;
/** The server's worker processes, as scripts/start.mjs counts them. */
const WORKERS = Number(process.env.WEB_CONCURRENCY) || os.availableParallelism();
export const CAPACITY_TARGET = { users: 500, moonshot: 1000 };

type Role = "management" | "programmamanager" | "partner";
type Programme = { id: number; indicator: number; session: number };
type User = {
  email: string;
  role: Role;
  organisationId: number;
  programmes: Programme[];
  /** A shared page of the gemeente that only this user edits, so that two users never edit the same page at once. */
  pageId: number;
  cookie?: string;
  /** The user's own connections, as each browser has its own: the cluster spreads connections over its workers. */
  connections: ReturnType<typeof keptConnections>;
};

const maxUsers = Math.max(...STEPS);
if (!process.argv.includes("--keep-dataset") || !fs.existsSync(dbFile)) {
  step("Dataset");
  generateDataset(["--users", String(Math.max(100, Math.ceil(maxUsers / 10)))]);
}

const MIXED = [0, 3, 8, 4, 1, 5, 9, 6, 2, 7];

/** The accounts of generate.ts, gemeente after gemeente per number, so that every step spreads over all gemeenten. */
function readUsers(): User[] {
  const sqlite = new Database(dbFile, { readonly: true });
  const programmesOf = new Map<number, Programme[]>();
  const rows = sqlite
    .prepare(
      `select p.id, p.organisation_id as organisationId,
         (select id from indicators i where i.programme_id = p.id order by id limit 1 offset 2) as indicator,
         (select id from reflection_sessions r where r.programme_id = p.id order by id limit 1) as session
       from programmes p order by p.id`,
    )
    .all() as { id: number; organisationId: number; indicator: number; session: number }[];
  for (const row of rows) {
    const list = programmesOf.get(row.organisationId) ?? [];
    list.push({ id: row.id, indicator: row.indicator, session: row.session });
    programmesOf.set(row.organisationId, list);
  }
  const byId = new Map(rows.map((r) => [r.id, { id: r.id, indicator: r.indicator, session: r.session }]));
  const pagesOf = new Map<number, number[]>();
  for (const page of sqlite
    .prepare("select id, organisation_id as organisationId from pages where programme_id is null order by id")
    .all() as { id: number; organisationId: number }[]) {
    const list = pagesOf.get(page.organisationId) ?? [];
    list.push(page.id);
    pagesOf.set(page.organisationId, list);
  }
  const accounts = sqlite
    .prepare(
      `select u.id, u.email, m.role, m.organisation_id as organisationId from users u
       join memberships m on m.user_id = u.id where u.email like 'user%@bench%.bench'`,
    )
    .all() as { id: number; email: string; role: Role; organisationId: number }[];
  const teamOf = sqlite.prepare("select programme_id as id from programme_members where user_id = ? order by id");
  const users = accounts.map((a) => {
    const [, number = "0", gemeente = "0"] = /^user(\d+)@bench(\d+)\.bench$/.exec(a.email) ?? [];
    const all = programmesOf.get(a.organisationId) ?? [];
    const team = (teamOf.all(a.id) as { id: number }[]).flatMap((p) => byId.get(p.id) ?? []);
    const n = Number(number);
    // In blocks of ten numbers (generate.ts: 0–2 management, 3–7 programme managers, 8–9 partners), mixed so that
    // even the first step has every role.
    const inBlock = MIXED.indexOf((n - 1) % 10);
    return {
      sort: (Math.floor((n - 1) / 10) * 10 + inBlock) * 1000 + Number(gemeente),
      email: a.email,
      role: a.role,
      organisationId: a.organisationId,
      programmes: a.role === "programmamanager" ? team : all,
      pageId: pagesOf.get(a.organisationId)?.[n - 1] ?? 0,
      connections: keptConnections(),
    };
  });
  sqlite.close();
  return users.sort((a, b) => a.sort - b.sort).map(({ sort: _, ...user }) => user);
}

/** The ids of the server actions, from the build's manifest: what the app's own forms post to. */
function actionIds() {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const find = (file: string, name: string) => {
    const id = Object.entries(manifest.node).find(([, a]) => a.exportedName === name && a.filename === file)?.[0];
    if (!id) throw new Error(`Server action ${name} (${file}) is not in the build.`);
    return id;
  };
  return {
    addMeasurement: find("app/(app)/programmes/[programmeId]/indicators/actions.ts", "addMeasurementAction"),
    updatePage: find("app/(app)/pages/actions.ts", "updatePageAction"),
    createLesson: find("app/(app)/lessons/actions.ts", "createLessonAction"),
    saveReflection: find("app/(app)/programmes/[programmeId]/reflections/actions.ts", "saveReflectionPromptsAction"),
  };
}

const WRITES = ["measurement", "page", "lesson", "reflection"] as const;

const exportsOf = (p: Programme) => [
  `/api/programmes/${p.id}/export/indicators`,
  `/api/programmes/${p.id}/export/assumptions.xlsx`,
  `/api/programmes/${p.id}/export/lessons`,
  `/api/programmes/${p.id}/export/corrections.xlsx`,
  `/api/programmes/${p.id}/report.pdf`,
];

type Sample = { kind: "view" | "write" | "export"; what: string; ms: number; ok: boolean; conflict?: boolean };

const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)] as T;

/**
 * Days for new measurements: going back from yesterday, each day once per indicator, never a day the indicator already
 * has a measurement on (generate.ts's, or an earlier run's on a kept dataset).
 */
const usedDays = new Map<number, Set<string>>();
function readUsedDays() {
  const sqlite = new Database(dbFile, { readonly: true });
  for (const row of sqlite
    .prepare("select indicator_id as indicator, measured_on as day from measurements where withdrawn_at is null")
    .iterate() as Iterable<{ indicator: number; day: string }>) {
    const days = usedDays.get(row.indicator) ?? new Set<string>();
    days.add(row.day);
    usedDays.set(row.indicator, days);
  }
  sqlite.close();
}
function freeDay(indicator: number) {
  const days = usedDays.get(indicator) ?? new Set<string>();
  usedDays.set(indicator, days);
  for (let offset = 1; ; offset++) {
    const day = new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);
    if (days.has(day)) continue;
    days.add(day);
    return day;
  }
}

function simulation(server: Server, actions: ReturnType<typeof actionIds>) {
  const base = server.base;
  const samples: Sample[] = [];

  async function request(
    kind: Sample["kind"],
    what: string,
    url: string,
    user: User,
    init: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
  ) {
    const started = performance.now();
    let ok = false;
    let answer: Answer | undefined;
    try {
      answer = await httpRequest(`${base}${url}`, {
        ...init,
        headers: { cookie: user.cookie ?? "", ...init.headers },
        agent: user.connections,
      });
      ok = answer.status === 200 || (answer.status === 303 && init.method === "POST");
    } catch {
      ok = false;
    }
    const sample: Sample = { kind, what, ms: performance.now() - started, ok };
    samples.push(sample);
    return { body: () => answer?.text() ?? "", sample };
  }

  /** Posts a form to a server action, as the browser does: the bound arguments, the previous state, the form. */
  async function act(what: string, pageUrl: string, user: User, id: string, bound: number[], form: object) {
    // React's encoding of the arguments: a FormData argument's fields under the prefix "_<part>_" (here part 1),
    // then the arguments themselves as part 0, last, as the server reads the fields it refers to before it.
    const data = new FormData();
    for (const [key, value] of Object.entries(form)) data.set(`_1_${key}`, String(value));
    data.set("0", JSON.stringify([...bound, null, "$K1"]));
    const encoded = new Response(data);
    const answer = await request("write", what, pageUrl, user, {
      method: "POST",
      headers: {
        "next-action": id,
        accept: "text/x-component",
        origin: base,
        "content-type": encoded.headers.get("content-type") ?? "",
      },
      body: Buffer.from(await encoded.arrayBuffer()),
    });
    const { sample } = answer;
    const body = sample.ok ? answer.body() : "";
    // A refused save comes back as a form state with status "error"; a stale version as a conflict.
    if (sample.ok && body.includes('"status":"error"')) {
      sample.ok = false;
      sample.conflict = body.includes('"conflict"');
      if (sample.conflict) sample.ok = true;
      else if (!process.env.CAPACITY_QUIET) console.error(`  refused ${what}: ${body.slice(0, 600)}`);
    }
  }

  const views: Record<Role, (u: User, p: Programme) => string[]> = {
    management: (_u, p) => [
      "/dashboard",
      "/",
      "/programmes",
      `/programmes/${p.id}`,
      `/programmes/${p.id}/assumptions`,
      `/programmes/${p.id}/indicators/${p.indicator}`,
      "/lessons",
      "/pages",
    ],
    programmamanager: (u, p) => [
      "/",
      "/my-work",
      `/programmes/${p.id}`,
      `/programmes/${p.id}/assumptions`,
      `/programmes/${p.id}/indicators/${p.indicator}`,
      `/programmes/${p.id}/theory`,
      "/lessons",
      `/pages/${u.pageId}`,
      "/reporting",
    ],
    partner: () => ["/", "/reporting"],
  };

  async function write(user: User, p: Programme, n: number, only?: (typeof WRITES)[number]) {
    const kinds: (typeof WRITES)[number][] =
      user.role === "programmamanager"
        ? ["measurement", "measurement", "page", "lesson", "reflection"]
        : ["page", "lesson"];
    const kind = only ?? pick(kinds);
    if (kind === "measurement") {
      const url = `/programmes/${p.id}/indicators/${p.indicator}`;
      await act("measurement", url, user, actions.addMeasurement, [p.id, p.indicator], {
        measuredOn: freeDay(p.indicator),
        value: 100 + Math.round(Math.random() * 80),
        note: "Telling van deze week",
      });
    } else if (kind === "page") {
      // Open the edit form, then save with the version it was loaded with.
      const url = `/pages/${user.pageId}/edit`;
      const { body } = await request("view", "page edit form", url, user);
      const version = /name="baseVersion" value="(\d+)"/.exec(body())?.[1] ?? "1";
      await act("page edit", url, user, actions.updatePage, [user.pageId], {
        title: `Pagina ${user.pageId}`,
        body: `## Werkafspraak\n\nBijgewerkt in ronde ${n}: wat we samen hebben afgesproken over de metingen.`,
        baseVersion: version,
      });
    } else if (kind === "lesson") {
      await act("lesson", "/lessons/new", user, actions.createLesson, [], {
        title: `Les uit de praktijk ${n}`,
        body: "Vroeg beginnen met werven helpt: in de zomer komen minder aanmeldingen.",
        context: "",
        tags: "werving, bereik",
        programmeId: user.role === "programmamanager" ? p.id : "",
        sessionId: "",
        findingId: "",
      });
    } else {
      const url = `/programmes/${p.id}/reflections/${p.session}`;
      const { body } = await request("view", "reflection session", url, user);
      const version = /name="version" value="(\d*)"/.exec(body())?.[1] ?? "";
      await act("reflection notes", url, user, actions.saveReflection, [p.id, p.session], {
        planned: "Terugkijken op het kwartaal.",
        happened: `Ronde ${n}: de huisbezoeken liepen goed, de werving bleef achter.`,
        learned: "Vroeg beginnen helpt.",
        change: "Werving een maand eerder starten.",
        version,
      });
    }
  }

  async function exportOrReport(user: User, p: Programme) {
    const url = pick(exportsOf(p));
    await request("export", url.replace(/\d+/, ":id"), url, user);
  }

  let counter = 0;
  /** One action of one user. Partners only view: their writing is the reporting flow, not simulated here. */
  async function actOnce(user: User) {
    const p = pick(user.programmes);
    const r = Math.random();
    counter += 1;
    // 80/15/5 over all users, with the partners (a fifth of them) only viewing.
    if (user.role === "partner" || r < 0.75) {
      const url = pick(views[user.role](user, p));
      await request("view", url.replace(/\/\d+/g, "/:id"), url, user);
    } else if (r < 0.9375) await write(user, p, counter);
    else await exportOrReport(user, p);
  }

  /**
   * Every page, write and export once per worker process, not counted: the first request of a route in a process is
   * not its cost. The requests of each go out together, on connections of their own, which the cluster hands to its
   * workers in turn, so that every worker gets each of them.
   */
  async function warmUp(list: User[]) {
    const times = 2 * WORKERS;
    const together = (work: () => Promise<unknown>) => Promise.all(Array.from({ length: times }, work));
    for (const role of ["management", "programmamanager", "partner"] as const) {
      const user = list.find((u) => u.role === role && u.cookie);
      const p = user?.programmes[0];
      if (!user || !p) continue;
      for (const url of views[role](user, p)) await together(() => request("view", url, url, user));
    }
    const manager = list.find((u) => u.role === "programmamanager" && u.cookie && u.programmes.length > 0);
    const p = manager?.programmes[0];
    if (!manager || !p) return;
    for (const kind of WRITES) await together(() => write(manager, p, 0, kind));
    for (const url of exportsOf(p)) await together(() => request("export", url, url, manager));
  }

  return { samples, actOnce, warmUp };
}

function summarise(samples: Sample[]) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const of = (kind: Sample["kind"]) => samples.filter((s) => s.kind === kind);
  const p95Of = (list: Sample[]) =>
    quantile(
      list.map((s) => s.ms).sort((a, b) => a - b),
      0.95,
    );
  return {
    requests: samples.length,
    p50: quantile(ms, 0.5),
    p95: quantile(ms, 0.95),
    max: ms[ms.length - 1] ?? 0,
    errors: samples.filter((s) => !s.ok).length,
    conflicts: samples.filter((s) => s.conflict).length,
    views: of("view").length,
    writes: of("write").length,
    exports: of("export").length,
    p95Views: p95Of(of("view")),
    p95Writes: p95Of(of("write")),
    p95Exports: p95Of(of("export")),
    failed: [...new Set(samples.filter((s) => !s.ok).map((s) => s.what))],
    /** Per page, write or export: how often, and its p50 and p95 (ms), slowest p95 first. */
    byWhat: [...new Set(samples.map((s) => s.what))]
      .map((what) => [what, samples.filter((s) => s.what === what)] as const)
      .map(([what, list]) => {
        const sorted = list.map((s) => s.ms).sort((a, b) => a - b);
        return { what, count: list.length, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
      })
      .sort((a, b) => b.p95 - a.p95),
  };
}

const users = readUsers();
readUsedDays();
if (users.length < maxUsers) throw new Error(`The dataset has ${users.length} users; the steps ask ${maxUsers}.`);
const actions = actionIds();

step("Production server, as npm start runs it");
const server = await startServer(PORT);
const results: { users: number; seconds: number; [key: string]: unknown }[] = [];
let held = 0;
try {
  const { samples, actOnce, warmUp } = simulation(server, actions);
  for (const count of STEPS) {
    const signingIn = users.slice(0, count).filter((u) => !u.cookie);
    step(`${count} users: signing in ${signingIn.length}, then ${STEP_SECONDS} s of use`);
    for (let i = 0; i < signingIn.length; i += 2) {
      await Promise.all(
        signingIn.slice(i, i + 2).map(async (u) => {
          u.cookie = await signIn(server.base, u.email);
        }),
      );
    }
    if (count === STEPS[0]) await warmUp(users.slice(0, count));
    samples.length = 0;
    const cpuBefore = { server: serverCpuMs(server), own: process.cpuUsage(), at: performance.now() };
    const until = performance.now() + STEP_SECONDS * 1000;
    await Promise.all(
      users.slice(0, count).map(async (user) => {
        // Users start spread over the first interval, then act every 10 seconds, give or take half of it.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * INTERVAL_MS));
        while (performance.now() < until) {
          const started = performance.now();
          await actOnce(user);
          const next = started + INTERVAL_MS * (0.5 + Math.random());
          if (next >= until) break;
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
        }
      }),
    );
    const elapsed = performance.now() - cpuBefore.at;
    const own = process.cpuUsage(cpuBefore.own);
    // Cores kept busy: by the server's processes (workers, and a PDF's browser), and by this script itself.
    const cores = {
      serverCores: (serverCpuMs(server) - cpuBefore.server) / elapsed,
      loadCores: (own.user + own.system) / 1000 / elapsed,
    };
    const summary = { ...summarise(samples), ...cores };
    const ok = summary.p95 <= P95_LIMIT_MS && summary.errors === 0;
    results.push({ users: count, seconds: STEP_SECONDS, ...summary, held: ok });
    console.log(
      `  ${summary.requests} requests (${summary.views} views, ${summary.writes} writes, ${summary.exports} exports): p50 ${summary.p50.toFixed(0)} ms, p95 ${summary.p95.toFixed(0)} ms (views ${summary.p95Views.toFixed(0)}, writes ${summary.p95Writes.toFixed(0)}, exports ${summary.p95Exports.toFixed(0)}), ${summary.errors} errors${summary.failed.length ? ` (${summary.failed.join(", ")})` : ""}, ${summary.conflicts} version conflicts; cores busy: server ${summary.serverCores.toFixed(2)}, this script ${summary.loadCores.toFixed(2)}  ${ok ? "held" : "NOT HELD"}`,
    );
    for (const w of summary.byWhat.slice(0, 6))
      console.log(
        `    ${w.what.padEnd(44)} ${String(w.count).padStart(5)}×  p50 ${w.p50.toFixed(0).padStart(5)}  p95 ${w.p95.toFixed(0).padStart(5)} ms`,
      );
    if (!ok) break;
    held = count;
  }
} finally {
  await server.stop();
}

const databaseBytes = ["", "-wal"].reduce(
  (sum, suffix) => sum + (fs.existsSync(`${dbFile}${suffix}`) ? fs.statSync(`${dbFile}${suffix}`).size : 0),
  0,
);
console.log("\nusers   requests   p50 ms   p95 ms   errors");
for (const r of results) {
  const s = r as unknown as ReturnType<typeof summarise> & { users: number; held: boolean };
  console.log(
    `${String(s.users).padStart(5)}${String(s.requests).padStart(11)}${s.p50.toFixed(0).padStart(9)}${s.p95.toFixed(0).padStart(9)}${String(s.errors).padStart(9)}  ${s.held ? "held" : "not held"}`,
  );
}
const ok = held >= CAPACITY_TARGET.users;
console.log(
  `\nCapacity: ${held} users held (p95 ≤ ${P95_LIMIT_MS} ms, no errors) on ${os.availableParallelism()} cores, database ${(databaseBytes / 1024 / 1024).toFixed(0)} MB.`,
);
console.log(
  `  ${ok ? (held >= CAPACITY_TARGET.moonshot ? "ok, moonshot" : "ok") : "MISSED"}  at least ${CAPACITY_TARGET.users} users with 0 errors (moonshot ${CAPACITY_TARGET.moonshot})`,
);
fs.writeFileSync(
  path.join(dataDir, "capacity.json"),
  `${JSON.stringify(
    {
      at: new Date().toISOString(),
      cores: os.availableParallelism(),
      stepSeconds: STEP_SECONDS,
      intervalSeconds: INTERVAL_MS / 1000,
      databaseBytes,
      held,
      target: CAPACITY_TARGET,
      steps: results,
    },
    null,
    2,
  )}\n`,
);
process.exit(ok ? 0 : 1);
