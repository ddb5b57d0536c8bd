import { StaffNav } from "@/components/staff/staff-nav";
import { signOutAction } from "@/lib/actions/staff/sign-in";
import { can } from "@/lib/staff/access/roles";
import type { Staff } from "@/lib/staff/access/session";

export function StaffHeader({ staff }: { staff: Staff }) {
  const links = [
    { href: "/staff", label: "Inbox", show: true },
    { href: "/staff/reports", label: "Reports", show: can(staff.role, "read-reports") },
    { href: "/staff/log", label: "Access log", show: can(staff.role, "read-access-log") },
    { href: "/staff/team", label: "Staff accounts", show: can(staff.role, "manage-staff") },
    { href: "/staff/reviews", label: "Article reviews", show: can(staff.role, "read-content-reviews") },
  ]
    .filter((l) => l.show)
    .map(({ href, label }) => ({ href, label }));
  return (
    <div className="mb-6 flex flex-col gap-3 border-b border-line pb-4 sm:flex-row sm:items-center sm:justify-between">
      <StaffNav links={links} />
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
