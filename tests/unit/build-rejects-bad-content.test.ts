import { expect, it } from "vitest";
import { cutDownBuild } from "@/tests/support/cut-down-build";

/**
 * A real `next build` of a cut-down copy of the site: the real config, layout, content route,
 * loader and schema, but only the content route and one good page beside the broken one. The
 * failure it proves comes from the content loader, which every page's layout runs, so the
 * other routes and pages (forms, social cards, 14 more pages) would only make it slower.
 */
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

it("fails the build when an MDX file's frontmatter is malformed, naming the file and the field", () => {
  const { status, output } = cutDownBuild(copied, {
    "content/broken-page.mdx": `---\ntitle: "Broken"\ndescription: "Too short"\nupdated: "2026-11-23"\nsection: "program"\nnavLabel: "Broken"\n---\n\n## A page\n\nText.\n`,
  });
  expect(status, output).not.toBe(0);
  expect(output).toContain("Invalid frontmatter in content/broken-page.mdx");
  expect(output).toMatch(/description: Too small|description: .*>=50/);
  // The good page is not blamed: the message names only the broken file.
  expect(output).not.toContain("Invalid frontmatter in content/what-is-iop.mdx");
}, 300_000);
