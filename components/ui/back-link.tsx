import Link from "@/components/ui/link";

export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="no-print inline-flex min-h-11 items-center gap-1 self-start">
      <span aria-hidden="true">←</span> {children}
    </Link>
  );
}
