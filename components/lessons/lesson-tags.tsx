import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";

/** A lesson's tags, each a link to the library filtered on it. */
export function LessonTags({ tags }: { tags: string[] }) {
  const t = useTranslations("lessons");
  if (tags.length === 0) return null;
  return (
    <ul aria-label={t("tags")} className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={`/lessons?tag=${encodeURIComponent(tag)}`}
            className="inline-block rounded-ik bg-surface-strong px-2 py-0.5 text-sm"
          >
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
