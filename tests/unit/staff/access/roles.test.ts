import { describe, expect, it } from "vitest";
import { can, isStaffRole, type Permission } from "@/lib/staff/access/roles";

const all: Permission[] = [
  "work-requests",
  "reassign-requests",
  "read-reports",
  "manage-staff",
  "read-access-log",
  "correct-records",
  "export-request",
  "purge-request",
  "read-content-reviews",
];

describe("roles", () => {
  it("lets admissions staff work requests and read the reports, nothing else", () => {
    expect(all.filter((p) => can("admissions", p))).toEqual(["work-requests", "read-reports"]);
  });

  it("lets a manager work requests, reassign a colleague's, read the reports and the access log, correct a record, and manage no accounts, export or delete nothing", () => {
    expect(isStaffRole("manager")).toBe(true);
    expect(all.filter((p) => can("manager", p))).toEqual([
      "work-requests",
      "reassign-requests",
      "read-reports",
      "read-access-log",
      "correct-records",
    ]);
  });

  it("lets admins do everything", () => {
    expect(all.every((p) => can("admin", p))).toBe(true);
  });

  it("grants nothing to a role it doesn't know, or to no role", () => {
    for (const role of ["Admin", "owner", "", undefined, null, 1, { role: "admin" }]) {
      expect(isStaffRole(role)).toBe(false);
      expect(all.some((p) => can(role, p))).toBe(false);
    }
  });
});
