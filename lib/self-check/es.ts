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
    "suicide-month": {
      topic: "Ideas de suicidio o un intento, en el último mes",
      prompt: {
        self: "En el último mes, ¿ha tenido ideas de quitarse la vida, o trató de hacerlo?",
        other: "En el último mes, ¿su ser querido habló de quitarse la vida, lo insinuó o trató de hacerlo?",
      },
      hint: "Le hacemos esta pregunta a todas las personas. Importa aunque ya haya pasado.",
      options: {
        thoughts: {
          label: { self: "Sí, he tenido esas ideas", other: "Sí, ha hablado de eso o lo ha insinuado" },
          summary: "ideas de suicidio",
        },
        attempt: {
          label: { self: "Sí, traté de quitarme la vida", other: "Sí, ha tratado de quitarse la vida" },
          summary: "un intento de suicidio",
        },
        "not-sure": notSure,
        no,
      },
    },
    psychosis: {
      topic: "Voces, desconfianza o días sin dormir",
      prompt: {
        self: "Últimamente, ¿ha oído voces que otros no oyen, ha creído que otras personas querían hacerle daño, o ha pasado días sin dormir?",
        other:
          "Últimamente, ¿su ser querido ha oído voces que otros no oyen, ha creído que otras personas querían hacerle daño, o ha pasado días sin dormir?",
      },
      hint: {
        self: "Piense en las últimas 2 semanas. No cuente los momentos en que bebía o consumía menos, o lo dejaba. Días sin dormir quiere decir no sentir necesidad de dormir.",
        other:
          "Piense en las últimas 2 semanas. No cuente los momentos en que su ser querido bebía o consumía menos, o lo dejaba. Días sin dormir quiere decir no sentir necesidad de dormir.",
      },
      options: { yes, "not-sure": notSure, no },
    },
    withdrawal: {
      topic: "Convulsiones, temblores, confusión o alucinaciones al dejar",
      prompt: {
        self: "Piense en las veces que bebió o consumió menos, o que lo dejó. ¿Alguna vez tuvo una convulsión, temblores fuertes o mucha confusión? ¿O vio u oyó cosas que no estaban ahí?",
        other:
          "Piense en las veces que su ser querido bebió o consumió menos, o que lo dejó. ¿Alguna vez tuvo una convulsión, temblores fuertes o mucha confusión? ¿O vio u oyó cosas que no estaban ahí?",
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
      topic: "Beber mucho o tomar sedantes todos los días",
      prompt: {
        self: "¿Bebe mucho alcohol todos los días? ¿O toma un sedante todos los días, más de lo recetado o sin receta?",
        other:
          "¿Su ser querido bebe mucho alcohol todos los días? ¿O toma un sedante todos los días, más de lo recetado o sin receta?",
      },
      hint: {
        self: "Beber mucho quiere decir, por ejemplo, beber en la mañana o para calmar los temblores. Los sedantes son las benzos, como Xanax, Valium, Klonopin o Ativan; pastillas para dormir como Ambien (las «drogas Z»); barbitúricos; gabapentina y GHB. Si un médico le recetó uno para tomar a diario, no lo deje por su cuenta.",
        other:
          "Beber mucho quiere decir, por ejemplo, beber en la mañana o para calmar los temblores. Los sedantes son las benzos, como Xanax, Valium, Klonopin o Ativan; pastillas para dormir como Ambien (las «drogas Z»); barbitúricos; gabapentina y GHB. Si un médico le recetó uno a su ser querido para tomar a diario, no debe dejarlo por su cuenta.",
      },
      options: {
        yes,
        "not-sure": notSure,
        no,
        prescribed: {
          label: {
            self: "Solo un sedante que tengo recetado, y como está recetado",
            other: "Solo un sedante que tiene recetado, y como está recetado",
          },
          summary: "solo un sedante recetado, como se indica",
        },
      },
    },
    opioids: {
      topic: "Opioides: fentanilo, heroína, pastillas sin seguir la receta",
      prompt: {
        self: "¿Consume opioides, como fentanilo, heroína o pastillas para el dolor sin seguir la receta?",
        other:
          "¿Su ser querido consume opioides, como fentanilo, heroína o pastillas para el dolor sin seguir la receta?",
      },
      hint: "Las pastillas para el dolor incluyen la oxicodona y la hidrocodona. No cuente la metadona ni la buprenorfina tomadas como se recetaron.",
      options: {
        daily: { label: "Sí, todos los días o casi todos", summary: "todos los días o casi" },
        some: { label: "Sí, pero no todos los días", summary: "sí, no todos los días" },
        "not-sure": notSure,
        no,
      },
    },
    health: {
      topic: "La salud ahora",
      prompt: {
        self: "¿Cómo está su salud ahora, del cuerpo y de la mente?",
        other: "¿Cómo está ahora la salud de su ser querido, del cuerpo y de la mente?",
      },
      options: {
        steady: { label: "Estable casi siempre", summary: "estable casi siempre" },
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
        self: "No sabe si podría hacerse daño o hacerle daño a otra persona. No hace falta saberlo para llamar al 988 y marcar 2. Alguien le va a escuchar.",
        other:
          "No sabe si su ser querido podría hacerse daño o hacerle daño a otra persona. Puede llamar al 988 y marcar 2 para pedir consejo, aunque tenga dudas.",
      },
    },
    "medical-emergency": {
      reason: "Usted dijo que puede haber una emergencia médica. Si tiene dudas, es más seguro llamar al 911.",
    },
    "suicide-attempt": {
      reason: {
        self: "Usted dijo que trató de quitarse la vida en el último mes. Eso pide una revisión de salud mental hoy mismo, antes de un programa como el IOP.",
        other:
          "Usted dijo que su ser querido trató de quitarse la vida en el último mes. Eso pide una revisión de salud mental hoy mismo, antes de un programa como el IOP.",
      },
      askFor: {
        self: "Una revisión de salud mental hoy mismo. Cuéntele al médico sobre el intento. Pregunte si una estadía en el hospital o la hospitalización parcial (PHP) debe ir antes del IOP.",
        other:
          "Una revisión de salud mental para su ser querido hoy mismo. Cuéntele al médico sobre el intento. Pregunte si una estadía en el hospital o la hospitalización parcial (PHP) debe ir antes del IOP.",
      },
    },
    psychosis: {
      reason: {
        self: "Usted dijo que últimamente ha oído voces, ha creído que otras personas querían hacerle daño o ha pasado días sin dormir. Fuera de la abstinencia, estas señales piden una revisión de salud mental hoy mismo.",
        other:
          "Usted dijo que últimamente su ser querido ha oído voces, ha creído que otras personas querían hacerle daño o ha pasado días sin dormir. Fuera de la abstinencia, estas señales piden una revisión de salud mental hoy mismo.",
      },
      askFor: {
        self: "Una revisión de salud mental hoy mismo, con un psiquiatra o en una sala de emergencias. Pregunte qué atención debe seguir.",
        other:
          "Una revisión de salud mental para su ser querido hoy mismo, con un psiquiatra o en una sala de emergencias. Pregunte qué atención debe seguir.",
      },
    },
    "withdrawal-history": {
      reason:
        "Usted dijo que al dejar de consumir hubo una convulsión, temblores fuertes, mucha confusión, o se vieron u oyeron cosas. Una abstinencia así puede ser peligrosa sin atención médica.",
      askFor: detoxCheck,
    },
    "heavy-daily-use": {
      reason:
        "Después de beber mucho o tomar sedantes todos los días, dejarlo de golpe puede causar convulsiones, y puede matar.",
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
    "opioid-daily": {
      reason: {
        self: "Usted dijo que consume opioides todos los días o casi. Dejarlos es duro, pero casi nunca es mortal en sí. El peligro es una sobredosis, sobre todo después de una pausa. El IOP puede darle apoyo unos días a la semana, junto con medicamentos.",
        other:
          "Usted dijo que su ser querido consume opioides todos los días o casi. Dejarlos es duro, pero casi nunca es mortal en sí. El peligro es una sobredosis, sobre todo después de una pausa. El IOP puede darle apoyo unos días a la semana, junto con medicamentos.",
      },
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
      reason: "Sus respuestas no apuntan claro a un tipo de atención, o dejó preguntas en blanco.",
    },
  },
  notes: {
    "suicide-thoughts": {
      self: "Las ideas de suicidio del último mes importan, aunque ya hayan pasado. Si vuelven, llame al 988 y marque 2, o mande AYUDA por texto al 988, de día o de noche. Cuénteselas al profesional clínico en su evaluación, para que su atención le ayude a estar a salvo.",
      other:
        "Las ideas de suicidio del último mes importan, aunque parezca que ya pasaron. Si vuelven, usted o su ser querido pueden llamar al 988 y marcar 2. O pueden mandar AYUDA por texto al 988, de día o de noche. Asegúrese de que el profesional clínico lo sepa en la evaluación de su ser querido.",
    },
    "safety-unanswered":
      "Usted no contestó una pregunta de seguridad. Si alguien puede estar en peligro, llame al 911 ahora. O llame al 988 y marque 2, o mande AYUDA por texto al 988.",
    "psychosis-unsure": {
      self: "¿Tiene dudas sobre las voces, los miedos o el sueño? Pida pronto una revisión de salud mental. Si las cosas empeoran, llame al 988 y marque 2, o mande AYUDA por texto al 988. Si alguien puede estar en peligro, llame al 911.",
      other:
        "¿Tiene dudas sobre esas señales? Pida pronto una revisión de salud mental para su ser querido. Si las cosas empeoran, llame al 988 y marque 2, o mande AYUDA por texto al 988. Si alguien puede estar en peligro, llame al 911.",
    },
    "home-unsafe": {
      self: "¿Alguien en casa le hace daño, le amenaza o le controla? La Línea Directa Nacional de Violencia Doméstica le puede ayudar. Atiende de día o de noche, en español. Y el 211 le ayuda a buscar un lugar seguro donde quedarse, y otra ayuda cerca.",
      other:
        "¿Alguien en casa le hace daño a su ser querido, le amenaza o le controla? La Línea Directa Nacional de Violencia Doméstica les puede ayudar. Atiende de día o de noche, en español. Y el 211 ayuda a buscar un lugar seguro donde quedarse, y otra ayuda cerca.",
    },
    naloxone: {
      self: "Lleve naloxona (Narcan) con usted. Puede revertir una sobredosis de opioides, y se vende sin receta. Hay fentanilo en gran parte de las drogas de la calle, hasta en pastillas. Nunca consuma a solas. Después de una pausa, aunque sea de pocos días, el cuerpo pierde la tolerancia, y la cantidad de antes puede matar.",
      other:
        "Tenga naloxona (Narcan) en casa y llévela con usted. Puede revertir una sobredosis de opioides, y se vende sin receta. Hay fentanilo en gran parte de las drogas de la calle, hasta en pastillas. Pídale a su ser querido que nunca consuma a solas. Después de una pausa, aunque sea de pocos días, su tolerancia baja, y la cantidad de antes puede matar.",
    },
    "opioid-medication":
      "Los medicamentos son una primera opción de tratamiento para el consumo de opioides, y bajan el riesgo de morir por una sobredosis. La buprenorfina o la metadona pueden empezar de inmediato y seguir durante el IOP. La naltrexona de acción prolongada, una inyección al mes, puede empezar después de una semana o más sin opioides.",
    "withdrawal-caution":
      "¿Tiene dudas sobre la abstinencia, o dejó en blanco una pregunta sobre ella? Hable con un médico antes de consumir menos o de dejarlo. Después de consumir a diario, dejar de golpe el alcohol o los sedantes puede causar convulsiones.",
    "withdrawal-check":
      "¿Tiene dudas sobre la abstinencia, o dejó en blanco una pregunta sobre ella? Pida una revisión de la abstinencia en la evaluación. Mientras tanto, hable con un médico antes de consumir menos o de dejarlo. Después de consumir a diario, dejar de golpe el alcohol o los sedantes puede causar convulsiones.",
    "sedative-prescribed": {
      self: "Usted toma a diario un sedante recetado. No lo deje ni tome menos por su cuenta: dejarlo de golpe puede causar convulsiones. Cuénteselo al profesional clínico en la evaluación.",
      other:
        "Su ser querido toma a diario un sedante recetado. No debe dejarlo ni tomar menos por su cuenta: dejarlo de golpe puede causar convulsiones. Cuénteselo al profesional clínico en la evaluación.",
    },
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
      summary: "pedir ayuda ahora (911, o 988 y marcar 2)",
    },
    urgent: {
      title: "Pida hoy mismo una revisión de salud mental",
      intro: {
        self: "Según sus respuestas, lo más seguro es ver hoy mismo a un profesional de salud mental, antes de empezar un programa como el IOP. Vaya a una sala de emergencias, o llame al 988 y marque 2 para saber adónde ir. Si alguien puede estar en peligro, llame al 911.",
        other:
          "Según sus respuestas, lo más seguro es que su ser querido vea hoy mismo a un profesional de salud mental. Eso va antes que un programa como el IOP. Vayan a una sala de emergencias, o llame al 988 y marque 2 para saber adónde ir. Si alguien puede estar en peligro, llame al 911.",
      },
      summary: "revisión de salud mental hoy mismo (988 y marcar 2, o 911 si hay peligro)",
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
    talk: {
      title: "Hable con nosotros sobre el paso siguiente",
      intro: {
        self: "Según sus respuestas, no podemos señalar un tipo de atención. No pasa nada. Una charla corta y gratis con nuestro equipo o con su médico puede ayudar a ver qué le sirve.",
        other:
          "Según sus respuestas, no podemos señalar un tipo de atención para su ser querido. No pasa nada. Una charla corta y gratis con nuestro equipo o con su médico puede ayudar a ver qué le sirve a su ser querido.",
      },
      summary: "hablarlo (todavía no hay un paso claro)",
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
