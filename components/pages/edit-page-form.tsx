"use client";
import { useFormatter, useTranslations } from "next-intl";
import { lazy, Suspense, useActionState, useState } from "react";
import { type PageEditState, updatePageAction } from "@/app/(app)/pages/actions";
import { buttonClass } from "@/components/ui/button";
import { DraftBanner, useFormDraft } from "@/components/ui/draft-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import Link from "@/components/ui/link";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PageConflict } from "@/db/queries/page-changes";
import { firstValue, initialFormState } from "@/lib/validation/form";
import { MarkdownField } from "./markdown-field";

// The merge and the difference (with the diff library) only show after a save was refused because someone else saved
// in between: they load then, not with every edit form.
const BlockMerge = lazy(() => import("./block-merge").then((module) => ({ default: module.BlockMerge })));
const DiffView = lazy(() => import("./diff-view").then((module) => ({ default: module.DiffView })));

const INPUT = "w-full rounded-ik border-2 border-input bg-surface px-3 py-2 text-ink";

/**
 * Edits a page. The form says which version it was based on; when someone else saved in between, the action
 * saves nothing and this form turns into the conflict view: the user's own text (still editable) beside the text
 * saved now, with the difference. A save from there is based on the version the user has now seen.
 */
export function EditPageForm({ page }: { page: { id: number; title: string; body: string; version: number } }) {
  const t = useTranslations("pages");
  const format = useFormatter();
  const draft = useFormDraft({ form: "page-edit", record: page.id, version: page.version });
  const [state, action] = useActionState<PageEditState, FormData>(
    draft.wrap(updatePageAction.bind(null, page.id)),
    initialFormState,
  );
  // A failed check after a conflict (an emptied title) must not hide the conflict: remember the latest one.
  const [conflict, setConflict] = useState<PageConflict | null>(null);
  const latest = state.result?.conflict;
  if (latest && latest !== conflict) setConflict(latest);
  const shown = latest ?? conflict;

  const labels = { title: t("form.title"), body: t("form.body"), baseVersion: t("history.version") };
  const mineTitle = firstValue(state.values, "title") ?? page.title;
  const mineBody = firstValue(state.values, "body") ?? page.body;
  // Uncontrolled like every form here: after the action React resets the form to these (submitted) values.
  const fields = (
    <>
      <TextField name="title" label={t("form.title")} autoComplete="off" defaultValue={page.title} state={state} />
      <MarkdownField
        name="body"
        label={t("form.body")}
        hint={shown ? t("conflict.mineHint") : t("form.bodyHint")}
        defaultValue={page.body}
        state={state}
      />
    </>
  );

  return (
    <form {...draft.form} action={action} noValidate className="flex flex-col gap-5">
      <input type="hidden" name="baseVersion" value={shown?.version ?? page.version} />
      <ErrorSummary state={state} labels={labels} title={latest ? t("conflict.title") : undefined} />
      <DraftBanner draft={draft} />
      {shown ? (
        <>
          <div className="grid gap-6 lg:grid-cols-2">
            <section aria-labelledby="conflict-mine" className="flex min-w-0 flex-col gap-5">
              <h2 id="conflict-mine" className="text-2xl">
                {t("conflict.mine")}
              </h2>
              {fields}
            </section>
            <section aria-labelledby="conflict-current" className="flex min-w-0 flex-col gap-5">
              <div>
                <h2 id="conflict-current" className="text-2xl">
                  {t("conflict.current", { version: shown.version })}
                </h2>
                <p className="mt-1">
                  {t("conflict.currentBy", { name: shown.updatedByName })}{" "}
                  <time dateTime={shown.updatedAt}>{format.dateTime(new Date(shown.updatedAt), "dateTime")}</time>
                </p>
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor="current-title" className="font-semibold">
                  {t("conflict.currentTitle", { version: shown.version })}
                </label>
                <input key={shown.version} id="current-title" readOnly defaultValue={shown.title} className={INPUT} />
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor="current-body" className="font-semibold">
                  {t("conflict.currentBody", { version: shown.version })}
                </label>
                <textarea
                  key={shown.version}
                  id="current-body"
                  readOnly
                  rows={16}
                  defaultValue={shown.body}
                  className={`${INPUT} font-mono text-sm`}
                />
              </div>
            </section>
          </div>
          <Suspense fallback={null}>
            <BlockMerge key={shown.version} mine={mineBody} theirs={shown.body} textareaId="body" />
          </Suspense>
          <section aria-labelledby="conflict-difference" className="max-w-4xl">
            <h2 id="conflict-difference" className="text-2xl">
              {t("conflict.difference", { version: shown.version })}
            </h2>
            <p className="mt-1 mb-3">{t("conflict.differenceIntro")}</p>
            {shown.title !== mineTitle.trim() ? (
              <p className="mb-3 font-semibold">
                {t("conflict.titleDiffers", { current: shown.title, mine: mineTitle })}
              </p>
            ) : null}
            <Suspense fallback={null}>
              <DiffView before={shown.body} after={mineBody} />
            </Suspense>
          </section>
        </>
      ) : (
        <div className="flex max-w-3xl flex-col gap-5">{fields}</div>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel={t("form.saving")}>{shown ? t("conflict.save") : t("form.save")}</SubmitButton>
        <Link href={`/pages/${page.id}`} className={buttonClass("link")}>
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}
