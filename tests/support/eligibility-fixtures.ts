/**
 * Realistic 271 answers in the JSON shape of the eligibility API Stedi and Optum (Change
 * Healthcare) publish (Stedi's OpenAPI `EligibilityCheckResponseContent`; its response example
 * is a UnitedHealthcare PPO), one builder per scenario the fake clearinghouse plays. Names, IDs
 * and numbers are fictional; each answer echoes the request's member as payers do (upper case).
 */
export type Asked = {
  payerId: string;
  controlNumber: string;
  npi: string;
  organizationName: string;
  memberId: string;
  subscriber: { firstName?: string; lastName: string; dateOfBirth: string };
  dependent?: { firstName?: string; lastName: string; dateOfBirth: string };
};

type Json = Record<string, unknown>;

const PAYERS: Record<string, { name: string; phone: string; website: string }> = {
  "60054": { name: "AETNA", phone: "8886323862", website: "WWW.AETNA.COM" },
  "62308": { name: "CIGNA", phone: "8008820256", website: "CIGNAFORHCP.CIGNA.COM" },
  "87726": { name: "UNITEDHEALTHCARE", phone: "8778423210", website: "WWW.UHCPROVIDER.COM" },
};

const person = (p: Asked["subscriber"]) => ({
  ...(p.firstName ? { firstName: p.firstName.toUpperCase() } : {}),
  lastName: p.lastName.toUpperCase(),
  dateOfBirth: p.dateOfBirth,
});

/** What every answer carries: the trace, the provider, the payer and the member asked about. */
function envelope(asked: Asked, member: Json = {}): Json {
  const payer = PAYERS[asked.payerId] ?? { name: "DEMO HEALTH PLAN", phone: "8005550100", website: "WWW.EXAMPLE.ORG" };
  const trace = `01K${asked.controlNumber}FAKE`;
  return {
    meta: {
      applicationMode: "production",
      senderId: "FAKECH",
      submitterId: "117151744",
      traceId: trace,
      outboundTraceId: trace,
    },
    id: `ec_00000000-0000-4000-8000-${asked.controlNumber.padStart(12, "0")}`,
    controlNumber: asked.controlNumber,
    reassociationKey: asked.controlNumber,
    tradingPartnerServiceId: asked.payerId,
    provider: {
      providerName: asked.organizationName.toUpperCase(),
      entityIdentifier: "Provider",
      entityType: "Non-Person Entity",
      npi: asked.npi,
    },
    payer: {
      entityIdentifier: "Payer",
      entityType: "Non-Person Entity",
      name: payer.name,
      payorIdentification: asked.payerId,
      contactInformation: {
        contacts: [
          { communicationMode: "Telephone", communicationNumber: payer.phone },
          { communicationMode: "Uniform Resource Locator (URL)", communicationNumber: payer.website },
        ],
      },
    },
    subscriber: {
      memberId: asked.memberId,
      ...person(asked.subscriber),
      entityIdentifier: "Insured or Subscriber",
      entityType: "Person",
      ...(asked.dependent ? {} : member),
    },
    ...(asked.dependent
      ? {
          dependents: [
            { ...person(asked.dependent), relationToSubscriber: "Child", relationToSubscriberCode: "19", ...member },
          ],
        }
      : {}),
    subscriberTraceNumbers: [
      {
        traceTypeCode: "2",
        traceType: "Referenced Transaction Trace Numbers",
        referenceIdentification: trace,
        originatingCompanyIdentifier: "9FAKECH000",
      },
      {
        traceTypeCode: "1",
        traceType: "Current Transaction Trace Numbers",
        referenceIdentification: `${asked.payerId}-${asked.controlNumber}`,
        originatingCompanyIdentifier: `9${asked.payerId}00`,
      },
    ],
    x12: `ISA*00*          *00*          *ZZ*FAKECH         *ZZ*${asked.npi}     *260115*0931*^*00501*${asked.controlNumber}*0*P*>~GS*HB*FAKECH*${asked.npi}*20260115*0931*${Number(asked.controlNumber)}*X*005010X279A1~ST*271*0001*005010X279A1~BHT*0022*11*${trace}*20260115*0931~HL*1**20*1~NM1*PR*2*${payer.name}*****PI*${asked.payerId}~SE*5*0001~GE*1*${Number(asked.controlNumber)}~IEA*1*${asked.controlNumber}~`,
  };
}

const group = { groupNumber: "0867530-010-00001", groupDescription: "CASCADIA TIMBER WORKS LLC" };

const benefit = (fields: Json): Json => ({
  ...fields,
  ...(fields.coverageLevelCode
    ? { coverageLevel: { IND: "Individual", FAM: "Family" }[fields.coverageLevelCode as "IND" | "FAM"] }
    : {}),
  ...(fields.inPlanNetworkIndicatorCode
    ? {
        inPlanNetworkIndicator: { Y: "Yes", N: "No", W: "Not Applicable" }[
          fields.inPlanNetworkIndicatorCode as "Y" | "N" | "W"
        ],
      }
    : {}),
});

/** Plan-wide deductible and out-of-pocket maximum, in and out of network, individual and family. */
function planAccumulators(): Json[] {
  return [
    benefit({
      code: "C",
      name: "Deductible",
      coverageLevelCode: "IND",
      serviceTypeCodes: ["30"],
      timeQualifierCode: "23",
      timeQualifier: "Calendar Year",
      benefitAmount: "1500",
      inPlanNetworkIndicatorCode: "Y",
    }),
    benefit({
      code: "C",
      name: "Deductible",
      coverageLevelCode: "IND",
      serviceTypeCodes: ["30"],
      timeQualifierCode: "29",
      timeQualifier: "Remaining",
      benefitAmount: "900",
      inPlanNetworkIndicatorCode: "Y",
    }),
    benefit({
      code: "C",
      name: "Deductible",
      coverageLevelCode: "FAM",
      serviceTypeCodes: ["30"],
      timeQualifierCode: "23",
      timeQualifier: "Calendar Year",
      benefitAmount: "3000",
      inPlanNetworkIndicatorCode: "Y",
    }),
    benefit({
      code: "C",
      name: "Deductible",
      coverageLevelCode: "IND",
      serviceTypeCodes: ["30"],
      timeQualifierCode: "23",
      timeQualifier: "Calendar Year",
      benefitAmount: "3000",
      inPlanNetworkIndicatorCode: "N",
    }),
    benefit({
      code: "G",
      name: "Out of Pocket (Stop Loss)",
      coverageLevelCode: "IND",
      serviceTypeCodes: ["30"],
      timeQualifierCode: "23",
      timeQualifier: "Calendar Year",
      benefitAmount: "4000",
      inPlanNetworkIndicatorCode: "Y",
    }),
    benefit({
      code: "G",
      name: "Out of Pocket (Stop Loss)",
      coverageLevelCode: "IND",
      serviceTypeCodes: ["30"],
      timeQualifierCode: "24",
      timeQualifier: "Year to Date",
      benefitAmount: "1250.55",
      inPlanNetworkIndicatorCode: "Y",
    }),
    benefit({
      code: "G",
      name: "Out of Pocket (Stop Loss)",
      coverageLevelCode: "FAM",
      serviceTypeCodes: ["30"],
      timeQualifierCode: "23",
      timeQualifier: "Calendar Year",
      benefitAmount: "8000",
      inPlanNetworkIndicatorCode: "Y",
    }),
    benefit({
      code: "G",
      name: "Out of Pocket (Stop Loss)",
      coverageLevelCode: "IND",
      serviceTypeCodes: ["30"],
      timeQualifierCode: "23",
      timeQualifier: "Calendar Year",
      benefitAmount: "9000",
      inPlanNetworkIndicatorCode: "N",
    }),
  ];
}

const activePlan = (extra: Json = {}) =>
  benefit({
    code: "1",
    name: "Active Coverage",
    coverageLevelCode: "FAM",
    serviceTypeCodes: ["30"],
    serviceTypes: ["Health Benefit Plan Coverage"],
    insuranceTypeCode: "PR",
    insuranceType: "Preferred Provider Organization (PPO)",
    planCoverage: "OPEN ACCESS SELECT PPO",
    ...extra,
  });

const dates = { planBegin: "20260101", planEnd: "20261231", eligibilityBegin: "20240301" };

/** Active PPO, in network, with outpatient behavioral-health copays and a prior-authorization rule for IOP. */
export function activeAnswer(asked: Asked): Json {
  return {
    ...envelope(asked, group),
    planInformation: group,
    planDateInformation: dates,
    planStatus: [
      {
        statusCode: "1",
        status: "Active Coverage",
        planDetails: "OPEN ACCESS SELECT PPO",
        serviceTypeCodes: ["30", "MH", "AI"],
      },
    ],
    benefitsInformation: [
      activePlan({ additionalInformation: [{ description: "PROVIDER IS IN NETWORK FOR MEMBER" }] }),
      benefit({
        code: "1",
        name: "Active Coverage",
        coverageLevelCode: "IND",
        serviceTypeCodes: ["MH", "AI"],
        serviceTypes: ["Mental Health", "Substance Abuse"],
      }),
      ...planAccumulators(),
      benefit({
        code: "B",
        name: "Co-Payment",
        coverageLevelCode: "IND",
        serviceTypeCodes: ["CJ", "AI"],
        serviceTypes: ["Substance Abuse Facility - Outpatient", "Substance Abuse"],
        timeQualifierCode: "27",
        timeQualifier: "Visit",
        benefitAmount: "40",
        inPlanNetworkIndicatorCode: "Y",
        authOrCertIndicator: "Y",
        additionalInformation: [
          { description: "PRIOR AUTHORIZATION REQUIRED FOR INTENSIVE OUTPATIENT SERVICES" },
          { description: "COPAY APPLIES PER DAY OF SERVICE" },
        ],
      }),
      benefit({
        code: "A",
        name: "Co-Insurance",
        coverageLevelCode: "IND",
        serviceTypeCodes: ["CJ", "AI"],
        benefitPercent: "0",
        inPlanNetworkIndicatorCode: "Y",
        authOrCertIndicator: "Y",
      }),
      benefit({
        code: "A",
        name: "Co-Insurance",
        coverageLevelCode: "IND",
        serviceTypeCodes: ["CJ", "AI"],
        benefitPercent: "0.4",
        inPlanNetworkIndicatorCode: "N",
        authOrCertIndicator: "Y",
      }),
      benefit({
        code: "B",
        name: "Co-Payment",
        coverageLevelCode: "IND",
        serviceTypeCodes: ["CF", "A8", "MH"],
        serviceTypes: ["Mental Health Provider - Outpatient", "Psychiatric - Outpatient", "Mental Health"],
        timeQualifierCode: "27",
        timeQualifier: "Visit",
        benefitAmount: "30",
        inPlanNetworkIndicatorCode: "Y",
        authOrCertIndicator: "N",
      }),
    ],
  };
}

/** Coverage ended: the plan year before this one. */
export function inactiveAnswer(asked: Asked): Json {
  return {
    ...envelope(asked, group),
    planInformation: group,
    planDateInformation: { planBegin: "20250101", planEnd: "20251231", eligibilityEnd: "20251231" },
    planStatus: [{ statusCode: "6", status: "Inactive", serviceTypeCodes: ["30"] }],
    benefitsInformation: [
      benefit({
        code: "6",
        name: "Inactive",
        coverageLevelCode: "IND",
        serviceTypeCodes: ["30"],
        serviceTypes: ["Health Benefit Plan Coverage"],
        insuranceTypeCode: "PR",
      }),
    ],
  };
}

/** Medical benefits with the payer; mental health and substance use carved out to a behavioral health manager. */
export function carveOutAnswer(asked: Asked): Json {
  const manager = {
    entityIdentifier: "Third-Party Administrator",
    entityType: "Non-Person Entity",
    entityName: "BRIGHTPATH BEHAVIORAL HEALTH",
    entityIdentification: "MI",
    entityIdentificationValue: `BPB${asked.memberId.replace(/\D/g, "").slice(-9)}`,
    contactInformation: { contacts: [{ communicationMode: "Telephone", communicationNumber: "8005550199" }] },
  };
  return {
    ...envelope(asked, group),
    planInformation: group,
    planDateInformation: dates,
    benefitsInformation: [
      activePlan(),
      ...planAccumulators(),
      benefit({
        code: "U",
        name: "Contact Following Entity for Eligibility or Benefit Information",
        serviceTypeCodes: ["MH", "AI"],
        serviceTypes: ["Mental Health", "Substance Abuse"],
        benefitsRelatedEntities: [manager],
        additionalInformation: [
          { description: "BEHAVIORAL HEALTH BENEFITS ADMINISTERED BY BRIGHTPATH BEHAVIORAL HEALTH" },
        ],
      }),
    ],
  };
}

/** The plan is active, but outpatient behavioral health is listed as not covered: a coordinator must call. */
export function notCoveredAnswer(asked: Asked): Json {
  return {
    ...envelope(asked, group),
    planInformation: group,
    planDateInformation: dates,
    benefitsInformation: [
      activePlan(),
      ...planAccumulators(),
      benefit({
        code: "I",
        name: "Non-Covered",
        serviceTypeCodes: ["AI", "CJ"],
        serviceTypes: ["Substance Abuse", "Substance Abuse Facility - Outpatient"],
        additionalInformation: [{ description: "REFER TO PLAN DOCUMENTS" }],
      }),
    ],
  };
}

type Aaa = { code: string; description: string; followupAction: string; location: string; possibleResolutions: string };

const AAA: Record<"notFound" | "wrongBirthDate" | "payerDown" | "provider", Aaa> = {
  notFound: {
    code: "75",
    description: "Subscriber/Insured Not Found",
    followupAction: "Please Correct and Resubmit",
    location: "Loop 2100C",
    possibleResolutions: "Check the member ID, name and date of birth against the insurance card.",
  },
  wrongBirthDate: {
    code: "71",
    description: "Patient Birth Date Does Not Match That for the Patient on the Database",
    followupAction: "Please Correct and Resubmit",
    location: "Loop 2100C",
    possibleResolutions: "Confirm the date of birth with the patient.",
  },
  payerDown: {
    code: "42",
    description: "Unable to Respond at Current Time",
    followupAction: "Resubmission Allowed",
    location: "Loop 2100A",
    possibleResolutions: "The payer is experiencing connectivity issues. Retry later.",
  },
  provider: {
    code: "43",
    description: "Invalid/Missing Provider Identification",
    followupAction: "Please Correct and Resubmit",
    location: "Loop 2100B",
    possibleResolutions: "The NPI is not registered with the payer for this provider name.",
  },
};

/** A rejection: the AAA error at its level (payer, provider or member) and bubbled up to `errors`, as Stedi does. */
export function rejectedAnswer(asked: Asked, which: keyof typeof AAA): Json {
  const error = { field: "AAA", ...AAA[which] };
  const base = envelope(asked);
  const level = which === "payerDown" ? "payer" : which === "provider" ? "provider" : "subscriber";
  return { ...base, [level]: { ...(base[level] as Json), aaaErrors: [error] }, errors: [error] };
}
