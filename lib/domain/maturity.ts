// The impact-maturity scan: twelve statements over six dimensions, each answered on a scale of 1 to 5, and the pure
// sums the pages show: a score per dimension, the change between two scans, the weakest dimension and the modules
// that help there, and how often participants came to a track's sessions. The words are in messages
// (training.scan); here only the structure.
import type { ModuleKey } from "./training";

export const MATURITY_DIMENSIONS = ["strategie", "verandertheorie", "meten", "leren", "bijsturen", "partners"] as const;
export type MaturityDimension = (typeof MATURITY_DIMENSIONS)[number];

/** Two statements per dimension; the key names the text in messages. */
export const MATURITY_STATEMENTS = [
  { key: "s01", dimension: "strategie" },
  { key: "s02", dimension: "strategie" },
  { key: "s03", dimension: "verandertheorie" },
  { key: "s04", dimension: "verandertheorie" },
  { key: "s05", dimension: "meten" },
  { key: "s06", dimension: "meten" },
  { key: "s07", dimension: "leren" },
  { key: "s08", dimension: "leren" },
  { key: "s09", dimension: "bijsturen" },
  { key: "s10", dimension: "bijsturen" },
  { key: "s11", dimension: "partners" },
  { key: "s12", dimension: "partners" },
] as const satisfies readonly { key: string; dimension: MaturityDimension }[];
export type StatementKey = (typeof MATURITY_STATEMENTS)[number]["key"];

export const SCALE = [1, 2, 3, 4, 5] as const;
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/** The answers of one scan: a level of 1 to 5 per statement. */
export type Answers = Partial<Record<StatementKey, number>>;
export type DimensionScores = Record<MaturityDimension, number | null>;

/** Which modules of the library strengthen each dimension, the most direct first. */
export const DIMENSION_MODULES: Record<MaturityDimension, readonly ModuleKey[]> = {
  strategie: ["cyclus", "verandertheorie"],
  verandertheorie: ["verandertheorie", "aannames"],
  meten: ["indicatoren", "aannames"],
  leren: ["leervragen", "cyclus"],
  bijsturen: ["bijsturen", "cyclus"],
  partners: ["verandertheorie", "leervragen"],
};

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

const isLevel = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX;

/** The average level per dimension, to one decimal; null for a dimension without a valid answer. */
export function dimensionScores(answers: Answers): DimensionScores {
  const scores = {} as DimensionScores;
  for (const dimension of MATURITY_DIMENSIONS) {
    const levels = MATURITY_STATEMENTS.filter((s) => s.dimension === dimension)
      .map((s) => answers[s.key])
      .filter(isLevel);
    scores[dimension] = levels.length
      ? oneDecimal(levels.reduce((sum, level) => sum + level, 0) / levels.length)
      : null;
  }
  return scores;
}

/** The average of the dimensions that have a score, to one decimal; null when none has. */
export function overallScore(scores: DimensionScores): number | null {
  const values = MATURITY_DIMENSIONS.map((d) => scores[d]).filter((v): v is number => v !== null);
  return values.length ? oneDecimal(values.reduce((sum, v) => sum + v, 0) / values.length) : null;
}

export type DimensionChange = {
  dimension: MaturityDimension;
  before: number | null;
  after: number | null;
  change: number | null;
};

/** Per dimension: the score before, after, and how much it rose (negative: fell); null where one is missing. */
export function scoreChange(before: DimensionScores, after: DimensionScores): DimensionChange[] {
  return MATURITY_DIMENSIONS.map((dimension) => {
    const b = before[dimension];
    const a = after[dimension];
    return { dimension, before: b, after: a, change: a !== null && b !== null ? oneDecimal(a - b) : null };
  });
}

/** The dimensions with the lowest score (all of them when they tie); none when nothing was scored or all is top. */
export function weakestDimensions(scores: DimensionScores): MaturityDimension[] {
  const scored = MATURITY_DIMENSIONS.filter((d) => scores[d] !== null);
  if (scored.length === 0) return [];
  const lowest = Math.min(...scored.map((d) => scores[d] as number));
  if (lowest >= SCALE_MAX) return [];
  return scored.filter((d) => scores[d] === lowest);
}

/** The modules that help most with the weakest dimensions, each once, in the order of those dimensions. */
export function suggestModules(scores: DimensionScores): ModuleKey[] {
  const modules: ModuleKey[] = [];
  for (const dimension of weakestDimensions(scores)) {
    for (const module of DIMENSION_MODULES[dimension]) if (!modules.includes(module)) modules.push(module);
  }
  return modules;
}

/** Whether every statement has a level of 1 to 5. */
export function isComplete(answers: Answers): boolean {
  return MATURITY_STATEMENTS.every((s) => isLevel(answers[s.key]));
}

export type Attendance = { present: number; recorded: number; rate: number | null };

/**
 * How often someone was there: of the sessions where attendance was recorded for them (true present, false absent;
 * null or missing: not recorded), the share present, as a whole percentage.
 */
export function attendanceRate(records: readonly (boolean | null | undefined)[]): Attendance {
  const recorded = records.filter((r): r is boolean => typeof r === "boolean");
  const present = recorded.filter(Boolean).length;
  return {
    present,
    recorded: recorded.length,
    rate: recorded.length ? Math.round((present / recorded.length) * 100) : null,
  };
}
