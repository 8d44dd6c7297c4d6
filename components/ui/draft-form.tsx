"use client";
// Nothing typed in a long form is lost: while the person types, the form's fields are kept as a draft in the browser
// (see lib/domain/drafts.ts for the key). After a reload, a failed save or leaving the page, the form offers the draft
// back; a successful save clears it. Leaving with unsaved changes asks first. One hook and one banner, used by every
// long form: `const draft = useFormDraft({...})`, `useActionState(draft.wrap(action), …)`, `<form {...draft.form}>`
// and `<DraftBanner draft={draft} />` at the top of the form.
import { useTranslations } from "next-intl";
import { type FormEvent, lazy, type RefObject, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { type DraftValues, draftKey, parseDraft, type StoredDraft, sameValues } from "@/lib/domain/drafts";

const SAVE_AFTER_MS = 600;
const SKIPPED_TYPES = new Set(["hidden", "password", "submit", "button", "reset", "file", "image"]);

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The fields a draft keeps: everything a person types or picks, not the hidden version or a password. */
export function controls(form: HTMLFormElement): Control[] {
  return [...form.elements].filter(
    (element): element is Control =>
      (element instanceof HTMLInputElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLSelectElement) &&
      element.name !== "" &&
      !element.disabled &&
      !SKIPPED_TYPES.has(element.type) &&
      !element.closest("[data-draft-skip]"),
  );
}

function readValues(form: HTMLFormElement): DraftValues {
  const values: DraftValues = {};
  for (const control of controls(form)) {
    if (control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio")) {
      const list = values[control.name];
      const chosen = Array.isArray(list) ? list : [];
      values[control.name] = control.checked ? [...chosen, control.value] : chosen;
    } else {
      values[control.name] = control.value;
    }
  }
  return values;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage turned off in the browser: the form works as before, without drafts.
    return null;
  }
}

function isRedirect(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "digest" in error &&
    typeof error.digest === "string" &&
    error.digest.startsWith("NEXT_REDIRECT")
  );
}

/** A link that leaves this page within the app, followed the ordinary way (not a new tab, not a download). */
function leavingLink(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute("download")) return false;
  if (anchor.target && anchor.target !== "_self") return false;
  const to = new URL(anchor.href, window.location.href);
  const here = new URL(window.location.href);
  return !(to.pathname === here.pathname && to.search === here.search && to.hash !== "");
}

export type FormDraft = ReturnType<typeof useFormDraft>;

export function useFormDraft({
  form: formName,
  record,
  version,
}: {
  /** Which form this is, the same for everyone: "page-edit", "lesson-edit". */
  form: string;
  /** The record's id, or what a new record belongs to ("new", "session-12"). */
  record: string | number;
  /** The version the form was loaded with (0 for a new record). */
  version: string | number;
}) {
  const t = useTranslations("forms.draft");
  const key = draftKey(formName, record, version);
  const formRef = useRef<HTMLFormElement>(null);
  const baseline = useRef<DraftValues>({});
  const dirty = useRef(false);
  const saving = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // After a successful save that stays on the page, React empties the form: that is the new starting point.
  const rebaseOnReset = useRef(false);
  const [offer, setOffer] = useState<StoredDraft | null>(null);
  const offerOpen = useRef(false);
  offerOpen.current = offer !== null;

  const store = useCallback(() => {
    clearTimeout(timer.current);
    const form = formRef.current;
    // While a draft is on offer, typing does not overwrite it: the person has not chosen yet.
    if (!form || offerOpen.current) return;
    const values = readValues(form);
    dirty.current = !sameValues(values, baseline.current);
    const place = storage();
    if (!place) return;
    try {
      if (dirty.current) place.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), values }));
      else place.removeItem(key);
    } catch {
      // Storage full: the form itself still holds the text.
    }
  }, [key]);

  const clear = useCallback(() => {
    clearTimeout(timer.current);
    storage()?.removeItem(key);
    dirty.current = false;
    rebaseOnReset.current = true;
    if (formRef.current) baseline.current = readValues(formRef.current);
  }, [key]);

  // What the form starts with, and a draft that says something else.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    baseline.current = readValues(form);
    dirty.current = false;
    const stored = parseDraft(storage()?.getItem(key) ?? null);
    if (stored && !sameValues(stored.values, baseline.current)) setOffer(stored);
    else if (stored) storage()?.removeItem(key);
    return () => clearTimeout(timer.current);
  }, [key]);

  // Leaving with unsaved changes asks first: the browser's own question for a reload or another site, a confirm for
  // a link within the app.
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty.current || saving.current) return;
      store();
      event.preventDefault();
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      if (!dirty.current || saving.current || !leavingLink(event)) return;
      store();
      if (window.confirm(t("leave"))) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [store, t]);

  const onChange = useCallback(() => {
    const form = formRef.current;
    if (form) dirty.current = !sameValues(readValues(form), baseline.current);
    clearTimeout(timer.current);
    timer.current = setTimeout(store, SAVE_AFTER_MS);
  }, [store]);

  return {
    /** Spread on the <form>. */
    form: {
      ref: formRef as RefObject<HTMLFormElement>,
      onInput: onChange,
      onChange,
      onReset: (event: FormEvent<HTMLFormElement>) => {
        if (!rebaseOnReset.current) return;
        rebaseOnReset.current = false;
        const form = event.currentTarget;
        // The reset event comes before the fields are reset.
        setTimeout(() => {
          baseline.current = readValues(form);
        });
      },
      onSubmit: (_event: FormEvent<HTMLFormElement>) => {
        // The latest text is kept before the save goes out: a save that fails leaves it to come back to.
        store();
        saving.current = true;
      },
    },
    /**
     * The form's action, clearing the draft once the save went through: a returned success, or the redirect a
     * successful save ends in. A refusal keeps it.
     */
    wrap<S extends { status: string }>(action: (state: S, formData: FormData) => Promise<S>) {
      return async (state: S, formData: FormData): Promise<S> => {
        try {
          const next = await action(state, formData);
          saving.current = false;
          if (next.status === "success") clear();
          return next;
        } catch (error) {
          saving.current = false;
          if (isRedirect(error)) clear();
          throw error;
        }
      };
    },
    offer,
    /** Puts the draft in the form; `write` comes with the offer, which loads when there is a draft to offer. */
    restore(write: (form: HTMLFormElement, values: DraftValues) => Control | null) {
      const form = formRef.current;
      if (!form || !offer) return;
      const first = write(form, offer.values);
      setOffer(null);
      offerOpen.current = false;
      dirty.current = !sameValues(readValues(form), baseline.current);
      (first ?? controls(form)[0])?.focus();
    },
    discard() {
      storage()?.removeItem(key);
      setOffer(null);
      offerOpen.current = false;
      const form = formRef.current;
      if (form) controls(form)[0]?.focus();
      onChange();
    },
  };
}

// The offer itself (its words, date and buttons, and putting the draft back) loads only when there is a draft.
const DraftOffer = lazy(() => import("./draft-offer").then((module) => ({ default: module.DraftOffer })));

/** The offer of a draft that was not saved: "Terugzetten" puts it in the form, "Weggooien" drops it. */
export function DraftBanner({ draft }: { draft: FormDraft }) {
  return (
    <div role="status" className="empty:hidden">
      {draft.offer ? (
        <Suspense fallback={null}>
          <DraftOffer draft={draft} />
        </Suspense>
      ) : null}
    </div>
  );
}
