import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const frontmatter = (title: string, twin?: string) =>
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
  ].join("\n");

const englishBody =
  '<H2 id="overdose">If someone overdoses</H2>\n\n<OverdoseSteps />\n\n<H2 id="next">Next</H2>\n\nText.\n';

const roots: string[] = [];

/** A throwaway project folder holding `files` under content/, read by the loaders as the build would. */
async function projectWith(files: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), "section-twins-"));
  roots.push(root);
  for (const folder of ["es/articulos", "articles"]) mkdirSync(path.join(root, "content", folder), { recursive: true });
  for (const [file, source] of Object.entries(files)) writeFileSync(path.join(root, "content", file), source);
  vi.spyOn(process, "cwd").mockReturnValue(root);
  vi.resetModules();
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("the section check the build runs on pages", () => {
  it("passes twins with the same section ids and safety blocks", async () => {
    await projectWith({
      "alpha.mdx": frontmatter("Alpha") + englishBody,
      "es/alfa.mdx":
        frontmatter("Alfa", "alpha") + englishBody.replace("If someone overdoses", "Si hay una sobredosis"),
    });
    const { contentTwins } = await import("@/lib/content");
    expect([...contentTwins().toSpanish]).toEqual([["alpha", "alfa"]]);
  });

  it("fails naming the Spanish file and the id of a missing section, and a plain ## heading", async () => {
    await projectWith({
      "alpha.mdx": frontmatter("Alpha") + englishBody,
      "es/alfa.mdx": frontmatter("Alfa", "alpha") + '## Si hay una sobredosis\n\nTexto.\n\n<H2 id="next">Luego</H2>\n',
    });
    const { contentTwins } = await import("@/lib/content");
    expect(contentTwins).toThrow("Pages: sections and their twins do not match");
    expect(contentTwins).toThrow(
      'content/es/alfa.mdx has no section "overdose" (the twin of "If someone overdoses" in content/alpha.mdx)',
    );
    expect(contentTwins).toThrow('content/es/alfa.mdx:9: "## Si hay una sobredosis" is a plain heading');
  });
});

describe("the section check the build runs on articles", () => {
  const article = readFileSync(path.resolve("content/articles/how-to-tell-if-iop-fits.mdx"), "utf8");
  const articleFrontmatter = article.slice(0, article.indexOf("\n---", 3) + 5);
  const spanish = [
    "---",
    'title: "Cómo saber si el IOP es para usted"',
    'description: "Una descripción en español lo bastante larga para pasar la revisión del esquema."',
    'twin: "fits"',
    'reviewed: "2026-12-01"',
    "---",
    "",
  ].join("\n");

  it("fails naming the file and section whose safety blocks differ", async () => {
    await projectWith({
      "articles/fits.mdx": `${articleFrontmatter}\n${englishBody}`,
      "es/articulos/encaja.mdx": `${spanish}<H2 id="overdose">Sobredosis</H2>\n\n<NaloxoneFacts />\n\n<H2 id="next">Luego</H2>\n`,
    });
    const { loadArticles } = await import("@/lib/articles/load");
    expect(() => loadArticles()).toThrow(
      'content/es/articulos/encaja.mdx, section "overdose": safety blocks differ from content/articles/fits.mdx: <NaloxoneFacts /> 0 in English, 1 in Spanish; <OverdoseSteps /> 1 in English, 0 in Spanish',
    );
  });
});
