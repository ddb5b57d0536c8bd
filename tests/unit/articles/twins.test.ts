import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const realArticle = readFileSync(path.resolve("content/articles/how-to-tell-if-iop-fits.mdx"), "utf8");
// A real article's frontmatter over a one-line body, so its sections match the Spanish fixtures' (none).
const realFrontmatter = realArticle.slice(0, realArticle.indexOf("\n---", 3) + "\n---\n".length);
const english = (reviewed = "2026-11-02") =>
  `${realFrontmatter.replace(/^reviewed: .*$/m, `reviewed: "${reviewed}"`)}\nText.\n`;
const spanish = (twin: string, changes: Record<string, string> = {}) => {
  const fields = {
    title: "Cómo saber si el IOP es para usted",
    description: "Una descripción en español lo bastante larga para pasar la revisión del esquema.",
    twin,
    reviewed: "2026-12-01",
    ...changes,
  };
  return `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: "${value}"`)
    .join("\n")}\n---\n\nTexto.\n`;
};

const roots: string[] = [];

/** lib/articles/load.ts reading a throwaway content/ folder, as the build would. */
async function articlesOf(files: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), "article-twins-"));
  roots.push(root);
  mkdirSync(path.join(root, "content", "articles"), { recursive: true });
  mkdirSync(path.join(root, "content", "es", "articulos"), { recursive: true });
  for (const [file, source] of Object.entries(files)) writeFileSync(path.join(root, "content", file), source);
  vi.spyOn(process, "cwd").mockReturnValue(root);
  vi.resetModules();
  return import("@/lib/articles/load");
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("the articles' twin check the build runs", () => {
  it("gives a Spanish twin the English topic, people, dates and sources, with its own words and review", async () => {
    const { loadArticles, loadEveryArticle } = await articlesOf({
      "articles/fits.mdx": english(),
      "es/articulos/encaja.mdx": spanish("fits"),
    });
    const [en] = loadArticles("en");
    const [es] = loadArticles("es");
    expect(en.paths).toEqual({ en: "/articles/fits", es: "/es/articulos/encaja" });
    expect(es).toMatchObject({
      slug: "encaja",
      locale: "es",
      file: "content/es/articulos/encaja.mdx",
      paths: en.paths,
      author: en.author,
      reviewer: en.reviewer,
      meta: {
        ...en.meta,
        title: "Cómo saber si el IOP es para usted",
        description: "Una descripción en español lo bastante larga para pasar la revisión del esquema.",
        reviewed: "2026-12-01",
      },
    });
    expect(loadEveryArticle().map((a) => a.file)).toEqual([
      "content/articles/fits.mdx",
      "content/es/articulos/encaja.mdx",
    ]);
  });

  it("fails naming the file when an English article has no Spanish twin, or two twins claim one", async () => {
    const { loadArticles } = await articlesOf({
      "articles/fits.mdx": english(),
      "articles/other.mdx": english(),
      "es/articulos/encaja.mdx": spanish("fits"),
      "es/articulos/otra.mdx": spanish("fits"),
    });
    expect(() => loadArticles()).toThrow(
      /content\/articles\/other\.mdx has no Spanish twin in content\/es\/articulos\//,
    );
    expect(() => loadArticles()).toThrow(
      /content\/es\/articulos\/otra\.mdx and content\/es\/articulos\/encaja\.mdx both claim the twin "fits"/,
    );
  });

  it("fails when a twin names no article, or its frontmatter is bad, naming the file and field", async () => {
    const { loadArticles } = await articlesOf({
      "articles/fits.mdx": english(),
      "es/articulos/encaja.mdx": spanish("fits", { reviewed: "2026-13-01" }),
      "es/articulos/perdida.mdx": spanish("fist"),
    });
    expect(() => loadArticles("es")).toThrow(/names twin "fist", which is not an article in content\/articles\//);
    expect(() => loadArticles("es")).toThrow(
      /Invalid frontmatter in content\/es\/articulos\/encaja\.mdx:\n {2}- reviewed: /,
    );
  });

  it("fails on a Spanish review before the English publication", async () => {
    const { loadArticles } = await articlesOf({
      "articles/fits.mdx": english(),
      "es/articulos/encaja.mdx": spanish("fits", { reviewed: "2020-01-01" }),
    });
    expect(() => loadArticles("es")).toThrow(
      /encaja\.mdx:\n {2}- reviewed: cannot be before the English twin's published date/,
    );
  });
});
