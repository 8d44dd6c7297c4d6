"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, type RefObject, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { moveLearningQuestionAction } from "@/app/(app)/learning-questions/actions";
import { buttonClass } from "@/components/ui/button";
import { withoutMoveMarks } from "@/lib/domain/learning-question-moves";
import type { Direction } from "@/lib/domain/learning-questions";
import { type FormState, initialFormState } from "@/lib/validation/form";

/**
 * While the move runs the button stays focusable (aria-disabled instead of disabled, which would drop the focus)
 * and ignores a second press.
 */
function MoveButton({
  direction,
  buttonRef,
  children,
}: {
  direction: Direction;
  buttonRef: RefObject<HTMLButtonElement | null>;
  children: ReactNode;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      ref={buttonRef}
      type="submit"
      name="direction"
      value={direction}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={`${buttonClass("secondary")} min-h-11 px-3 py-1 text-sm`}
    >
      {children}
    </button>
  );
}

/** Says the move is running, then where the question now stands, or why it could not move. */
function MoveStatus({ state, done, busy }: { state: FormState<unknown>; done: string; busy: string }) {
  const { pending } = useFormStatus();
  const error = state.status === "error" && !pending;
  return (
    <p role="status" className={error ? "text-sm font-semibold text-danger" : "sr-only"}>
      {pending ? busy : error ? state.message : done}
    </p>
  );
}

/**
 * "Omhoog" and "Omlaag" for one question. The list is re-ordered in place, so afterwards the focus goes back to the
 * button just used (or the question's heading when that button is gone at the top or bottom) and the new place is
 * announced. When the move took the question to another screen, the action sends the user there and `arrived` says
 * the question came this way: that screen does the same once.
 */
export function MoveButtons({
  questionId,
  question,
  scope,
  headingId,
  position,
  total,
  arrived,
}: {
  questionId: number;
  question: string;
  /** The list the user sees: "all", "none" (without a programme) or a programme id. */
  scope: string;
  headingId: string;
  position: number;
  total: number;
  /** The direction of the move that just brought this question onto this screen. */
  arrived?: Direction;
}) {
  const t = useTranslations("learningQuestions");
  const [state, action] = useActionState<FormState<{ direction: Direction }>, FormData>(
    moveLearningQuestionAction.bind(null, questionId),
    initialFormState,
  );
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);

  const pathname = usePathname();
  const search = useSearchParams().toString();
  const list = search ? `${pathname}?${search}` : pathname;

  // Announce the place once, right after this question moved; later moves of its neighbours do not repeat it.
  const [announcement, setAnnouncement] = useState("");
  const handled = useRef(new WeakSet<object>());
  const arrival = useMemo(() => (arrived ? { arrived } : null), [arrived]);
  useEffect(() => {
    // A move on this screen, or one that brought the question here; each is acted on once.
    const moved = [arrival, state.status === "success" ? state : null].find(
      (candidate) => candidate !== null && !handled.current.has(candidate),
    );
    if (!moved) return;
    handled.current.add(moved);
    const direction = "arrived" in moved ? moved.arrived : moved.result?.direction;
    const refocus = () => {
      const used = direction === "up" ? up.current : down.current;
      (used ?? document.getElementById(headingId))?.focus();
    };
    refocus();
    // Should the list settle a frame later and drop the focus, bring it back once more.
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body) refocus();
    });
    // Arrived from another screen: the place, and that this is the screen before or after the one the user was on.
    const message = "arrived" in moved ? (direction === "up" ? "movedToPrevious" : "movedToNext") : "moved";
    setAnnouncement(t(message, { position, total }));
    // A reload of this screen should not say it again.
    if ("arrived" in moved)
      window.history.replaceState(window.history.state, "", withoutMoveMarks(window.location.href));
  }, [arrival, state, headingId, position, total, t]);

  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="scope" value={scope} />
      <input type="hidden" name="list" value={list} />
      <div className="flex flex-wrap gap-2">
        {position > 1 ? (
          <MoveButton direction="up" buttonRef={up}>
            <span aria-hidden="true">↑</span> {t("moveUp")}
            <span className="sr-only">: {question}</span>
          </MoveButton>
        ) : null}
        {position < total ? (
          <MoveButton direction="down" buttonRef={down}>
            <span aria-hidden="true">↓</span> {t("moveDown")}
            <span className="sr-only">: {question}</span>
          </MoveButton>
        ) : null}
      </div>
      <MoveStatus state={state} done={announcement} busy={t("moving")} />
    </form>
  );
}
