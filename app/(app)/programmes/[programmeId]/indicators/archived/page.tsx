import {
  type ArchivedPageProps,
  ArchivedProgrammeList,
  archivedListMetadata,
} from "@/components/archive/archived-programme-page";

export const generateMetadata = () => archivedListMetadata("indicator");

export default function ArchivedIndicatorsPage(props: ArchivedPageProps) {
  return <ArchivedProgrammeList kind="indicator" {...props} />;
}
