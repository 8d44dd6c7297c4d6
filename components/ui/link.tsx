// A link between the app's pages. Next would fetch every page a link points to as soon as the link scrolls into view;
// here every page is rendered per person on a server a whole gemeente shares, so the menu and the programme tabs alone
// would cost some forty renders per page view that nobody asked for. A page is fetched when it is chosen.
import NextLink from "next/link";
import type { ComponentProps } from "react";

export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
