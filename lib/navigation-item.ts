// One item of the main navigation and whether it is the current page. Apart from lib/navigation.ts, which decides
// with the access kernel what a role sees: the menu in the browser needs only this, not the kernel's rule table.
import type { Permission } from "./domain/permissions";

export type NavItem = {
  href: string;
  /** Key in the "nav" messages. */
  label: string;
  permission?: Permission;
  /** Shown when the role may do `permission` on some programme (a programme manager's own dashboard). */
  onSomeProgramme?: boolean;
  /** Only highlight on an exact match (the home page would otherwise match everything). */
  exact?: boolean;
};

export function isCurrent(item: NavItem, pathname: string): boolean {
  if (item.exact) return pathname === item.href;
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}
