// What a toolbar button or shortcut does to the text, loaded on first use (see markdown-toolbar.tsx): the edit
// itself, and putting its outcome in the textarea.
import type { TextSelection } from "@/lib/domain/markdown-format";

export { applyFormat } from "@/lib/domain/markdown-format";

/** Replaces the text the way typing would, so the browser's undo takes the change back in one step. */
export function replaceText(textarea: HTMLTextAreaElement, next: TextSelection) {
  textarea.focus();
  const old = textarea.value;
  let start = 0;
  while (start < old.length && start < next.value.length && old[start] === next.value[start]) start++;
  let tail = 0;
  while (
    tail < old.length - start &&
    tail < next.value.length - start &&
    old[old.length - 1 - tail] === next.value[next.value.length - 1 - tail]
  )
    tail++;
  textarea.setSelectionRange(start, old.length - tail);
  const inserted = next.value.slice(start, next.value.length - tail);
  // execCommand is the only way to edit a textarea that keeps the undo history; where it is gone, set the value.
  const done = inserted !== "" && document.execCommand("insertText", false, inserted);
  if (!done || textarea.value !== next.value) {
    textarea.value = next.value;
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }
  textarea.setSelectionRange(next.start, next.end);
}
