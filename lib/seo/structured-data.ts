/**
 * schema.org JSON-LD built from the center config and page frontmatter only, never from
 * anything a visitor typed. Each builder takes its inputs as arguments so tests can check it.
 */
import type { Center } from "@/lib/center/schema";
import { dayNames } from "@/lib/center/hours";
import type { PageMeta } from "@/lib/content-schema";
import { localeTags, type Locale } from "@/lib/i18n/locales";

type JsonLdValue = string | number | boolean | JsonLd | JsonLdValue[];
export type JsonLd = { [key: string]: JsonLdValue };

const context = "https://schema.org";

function clinicId(siteUrl: string): string {
  return `${siteUrl}/#clinic`;
}

function openingHours(hours: Center["admissionsHours"]): JsonLd[] {
  return hours.map((h) => ({
    "@type": "OpeningHoursSpecification",
    dayOfWeek: h.days.map((d) => dayNames[d]),
    opens: h.open,
    closes: h.close,
  }));
}

/**
 * The center as a MedicalClinic. Its opening hours are the admissions hours (when call
 * requests are returned); the admissions phone itself is a ContactPoint answered 24/7.
 * Accepted insurance goes in `acceptedPaymentMethod`, which schema.org defines on
 * Organization (so on MedicalClinic) with Text values; plans it does not take are left out.
 */
export function clinicJsonLd(center: Center, siteUrl: string): JsonLd {
  const { address, phones } = center;
  const allWeek = Object.values(dayNames);
  return {
    "@context": context,
    "@type": "MedicalClinic",
    "@id": clinicId(siteUrl),
    name: center.name,
    description: center.description,
    url: `${siteUrl}/`,
    image: `${siteUrl}/opengraph-image`,
    logo: `${siteUrl}/apple-icon.png`,
    telephone: phones.admissions,
    faxNumber: phones.fax,
    email: center.email,
    address: {
      "@type": "PostalAddress",
      streetAddress: address.unit ? `${address.street}, ${address.unit}` : address.street,
      addressLocality: address.city,
      addressRegion: address.region,
      postalCode: address.postalCode,
      addressCountry: address.country,
    },
    areaServed: { "@type": "State", name: address.region },
    medicalSpecialty: "https://schema.org/Psychiatric",
    knowsLanguage: center.languages.served,
    openingHoursSpecification: openingHours(center.admissionsHours),
    contactPoint: [
      {
        "@type": "ContactPoint",
        contactType: "admissions",
        telephone: phones.admissions,
        availableLanguage: center.languages.served,
        hoursAvailable: {
          "@type": "OpeningHoursSpecification",
          dayOfWeek: allWeek,
          opens: "00:00",
          closes: "23:59",
        },
      },
      { "@type": "ContactPoint", contactType: "professional referrals", telephone: phones.referral },
    ],
    acceptedPaymentMethod: [
      ...center.insurance.accepted.map((carrier) => `${carrier.name} insurance`),
      ...(center.insurance.selfPay ? ["Self-pay"] : []),
    ],
    ...(center.social.length ? { sameAs: center.social.map((s) => s.href) } : {}),
  };
}

export function websiteJsonLd(center: Center, siteUrl: string, locale: Locale = "en"): JsonLd {
  const es = locale === "es";
  return {
    "@context": context,
    "@type": "WebSite",
    "@id": es ? `${siteUrl}/es#website` : `${siteUrl}/#website`,
    name: center.name,
    description: es ? center.es.description : center.description,
    url: es ? `${siteUrl}/es` : `${siteUrl}/`,
    inLanguage: localeTags[locale].hreflang,
    publisher: { "@id": clinicId(siteUrl) },
  };
}

export type Crumb = { name: string; url: string };

export function breadcrumbJsonLd(crumbs: Crumb[]): JsonLd {
  return {
    "@context": context,
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export function faqPageJsonLd(faq: NonNullable<PageMeta["faq"]>, pageUrl: string, locale: Locale = "en"): JsonLd {
  return {
    "@context": context,
    "@type": "FAQPage",
    url: pageUrl,
    inLanguage: localeTags[locale].hreflang,
    mainEntity: faq.map((item) => ({
      "@type": "Question",
      name: item.question,
      acceptedAnswer: { "@type": "Answer", text: item.answer },
    })),
  };
}
