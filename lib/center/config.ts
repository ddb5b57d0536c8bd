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
    /**
     * `payerId`: the plan's payer ID at the eligibility clearinghouse, for the real-time check
     * (lib/eligibility/); a plan without one is verified by phone. Blue Cross Blue Shield has a
     * payer ID per state plan, Optum and TRICARE per region or product: set yours.
     */
    accepted: [
      { id: "aetna", name: "Aetna", payerId: "60054" },
      { id: "bcbs", name: "Blue Cross Blue Shield" },
      { id: "cigna", name: "Cigna", payerId: "62308" },
      { id: "unitedhealthcare", name: "UnitedHealthcare", payerId: "87726" },
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
  /** The center's National Provider Identifier, sent with eligibility checks (a documented test NPI; replace). */
  npi: "1999999984",
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
  /**
   * What the center offers after IOP, shown on the alumni and aftercare page. `when` says
   * when it meets, if it meets on a schedule.
   */
  aftercare: [
    {
      id: "alumni-group",
      name: "Alumni group",
      description:
        "A group for people who have finished our program. You catch up, share what is working, and keep in touch with people who understand. It is free.",
      when: "Tuesdays, 6:30 to 7:30 p.m., in person or online",
      es: {
        name: "Grupo de exalumnos",
        description:
          "Un grupo para quienes terminaron nuestro programa. Se ponen al día, cuentan lo que les funciona y siguen en contacto con gente que les entiende. Es gratis.",
        when: "Los martes, de 6:30 a 7:30 de la noche, en persona o por video",
      },
    },
    {
      id: "alumni-mentoring",
      name: "Alumni mentors",
      description:
        "If you like, we pair you with a mentor: someone who finished the program a while ago and is trained to listen. You talk by phone or meet for coffee in your first months after IOP.",
      es: {
        name: "Mentores exalumnos",
        description:
          "Si quiere, le ponemos en contacto con un mentor: alguien que terminó el programa hace tiempo y está preparado para escuchar. Hablan por teléfono o se ven para tomar un café en sus primeros meses después del IOP.",
      },
    },
    {
      id: "outpatient",
      name: "Standard outpatient therapy",
      description:
        "One or two sessions a week with a therapist, here or with a provider near you. Most people step down to this when IOP ends.",
      es: {
        name: "Terapia ambulatoria común",
        description:
          "Una o dos citas por semana con un terapeuta, aquí o cerca de su casa. Casi todos pasan a esto cuando termina el IOP.",
      },
    },
    {
      id: "meetings",
      name: "Help finding meetings",
      description:
        "Before you finish, we help you find 12-step or SMART Recovery meetings near your home or online, and go over what to expect.",
      es: {
        name: "Ayuda para encontrar grupos",
        description:
          "Antes de terminar, le ayudamos a encontrar grupos de 12 pasos o de SMART Recovery cerca de su casa o por internet. Y le contamos qué esperar.",
      },
    },
  ],
  /**
   * The people who write and clinically review the articles, each with a page of their own.
   * Demo people are fictional and say so on their page: replace them with your real staff.
   */
  people: [
    {
      slug: "dana-whitfield",
      name: "Dana Whitfield",
      jobTitle: "Clinical director",
      credentials: [
        {
          abbreviation: "LCSW",
          name: "Licensed Clinical Social Worker",
          kind: "license",
          number: "EXAMPLE-LCSW-0000",
          es: { name: "Trabajo social clínico" },
        },
        {
          abbreviation: "LADC",
          name: "Licensed Alcohol and Drug Counselor",
          kind: "license",
          number: "EXAMPLE-LADC-0000",
          es: { name: "Consejería sobre alcohol y drogas" },
        },
      ],
      bio: "Dana leads our clinical team and has worked in addiction and mental health treatment for many years, mostly in outpatient programs. Dana reviews articles on therapy, recovery skills and family support. Articles on withdrawal, medication or overdose go to our medical director.",
      clinicalReviewer: true,
      reviewScope: ["counseling", "family"],
      demo: true,
      es: {
        jobTitle: "Responsable de la dirección clínica",
        bio: "Dana dirige nuestro equipo clínico. Ha trabajado muchos años en el tratamiento de las adicciones y de la salud mental, sobre todo en programas ambulatorios. Dana revisa los artículos sobre terapia, habilidades para la recuperación y apoyo a la familia. Los artículos sobre abstinencia, medicamentos o sobredosis los revisa nuestro director médico.",
      },
    },
    {
      slug: "marcus-ojeda",
      name: "Marcus Ojeda",
      jobTitle: "Medical director",
      credentials: [
        {
          abbreviation: "MD",
          name: "Doctor of Medicine, licensed physician",
          kind: "license",
          number: "EXAMPLE-MD-0000",
          prescriber: true,
          es: { name: "Doctor en medicina, con licencia para ejercer" },
        },
        {
          abbreviation: "ABPN",
          name: "Board certified in addiction psychiatry",
          kind: "certification",
          es: { name: "Certificación de especialidad en psiquiatría de las adicciones" },
        },
      ],
      bio: "Dr. Ojeda is a psychiatrist who treats substance use and mental health conditions together. He oversees medication in our program. He reviews every article on withdrawal, medication or overdose, and may review any other article too.",
      clinicalReviewer: true,
      reviewScope: ["medical", "counseling", "family"],
      demo: true,
      es: {
        jobTitle: "Director médico",
        bio: "El Dr. Ojeda es psiquiatra. Trata a la vez el consumo de sustancias y los problemas de salud mental. Está a cargo de los medicamentos en nuestro programa. Revisa todos los artículos sobre la abstinencia, los medicamentos o la sobredosis. También puede revisar los demás artículos.",
      },
    },
    {
      slug: "priya-natarajan",
      name: "Priya Natarajan",
      jobTitle: "Family therapist",
      credentials: [
        {
          abbreviation: "LPC",
          name: "Licensed Professional Counselor",
          kind: "license",
          number: "EXAMPLE-LPC-0000",
          es: { name: "Consejería profesional" },
        },
      ],
      bio: "Priya runs our family sessions and family education evenings. She writes about how families can support someone in treatment while looking after themselves. She reviews articles on family support, aftercare and counseling, not those on withdrawal or medication.",
      clinicalReviewer: true,
      reviewScope: ["counseling", "family"],
      demo: true,
      es: {
        jobTitle: "Terapeuta familiar",
        bio: "Priya dirige nuestras sesiones con las familias y las charlas para familias que damos en la noche. Escribe sobre cómo la familia puede apoyar a alguien en tratamiento y, a la vez, cuidarse. Revisa artículos sobre el apoyo de la familia, el seguimiento y la terapia. No revisa los que tratan de la abstinencia o los medicamentos.",
      },
    },
    {
      slug: "sam-ellery",
      name: "Sam Ellery",
      jobTitle: "Health writer",
      credentials: [],
      bio: "Sam writes our articles in plain language, working from the research and from interviews with our clinicians. Sam does not review articles: each one Sam writes is checked by a licensed clinician before it is published.",
      clinicalReviewer: false,
      reviewScope: [],
      demo: true,
      es: {
        jobTitle: "Redacción de temas de salud",
        bio: "Sam escribe nuestros artículos con palabras sencillas. Se basa en los estudios y en lo que le cuentan nuestros profesionales clínicos. Sam no revisa artículos: un profesional clínico con licencia revisa cada artículo de Sam antes de publicarlo.",
      },
    },
  ],
  /** How often each article must be clinically reviewed again; `npm run content -- review-due` lists those past it. */
  articleReviewMonths: 12,
  social: [{ label: "Facebook", href: "https://www.facebook.com/example.org" }],
  /**
   * The languages admissions serves (the clinic's JSON-LD `availableLanguage`), and when a
   * Spanish speaker is called back in Spanish. `spanishCallbackHours` are the bilingual
   * coordinator's hours in `timeZone`; outside them (or with none listed) admissions calls
   * back with a phone interpreter, and the Spanish confirmation page says which to expect.
   */
  languages: {
    served: ["English", "Spanish"],
    spanishCallbackHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], open: "09:00", close: "17:00" }],
    interpreterLine: true,
    /**
     * Section 1557 taglines: one line in each of the state's 15 most common languages other
     * than English (HHS keeps the list per state; this is Oregon's), shown on the
     * nondiscrimination page in both editions. Have a qualified translator check each line.
     */
    taglines: [
      { lang: "es", text: "Español: Hay ayuda gratuita con el idioma. Llame a nuestra línea de admisiones." },
      { lang: "vi", text: "Tiếng Việt: Có hỗ trợ ngôn ngữ miễn phí. Vui lòng gọi đường dây tiếp nhận của chúng tôi." },
      { lang: "zh-Hans", text: "简体中文：我们提供免费的语言协助。请拨打我们的接诊咨询电话。" },
      { lang: "zh-Hant", text: "繁體中文：我們提供免費的語言協助。請撥打我們的接診諮詢電話。" },
      { lang: "ru", text: "Русский: Доступна бесплатная языковая помощь. Позвоните на нашу линию приёма." },
      { lang: "ko", text: "한국어: 무료 언어 지원을 받으실 수 있습니다. 접수 상담 전화로 연락해 주십시오." },
      { lang: "uk", text: "Українська: Доступна безкоштовна мовна допомога. Зателефонуйте на нашу лінію прийому." },
      { lang: "ja", text: "日本語：無料の言語支援をご利用いただけます。受付窓口までお電話ください。" },
      { lang: "ar", text: "العربية: تتوفر مساعدة لغوية مجانية. اتصل بخط القبول لدينا." },
      { lang: "ro", text: "Română: Este disponibil ajutor lingvistic gratuit. Sunați la linia noastră de admitere." },
      { lang: "km", text: "ភាសាខ្មែរ៖ មានជំនួយភាសាដោយឥតគិតថ្លៃ។ សូមទូរស័ព្ទមកខ្សែទូរស័ព្ទចុះឈ្មោះរបស់យើង។" },
      {
        lang: "om",
        text: "Afaan Oromoo: Gargaarsi afaanii kaffaltii malee ni jira. Lakkoofsa galmee keenyaatti bilbilaa.",
      },
      { lang: "de", text: "Deutsch: Kostenlose Sprachhilfe ist verfügbar. Rufen Sie unsere Aufnahme an." },
      { lang: "fa", text: "فارسی: کمک زبانی رایگان در دسترس است. با خط پذیرش ما تماس بگیرید." },
      { lang: "th", text: "ภาษาไทย: มีบริการช่วยเหลือด้านภาษาฟรี โปรดโทรหาสายรับผู้ป่วยของเรา" },
      { lang: "lo", text: "ພາສາລາວ: ມີການຊ່ວຍເຫຼືອດ້ານພາສາໂດຍບໍ່ເສຍຄ່າ. ກະລຸນາໂທຫາສາຍຮັບເຂົ້າຂອງພວກເຮົາ." },
    ],
  },
  /** The Spanish edition's words for the values above that are written in English. */
  es: {
    tagline:
      "Tratamiento ambulatorio intensivo para el consumo de sustancias y la salud mental, sin dejar de vivir en su casa.",
    description:
      "Un programa ambulatorio intensivo (IOP) para adultos con un trastorno por consumo de sustancias y problemas de salud mental, con grupos de mañana, tarde y noche, en persona o en línea.",
    directions:
      "Hay estacionamiento gratis detrás del edificio. La parada de autobús de Example Street está a dos cuadras.",
    sessionLabels: { morning: "Mañana", afternoon: "Tarde", evening: "Noche" },
    insuranceGuidance: {
      medicaid:
        "No estamos en la red de Medicaid. Llámenos de todos modos: le ayudamos a encontrar un programa cerca que acepte su plan. También puede buscar en findtreatment.gov.",
      medicare:
        "No aceptamos Medicare. Llámenos y le ayudamos a encontrar un programa que sí lo acepte, o busque en findtreatment.gov.",
    },
    licenseAgency: "la Autoridad de Salud de Oregón (valor de demostración)",
    accreditations: ["Organismo de acreditación (valor de demostración, reemplazar)"],
  },
} as const;
