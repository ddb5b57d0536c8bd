import { describe, expect, it } from "vitest";
import { centerConfig } from "@/lib/center/config";
import { centerSchema } from "@/lib/center/schema";
import { serializeJsonLd } from "@/lib/seo/json-ld";
import { breadcrumbJsonLd, clinicJsonLd, faqPageJsonLd, websiteJsonLd, type JsonLd } from "@/lib/seo/structured-data";

const center = centerSchema.parse(centerConfig);
const siteUrl = "https://www.example.org";
const dayNames = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
} as const;

/** What a crawler sees: the serialized JSON, parsed back. */
function roundTrip(data: JsonLd): JsonLd {
  return JSON.parse(serializeJsonLd(data)) as JsonLd;
}

describe("MedicalClinic", () => {
  const clinic = roundTrip(clinicJsonLd(center, siteUrl));

  it("names the clinic with its address, phone and URL", () => {
    expect(clinic).toMatchObject({
      "@context": "https://schema.org",
      "@type": "MedicalClinic",
      name: center.name,
      url: `${siteUrl}/`,
      telephone: center.phones.admissions,
      medicalSpecialty: "https://schema.org/Psychiatric",
      address: {
        "@type": "PostalAddress",
        streetAddress: [center.address.street, center.address.unit].filter(Boolean).join(", "),
        addressLocality: center.address.city,
        addressRegion: center.address.region,
        postalCode: center.address.postalCode,
        addressCountry: "US",
      },
    });
    expect(clinic.areaServed).toEqual({ "@type": "State", name: center.address.region });
  });

  it("gives admissions hours as opening hours and the phone as a 24/7 contact point", () => {
    // Whatever lib/center/config.ts says, so a center's own hours pass too.
    expect(clinic.openingHoursSpecification).toEqual(
      center.admissionsHours.map((hours) => ({
        "@type": "OpeningHoursSpecification",
        dayOfWeek: hours.days.map((day) => dayNames[day]),
        opens: hours.open,
        closes: hours.close,
      })),
    );
    const allWeek = Object.values(dayNames);
    expect(clinic.contactPoint).toContainEqual({
      "@type": "ContactPoint",
      contactType: "admissions",
      telephone: center.phones.admissions,
      availableLanguage: center.languages.served,
      hoursAvailable: { "@type": "OpeningHoursSpecification", dayOfWeek: allWeek, opens: "00:00", closes: "23:59" },
    });
  });

  it("lists accepted insurance, and never a plan the center does not take", () => {
    for (const carrier of center.insurance.accepted) {
      expect(clinic.acceptedPaymentMethod).toContain(`${carrier.name} insurance`);
    }
    const text = JSON.stringify(clinic);
    for (const plan of center.insurance.notAccepted) expect(text).not.toContain(plan.name);
  });
});

describe("WebSite", () => {
  it("points to the clinic as its publisher", () => {
    const site = roundTrip(websiteJsonLd(center, siteUrl));
    expect(site).toMatchObject({ "@type": "WebSite", name: center.name, url: `${siteUrl}/` });
    expect(site.publisher).toEqual({ "@id": roundTrip(clinicJsonLd(center, siteUrl))["@id"] });
  });
});

describe("BreadcrumbList and FAQPage", () => {
  it("numbers the crumbs from 1", () => {
    const crumbs = roundTrip(
      breadcrumbJsonLd([
        { name: "Home", url: `${siteUrl}/` },
        { name: "FAQ", url: `${siteUrl}/faq` },
      ]),
    );
    expect(crumbs).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: `${siteUrl}/` },
        { "@type": "ListItem", position: 2, name: "FAQ", item: `${siteUrl}/faq` },
      ],
    });
  });

  it("turns frontmatter questions into Questions with accepted answers", () => {
    const faq = [{ question: "Can I keep working?", answer: "Yes. Evening groups fit around most jobs." }];
    const page = roundTrip(faqPageJsonLd(faq, `${siteUrl}/faq`));
    expect(page).toMatchObject({
      "@type": "FAQPage",
      mainEntity: [
        { "@type": "Question", name: faq[0].question, acceptedAnswer: { "@type": "Answer", text: faq[0].answer } },
      ],
    });
  });
});
