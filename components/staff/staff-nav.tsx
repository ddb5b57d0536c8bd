"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type NavLink = { href: string; label: string };

/** The staff sections, the current one marked for screen readers and sight alike. */
export function StaffNav({ links }: { links: NavLink[] }) {
  const pathname = usePathname();
  const current = (href: string) => (href === "/staff" ? pathname === "/staff" : pathname.startsWith(href));
  return (
    <nav aria-label="Staff">
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              prefetch={false}
              aria-current={current(link.href) ? "page" : undefined}
              className="font-semibold text-brand-800 underline-offset-4 hover:underline aria-[current=page]:underline"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
