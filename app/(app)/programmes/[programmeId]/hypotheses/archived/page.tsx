import {
  type ArchivedPageProps,
  ArchivedProgrammeList,
  archivedListMetadata,
} from "@/components/archive/archived-programme-page";

export const generateMetadata = () => archivedListMetadata("hypothesis");

export default function ArchivedHypothesesPage(props: ArchivedPageProps) {
  return <ArchivedProgrammeList kind="hypothesis" {...props} />;
}
