"use client";
// Formatting a Markdown text without knowing Markdown: buttons (and Ctrl/Cmd+B, I, K) that put the syntax in for
// the person. The text stays Markdown, so history, differences and conflicts work on it as before. One toolbar
// with roving focus (arrow keys move between the buttons, Tab leaves), and after a button the focus is back in the
// text with the new words selected.
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useRef, useState } from "react";
import type { FormatKind } from "@/lib/domain/markdown-format";

let formatting: Promise<typeof import("./markdown-edit")> | undefined;

/**
 * The edits themselves load on first use, not with every form that has a Markdown text: most visits press no button.
 * Focusing the text or the toolbar (or pointing at a button) starts loading them, so they are there by the first press.
 */
function loadFormatting() {
  formatting ??= import("./markdown-edit").catch((error: unknown) => {
    formatting = undefined; // A later press tries again.
    throw error;
  });
  return formatting;
}

const BUTTONS: { kind: FormatKind; keys?: { shown: string; aria: string; key: string } }[] = [
  { kind: "heading" },
  { kind: "bold", keys: { shown: "Ctrl+B", aria: "Control+B Meta+B", key: "b" } },
  { kind: "italic", keys: { shown: "Ctrl+I", aria: "Control+I Meta+I", key: "i" } },
  { kind: "bulletList" },
  { kind: "numberedList" },
  { kind: "link", keys: { shown: "Ctrl+K", aria: "Control+K Meta+K", key: "k" } },
  { kind: "table" },
];

export function useMarkdownFormatting(textareaId: string) {
  const t = useTranslations("forms.editor");
  const words = {
    bold: t("words.bold"),
    italic: t("words.italic"),
    heading: t("words.heading"),
    linkText: t("words.linkText"),
    listItem: t("words.listItem"),
    columns: [t("words.column1"), t("words.column2")] as [string, string],
  };
  const apply = (kind: FormatKind) => {
    loadFormatting().then(
      ({ applyFormat, replaceText }) => {
        const textarea = document.getElementById(textareaId);
        if (!(textarea instanceof HTMLTextAreaElement)) return;
        const next = applyFormat(
          kind,
          { value: textarea.value, start: textarea.selectionStart, end: textarea.selectionEnd },
          words,
        );
        replaceText(textarea, next);
      },
      () => {}, // Not loaded (the connection dropped): the text stays as it was, and the next press tries again.
    );
  };
  /** Ctrl/Cmd+B, I and K in the text. */
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const button = BUTTONS.find((b) => b.keys?.key === event.key.toLowerCase());
    if (!button) return;
    event.preventDefault();
    apply(button.kind);
  };
  return { apply, onKeyDown, preload: () => void loadFormatting().catch(() => {}) };
}

export function MarkdownToolbar({
  textareaId,
  apply,
  preload,
}: {
  textareaId: string;
  apply: (kind: FormatKind) => void;
  preload: () => void;
}) {
  const t = useTranslations("forms.editor");
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const move = (event: KeyboardEvent<HTMLButtonElement>) => {
    const last = BUTTONS.length - 1;
    const next =
      event.key === "ArrowRight"
        ? active === last
          ? 0
          : active + 1
        : event.key === "ArrowLeft"
          ? active === 0
            ? last
            : active - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    refs.current[next]?.focus();
  };

  return (
    <div
      role="toolbar"
      aria-label={t("toolbar")}
      aria-controls={textareaId}
      className="flex max-w-3xl flex-wrap gap-1 rounded-ik border-2 border-line bg-surface p-1"
    >
      {BUTTONS.map(({ kind, keys }, index) => (
        <button
          key={kind}
          ref={(element) => {
            refs.current[index] = element;
          }}
          type="button"
          tabIndex={index === active ? 0 : -1}
          title={keys ? t("withShortcut", { label: t(kind), keys: keys.shown }) : t(kind)}
          aria-keyshortcuts={keys?.aria}
          onFocus={() => {
            setActive(index);
            preload();
          }}
          onPointerEnter={preload}
          onKeyDown={move}
          // The text keeps its selection while the button is pressed with a mouse.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => apply(kind)}
          className={`min-h-11 rounded-ik px-3 py-1 text-sm text-ink hover:bg-page ${
            kind === "bold" ? "font-bold" : kind === "italic" ? "italic" : "font-semibold"
          }`}
        >
          {t(kind)}
        </button>
      ))}
    </div>
  );
}
