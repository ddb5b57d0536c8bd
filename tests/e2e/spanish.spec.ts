import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { storedLeadLanguage } from "@/tests/support/e2e-leads";
import { stampFormToken } from "@/tests/support/form-token";
import { waitForMessage } from "@/tests/support/inbox";
import { articlePairs } from "@/tests/support/article-pages";
import { spanishContentPaths } from "@/tests/support/site-pages";
import { uniquePhone } from "@/tests/support/test-phone";
import { expect, test } from "./fixtures";
import { waitForValidationCode } from "./pages/validation-code";
import { acceptedCarrier } from "./pages/verify-insurance-page";

/** Spanish pages and their English twins, as the pages must name each other. */
const contentTwins = readdirSync(path.resolve("content/es"))
  .filter((file) => file.endsWith(".mdx"))
  .map((file) => {
    const twin = /^twin: "([^"]+)"$/m.exec(readFileSync(path.resolve("content/es", file), "utf8"))?.[1];
    return { es: `/es/${file.slice(0, -4)}`, en: `/${twin}` };
  });
const twins = [
  { es: "/es", en: "/" },
  ...contentTwins,
  { es: "/es/solicitar-llamada", en: "/request-a-call" },
  { es: "/es/verificar-seguro", en: "/verify-insurance" },
  { es: "/es/autoevaluacion", en: "/self-check" },
  // The articles' index, topics, articles and person pages.
  ...articlePairs(),
];

/** Every English message of two words or more whose Spanish differs: none may appear on a Spanish page. */
function englishMessages(): string[] {
  const found: string[] = [];
  const walk = (en: unknown, es: unknown) => {
    if (typeof en === "string") {
      const plain = en
        .replace(/\{[^}]*\}/g, "|")
        .split("|")
        .map((part) => part.trim());
      for (const part of plain) if (part.split(/\s+/).length >= 2 && part !== es) found.push(part);
    } else if (en && typeof en === "object") {
      for (const [key, value] of Object.entries(en)) walk(value, (es as Record<string, unknown>)[key]);
    }
  };
  for (const file of readdirSync(path.resolve("messages/en"))) {
    walk(
      JSON.parse(readFileSync(path.resolve("messages/en", file), "utf8")),
      JSON.parse(readFileSync(path.resolve("messages/es", file), "utf8")),
    );
  }
  return found.filter((text) => text.length >= 8);
}

const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");

test("every public page has a Spanish twin: 200, lang=es, canonical, hreflang both ways, a switch each way, in the sitemap", async ({
  request,
  baseURL,
}) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const english = englishMessages();
  const abs = (p: string) => new URL(p, baseURL).href.replace(/\/$/, "");
  for (const pair of twins) {
    const response = await request.get(pair.es);
    expect(response.status(), pair.es).toBe(200);
    const html = await response.text();
    expect(html, pair.es).toMatch(/<html lang="es"/);
    expect(html, `${pair.es} canonical`).toContain(`<link rel="canonical" href="${abs(pair.es)}"/>`);
    for (const [lang, target] of [
      ["en-US", pair.en],
      ["es-US", pair.es],
      ["x-default", pair.en],
    ] as const) {
      expect(html, `${pair.es} hreflang ${lang}`).toContain(`hrefLang="${lang}" href="${abs(target)}"`);
    }
    expect(html, `${pair.es} switches to ${pair.en}`).toMatch(
      new RegExp(`<a href="${pair.en}" hrefLang="en-US" lang="en-US"`),
    );
    const shown = text(html);
    expect(
      english.filter((message) => shown.includes(message)),
      `English UI text on ${pair.es}`,
    ).toEqual([]);
    const labels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((match) => match[1]);
    expect(
      english.filter((message) => labels.includes(message)),
      `English screen-reader labels on ${pair.es}`,
    ).toEqual([]);
    // A time that ends in "p. m." already ends its sentence; the zone's name already says "hora".
    expect(shown, `doubled period or "del hora" on ${pair.es}`).not.toMatch(/\b[ap]\. m\.\.|del hora\b/);

    const back = await (await request.get(pair.en)).text();
    expect(back, `${pair.en} switches to ${pair.es}`).toMatch(
      new RegExp(`<a href="${pair.es}" hrefLang="es-US" lang="es"`),
    );
    expect(back, `${pair.en} hreflang es-US`).toContain(`hrefLang="es-US" href="${abs(pair.es)}"`);
    if (!pair.es.includes("solicitar") && !pair.es.includes("verificar") && pair.es !== "/es") {
      expect(sitemap, `${pair.es} in the sitemap`).toContain(`<loc>${abs(pair.es)}</loc>`);
    }
  }
  expect(spanishContentPaths().length).toBe(contentTwins.length);
});

async function fillSpanishCallRequest(page: Page, phone: string, javaScript: boolean) {
  if (javaScript) await waitForValidationCode(page);
  await page.getByLabel("Su nombre").fill("Rosa Hernández");
  await page.getByLabel("Número de teléfono").fill(phone);
  await page.getByRole("group", { name: "¿Para quién es la llamada?" }).getByLabel("Para un ser querido").check();
  await page.getByLabel("¿Qué relación tiene con esa persona?").selectOption("parent");
  await page.getByRole("group", { name: "La mejor hora para llamarle" }).getByLabel("En la noche").check();
  await page.getByRole("group", { name: "¿Podemos dejar un mensaje de voz?" }).getByLabel("No").check();
  await page.getByRole("group", { name: "¿Podemos mandar un texto a este número?" }).getByLabel("Sí").check();
  await page.getByLabel(/me llame a este número/).check();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`in Spanish, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a call request: field errors in Spanish, then a Spanish confirmation, stored as Spanish, 'Prefers Spanish' for admissions", async ({
      page,
      foreignRequests,
    }) => {
      await page.goto("/es/solicitar-llamada");
      await page.getByLabel("Número de teléfono").fill("555-0142");
      await stampFormToken(page, "call-request");
      await page.getByRole("button", { name: "Pida una llamada" }).click();
      await expect(page.locator("#form-errors")).toContainText(javaScriptEnabled ? "Corrija" : "Corrija los problemas");
      await expect(page.locator("#field-phone-error")).toHaveText(/Incluya el código de área/);
      await expect(page.locator("#field-name-error")).toHaveText(/Escriba su nombre/);
      await expect(page.locator("#field-consentCall-error")).toHaveText(/Confirme que le podemos llamar/);

      const phone = uniquePhone();
      await fillSpanishCallRequest(page, phone, javaScriptEnabled);
      await stampFormToken(page, "call-request");
      await page.getByRole("button", { name: "Pida una llamada" }).click();
      await expect(page).toHaveURL(/\/es\/solicitar-llamada\/recibida\?ref=/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recibimos su solicitud de llamada");
      await expect(page.getByText("Le llamamos en español.")).toBeVisible();
      const reference = (await page.locator("strong.font-mono").textContent()) ?? "";

      const message = await waitForMessage(reference);
      expect(message.subject).toContain("Prefers Spanish");
      expect(message.text).toContain("Prefers Spanish");
      expect(storedLeadLanguage(reference)).toBe("es");
      expect(foreignRequests).toEqual([]);
    });

    test("an insurance check: field errors in Spanish, then a Spanish confirmation stored as Spanish", async ({
      page,
    }) => {
      await page.goto("/es/verificar-seguro");
      await stampFormToken(page, "insurance-check");
      await page.getByRole("button", { name: "Verifique mi seguro" }).click();
      await expect(page.locator("#field-memberId-error")).toHaveText(/Escriba el número de miembro/);
      await expect(page.locator("#field-patientDob-error")).toHaveText(/Escriba la fecha de nacimiento/);

      if (javaScriptEnabled) await waitForValidationCode(page);
      await page.getByLabel("Su nombre").fill("Lucía Pérez");
      await page.getByLabel("Número de teléfono").fill(uniquePhone());
      await page.getByRole("group", { name: "¿De quién es el seguro que revisamos?" }).getByLabel("Mío").check();
      await page.getByLabel("Fecha de nacimiento de la persona que necesita atención").fill("1988-03-14");
      await page.getByLabel("Compañía de seguros", { exact: true }).selectOption({ label: acceptedCarrier.name });
      await page.getByLabel("Número de miembro", { exact: true }).fill("XYZ123456");
      await page
        .getByRole("group", { name: "¿Quién es el titular de la póliza?" })
        .getByLabel("La persona que necesita atención")
        .check();
      await page.getByRole("group", { name: "La mejor hora para llamarle" }).getByLabel("En la mañana").check();
      await page.getByRole("group", { name: "¿Podemos dejar un mensaje de voz?" }).getByLabel("Sí").check();
      await page.getByLabel(/revise estos beneficios/).check();
      await stampFormToken(page, "insurance-check");
      await page.getByRole("button", { name: "Verifique mi seguro" }).click();
      await expect(page).toHaveURL(/\/es\/verificar-seguro\/recibida\?ref=/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recibimos su información del seguro");
      const reference = (await page.locator("strong.font-mono").textContent()) ?? "";
      await waitForMessage(reference);
      expect(storedLeadLanguage(reference)).toBe("es");
    });
  });
}
