import Link from "next/link";
import { signOutAction } from "@/lib/staff/actions/sign-in";
import { can } from "@/lib/staff/roles";
import type { Staff } from "@/lib/staff/session";

type Section = "inbox" | "log" | "team" | "request";

export function StaffHeader({ staff, current }: { staff: Staff; current: Section }) {
  const links = [
    { href: "/staff", label: "Inbox", section: "inbox", show: true },
    { href: "/staff/log", label: "Access log", section: "log", show: can(staff.role, "read-access-log") },
    { href: "/staff/team", label: "Staff accounts", section: "team", show: can(staff.role, "manage-staff") },
  ].filter((l) => l.show);
  return (
    <div className="mb-6 flex flex-col gap-3 border-b border-line pb-4 sm:flex-row sm:items-center sm:justify-between">
      <nav aria-label="Staff">
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          {links.map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                prefetch={false}
                aria-current={current === link.section ? "page" : undefined}
                className="font-semibold text-brand-800 underline-offset-4 hover:underline aria-[current=page]:underline"
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span>
          Signed in as <strong>{staff.name}</strong> ({staff.role})
        </span>
        <form action={signOutAction}>
          <button type="submit" className="btn-secondary min-h-10 px-3 py-1.5 text-sm">
            Sign out
          </button>
        </form>
        <form action={signOutAction}>
          <input type="hidden" name="everywhere" value="1" />
          <button type="submit" className="btn-secondary min-h-10 px-3 py-1.5 text-sm">
            Sign out everywhere
          </button>
        </form>
      </div>
    </div>
  );
}
