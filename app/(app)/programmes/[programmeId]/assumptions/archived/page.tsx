import {
  type ArchivedPageProps,
  ArchivedProgrammeList,
  archivedListMetadata,
} from "@/components/archive/archived-programme-page";

export const generateMetadata = () => archivedListMetadata("assumption");

export default function ArchivedAssumptionsPage(props: ArchivedPageProps) {
  return <ArchivedProgrammeList kind="assumption" {...props} />;
}
