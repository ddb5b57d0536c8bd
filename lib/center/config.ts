/**
 * Everything that makes this site one center's site. Another center adopts it by
 * editing this file and the pages in `content/`. All values here are fictional demo
 * values (555-01xx numbers, example.org); replace every one before going live.
 */
export const centerConfig = {
  name: "Lumen Ridge Recovery",
  shortName: "Lumen Ridge",
  tagline: "Intensive outpatient care for substance use and mental health, while you keep living at home.",
  description:
    "An intensive outpatient program (IOP) for adults with substance use and co-occurring mental health conditions, with morning, afternoon and evening groups in person or online.",
  audience: "adults 18 and older",
  phones: {
    admissions: "+15035550142",
    text: "+15035550143",
    referral: "+15035550144",
    fax: "+15035550145",
  },
  email: "admissions@example.org",
  securityEmail: "security@example.org",
  address: {
    street: "1200 Example Avenue",
    unit: "Suite 300",
    city: "Portland",
    region: "OR",
    postalCode: "97205",
    country: "US",
    directions: "Free parking behind the building. Two blocks from the Example Street bus stop.",
  },
  timeZone: "America/Los_Angeles",
  admissionsHours: [
    { days: ["mon", "tue", "wed", "thu", "fri"], open: "08:00", close: "20:00" },
    { days: ["sat", "sun"], open: "09:00", close: "17:00" },
  ],
  callbackMinutes: 15,
  sessionBlocks: [
    {
      id: "morning",
      label: "Morning",
      start: "09:00",
      end: "12:00",
      days: ["mon", "tue", "wed", "thu"],
      formats: ["in-person", "virtual"],
    },
    {
      id: "afternoon",
      label: "Afternoon",
      start: "14:00",
      end: "17:00",
      days: ["mon", "tue", "wed", "thu"],
      formats: ["in-person"],
    },
    {
      id: "evening",
      label: "Evening",
      start: "18:00",
      end: "21:00",
      days: ["mon", "tue", "wed", "thu"],
      formats: ["in-person", "virtual"],
    },
  ],
  sameDayAssessment: true,
  ages: "Adults 18 and older",
  insurance: {
    accepted: [
      { id: "aetna", name: "Aetna" },
      { id: "bcbs", name: "Blue Cross Blue Shield" },
      { id: "cigna", name: "Cigna" },
      { id: "unitedhealthcare", name: "UnitedHealthcare" },
      { id: "optum", name: "Optum" },
      { id: "tricare", name: "TRICARE" },
    ],
    notAccepted: [
      {
        id: "medicaid",
        name: "Medicaid (Oregon Health Plan)",
        guidance:
          "We are not in network with Medicaid. Call us anyway: we will help you find a program near you that takes your plan, or you can search findtreatment.gov.",
      },
      {
        id: "medicare",
        name: "Medicare",
        guidance:
          "We do not take Medicare. Call us and we will help you find a program that does, or search findtreatment.gov.",
      },
    ],
    selfPay: true,
  },
  license: {
    agency: "Oregon Health Authority (demo)",
    number: "EXAMPLE-0000",
  },
  /**
   * Days a form submission is kept before it is deleted automatically (photos and email
   * copies too). The privacy page states this number, so it is set here and nowhere else.
   */
  leadRetentionDays: 90,
  /**
   * The staff inbox's lists. Ids are stored with each request, so rename a label freely but
   * keep an id once it is in use (reports count by id).
   */
  pipeline: {
    lostReasons: [
      { id: "could-not-reach", label: "Could not reach" },
      { id: "chose-another-provider", label: "Chose another provider" },
      { id: "insurance-not-accepted", label: "Insurance not accepted" },
      { id: "needs-higher-care", label: "Needs a higher level of care" },
      { id: "needs-lower-care", label: "Needs a lower level of care" },
      { id: "not-ready", label: "Not ready" },
      { id: "other", label: "Other" },
    ],
    /** Programs admissions refers people to, and that refer people here (demo names). */
    partnerPrograms: [
      { id: "riverbend-residential", label: "Riverbend Residential (demo)" },
      { id: "eastside-php", label: "Eastside Partial Hospitalization (demo)" },
      { id: "cedar-outpatient", label: "Cedar Street Outpatient (demo)" },
    ],
  },
  accreditations: ["Accreditation body (demo value, replace)"],
  social: [{ label: "Facebook", href: "https://www.facebook.com/example.org" }],
} as const;
