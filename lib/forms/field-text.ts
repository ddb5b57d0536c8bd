import type { Locale } from "@/lib/i18n/locales";

/**
 * Every message the forms' zod schemas can give, in each language. Plain functions (not the
 * JSON catalogues) because they take the field's name and limits, and because they ship in
 * the forms' client bundle, which loads only the visitor's language. The type makes both
 * languages carry the same messages.
 */
export type FieldText = {
  enter: (what: string) => string;
  shorten: (what: string, max: number) => string;
  nameChars: (what: string) => string;
  phone: { missing: string; chars: string; areaCode: string; check: string };
  email: string;
  asText: (what: string) => string;
  oneLine: (what: string) => string;
  fromCard: (what: string) => string;
  cardChars: (what: string) => string;
  cardLength: (what: string, min: number, max: number) => string;
  dateFormat: (what: string) => string;
  noSuchDate: (what: string) => string;
  inPast: (what: string) => string;
  year: (what: string) => string;
  fillIn: string;
  tickOrLeave: (what: string) => string;
  /** The nouns the messages above name. */
  names: Record<
    | "yourName"
    | "theirName"
    | "holderName"
    | "holderDob"
    | "dob"
    | "carrierName"
    | "secondCarrier"
    | "secondMemberId"
    | "memberId"
    | "groupNumber"
    | "note",
    string
  >;
  choose: {
    about: string;
    relationshipCall: string;
    relationshipCheck: string;
    bestTime: string;
    voicemail: string;
    textOk: string;
    consentCall: string;
    coverageFor: string;
    policyholder: string;
    carrier: string;
    patientName: string;
    groupOrBlank: string;
    secondPlanTick: string;
    smsTick: string;
  };
  admissions: string;
};

const en: FieldText = {
  enter: (what) => `Please enter ${what}`,
  shorten: (what, max) => `Please shorten ${what} to ${max.toLocaleString("en-US")} characters or fewer`,
  nameChars: (what) => `Please use only letters, spaces, apostrophes, hyphens and periods in ${what}`,
  phone: {
    missing: "Please enter a phone number we can call, like (503) 555-0100",
    chars: "Please use only numbers in the phone number, like (503) 555-0100",
    areaCode: "Please include the area code, like (503) 555-0100",
    check: "Please check the phone number: we need a US number we can call, like (503) 555-0100",
  },
  email: "Please enter an email address like name@example.com, or leave it blank",
  asText: (what) => `Please enter ${what} as text`,
  oneLine: (what) => `Please keep ${what} on one line`,
  fromCard: (what) => `Please enter ${what} from the insurance card`,
  cardChars: (what) => `Please use only letters, numbers, spaces and hyphens in ${what}`,
  cardLength: (what, min, max) =>
    `Please check ${what}: it should be ${min} to ${max} characters, as printed on the card`,
  dateFormat: (what) => `Please enter ${what} with year, month and day, like 1985-04-23`,
  noSuchDate: (what) => `Please check ${what}: that date doesn't exist`,
  inPast: (what) => `Please check ${what}: it needs to be in the past`,
  year: (what) => `Please check the year in ${what}`,
  fillIn: "Please fill in the form and try again",
  tickOrLeave: (what) => `Please tick the box if ${what}, or leave it empty`,
  names: {
    yourName: "your name",
    theirName: "their name",
    holderName: "the policyholder's name",
    holderDob: "the policyholder's date of birth",
    dob: "the date of birth",
    carrierName: "the name of the insurance company",
    secondCarrier: "the second insurance company",
    secondMemberId: "the second plan's member ID",
    memberId: "the member ID",
    groupNumber: "the group number",
    note: "your note",
  },
  choose: {
    about: "Please tell us who the call is about",
    relationshipCall: "Please choose how you know the person you're asking about",
    relationshipCheck: "Please choose how you know the person who needs care",
    bestTime: "Please choose a good time for us to call",
    voicemail: "Please tell us whether we may leave a voicemail",
    textOk: "Please tell us whether we may text you",
    consentCall: "Please confirm we may call you",
    coverageFor: "Please tell us whose coverage we're checking",
    policyholder: "Please tell us who the policyholder is",
    carrier: "Please choose your insurance company from the list, or choose “Other”",
    patientName: "Please enter the name of the person who needs care",
    groupOrBlank: "Please enter the group number, or leave it blank",
    secondPlanTick: "there is a second plan",
    smsTick: "we may text you",
  },
  admissions: "Admissions",
};

const es: FieldText = {
  enter: (what) => `Escriba ${what}`,
  shorten: (what, max) => `Acorte ${what} a ${max.toLocaleString("es-US")} caracteres o menos`,
  nameChars: (what) => `Use solo letras, espacios, apóstrofos, guiones y puntos en ${what}`,
  phone: {
    missing: "Escriba un número de teléfono al que podamos llamar, como (503) 555-0100",
    chars: "Use solo números en el teléfono, como (503) 555-0100",
    areaCode: "Incluya el código de área, como (503) 555-0100",
    check: "Revise el teléfono: necesitamos un número de EE. UU. al que podamos llamar, como (503) 555-0100",
  },
  email: "Escriba un correo electrónico como nombre@example.com, o déjelo en blanco",
  asText: (what) => `Escriba ${what} como texto`,
  oneLine: (what) => `Escriba ${what} en una sola línea`,
  fromCard: (what) => `Escriba ${what} como aparece en la tarjeta del seguro`,
  cardChars: (what) => `Use solo letras, números, espacios y guiones en ${what}`,
  cardLength: (what, min, max) => `Revise ${what}: debe tener de ${min} a ${max} caracteres, como en la tarjeta`,
  dateFormat: (what) => `Escriba ${what} con año, mes y día, como 1985-04-23`,
  noSuchDate: (what) => `Revise ${what}: esa fecha no existe`,
  inPast: (what) => `Revise ${what}: debe ser una fecha pasada`,
  year: (what) => `Revise el año en ${what}`,
  fillIn: "Llene el formulario y vuelva a intentarlo",
  tickOrLeave: (what) => `Marque la casilla si ${what}, o déjela vacía`,
  names: {
    yourName: "su nombre",
    theirName: "el nombre de esa persona",
    holderName: "el nombre del titular de la póliza",
    holderDob: "la fecha de nacimiento del titular",
    dob: "la fecha de nacimiento",
    carrierName: "el nombre de la compañía de seguros",
    secondCarrier: "la segunda compañía de seguros",
    secondMemberId: "el número de miembro del segundo plan",
    memberId: "el número de miembro",
    groupNumber: "el número de grupo",
    note: "su nota",
  },
  choose: {
    about: "Díganos para quién es la llamada",
    relationshipCall: "Elija qué relación tiene con la persona por la que pregunta",
    relationshipCheck: "Elija qué relación tiene con la persona que necesita atención",
    bestTime: "Elija una buena hora para llamarle",
    voicemail: "Díganos si podemos dejar un mensaje de voz",
    textOk: "Díganos si le podemos mandar un texto",
    consentCall: "Confirme que le podemos llamar",
    coverageFor: "Díganos de quién es el seguro que revisamos",
    policyholder: "Díganos quién es el titular de la póliza",
    carrier: "Elija su compañía de seguros de la lista, o elija “Otra”",
    patientName: "Escriba el nombre de la persona que necesita atención",
    groupOrBlank: "Escriba el número de grupo, o déjelo en blanco",
    secondPlanTick: "hay un segundo plan",
    smsTick: "le podemos mandar textos",
  },
  admissions: "Admisiones",
};

export const fieldTexts: Record<Locale, FieldText> = { en, es };
