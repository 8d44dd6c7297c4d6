// Lines of text with links, dates and emphasis, as plain data: the server writes the words once, in the viewer's
// language, and RichLine turns them into the same markup in the HTML and in the browser. What many lines share is sent
// once: the fixed words of the messages (phrases) and the written form of each date (days).
import { Fragment } from "react";
import Link from "@/components/ui/link";

/**
 * A part of a line: text; a number from 0, for phrases[number]; a number below 0, for the calendar day days[-1 - number]
 * (its "2026-11-27" and its written form); or
 * - ["a", path, text, bold]: a link to a page of the programme (path after `/programmes/<id>/`), in bold when bold is 1;
 * - ["q", path, text]: a link around a quotation (an assumption's statement);
 * - ["b", text]: emphasis.
 * Emphasis is a <b>, whose weight the list sets once, instead of a class on every one.
 */
export type RichPart =
  | string
  | number
  | ["a", path: string, text: string, bold: 0 | 1]
  | ["q", path: string, text: string]
  | ["b", text: string];

/** What the lines of one list share. */
export type Words = { phrases: string[]; days: [iso: string, text: string][] };

type Shown = string | Exclude<RichPart, string | number> | ["t", iso: string, text: string];

export function RichLine({ parts, base, words }: { parts: RichPart[]; base: string; words: Words }) {
  // Neighbouring texts become one text: separate ones would each be marked apart in the HTML.
  const shown: Shown[] = [];
  for (const part of parts) {
    const day = typeof part === "number" && part < 0 ? words.days[-1 - part] : undefined;
    const text: Shown = day ? ["t", ...day] : typeof part === "number" ? (words.phrases[part] ?? "") : part;
    const last = shown.length - 1;
    if (typeof text === "string" && typeof shown[last] === "string") shown[last] += text;
    else shown.push(text);
  }
  return shown.map((part, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one line keep their order.
    <Fragment key={index}>{typeof part === "string" ? part : <Part part={part} base={base} />}</Fragment>
  ));
}

function Part({ part, base }: { part: Exclude<Shown, string>; base: string }) {
  switch (part[0]) {
    case "a":
      return <Link href={`${base}/${part[1]}`}>{part[3] ? <b>{part[2]}</b> : part[2]}</Link>;
    case "q":
      return (
        <Link href={`${base}/${part[1]}`}>
          <q>{part[2]}</q>
        </Link>
      );
    case "t":
      return <time dateTime={part[1]}>{part[2]}</time>;
    case "b":
      return <b>{part[1]}</b>;
  }
}
