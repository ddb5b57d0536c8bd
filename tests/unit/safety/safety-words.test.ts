import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CrisisActions, CrisisLines, CrisisNotice } from "@/components/crisis/crisis-help";
import { lifeline } from "@/components/crisis/lines";
import crisisEn from "@/messages/en/crisis.json";
import crisisEs from "@/messages/es/crisis.json";
import safetyEn from "@/messages/en/safety.json";
import safetyEs from "@/messages/es/safety.json";
import { gradeOf } from "../../support/content-checks";
import { readabilityEs } from "../../support/fernandez-huerta";

type Tree = { [key: string]: string | Tree };
const texts = (tree: Tree): string[] =>
  Object.values(tree).flatMap((value) => (typeof value === "string" ? [value] : texts(value)));
/** One block's words as prose: slots read as the number or link text they become. */
const prose = (tree: Tree) => texts(tree).map((text) => text.replace(/\{\w+\}/g, "988"));

describe("the safety blocks' words", () => {
  it.each(Object.keys(safetyEn))("%s reads at grade 8 or below in English", (block) => {
    expect(gradeOf(prose(safetyEn[block as keyof typeof safetyEn] as Tree))).toBeLessThanOrEqual(8);
  });
  it.each(Object.keys(safetyEs))("%s scores Fernández-Huerta 65 or more in Spanish", (block) => {
    expect(readabilityEs(prose(safetyEs[block as keyof typeof safetyEs] as Tree))).toBeGreaterThanOrEqual(65);
  });
  it("crisis words read at grade 8 or below in English and 65 or more in Spanish", () => {
    expect(gradeOf(prose(crisisEn))).toBeLessThanOrEqual(8);
    expect(readabilityEs(prose(crisisEs))).toBeGreaterThanOrEqual(65);
  });
});

const render = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);

describe("988 in Spanish", () => {
  it("texts AYUDA and chats on Línea de Vida 988", () => {
    expect(lifeline.es.text).toBe("sms:988?&body=AYUDA");
    expect(lifeline.es.chat).toBe("https://988lineadevida.org/");
    expect(lifeline.en.text).toBe("sms:988");
  });

  it.each(["bar", "line", "notice"] as const)("the %s says press 2 and AYUDA, with the AYUDA text link", (variant) => {
    const html = render(createElement(CrisisNotice, { variant, locale: "es" }));
    expect(html).toContain("marque 2");
    expect(html).toContain("AYUDA");
    expect(html).toContain('href="sms:988?&amp;body=AYUDA"');
    expect(html).not.toContain('href="sms:988"');
  });

  it("the crisis cards and the self-check's actions link the Spanish text and chat", () => {
    for (const html of [
      render(createElement(CrisisLines, { locale: "es" })),
      render(createElement(CrisisActions, { forSomeoneElse: false, locale: "es" })),
    ]) {
      expect(html).toContain("marque 2");
      expect(html).toContain('href="sms:988?&amp;body=AYUDA"');
      expect(html).toContain('href="https://988lineadevida.org/"');
      expect(html).not.toContain("988lifeline.org/chat");
    }
  });

  it("English keeps the plain text link and the English chat", () => {
    const html = render(createElement(CrisisLines, { locale: "en" }));
    expect(html).toContain('href="sms:988"');
    expect(html).toContain('href="https://988lifeline.org/chat/"');
    expect(render(createElement(CrisisNotice, { variant: "bar", locale: "en" }))).toContain(">text 988</a>");
  });
});
