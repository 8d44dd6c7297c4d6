import {
  type ArchivedPageProps,
  ArchivedProgrammeList,
  archivedListMetadata,
} from "@/components/archive/archived-programme-page";

export const generateMetadata = () => archivedListMetadata("study");

export default function ArchivedStudiesPage(props: ArchivedPageProps) {
  return <ArchivedProgrammeList kind="study" {...props} />;
}
