import { describe, expect, it } from "vitest";
import { applyFormat, type FormatKind, type TextSelection } from "./markdown-format";

const WORDS = {
  bold: "vette tekst",
  italic: "schuine tekst",
  heading: "Kop",
  linkText: "linktekst",
  listItem: "punt",
  columns: ["Kolom 1", "Kolom 2"] as [string, string],
};

/** "Een [woord] hier": brackets mark the selection, so the cases read as what a person sees. */
function at(marked: string): TextSelection {
  const start = marked.indexOf("[");
  const end = marked.indexOf("]") - 1;
  return { value: marked.replace("[", "").replace("]", ""), start, end };
}

function show({ value, start, end }: TextSelection): string {
  return `${value.slice(0, start)}[${value.slice(start, end)}]${value.slice(end)}`;
}

const format = (kind: FormatKind, marked: string) => show(applyFormat(kind, at(marked), WORDS));

describe("applyFormat", () => {
  it("makes the selection bold and selects the words inside the markers", () => {
    expect(format("bold", "Een [woord] hier")).toBe("Een **[woord]** hier");
  });

  it("leaves spaces at the edges of the selection outside the markers", () => {
    expect(format("bold", "Een[ woord ]hier")).toBe("Een **[woord]** hier");
  });

  it("puts a selected placeholder in when nothing is selected, so typing replaces it", () => {
    expect(format("bold", "Een [] hier")).toBe("Een **[vette tekst]** hier");
    expect(format("italic", "[]")).toBe("_[schuine tekst]_");
  });

  it("takes bold away again when the selection is already bold", () => {
    expect(format("bold", "Een **[woord]** hier")).toBe("Een [woord] hier");
    expect(format("italic", "Een _[woord]_ hier")).toBe("Een [woord] hier");
  });

  it("turns the current line into a heading and back", () => {
    expect(format("heading", "Eerste\nAfspr[]aken\nDerde")).toBe("Eerste\n## [Afspraken]\nDerde");
    expect(format("heading", "## Afspr[]aken")).toBe("[Afspraken]");
    expect(format("heading", "[]")).toBe("## [Kop]");
  });

  it("makes every selected line a list item, skipping blank lines, and numbers a numbered list", () => {
    expect(format("bulletList", "[een\ntwee]")).toBe("[- een\n- twee]");
    expect(format("numberedList", "[een\n\ntwee\ndrie]")).toBe("[1. een\n\n2. twee\n3. drie]");
    expect(format("bulletList", "[- een\n- twee]")).toBe("[een\ntwee]");
    expect(format("numberedList", "[]")).toBe("1. [punt]");
  });

  it("does not take in the next line when the selection ends on a line break", () => {
    expect(format("bulletList", "[een\n]twee")).toBe("- [een]\ntwee");
  });

  it("makes a link of the selected words and selects the address to type", () => {
    expect(format("link", "Zie [de site] nu")).toBe("Zie [de site]([https://]) nu");
    expect(format("link", "[]")).toBe("[linktekst]([https://])");
  });

  it("makes a selected address the target of a link and selects its text", () => {
    expect(format("link", "[https://www.voorbeeld.nl]")).toBe("[[linktekst]](https://www.voorbeeld.nl)");
  });

  it("puts a table after the current line, with a blank line before it", () => {
    expect(format("table", "Tekst[]\nVerder")).toBe(
      "Tekst\n\n| [Kolom 1] | Kolom 2 |\n| --- | --- |\n|  |  |\n\nVerder",
    );
    expect(format("table", "[]")).toBe("| [Kolom 1] | Kolom 2 |\n| --- | --- |\n|  |  |\n");
  });
});
