import { describe, expect, it } from "vitest";
import { isPassive, JARGON, jargonIn, MAX_SENTENCE_WORDS, readabilityHints, sentences } from "./readability";

describe("sentences", () => {
  it("splits on full stops, question marks and line breaks, and skips what has no words", () => {
    expect(sentences("Ouderen doen mee. Wie helpt? Buurtteams!\nNieuwe regel\n\n- ")).toEqual([
      "Ouderen doen mee.",
      "Wie helpt?",
      "Buurtteams!",
      "Nieuwe regel",
    ]);
  });
});

describe("long sentences", () => {
  it("warns about a sentence of more than the maximum number of words, and not at the maximum", () => {
    const atMax = `${Array.from({ length: MAX_SENTENCE_WORDS }, () => "woord").join(" ")}.`;
    const tooLong = `${Array.from({ length: MAX_SENTENCE_WORDS + 1 }, () => "woord").join(" ")}.`;
    expect(readabilityHints(atMax)).toEqual([]);
    expect(readabilityHints(tooLong)).toEqual([
      {
        kind: "longSentence",
        words: MAX_SENTENCE_WORDS + 1,
        excerpt: "woord woord woord woord woord woord woord woord …",
      },
    ]);
  });
});

describe("passive voice", () => {
  it.each([
    "De aanpak wordt door de gemeente uitgevoerd.",
    "Eenzaamheid werd vaak niet gezien.",
    "De buurtteams worden versterkt.",
    "Het plan wordt opgepakt door partners.",
    "Er werden afspraken gemaakt.",
  ])("finds the passive in %s", (sentence) => {
    expect(isPassive(sentence)).toBe(true);
  });

  it.each([
    "Wij voeren de aanpak samen uit.",
    "Ouderen worden ouder en wonen langer thuis.",
    "Buurtcoaches bezoeken ouderen thuis.",
    "Het buurthuis is open.",
  ])("leaves the active sentence %s alone", (sentence) => {
    expect(isPassive(sentence)).toBe(false);
  });
});

describe("jargon", () => {
  it("names each word of the list once, with its plain alternative", () => {
    expect(jargonIn("Wij gaan middels een integrale aanpak implementeren. Middels overleg.")).toEqual([
      { word: "implementeren", alternative: JARGON.implementeren },
      { word: "integrale", alternative: JARGON.integrale },
      { word: "middels", alternative: JARGON.middels },
    ]);
  });

  it("matches phrases as a whole and not inside other words", () => {
    expect(jargonIn("Ten behoeve van ouderen.").map((j) => j.word)).toEqual(["ten behoeve van"]);
    expect(jargonIn("De integraliteit en de realisering.")).toEqual([]);
  });
});

describe("readabilityHints", () => {
  it("gives nothing for plain language", () => {
    expect(
      readabilityHints("Over drie jaar voelen minder ouderen in Noord zich eenzaam. Buurtcoaches zoeken hen op."),
    ).toEqual([]);
  });

  it("lists long sentences, then passive ones, then jargon", () => {
    const text =
      "Middels een integrale benadering wordt de samenwerking tussen alle betrokken partijen in de wijk en daarbuiten verder versterkt en uitgebreid voor iedereen. Dit wordt gedaan.";
    expect(readabilityHints(text).map((hint) => hint.kind)).toEqual([
      "longSentence",
      "passive",
      "passive",
      "jargon",
      "jargon",
    ]);
  });
});
