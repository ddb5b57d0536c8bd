import { centerConfig } from "@/lib/center/config";
import type { Audience, ResultId, Worded } from "@/lib/self-check/model";
import type { OptionValue, QuestionId } from "@/lib/self-check/questions";
import type { ResultText, SummaryWords } from "@/lib/self-check/results";
import type { NoteId, RuleId } from "@/lib/self-check/rules";

/**
 * The self-check in Spanish: words only, keyed by the English ids. Which answer raises which
 * flag, and what the flags lead to, stay in questions.ts and rules.ts (lib/self-check/localize.ts
 * joins the two), so both languages follow the same rules. The types list every question,
 * answer, rule, note and result: leaving one out fails the type check.
 * Written for Spanish-speaking families in the US (content/es/GLOSARIO.md): usted, short
 * sentences, "su ser querido" for the person a family member asks about.
 */

type OptionWords = { label: Worded; summary: string };

export type SpanishSelfCheck = {
  audienceQuestion: { prompt: string; hint: string; options: Record<Audience, string> };
  questions: {
    [Id in QuestionId]: { topic: string; prompt: Worded; hint?: Worded; options: Record<OptionValue<Id>, OptionWords> };
  };
  rules: Record<RuleId, { reason: Worded; askFor?: Worded }>;
  notes: Record<NoteId, Worded>;
  results: Record<ResultId, ResultText>;
  notADiagnosis: Worded;
  whatToExpect: Worded;
  summary: SummaryWords;
};

const blocks = centerConfig.sessionBlocks.map((block) =>
  (centerConfig.es.sessionLabels[block.id] ?? block.label).toLowerCase(),
);
const someOnline = centerConfig.sessionBlocks.some((block) => block.formats.some((f) => f === "virtual"));
/** "mañana, tarde o noche", from the center's session blocks. */
const sessionTimes = blocks.length > 1 ? `${blocks.slice(0, -1).join(", ")} o ${blocks.at(-1)}` : (blocks[0] ?? "");

const yes = { label: "Sí", summary: "sí" };
const no = { label: "No", summary: "no" };
const notSure = { label: "No lo sé", summary: "no lo sabe" };
const detoxCheck: Worded = {
  self: "Una revisión médica de la abstinencia, y desintoxicación médica si hace falta. Por favor, no lo deje de golpe sin hablar con un médico.",
  other:
    "Una revisión médica de la abstinencia, y desintoxicación médica si hace falta. Por favor, que su ser querido no lo deje de golpe sin hablar con un médico.",
};

export const spanishSelfCheck: SpanishSelfCheck = {
  audienceQuestion: {
    prompt: "¿Para quién hace esta autoevaluación?",
    hint: "Así le hacemos las preguntas de la forma correcta.",
    options: { self: "Para mí", other: "Para un ser querido" },
  },
  questions: {
    harm: {
      topic: "Ideas de suicidio o de hacer daño ahora",
      prompt: {
        self: "Ahora mismo, ¿tiene ideas de quitarse la vida, o de hacerse daño o hacerle daño a otra persona?",
        other:
          "Ahora mismo, ¿cree que su ser querido podría quitarse la vida, o hacerse daño o hacerle daño a otra persona?",
      },
      hint: "Si es así, le mostramos cómo pedir ayuda de inmediato.",
      options: { yes, "not-sure": notSure, no },
    },
    medical: {
      topic: "Emergencia médica ahora",
      prompt: {
        self: "¿Tiene ahora señales de una emergencia médica? Por ejemplo, dolor en el pecho, problemas para respirar o señales de una sobredosis.",
        other:
          "¿Su ser querido tiene ahora señales de una emergencia médica? Por ejemplo, una convulsión, dolor en el pecho, problemas para respirar, no se despierta fácil o hay señales de una sobredosis.",
      },
      options: { yes, "not-sure": notSure, no },
    },
    withdrawal: {
      topic: "Convulsiones, temblores o alucinaciones al dejar",
      prompt: {
        self: "Piense en las veces que bebió o consumió menos, o que lo dejó. ¿Alguna vez tuvo una convulsión o temblores fuertes? ¿O vio u oyó cosas que no estaban ahí?",
        other:
          "Piense en las veces que su ser querido bebió o consumió menos, o que lo dejó. ¿Alguna vez tuvo una convulsión o temblores fuertes? ¿O vio u oyó cosas que no estaban ahí?",
      },
      options: {
        yes,
        "not-sure": notSure,
        no,
        "never-stopped": {
          label: { self: "Nunca he tratado de dejarlo", other: "Nunca ha tratado de dejarlo" },
          summary: "nunca trató de dejarlo",
        },
      },
    },
    "daily-use": {
      topic: "Beber mucho o tomar benzos todos los días",
      prompt: {
        self: "¿Bebe mucho alcohol todos los días? ¿O toma benzos todos los días, más de lo recetado o sin receta?",
        other:
          "¿Su ser querido bebe mucho alcohol todos los días? ¿O toma benzos todos los días, más de lo recetado o sin receta?",
      },
      hint: "Las benzos son pastillas como Xanax, Valium, Klonopin o Ativan. Si se bebe o se toman benzos a diario, dejarlo de golpe puede ser peligroso.",
      options: { yes, "not-sure": notSure, no },
    },
    health: {
      topic: "La salud ahora",
      prompt: {
        self: "¿Cómo está su salud ahora, del cuerpo y de la mente?",
        other: "¿Cómo está ahora la salud de su ser querido, del cuerpo y de la mente?",
      },
      options: {
        steady: { label: "Más o menos estable", summary: "más o menos estable" },
        hard: { label: "Hay días muy difíciles", summary: "hay días muy difíciles" },
        "daily-care": {
          label: {
            self: "Necesito atención todos los días para estar bien y a salvo",
            other: "Necesita atención todos los días para estar bien y a salvo",
          },
          summary: "necesita atención todos los días",
        },
      },
    },
    impact: {
      topic: "Cuánto afecta la vida diaria",
      prompt: {
        self: "¿Cuánto le complican la vida diaria el consumo de alcohol o drogas, o los problemas de salud mental?",
        other:
          "¿Cuánto le complican la vida diaria a su ser querido el consumo de alcohol o drogas, o los problemas de salud mental?",
      },
      hint: "Piense en el trabajo, la escuela, la familia, el sueño y el dinero.",
      options: {
        little: { label: "Poco o nada", summary: "poco o nada" },
        "a-lot": { label: "Bastante", summary: "bastante" },
        most: { label: "Afecta casi todo", summary: "casi todo" },
      },
    },
    "past-care": {
      topic: "Ayuda que ha tenido",
      prompt: {
        self: "¿Qué ayuda ha tenido hasta ahora?",
        other: "¿Qué ayuda ha tenido su ser querido hasta ahora?",
      },
      hint: "Elija la que más se parezca.",
      options: {
        none: { label: "Ninguna todavía", summary: "ninguna todavía" },
        weekly: {
          label: "Terapia, consejería o grupos de apoyo cada semana",
          summary: "terapia, consejería o grupos cada semana",
        },
        "step-down": {
          label:
            "Tratamiento residencial, en el hospital o en hospitalización parcial (PHP), que terminó hace menos de un mes o termina pronto",
          summary: "residencial, hospital o PHP que termina ahora",
        },
        "intensive-before": {
          label: "IOP, tratamiento residencial u hospitalización parcial (PHP), hace más de un mes",
          summary: "IOP, residencial o PHP, hace más de un mes",
        },
      },
    },
    home: {
      topic: "La casa",
      prompt: {
        self: "¿Su casa es un lugar seguro para vivir mientras recibe ayuda?",
        other: "¿La casa de su ser querido es un lugar seguro para vivir mientras recibe ayuda?",
      },
      options: {
        supportive: {
          label: { self: "Sí, y alguien en casa me apoya", other: "Sí, y alguien en casa le da apoyo" },
          summary: "segura, con apoyo",
        },
        unsupportive: {
          label: "Es segura, pero hay poco apoyo, o hay otras personas que beben o consumen drogas",
          summary: "segura, pero poco apoyo u otros consumen",
        },
        unsafe: {
          label: {
            self: "No es segura, o no tengo un lugar fijo donde vivir",
            other: "No es segura, o no tiene un lugar fijo donde vivir",
          },
          summary: "no es segura, o no hay un lugar fijo",
        },
      },
    },
    time: {
      topic: "Tiempo para 9 horas o más a la semana",
      prompt: {
        self: "¿Podría venir a las sesiones unas 9 horas o más a la semana?",
        other: "¿Su ser querido podría venir a las sesiones unas 9 horas o más a la semana?",
      },
      hint: `Por ejemplo, 3 horas al día, 3 o 4 días a la semana. Hay grupos de ${sessionTimes}${
        someOnline ? ", y algunos son en línea" : ""
      }.`,
      options: {
        yes,
        maybe: { label: "Tal vez, con algunos cambios", summary: "tal vez" },
        no: { label: "No, ahora no", summary: "ahora no" },
      },
    },
    readiness: {
      topic: "Ganas de recibir ayuda",
      prompt: {
        self: "¿Cómo se siente con la idea de recibir ayuda ahora?",
        other: "¿Cómo se siente su ser querido con la idea de recibir ayuda ahora?",
      },
      options: {
        ready: { label: { self: "Quiero ayuda", other: "Quiere ayuda" }, summary: "quiere ayuda" },
        unsure: { label: { self: "Tengo dudas, pero quiero hablar", other: "Tiene dudas" }, summary: "tiene dudas" },
        "not-ready": {
          label: { self: "Todavía no quiero empezar", other: "No quiere ayuda por ahora" },
          summary: "todavía no quiere",
        },
      },
    },
  },
  rules: {
    "harm-thoughts": {
      reason: {
        self: "Usted dijo que tiene ideas de quitarse la vida, o de hacerse daño o hacerle daño a otra persona.",
        other: "Usted dijo que su ser querido podría quitarse la vida, o hacerse daño o hacerle daño a otra persona.",
      },
    },
    "harm-unsure": {
      reason: {
        self: "No sabe si podría hacerse daño o hacerle daño a otra persona. No hace falta saberlo para llamar al 988. Alguien le va a escuchar.",
        other:
          "No sabe si su ser querido podría hacerse daño o hacerle daño a otra persona. Puede llamar al 988 para pedir consejo, aunque tenga dudas.",
      },
    },
    "medical-emergency": {
      reason: "Usted dijo que puede haber una emergencia médica. Si tiene dudas, es más seguro llamar al 911.",
    },
    "withdrawal-history": {
      reason:
        "Usted dijo que al dejar de consumir hubo una convulsión, temblores fuertes, o se vieron u oyeron cosas. Una abstinencia así puede ser peligrosa sin atención médica.",
      askFor: detoxCheck,
    },
    "heavy-daily-use": {
      reason: "Beber mucho o tomar benzos todos los días puede hacer que dejarlo sea peligroso.",
      askFor: detoxCheck,
    },
    "needs-daily-care": {
      reason: {
        self: "Usted dijo que ahora necesita atención todos los días para estar bien y a salvo. El IOP es solo unas horas, unos días a la semana.",
        other:
          "Usted dijo que su ser querido necesita atención todos los días para estar bien y a salvo. El IOP es solo unas horas, unos días a la semana.",
      },
      askFor: "Hospitalización parcial (PHP) o tratamiento residencial, donde hay atención todos los días.",
    },
    "home-unsafe": {
      reason: {
        self: "Usted dijo que su casa no es segura, o que no tiene un lugar fijo donde vivir. El IOP funciona mejor con un lugar seguro al cual volver.",
        other:
          "Usted dijo que la casa de su ser querido no es segura, o que no tiene un lugar fijo donde vivir. El IOP funciona mejor con un lugar seguro al cual volver.",
      },
      askFor: "Tratamiento residencial o una casa de vida sobria, para tener un lugar seguro durante el tratamiento.",
    },
    "step-down": {
      reason:
        "Cuando otro tratamiento terminó hace poco, o termina pronto, es un buen momento para empezar el IOP. Suele ser el paso siguiente.",
    },
    "impact-severe": {
      reason:
        "Afecta casi todo. Eso pide más que una cita a la semana. En la evaluación, un profesional clínico ve si el IOP basta.",
    },
    "impact-moderate": {
      reason: "Complica bastante la vida diaria. El IOP da apoyo unos días a la semana, y se sigue viviendo en casa.",
    },
    "health-hard": {
      reason: "Hay días muy difíciles. El IOP da apoyo 3 días o más a la semana.",
    },
    "weekly-not-enough": {
      reason: "Ya se probó la terapia o los grupos cada semana, y todo sigue difícil. El IOP es el paso siguiente.",
    },
    "impact-mild": {
      reason: "Complica poco la vida diaria. Una cita a la semana con un consejero o terapeuta puede bastar.",
    },
    "time-no": {
      reason: {
        self: "Usted dijo que ahora no puede venir 9 horas o más a la semana. La terapia ambulatoria toma una o dos horas a la semana.",
        other:
          "Usted dijo que su ser querido ahora no puede venir 9 horas o más a la semana. La terapia ambulatoria toma una o dos horas a la semana.",
      },
    },
    unclear: {
      reason:
        "Sus respuestas no apuntan claro a una opción. Una llamada corta con nuestro equipo puede ayudar a aclararlo.",
    },
  },
  notes: {
    "safety-unanswered":
      "Usted no contestó una pregunta de seguridad. Si alguien puede estar en peligro, llame al 911, o llame o mande un texto al 988, ahora.",
    "withdrawal-unsure":
      "¿Tiene dudas sobre la abstinencia? Hable con un médico antes de consumir menos o de dejarlo. Hay abstinencias que pueden ser peligrosas.",
    "home-unsupportive":
      "El apoyo en casa importa. Pregunte por las sesiones con la familia. Pregunte también por una casa de vida sobria si otras personas en casa beben o consumen drogas.",
    time: `El tiempo le preocupa. Pregunte por los grupos de ${sessionTimes}. Muchas personas siguen con su trabajo o sus clases durante el IOP.`,
    "tried-intensive-before": "Necesitar ayuda más de una vez es común. Cuéntenos qué sirvió antes y qué no.",
    "readiness-unsure": {
      self: "Tener dudas es normal. Una llamada es solo una charla, sin presión para empezar.",
      other:
        "Muchas personas tienen dudas sobre recibir ayuda. Le ayudamos a planear cómo hablar del tema con su ser querido.",
    },
    "not-ready": {
      self: "No tiene que decidir nada para llamar. Podemos solo hablar, y usted decide qué sigue.",
      other:
        "Cada adulto decide sobre su propia atención. Igual puede llamarnos para pedir consejo sobre cómo hablar con su ser querido, y para tener apoyo usted.",
    },
  },
  results: {
    crisis: {
      title: "Por favor, pida ayuda ahora",
      intro: {
        self: "Su seguridad es lo primero. Por favor, pida ayuda ahora, antes que nada. No tiene que pasar por esto a solas.",
        other:
          "La seguridad de su ser querido es lo primero. Por favor, pida ayuda ahora, antes que nada. No tiene que pasar por esto a solas.",
      },
      summary: "pedir ayuda ahora (911 o 988)",
    },
    "higher-care": {
      title: "Puede hacer falta más atención primero",
      intro: {
        self: "Según sus respuestas, puede ser más seguro empezar con más atención de la que da el IOP. Después, el IOP suele ser el paso siguiente.",
        other:
          "Según sus respuestas, puede ser más seguro que su ser querido empiece con más atención de la que da el IOP. Después, el IOP suele ser el paso siguiente.",
      },
      summary: "más atención primero, como desintoxicación, PHP o tratamiento residencial",
    },
    iop: {
      title: "Vale la pena preguntar por el IOP",
      intro: {
        self: "Según sus respuestas, un programa ambulatorio intensivo (IOP) le puede servir.",
        other: "Según sus respuestas, un programa ambulatorio intensivo (IOP) le puede servir a su ser querido.",
      },
      summary: "el IOP puede servir",
    },
    outpatient: {
      title: "Por ahora, la terapia ambulatoria puede bastar",
      intro: {
        self: "Según sus respuestas, por ahora puede bastar con una cita a la semana con un consejero o terapeuta. Si todo se pone más difícil, el IOP es el paso siguiente.",
        other:
          "Según sus respuestas, por ahora a su ser querido le puede bastar una cita a la semana con un consejero o terapeuta. Si todo se pone más difícil, el IOP es el paso siguiente.",
      },
      summary: "la terapia ambulatoria puede bastar",
    },
  },
  notADiagnosis: {
    self: "Esto no es un diagnóstico. Un profesional clínico decide con usted en una evaluación.",
    other: "Esto no es un diagnóstico. Un profesional clínico decide con su ser querido en una evaluación.",
  },
  whatToExpect: {
    self: "En el IOP hay sesiones en grupo y a solas, de unas 3 horas, 3 o 4 días a la semana. Son unas 9 horas o más a la semana, y usted duerme en su casa. Empieza con una evaluación: una charla con un profesional clínico, que hace un plan con usted.",
    other:
      "En el IOP hay sesiones en grupo y a solas, de unas 3 horas, 3 o 4 días a la semana. Son unas 9 horas o más a la semana, y su ser querido duerme en su casa. Empieza con una evaluación: una charla con un profesional clínico, que hace un plan con su ser querido.",
  },
  summary: {
    heading: "De la autoevaluación de su sitio web (no es un diagnóstico):",
    about: { label: "Para quién", self: "para mí", other: "para un ser querido" },
    nextStep: "Paso siguiente sugerido",
    skipped: "sin respuesta",
    choices: {
      result: "El paso siguiente sugerido",
      answers: "El paso siguiente y mis respuestas",
      none: "Nada. Escribo mi propia nota, o la dejo en blanco.",
    },
  },
};
