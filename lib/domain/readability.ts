// A readability hint for plain language (B1): which sentences are long, which are passive, which words are policy
// jargon with a plainer word for each. It only advises; nothing is refused for it. Dutch rules, kept simple on
// purpose: a hint that is sometimes wrong is fine, a hint nobody understands is not.

/** More words than this in one sentence is hard to read at B1. */
export const MAX_SENTENCE_WORDS = 20;

/** Policy words and their plain alternatives. Lower case; a phrase matches as a whole. Kept short on purpose. */
export const JARGON: Readonly<Record<string, string>> = {
  implementeren: "invoeren, uitvoeren",
  implementatie: "invoering, uitvoering",
  faciliteren: "helpen, mogelijk maken",
  integraal: "samenhangend, samen",
  integrale: "samenhangende",
  borgen: "vastleggen, zorgen dat het blijft",
  borging: "vastleggen",
  middels: "met",
  "ten behoeve van": "voor",
  "in het kader van": "voor, bij",
  optimaliseren: "verbeteren",
  stakeholders: "betrokkenen",
  synergie: "samenwerking",
  interventie: "aanpak",
  interventies: "aanpakken",
  "c.q.": "of",
  "dan wel": "of",
  randvoorwaarden: "voorwaarden",
  realiseren: "bereiken, maken",
  prioriteren: "kiezen wat eerst komt",
};

const WORDEN = new Set(["wordt", "worden", "werd", "werden"]);
/** A past participle: ge- (perhaps after a separable prefix: opgepakt, ingezet) or be-/ver-/ont-/her-/er-. */
const PARTICIPLE = /^(?:(?:[a-z]{2,5})?ge[a-z]+|(?:be|ver|ont|her|er)[a-z]{2,})(?:d|t|en|aan)$/;

export type ReadabilityHint =
  | { kind: "longSentence"; words: number; excerpt: string }
  | { kind: "passive"; excerpt: string }
  | { kind: "jargon"; word: string; alternative: string };

/** The sentences of a text: ended by . ! ? followed by a space or the end, or by a line break. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

const words = (sentence: string) =>
  sentence
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);

/** The first words of a sentence, to say which one is meant. */
function excerpt(sentence: string, count = 8): string {
  const parts = sentence.split(/\s+/);
  return parts.length <= count ? sentence : `${parts.slice(0, count).join(" ")} …`;
}

export function isPassive(sentence: string): boolean {
  const list = words(sentence);
  return list.some((word) => WORDEN.has(word)) && list.some((word) => !WORDEN.has(word) && PARTICIPLE.test(word));
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The jargon words of the list in the text, each once, in the order of the list. */
export function jargonIn(text: string): { word: string; alternative: string }[] {
  const lower = text.toLowerCase();
  return Object.entries(JARGON)
    .filter(([word]) => new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, "u").test(lower))
    .map(([word, alternative]) => ({ word, alternative }));
}

/** Every hint for a text: long sentences, passive sentences, then jargon. Empty for a plainly written text. */
export function readabilityHints(text: string): ReadabilityHint[] {
  const hints: ReadabilityHint[] = [];
  const list = sentences(text);
  for (const sentence of list) {
    const count = words(sentence).length;
    if (count > MAX_SENTENCE_WORDS) hints.push({ kind: "longSentence", words: count, excerpt: excerpt(sentence) });
  }
  for (const sentence of list) {
    if (isPassive(sentence)) hints.push({ kind: "passive", excerpt: excerpt(sentence) });
  }
  for (const found of jargonIn(text)) hints.push({ kind: "jargon", ...found });
  return hints;
}
