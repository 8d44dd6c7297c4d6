import { useTranslations } from "next-intl";

/** A hypothesis read as one sentence, with its four parts emphasised. */
export function HypothesisSentence({
  hypothesis,
}: {
  hypothesis: { activity: string; change: string; targetGroup: string; mechanism: string };
}) {
  const t = useTranslations("programmes.hypotheses");
  return (
    <p>
      {t.rich("sentence", {
        activity: hypothesis.activity,
        change: hypothesis.change,
        targetGroup: hypothesis.targetGroup,
        mechanism: hypothesis.mechanism,
        b: (chunks) => <strong>{chunks}</strong>,
      })}
    </p>
  );
}
