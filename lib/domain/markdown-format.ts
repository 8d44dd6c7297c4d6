// The formatting toolbar's edits: each takes the text with its selection and returns the new text with the selection
// to put back, so the person keeps typing where they were. Plain functions over strings, so they are tested without a
// browser; the stored format stays Markdown.

export type TextSelection = { value: string; start: number; end: number };

/** Placeholder words for an empty selection, in the person's language. */
export type FormatWords = { bold: string; italic: string; heading: string; linkText: string; listItem: string };

export type FormatKind = "heading" | "bold" | "italic" | "bulletList" | "numberedList" | "link" | "table";

function wrap(selection: TextSelection, marker: string, placeholder: string): TextSelection {
  const { value, start, end } = selection;
  const before = value.slice(0, start);
  const after = value.slice(end);
  // Already wrapped (the markers sit just outside the selection): take them away again.
  if (before.endsWith(marker) && after.startsWith(marker)) {
    return {
      value: before.slice(0, -marker.length) + value.slice(start, end) + after.slice(marker.length),
      start: start - marker.length,
      end: end - marker.length,
    };
  }
  const selected = value.slice(start, end);
  // Spaces at the edges of a selection stay outside the markers: "** vet**" is no bold in Markdown.
  const lead = selected.length - selected.trimStart().length;
  const trail = selected.length - selected.trimEnd().length;
  const inner = selected.trim() || placeholder;
  const text = `${selected.slice(0, lead)}${marker}${inner}${marker}${selected.slice(selected.length - trail)}`;
  const innerStart = start + lead + marker.length;
  return { value: before + text + after, start: innerStart, end: innerStart + inner.length };
}

/** The start of the line that holds `index`, and the end of the line that holds `endIndex`. */
function lineRange(value: string, start: number, end: number) {
  const from = value.lastIndexOf("\n", start - 1) + 1;
  // A selection that ends right after a line break does not take in the next line.
  const last = end > start && value[end - 1] === "\n" ? end - 1 : end;
  const next = value.indexOf("\n", last);
  return { from, to: next === -1 ? value.length : next };
}

function prefixLines(
  selection: TextSelection,
  prefix: (index: number) => string,
  has: RegExp,
  placeholder: string,
): TextSelection {
  const { value, start, end } = selection;
  const { from, to } = lineRange(value, start, end);
  const lines = value.slice(from, to).split("\n");
  const all = lines.every((line) => has.test(line));
  let next: string[];
  if (all) {
    next = lines.map((line) => line.replace(has, ""));
  } else {
    let count = 0;
    next = lines.map((line) => {
      const bare = line.replace(has, "");
      if (lines.length > 1 && bare.trim() === "") return line;
      const result = `${prefix(count)}${bare || (lines.length === 1 ? placeholder : "")}`;
      count++;
      return result;
    });
  }
  const text = next.join("\n");
  const result = value.slice(0, from) + text + value.slice(to);
  if (lines.length === 1) {
    // One line: select the words of it, so typing replaces a placeholder straight away.
    const body = all ? text : text.replace(/^(#{1,6} |- |\d+\. )/, "");
    const bodyStart = from + text.length - body.length;
    return { value: result, start: bodyStart, end: bodyStart + body.length };
  }
  return { value: result, start: from, end: from + text.length };
}

function link(selection: TextSelection, words: FormatWords): TextSelection {
  const { value, start, end } = selection;
  const selected = value.slice(start, end).trim();
  if (/^https?:\/\/\S+$/.test(selected)) {
    const text = `[${words.linkText}](${selected})`;
    const result = value.slice(0, start) + text + value.slice(end);
    return { value: result, start: start + 1, end: start + 1 + words.linkText.length };
  }
  const label = selected || words.linkText;
  const url = "https://";
  const text = `[${label}](${url})`;
  const urlStart = start + label.length + 3;
  return { value: value.slice(0, start) + text + value.slice(end), start: urlStart, end: urlStart + url.length };
}

/** A small table with two columns; the first header is selected so it can be typed over. */
function table(selection: TextSelection, columns: [string, string]): TextSelection {
  const { value, end } = selection;
  const lineEnd = value.indexOf("\n", end);
  const at = lineEnd === -1 ? value.length : lineEnd;
  const before = value.slice(0, at);
  // A table needs a blank line before it (unless it starts the text) to be read as one.
  const gap = before === "" ? "" : before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const block = `| ${columns[0]} | ${columns[1]} |\n| --- | --- |\n|  |  |\n`;
  const after = value.slice(at).replace(/^\n/, "");
  const result = `${before}${gap}${block}${after ? `\n${after}` : ""}`;
  const headStart = before.length + gap.length + 2;
  return { value: result, start: headStart, end: headStart + columns[0].length };
}

export function applyFormat(
  kind: FormatKind,
  selection: TextSelection,
  words: FormatWords & { columns: [string, string] },
): TextSelection {
  switch (kind) {
    case "bold":
      return wrap(selection, "**", words.bold);
    case "italic":
      return wrap(selection, "_", words.italic);
    case "heading":
      return prefixLines(selection, () => "## ", /^#{1,6} /, words.heading);
    case "bulletList":
      return prefixLines(selection, () => "- ", /^[-*+] /, words.listItem);
    case "numberedList":
      return prefixLines(selection, (index) => `${index + 1}. `, /^\d+\. /, words.listItem);
    case "link":
      return link(selection, words);
    case "table":
      return table(selection, words.columns);
  }
}
