import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { fieldTexts } from "@/lib/forms/field-text";
import { catalogues } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };

/** Every message as [dotted key, text]. */
function leaves(tree: Tree, prefix = ""): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  const en = new Map(leaves(catalogues.en as unknown as Tree));
  const es = new Map(leaves(catalogues.es as unknown as Tree));

  it("have the same keys in both languages", () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it("use the same placeholders in both languages", () => {
    const mismatched = [...en].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(es.get(key) ?? "").join(),
    );
    expect(mismatched).toEqual([]);
  });

  it("have every Spanish message written, not left in English", () => {
    // Words that are the same in both languages (names, numbers, "No").
    const same = new Set(["forms.yesNo.no", "frame.call247"]);
    const untranslated = [...en].filter(([key, text]) => !same.has(key) && text.length > 3 && es.get(key) === text);
    expect(untranslated).toEqual([]);
  });

  it("give the forms' validation messages in both languages for the same fields", () => {
    const shape = (value: unknown): unknown =>
      typeof value === "object" && value !== null
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
        : typeof value;
    expect(shape(fieldTexts.es)).toEqual(shape(fieldTexts.en));
    expect(fieldTexts.es.enter(fieldTexts.es.names.yourName)).toBe("Escriba su nombre");
  });
});

describe("twin pages", () => {
  const dir = path.resolve(process.cwd(), "content");
  const english = readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => f.slice(0, -4));
  const spanish = readdirSync(path.join(dir, "es"))
    .filter((f) => f.endsWith(".mdx"))
    .map((file) => {
      const source = readFileSync(path.join(dir, "es", file), "utf8");
      const frontmatter = parseYaml(source.split(/^---$/m)[1]) as { twin?: string };
      return { slug: file.slice(0, -4), twin: frontmatter.twin };
    });

  it("give every English page exactly one Spanish twin, and every Spanish page an English one", () => {
    expect(spanish.map((page) => page.twin).sort()).toEqual([...english].sort());
  });
});
