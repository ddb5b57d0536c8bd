import { z } from "zod";
import { centerConfig } from "@/lib/center/config";
import { weekdays } from "@/lib/center/hours";
import { reviewScopes } from "@/lib/center/review-scopes";

const e164 = z.string().regex(/^\+1\d{10}$/, "use E.164 form, e.g. +15035550142");
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "use 24-hour HH:MM");
const weekdaySchema = z.enum(weekdays);

const hoursSchema = z.object({
  days: z.array(weekdaySchema).min(1),
  open: clock,
  close: clock,
});

const sessionBlockSchema = z.object({
  id: z.string().regex(/^[a-z-]+$/),
  label: z.string().min(1),
  start: clock,
  end: clock,
  days: z.array(weekdaySchema).min(1),
  formats: z.array(z.enum(["in-person", "virtual"])).min(1),
});

const carrierSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
});

const acceptedPlanSchema = carrierSchema.extend({
  /** The payer ID at the eligibility clearinghouse (leading zeros kept); without one the plan is verified by phone. */
  payerId: z
    .string()
    .regex(/^[A-Za-z0-9]{2,20}$/, "use the clearinghouse's payer ID, letters and digits only")
    .optional(),
});

const declinedPlanSchema = carrierSchema.extend({
  /** What to tell someone with this plan, in plain words. */
  guidance: z.string().min(1),
});

const aftercareSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    description: z.string().min(1),
    when: z.string().min(1).optional(),
    /** The same option in Spanish, for the Spanish aftercare page. */
    es: z.object({ name: z.string().min(1), description: z.string().min(1), when: z.string().min(1).optional() }),
  })
  .refine((option) => !option.when === !option.es.when, {
    path: ["es", "when"],
    message: "give `when` in both languages or in neither",
  });

const credentialSchema = z.object({
  /** As shown after the name, e.g. "LCSW". */
  abbreviation: z.string().min(1).max(12),
  name: z.string().min(1),
  kind: z.enum(["license", "degree", "certification"]),
  /** A license's number, shown on the person's page. */
  number: z.string().min(1).optional(),
  /** A license that lets its holder prescribe (physician, nurse practitioner, physician assistant). */
  prescriber: z.boolean().optional(),
  /** The credential's name in Spanish, for the Spanish person pages. */
  es: z.object({ name: z.string().min(1) }),
});

const personSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase words joined by hyphens"),
    name: z.string().min(1),
    jobTitle: z.string().min(1),
    credentials: z.array(credentialSchema),
    bio: z.string().min(40),
    /** May sign an article's clinical review. */
    clinicalReviewer: z.boolean(),
    /** The articles this person may review, by what they cover; empty for someone who reviews none. */
    reviewScope: z.array(z.enum(reviewScopes)),
    /** A fictional person in the demo config; their page says so. */
    demo: z.boolean(),
    /** The job title and bio in Spanish, for the Spanish person pages and bylines. */
    es: z.object({ jobTitle: z.string().min(1), bio: z.string().min(40) }),
  })
  .refine((p) => !p.clinicalReviewer || p.credentials.some((c) => c.kind === "license" || c.abbreviation === "MD"), {
    message: "a clinical reviewer needs a clinical license or medical degree",
    path: ["credentials"],
  })
  .refine((p) => p.clinicalReviewer === (p.reviewScope.length > 0), {
    message: "a clinical reviewer says what they review; anyone else reviews nothing",
    path: ["reviewScope"],
  })
  .refine((p) => !p.reviewScope.includes("medical") || p.credentials.some((c) => c.kind === "license" && c.prescriber), {
    message: "only a prescriber (a license with prescriber: true) may review medical articles",
    path: ["reviewScope"],
  });

const listItem = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, "use lowercase letters, digits and -"),
  label: z.string().min(1),
});

/**
 * An NPI's tenth digit is a Luhn check digit over the other nine prefixed with 80840 (CMS,
 * "Requirements for the NPI check digit"); clearinghouses refuse a number that fails it.
 */
function isNpi(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  const digits = `80840${value}`.split("").map(Number);
  const sum = digits.reduceRight((total, digit, index) => {
    const doubled = (digits.length - 1 - index) % 2 === 1 ? digit * 2 : digit;
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0;
}

function uniqueIds<T extends z.ZodType<{ id: string }>>(item: T) {
  return z.array(item).refine((list) => new Set(list.map((i) => i.id)).size === list.length, "ids must be unique");
}

export const centerSchema = z
  .object({
    name: z.string().min(1),
    shortName: z.string().min(1),
    tagline: z.string().min(1),
    description: z.string().min(1),
    audience: z.string().min(1),
    phones: z.object({
      admissions: e164,
      text: e164.nullable(),
      referral: e164,
      fax: e164,
    }),
    email: z.email(),
    /** Where reports of a security problem with the website go (served in /.well-known/security.txt). */
    securityEmail: z.email(),
    address: z.object({
      street: z.string().min(1),
      unit: z.string().optional(),
      city: z.string().min(1),
      region: z.string().length(2),
      postalCode: z.string().regex(/^\d{5}$/),
      country: z.literal("US"),
      directions: z.string().min(1),
    }),
    timeZone: z.string().refine(
      (tz) => {
        try {
          new Intl.DateTimeFormat("en-US", { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      },
      { message: "must be an IANA time zone, e.g. America/Los_Angeles" },
    ),
    /** When admissions staff return call requests; the phone itself is answered 24/7. */
    admissionsHours: z.array(hoursSchema).min(1),
    callbackMinutes: z.number().int().positive(),
    sessionBlocks: z.array(sessionBlockSchema).min(1),
    sameDayAssessment: z.boolean(),
    ages: z.string().min(1),
    insurance: z.object({
      accepted: z.array(acceptedPlanSchema).min(1),
      notAccepted: z.array(declinedPlanSchema),
      selfPay: z.boolean(),
    }),
    license: z.object({
      agency: z.string().min(1),
      number: z.string().min(1),
    }),
    npi: z.string().refine(isNpi, "must be a 10-digit NPI whose last digit checks out (CMS's Luhn check digit)"),
    leadRetentionDays: z.number().int().min(1).max(3650),
    pipeline: z.object({
      lostReasons: uniqueIds(listItem).refine((list) => list.some((r) => r.id === "other"), 'needs an "other" reason'),
      partnerPrograms: uniqueIds(listItem),
    }),
    accreditations: z.array(z.string().min(1)),
    social: z.array(z.object({ label: z.string().min(1), href: z.url() })),
    aftercare: z.array(aftercareSchema).min(1),
    people: z
      .array(personSchema)
      .min(1)
      .refine((people) => new Set(people.map((p) => p.slug)).size === people.length, {
        message: "each person needs a slug of their own",
      }),
    articleReviewMonths: z.number().int().min(1).max(36),
    languages: z.object({
      served: z.array(z.string().min(1)).min(1),
      spanishCallbackHours: z.array(hoursSchema),
      interpreterLine: z.boolean(),
      taglines: z
        .array(z.object({ lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]+)?$/), text: z.string().min(1) }))
        // Two scripts of one language (Simplified and Traditional Chinese) count as one of the 15.
        .refine((taglines) => new Set(taglines.map((t) => t.lang.split("-")[0])).size >= 15, {
          message: "list the state's 15 most common languages other than English",
        }),
    }),
    es: z.object({
      tagline: z.string().min(1),
      description: z.string().min(1),
      directions: z.string().min(1),
      sessionLabels: z.record(z.string(), z.string().min(1)),
      insuranceGuidance: z.record(z.string(), z.string().min(1)),
      licenseAgency: z.string().min(1),
      accreditations: z.array(z.string().min(1)),
    }),
  })
  .superRefine((c, ctx) => {
    // Every English value with a Spanish counterpart has one, so no Spanish page falls back to English.
    for (const block of c.sessionBlocks) {
      if (!c.es.sessionLabels[block.id])
        ctx.addIssue({ code: "custom", path: ["es", "sessionLabels", block.id], message: "missing" });
    }
    for (const plan of c.insurance.notAccepted) {
      if (!c.es.insuranceGuidance[plan.id])
        ctx.addIssue({ code: "custom", path: ["es", "insuranceGuidance", plan.id], message: "missing" });
    }
    if (c.es.accreditations.length !== c.accreditations.length)
      ctx.addIssue({ code: "custom", path: ["es", "accreditations"], message: "one per accreditation" });
  });

export type Center = z.infer<typeof centerSchema>;
export type SessionBlock = Center["sessionBlocks"][number];
export type Person = Center["people"][number];

function loadCenter(): Center {
  const result = centerSchema.safeParse(centerConfig);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`lib/center/config.ts is invalid:\n${problems}`);
  }
  return result.data;
}

/** The center, checked: a wrong value in lib/center/config.ts stops the build with the field named. */
export const center: Center = loadCenter();
