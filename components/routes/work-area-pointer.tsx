import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import type { Role } from "@/lib/domain/constants";
import { can } from "@/lib/domain/permissions";
import type { WorkArea } from "@/lib/domain/scenarios";
import { WORK_AREAS } from "@/lib/domain/work-areas";

/** Says where the work of a roadmap step is done: a link when that part exists and the viewer may open it. */
export async function WorkAreaPointer({ area, role }: { area: WorkArea | null; role: Role }) {
  if (!area) return null;
  const t = await getTranslations("routes.workAreas");
  const link = WORK_AREAS[area];
  if (!link) return <p className="text-sm text-muted">{t(`${area}.notYet`)}</p>;
  if (link.permission && !can(role, link.permission)) {
    return <p className="text-sm text-muted">{t(`${area}.askAdmin`)}</p>;
  }
  return (
    <p className="text-sm">
      <Link href={link.href}>{t(`${area}.link`)}</Link>
    </p>
  );
}
