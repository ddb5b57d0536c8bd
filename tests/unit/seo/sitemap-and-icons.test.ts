import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { encodeIco, pngSize } from "@/lib/seo/ico";
import { center } from "@/lib/center/schema";
import { articleSitemap } from "@/lib/seo/article-sitemap";
import { buildSitemap } from "@/lib/seo/sitemap";

describe("sitemap", () => {
  it("lists every page in both languages, each with hreflang alternates both ways and x-default", () => {
    const site = "https://www.example.org";
    const entries = buildSitemap(site, [
      { paths: { en: "/faq", es: "/es/preguntas-frecuentes" }, updated: { en: "2026-11-23", es: "2026-12-04" } },
    ]);
    const faqAlternates = {
      languages: {
        "en-US": `${site}/faq`,
        "es-US": `${site}/es/preguntas-frecuentes`,
        "x-default": `${site}/faq`,
      },
    };
    expect(entries.map((entry) => entry.url)).toEqual([
      `${site}/`,
      `${site}/es`,
      `${site}/faq`,
      `${site}/es/preguntas-frecuentes`,
      `${site}/request-a-call`,
      `${site}/es/solicitar-llamada`,
      `${site}/verify-insurance`,
      `${site}/es/verificar-seguro`,
      `${site}/self-check`,
      `${site}/es/autoevaluacion`,
    ]);
    expect(entries.at(-1)?.alternates?.languages).toEqual({
      "en-US": `${site}/self-check`,
      "es-US": `${site}/es/autoevaluacion`,
      "x-default": `${site}/self-check`,
    });
    expect(entries[2]).toEqual({ url: `${site}/faq`, lastModified: "2026-11-23", alternates: faqAlternates });
    expect(entries[3]).toEqual({
      url: `${site}/es/preguntas-frecuentes`,
      lastModified: "2026-12-04",
      alternates: faqAlternates,
    });
  });
});

describe("the articles' sitemap", () => {
  const site = "https://www.example.org";
  const paths = { en: "/articles/fits", es: "/es/articulos/encaja" } as const;
  const entries = articleSitemap(
    site,
    [
      { locale: "en", paths, meta: { topic: "for-families", reviewed: "2026-11-02" } },
      { locale: "es", paths, meta: { topic: "for-families", reviewed: "2026-12-01" } },
    ],
    center.people.slice(0, 1),
  );
  const at = (path: string) => entries.find((e) => e.url === `${site}${path}`);

  it("lists the index, topics, articles and people in both languages, each naming its twin", () => {
    expect(entries.map((e) => new URL(e.url).pathname)).toEqual([
      "/articles",
      "/es/articulos",
      "/articles/topics/for-families",
      "/es/articulos/temas/para-familias",
      "/articles/fits",
      "/es/articulos/encaja",
      `/people/${center.people[0].slug}`,
      `/es/personas/${center.people[0].slug}`,
    ]);
    expect(at("/es/articulos/encaja")?.alternates?.languages).toEqual({
      "en-US": `${site}/articles/fits`,
      "es-US": `${site}/es/articulos/encaja`,
      "x-default": `${site}/articles/fits`,
    });
  });

  it("dates each language by its own reviews", () => {
    expect(at("/articles/fits")?.lastModified).toBe("2026-11-02");
    expect(at("/es/articulos/encaja")?.lastModified).toBe("2026-12-01");
    expect(at("/articles")?.lastModified).toBe("2026-11-02");
    expect(at("/es/articulos/temas/para-familias")?.lastModified).toBe("2026-12-01");
    expect(at(`/es/personas/${center.people[0].slug}`)).not.toHaveProperty("lastModified");
  });
});

describe("favicon.ico", () => {
  const ico = new Uint8Array(readFileSync(path.resolve(process.cwd(), "app/favicon.ico")));
  const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);

  it("is a small icon file holding 16, 32 and 48 pixel PNGs", () => {
    expect(ico.length).toBeLessThan(8_000);
    expect([view.getUint16(0, true), view.getUint16(2, true)]).toEqual([0, 1]);
    const count = view.getUint16(4, true);
    const sizes = Array.from({ length: count }, (_, i) => {
      const length = view.getUint32(6 + 16 * i + 8, true);
      const offset = view.getUint32(6 + 16 * i + 12, true);
      return pngSize(ico.subarray(offset, offset + length)).width;
    });
    expect(sizes).toEqual([16, 32, 48]);
  });

  it("round-trips through the encoder", () => {
    const png = readFileSync(path.resolve(process.cwd(), "app/apple-icon.png"));
    const packed = encodeIco([new Uint8Array(png)]);
    expect(packed[6]).toBe(180);
    expect(packed.subarray(22)).toEqual(new Uint8Array(png));
  });
});
