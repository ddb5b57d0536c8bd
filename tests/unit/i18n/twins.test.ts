import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const page = (title: string, twin?: string) =>
  [
    "---",
    `title: "${title}"`,
    'description: "A page description that is long enough to pass the frontmatter schema check."',
    'updated: "2026-12-04"',
    'section: "program"',
    `navLabel: "${title}"`,
    ...(twin ? [`twin: "${twin}"`] : []),
    "---",
    "",
    "Body.",
  ].join("\n");

const roots: string[] = [];

/** lib/content.ts reading a throwaway content/ folder, as the build would. */
async function twinsOf(files: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), "twins-"));
  roots.push(root);
  mkdirSync(path.join(root, "content", "es"), { recursive: true });
  for (const [file, source] of Object.entries(files)) writeFileSync(path.join(root, "content", file), source);
  vi.spyOn(process, "cwd").mockReturnValue(root);
  vi.resetModules();
  const { contentTwins } = await import("@/lib/content");
  return () => contentTwins();
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("the twin check the build runs", () => {
  it("pairs each English page with the Spanish page that names it", async () => {
    const twins = await twinsOf({ "alpha.mdx": page("Alpha"), "es/alfa.mdx": page("Alfa", "alpha") });
    const { toSpanish, toEnglish } = twins();
    expect([...toSpanish]).toEqual([["alpha", "alfa"]]);
    expect([...toEnglish]).toEqual([["alfa", "alpha"]]);
  });

  it("fails when an English page has no twin, or two Spanish pages claim the same one", async () => {
    const twins = await twinsOf({
      "alpha.mdx": page("Alpha"),
      "beta.mdx": page("Beta"),
      "es/alfa.mdx": page("Alfa", "alpha"),
      "es/otra.mdx": page("Otra", "alpha"),
    });
    expect(twins).toThrow(/content\/beta\.mdx has no Spanish twin/);
    expect(twins).toThrow(/both claim the twin "alpha"/);
  });

  it("fails when a twin names no English page", async () => {
    const twins = await twinsOf({ "alpha.mdx": page("Alpha"), "es/alfa.mdx": page("Alfa", "alpah") });
    expect(twins).toThrow(/names twin "alpah", which is not a page/);
  });
});
