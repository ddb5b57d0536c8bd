import { ImageResponse } from "@vercel/og";
import { center } from "@/lib/center/schema";
import { loadCardFonts, loadCardLogo } from "@/lib/seo/card-assets";
import { cardSafeText, layoutTitle } from "@/lib/seo/card-layout";
import { brandColors as c } from "@/lib/brand";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { formatUsPhone } from "@/lib/phone";

export const cardSize = { width: 1200, height: 630 };
export const cardContentType = "image/png";

const padX = 72;
/** The space between the name row and the phone band, less the eyebrow above the title. */
const titleBox = { width: cardSize.width - 2 * padX, height: 280 };

type SocialCardProps = { eyebrow: string; title: string; locale?: Locale };

/** The 1200×630 card shown when a page is shared: the page's title and the center, in the site's colours. */
export async function renderSocialCard({ eyebrow, title, locale = "en" }: SocialCardProps): Promise<ImageResponse> {
  const [fonts, logo] = await Promise.all([loadCardFonts(), loadCardLogo()]);
  const layout = layoutTitle(cardSafeText(title), titleBox);
  return new ImageResponse(
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        width: "100%",
        height: "100%",
        background: c.canvas,
        fontFamily: "Source Sans 3",
        color: c.brand[900],
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 20, padding: `52px ${padX}px 0` }}>
        <img src={logo} width={64} height={64} alt="" />
        <div style={{ fontSize: 36, fontWeight: 700 }}>{cardSafeText(center.name)}</div>
      </div>
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          justifyContent: "center",
          flexGrow: 1,
          padding: `0 ${padX}px`,
        }}
      >
        <div
          style={{ fontSize: 26, fontWeight: 600, color: c.brand[700], letterSpacing: 2, textTransform: "uppercase" }}
        >
          {cardSafeText(eyebrow)}
        </div>
        <div
          style={{
            display: "flex",
            flexDirection: "column",
            marginTop: 14,
            fontSize: layout.fontSize,
            lineHeight: layout.lineHeight,
            fontWeight: 700,
            letterSpacing: -0.5,
          }}
        >
          {layout.lines.map((line, i) => (
            <div key={i} style={{ display: "flex", whiteSpace: "nowrap" }}>
              {line}
            </div>
          ))}
        </div>
      </div>
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          alignItems: "center",
          height: 100,
          padding: `0 ${padX}px`,
          background: c.brand[900],
          color: "#ffffff",
          fontSize: 30,
          fontWeight: 600,
        }}
      >
        <div style={{ display: "flex" }}>{translator(locale, "card")("band")}</div>
        <div style={{ display: "flex", color: c.warm[100] }}>{formatUsPhone(center.phones.admissions)}</div>
      </div>
    </div>,
    { ...cardSize, fonts },
  );
}
