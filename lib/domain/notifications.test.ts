import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import nl from "../../messages/nl.json";
import { NOTIFICATION_KINDS } from "./constants";
import { dailyRunKey, hourlyRunKey, notificationSentence, retryDelayMs, subjectLine } from "./notifications";

const PARAMS = {
  actor: "Sanne de Vries",
  programme: "Samen minder eenzaam",
  description: "Buurthuis bellen",
  title: "Minder flyers",
  indicator: "Deelnemers",
  dueOn: "2026-10-01",
  status: "afgewezen",
  version: 3,
  partner: "Stichting Buurtkracht",
  startsOn: "2026-09-01",
  endsOn: "2026-09-30",
  reason: "Dubbel geteld",
};

describe("notification texts", () => {
  it("reads every kind in both languages, with its dates in the reader's words", () => {
    for (const [messages, day] of [
      [nl, "1 oktober 2026"],
      [en, "1 October 2026"],
    ] as const) {
      const t = createTranslator({
        locale: messages === nl ? "nl" : "en",
        messages,
        namespace: "notifications",
        onError: (error) => {
          throw error;
        },
      });
      const format = (value: string) => (value === "2026-10-01" ? day : "?");
      for (const kind of NOTIFICATION_KINDS) {
        const text = notificationSentence(t as never, kind, PARAMS, format);
        expect(text, kind).not.toMatch(/[{}]|2026-10-01|undefined/);
        if (kind.endsWith("_overdue")) expect(text).toContain(day);
      }
    }
  });

  it("says which decision was taken", () => {
    const t = createTranslator({ locale: "nl", messages: nl, namespace: "notifications" });
    const say = (status: string) =>
      notificationSentence(t as never, "correction_decided", { ...PARAMS, status }, (d) => d);
    expect(say("besloten")).toBe("Sanne de Vries besloot tot de bijsturing ‘Minder flyers’ bij Samen minder eenzaam.");
    expect(say("afgewezen")).toContain("wees de bijsturing ‘Minder flyers’ bij Samen minder eenzaam af");
    expect(say("doorgevoerd")).toContain("doorgevoerd");
  });
});

describe("the notifications of a partner's report", () => {
  it("name the period as people do, in the reader's language, or by its days", () => {
    const sentence = (locale: "nl" | "en", startsOn: string, endsOn: string) => {
      const t = createTranslator({ locale, messages: locale === "nl" ? nl : en, namespace: "notifications" });
      return notificationSentence(t as never, "report_due", { ...PARAMS, startsOn, endsOn }, (d) => `[${d}]`, locale);
    };
    expect(sentence("nl", "2026-09-01", "2026-09-30")).toBe(
      "De rapportage over september 2026 bij Samen minder eenzaam moet uiterlijk [2026-10-01] zijn ingediend.",
    );
    expect(sentence("en", "2026-07-01", "2026-09-30")).toBe(
      "The report on Q3 2026 for Samen minder eenzaam is due on [2026-10-01].",
    );
    expect(sentence("nl", "2026-09-10", "2026-10-20")).toContain("over [2026-09-10] – [2026-10-20] bij");
  });
});

describe("the pause before another attempt", () => {
  it("doubles after each failure, up to the maximum", () => {
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(attempts, 60, 500))).toEqual([60, 120, 240, 480, 500]);
    expect(retryDelayMs(80, 60, 500)).toBe(500);
  });
});

describe("runs of scheduled jobs", () => {
  it("count hours and days on the clock in Amsterdam, also in summer time", () => {
    expect(hourlyRunKey(new Date("2026-12-02T13:59:59Z"))).toBe("2026-12-02T14");
    expect(hourlyRunKey(new Date("2026-07-01T22:30:00Z"))).toBe("2026-07-02T00");
    expect(dailyRunKey(new Date("2026-12-02T05:59:00Z"), 7)).toBeNull();
    expect(dailyRunKey(new Date("2026-12-02T06:00:00Z"), 7)).toBe("2026-12-02");
    expect(dailyRunKey(new Date("2026-12-02T23:30:00Z"), 0)).toBe("2026-12-03");
  });
});

describe("subject lines", () => {
  it("keep a short sentence whole and cut a long one at a word", () => {
    expect(subjectLine("Kort  en\nklaar.")).toBe("Kort en klaar.");
    const long = subjectLine("woord ".repeat(40), 30);
    expect(long.length).toBeLessThanOrEqual(30);
    expect(long).toMatch(/^(woord )*woord…$/);
  });
});
