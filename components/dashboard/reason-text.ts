// The reasons of the dashboard in words: each item as a line of plain data (RichPart, see rich-line.tsx) with its
// numbers, dates and a link to its page, written once on the server in the viewer's language. The fixed words of the
// messages ("Laatste meting: … op …") and the written dates are kept apart (Words) and sent once for all lines.
import { getFormatter, getTranslations } from "next-intl/server";
import { readingDigits } from "@/lib/domain/course-line";
import type {
  AssumptionReason,
  DecidedCorrection,
  IndicatorReason,
  OverdueActionReason,
  OverdueMeasurementReason,
  WaitingReason,
} from "@/lib/domain/dashboard-reasons";
import { dayIn } from "@/lib/domain/time";
import type { RichPart, Words } from "./rich-line";

/** Stand for the date and the text values while a message is formatted; never part of a translation. */
const DATE = "\u0000";
const VALUE = 1;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters on purpose, as no translation has one.
const STAND_INS = /([\u0000-\u0008])/;

/** Writers for each kind of reason, in the viewer's language; `words` holds what their lines share. */
export async function reasonText() {
  const [t, criticality, format] = await Promise.all([
    getTranslations("dashboard.attention"),
    getTranslations("programmes.criticality"),
    getFormatter(),
  ]);
  const words: Words = { phrases: [], days: [] };
  const dayIndex = new Map<string, number>();
  const phraseIndex = new Map<string, number>();
  const phrase = (text: string): number => {
    let index = phraseIndex.get(text);
    if (index === undefined) {
      index = words.phrases.push(text) - 1;
      phraseIndex.set(text, index);
    }
    return index;
  };

  const amount = (value: number, unit: string, computed = false) =>
    t("amount", {
      value: format.number(value, computed ? { maximumFractionDigits: readingDigits(value) } : {}),
      unit,
    });
  /** A calendar day stored as "2026-11-27"; noon UTC is that day in Amsterdam whatever the season. */
  const day = (value: string): RichPart => {
    let index = dayIndex.get(value);
    if (index === undefined) {
      index = words.days.push([value, format.dateTime(new Date(`${value}T12:00:00Z`), "date")]) - 1;
      dayIndex.set(value, index);
    }
    return -1 - index;
  };
  /** A moment, as the day it was in Amsterdam: what the text shows. */
  const moment = (value: Date): RichPart => day(dayIn(value));

  /**
   * A message as parts: its fixed words as phrases, its text values as they are, its <date></date> as `date`. Numbers
   * are formatted into the message (a plural depends on them), so their words are phrases of their own.
   */
  const message = (
    key: Parameters<typeof t.markup>[0],
    values: Record<string, string | number> = {},
    date?: RichPart,
  ): RichPart[] => {
    const texts: string[] = [];
    const standIns: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === "number") standIns[name] = value;
      else standIns[name] = String.fromCharCode(VALUE + texts.push(value) - 1);
    }
    const formatted = t.markup(key, { ...standIns, date: () => DATE });
    return formatted
      .split(STAND_INS)
      .filter((piece) => piece !== "")
      .map((piece): RichPart => {
        if (piece === DATE) return date ?? "";
        if (piece.length === 1 && piece < String.fromCharCode(9)) return texts[piece.charCodeAt(0) - VALUE] ?? "";
        return phrase(piece);
      });
  };
  /** The parts with neighbouring fixed words as one phrase: fewer, shorter references. */
  const joined = (parts: RichPart[]): RichPart[] => {
    const out: RichPart[] = [];
    let run: string | null = null;
    for (const part of parts) {
      if (typeof part === "number" && part >= 0) {
        run = (run ?? "") + (words.phrases[part] ?? "");
        continue;
      }
      if (part === "") continue;
      if (run !== null) out.push(phrase(run));
      run = null;
      out.push(part);
    }
    if (run !== null) out.push(phrase(run));
    return out;
  };
  const space = phrase(" ");

  const writers = {
    indicator: (item: IndicatorReason): RichPart[] => {
      const { line, unit } = item;
      const parts: RichPart[] = [
        ["a", `indicators/${item.id}`, item.name, 1],
        phrase(". "),
        ...message("latest", { value: amount(item.latest.value, unit) }, day(item.latest.measuredOn)),
        space,
      ];
      if (item.targetValue !== null) {
        parts.push(
          ...(item.targetDate
            ? message("target", { value: amount(item.targetValue, unit) }, day(item.targetDate))
            : message("targetNoDate", { value: amount(item.targetValue, unit) })),
        );
      }
      parts.push(space);
      if (!line) return [...parts, ...message("noLine")];
      parts.push(
        ...message(line.targetDue ? "expectedTargetDue" : "expected", { value: amount(line.expected, unit, true) }),
        space,
        [
          "b",
          line.side === "op"
            ? t("onLine")
            : t(line.side === "onder" ? "below" : "above", { distance: amount(line.distance, unit, true) }),
        ],
      );
      return item.direction === "lager" ? [...parts, space, ...message("lowerIsBetter")] : parts;
    },
    assumption: (item: AssumptionReason): RichPart[] => {
      const parts: RichPart[] = [["q", `assumptions/${item.id}`, item.statement], space];
      const level = criticality(item.criticality).toLowerCase();
      if (item.status === "ongetoetst") {
        return [...parts, ...message("untestedSince", {}, item.since ? moment(item.since) : "")];
      }
      return [
        ...parts,
        ...(item.since
          ? message("refutedOn", { criticality: level }, moment(item.since))
          : message("refutedNoDate", { criticality: level })),
      ];
    },
    measurement: (item: OverdueMeasurementReason): RichPart[] => [
      ["a", `indicators/${item.id}`, item.name, 1],
      phrase(". "),
      ...message("measurementDue", {}, day(item.dueOn)),
    ],
    action: (item: OverdueActionReason): RichPart[] => [
      ["b", item.description],
      phrase(". "),
      ...message("actionDue", { days: item.daysLate }, day(item.dueDate)),
      ...(item.ownerName ? [space, ...message("actionOwner", { name: item.ownerName })] : []),
    ],
    waiting: (item: WaitingReason): RichPart[] => [
      ["a", `corrections/${item.id}`, item.title, 1],
      phrase(". "),
      ...message("waitingSince", { days: item.daysWaiting }, moment(item.proposedAt)),
    ],
    decided: (item: DecidedCorrection): RichPart[] => [
      ["a", `corrections/${item.id}`, item.title, 0],
      phrase(": "),
      ...message("decidedOn", {}, moment(item.decidedAt)),
      ...(item.carriedOutAt ? [space, ...message("carriedOutOn", {}, moment(item.carriedOutAt))] : []),
    ],
  };
  const line =
    <T>(write: (item: T) => RichPart[]) =>
    (item: T) =>
      joined(write(item));
  return {
    words,
    indicator: line(writers.indicator),
    assumption: line(writers.assumption),
    measurement: line(writers.measurement),
    action: line(writers.action),
    waiting: line(writers.waiting),
    decided: line(writers.decided),
  };
}
