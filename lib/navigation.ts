// The app's navigation as data: the shell shows each item the viewer's role may use.
import type { Role } from "./domain/constants";
import { can, reaches } from "./domain/permissions";
import type { NavItem } from "./navigation-item";

export { isCurrent, type NavItem } from "./navigation-item";

export type NavSection = { label: string; items: NavItem[] };

export const NAVIGATION: NavSection[] = [
  {
    label: "main",
    items: [
      { href: "/", label: "home", exact: true },
      { href: "/routes", label: "routes", permission: "route.read" },
      { href: "/opgaven", label: "opgaven", permission: "opgaven.read" },
      // A partner sees the frameworks open to it and its own applications.
      { href: "/subsidies", label: "subsidies", permission: "subsidies.read", onSomeProgramme: true },
      { href: "/programmes", label: "programmes" },
      // Partners report, the gemeente reads and reviews: whoever may read some programme's reporting.
      { href: "/reporting", label: "reporting", permission: "reporting.read", onSomeProgramme: true },
      { href: "/learning-questions", label: "learningQuestions", permission: "learningQuestions.read" },
      { href: "/pages", label: "pages" },
      { href: "/lessons", label: "lessons" },
      // Routes 3 and 5: everyone of the gemeente reads the tracks; a partner the tracks it takes part in.
      { href: "/training", label: "training", permission: "learningTracks.read", onSomeProgramme: true },
      { href: "/dashboard", label: "dashboard", permission: "dashboard.read", onSomeProgramme: true },
      { href: "/exports", label: "exports" },
    ],
  },
  {
    label: "admin",
    items: [
      { href: "/admin/users", label: "users", permission: "users.manage" },
      { href: "/admin/partners", label: "partners", permission: "partners.manage" },
      { href: "/admin/activity", label: "activity", permission: "audit.read" },
      { href: "/admin/api-keys", label: "apiKeys", permission: "apiKeys.manage" },
      { href: "/admin/security", label: "security", permission: "security.manage" },
      { href: "/admin/gemeente", label: "gemeente", permission: "gemeente.manage" },
    ],
  },
];

export function navigationFor(role: Role): NavSection[] {
  return NAVIGATION.map((section) => ({
    ...section,
    items: section.items.filter(
      (item) =>
        !item.permission || (item.onSomeProgramme ? reaches(role, item.permission) : can(role, item.permission)),
    ),
  })).filter((section) => section.items.length > 0);
}
