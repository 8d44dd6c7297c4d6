import type { Locale } from "@/lib/domain/constants";
import type { LocalText } from "@/lib/domain/scenarios";
import { localise } from "@/lib/domain/scenarios";

export function TextList({ items, locale }: { items: readonly LocalText[]; locale: Locale }) {
  return (
    <ul className="list-disc pl-6">
      {items.map((item) => (
        <li key={item.nl}>{localise(item, locale)}</li>
      ))}
    </ul>
  );
}
