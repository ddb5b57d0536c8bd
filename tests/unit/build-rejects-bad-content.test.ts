import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";

/**
 * A real `next build` of a cut-down copy of the site: the real config, layout, content route,
 * loader and schema, but only the content route and one good page beside the broken one. The
 * failure it proves comes from the content loader, which every page's layout runs, so the
 * other routes and pages (forms, social cards, 14 more pages) would only make it slower.
 */
const root = path.resolve(__dirname, "../..");
// Inside the repo, so Turbopack finds the real node_modules one level up; ignored by git and tsc.
const scratch = mkdtempSync(path.join(root, ".build-check-"));
const copied = [
  "app/(site)/layout.tsx",
  "app/globals.css",
  "app/(site)/[slug]/page.tsx",
  "components",
  "lib",
  "content/what-is-iop.mdx",
  "mdx-components.tsx",
  "next.config.ts",
  "postcss.config.mjs",
  "tailwind.config.ts",
  "tsconfig.json",
  "package.json",
];

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it("fails the build when an MDX file's frontmatter is malformed, naming the file and the field", () => {
  for (const entry of copied) {
    mkdirSync(path.dirname(path.join(scratch, entry)), { recursive: true });
    cpSync(path.join(root, entry), path.join(scratch, entry), { recursive: true });
  }
  symlinkSync(path.join(root, "node_modules"), path.join(scratch, "node_modules"));
  writeFileSync(
    path.join(scratch, "content", "broken-page.mdx"),
    `---\ntitle: "Broken"\ndescription: "Too short"\nupdated: "2026-11-23"\nsection: "program"\nnavLabel: "Broken"\n---\n\n## A page\n\nText.\n`,
  );
  const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: scratch,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    timeout: 240_000,
  });
  const output = `${build.stdout}\n${build.stderr}`;
  expect(build.status, output).not.toBe(0);
  expect(output).toContain("Invalid frontmatter in content/broken-page.mdx");
  expect(output).toMatch(/description: Too small|description: .*>=50/);
  // The good page is not blamed: the message names only the broken file.
  expect(output).not.toContain("Invalid frontmatter in content/what-is-iop.mdx");
}, 300_000);
