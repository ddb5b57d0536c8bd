import { describe, expect, it } from "vitest";
import { cardSafeText, estimateWidth, layoutTitle, titleLineHeight } from "@/lib/seo/card-layout";

const box = { width: 1056, height: 280 };

function expectInside(title: string) {
  const layout = layoutTitle(title, box);
  for (const line of layout.lines) expect(estimateWidth(line, layout.fontSize)).toBeLessThanOrEqual(box.width);
  expect(layout.lines.length).toBeLessThanOrEqual(3);
  expect(layout.lines.length * layout.fontSize * layout.lineHeight).toBeLessThanOrEqual(box.height);
  return layout;
}

describe("social card title layout", () => {
  it("keeps a short title on one line at the largest size", () => {
    const layout = expectInside("FAQ");
    expect(layout.lines).toEqual(["FAQ"]);
    expect(layout.fontSize).toBe(84);
    expect(layout.lineHeight).toBe(titleLineHeight);
  });

  it("shrinks a longer title instead of letting it overflow", () => {
    const short = expectInside("Insurance and cost");
    const long = expectInside(
      "Intensive outpatient care for substance use and mental health, while you keep living at home.",
    );
    expect(long.fontSize).toBeLessThan(short.fontSize);
    expect(long.lines.join(" ")).toBe(
      "Intensive outpatient care for substance use and mental health, while you keep living at home.",
    );
  });

  it("cuts a very long title short with an ellipsis, inside the box", () => {
    const title = "What happens when someone you love needs care ".repeat(8).trim();
    const layout = expectInside(title);
    expect(layout.lines).toHaveLength(3);
    expect(layout.lines.at(-1)).toMatch(/…$/);
  });

  it("fits the widest letters and splits a word longer than a line", () => {
    expectInside("WMWMWMWMWM WWWMMMWWWMMM MWMWMWMWMW WWWWWWWWWWWW MMMMMMMMMMMMM");
    const layout = expectInside("Supercalifragilisticexpialidocious".repeat(3));
    expect(layout.lines.length).toBeGreaterThan(1);
  });

  it("keeps only characters the card font has, so nothing is fetched at build time", () => {
    expect(cardSafeText("Recovery 🌅 starts — “today” → now")).toBe("Recovery starts — “today” now");
    expect(cardSafeText("IOP vs. PHP: what’s the difference?")).toBe("IOP vs. PHP: what’s the difference?");
  });
});
