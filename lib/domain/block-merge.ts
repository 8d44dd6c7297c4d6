// Merging two versions of a Markdown text block by block, for the conflict view of shared pages: the texts are cut
// into blocks (paragraphs, headings, lists, code), the blocks are compared, and for every run of blocks that differs
// the person picks their own version, the other person's, or both. The result is Markdown again.
import { diffArrays } from "diff";
import { normaliseText } from "./page-diff";

/** The blocks of a text: split on blank lines, a heading always on its own, a fenced code block kept whole. */
export function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  const close = () => {
    if (current.length > 0) blocks.push(current.join("\n"));
    current = [];
  };
  const normalised = normaliseText(text);
  if (normalised === "") return [];
  for (const line of normalised.split("\n")) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      current.push(line);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (marker) {
      fence = marker;
      current.push(line);
      continue;
    }
    if (line.trim() === "") {
      close();
      continue;
    }
    if (/^\s{0,3}#{1,6}(\s|$)/.test(line)) {
      close();
      blocks.push(line);
      continue;
    }
    current.push(line);
  }
  close();
  return blocks;
}

export type MergePart = { kind: "same"; blocks: string[] } | { kind: "changed"; mine: string[]; theirs: string[] };
export type MergeChoice = "mine" | "theirs" | "both";

/** The two texts as runs of equal blocks and runs that differ, in the order of the texts. */
export function mergeParts(mine: string, theirs: string): MergePart[] {
  const changes = diffArrays(splitBlocks(mine), splitBlocks(theirs));
  const parts: MergePart[] = [];
  for (const change of changes) {
    if (!change.added && !change.removed) {
      parts.push({ kind: "same", blocks: change.value });
      continue;
    }
    let last = parts.at(-1);
    if (last?.kind !== "changed") {
      last = { kind: "changed", mine: [], theirs: [] };
      parts.push(last);
    }
    // "removed" is what only the first text (mine) has, "added" what only theirs has.
    if (change.removed) last.mine.push(...change.value);
    else last.theirs.push(...change.value);
  }
  return parts;
}

/** How many runs differ: the number of choices to make. */
export function changedCount(parts: MergePart[]): number {
  return parts.filter((part) => part.kind === "changed").length;
}

/** The merged Markdown: per differing run the chosen version ("mine" where no choice was made). */
export function mergeText(parts: MergePart[], choices: readonly MergeChoice[]): string {
  const blocks: string[] = [];
  let index = 0;
  for (const part of parts) {
    if (part.kind === "same") {
      blocks.push(...part.blocks);
      continue;
    }
    const choice = choices[index++] ?? "mine";
    if (choice === "mine" || choice === "both") blocks.push(...part.mine);
    if (choice === "theirs" || choice === "both") blocks.push(...part.theirs);
  }
  return blocks.join("\n\n");
}
