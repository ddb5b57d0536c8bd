import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { cutDownBuild } from "@/tests/support/cut-down-build";

/**
 * A real `next build` of the article loader with one good article and its Spanish twin, and
 * three broken ones: one names a reviewer who is not in the people list, one has no review
 * date, one (good itself) has no Spanish twin. The route is a bare page that loads the
 * articles, as every article route does first, under a bare root layout: the site's layout
 * and styles would only make the build slower. One build proves every case, because the
 * loader reports every bad file and every missing twin at once.
 */
const good = "content/articles/how-to-tell-if-iop-fits.mdx";
const untwinned = "content/articles/relapse-prevention-in-iop.mdx";
const source = readFileSync(path.resolve(__dirname, "../..", good), "utf8");
const goodTwin = [
  "---",
  'title: "Cómo saber si el IOP es para usted"',
  'description: "Una descripción en español lo bastante larga para pasar la revisión del esquema."',
  'twin: "how-to-tell-if-iop-fits"',
  'reviewed: "2026-12-01"',
  "---",
  "",
  "Texto.",
].join("\n");

it("fails the build on an article with an unknown reviewer, a missing date or no Spanish twin, naming each file and field", () => {
  const unknownReviewer = source.replace(/^reviewer: .*$/m, 'reviewer: "dr-nobody"');
  const missingDate = source.replace(/^reviewed: .*\n/m, "");
  expect(unknownReviewer).not.toBe(source);
  expect(missingDate).not.toBe(source);
  const { status, output } = cutDownBuild(["lib", good, untwinned, "tsconfig.json", "package.json"], {
    "app/layout.tsx": `export default function Root({ children }: { children: React.ReactNode }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n`,
    "app/check/page.tsx": `import { loadArticles } from "@/lib/articles/load";\n\nexport default function Check() {\n  return <p>{loadArticles().length}</p>;\n}\n`,
    "content/articles/unknown-reviewer.mdx": unknownReviewer,
    "content/articles/missing-date.mdx": missingDate,
    "content/es/articulos/como-saber-si-el-iop-es-para-usted.mdx": goodTwin,
  });
  expect(status, output).not.toBe(0);
  expect(output).toContain("Invalid frontmatter in content/articles/unknown-reviewer.mdx");
  expect(output).toContain('reviewer: "dr-nobody" is not in the people list');
  expect(output).toContain("Invalid frontmatter in content/articles/missing-date.mdx");
  expect(output).toMatch(/- reviewed: .*(expected string|Invalid input)/);
  expect(output).not.toContain(`Invalid frontmatter in ${good}`);
  expect(output).toContain(`${untwinned} has no Spanish twin in content/es/articulos/`);
  expect(output).not.toContain(`${good} has no Spanish twin`);
}, 300_000);
