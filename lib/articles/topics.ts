import type { Locale } from "@/lib/i18n/locales";

/**
 * The article topics, each with a page of its own at /articles/topics/<slug> and, in Spanish,
 * at /es/articulos/temas/<es.slug>.
 */
export const articleTopics = {
  "understanding-iop": {
    label: "Understanding IOP",
    description: "What intensive outpatient care is, who it suits, and what the days and weeks look like.",
    about: "Intensive outpatient treatment",
    es: {
      slug: "entender-el-iop",
      label: "Entender el IOP",
      description: "Qué es el tratamiento ambulatorio intensivo, para quién es y cómo son los días y las semanas.",
      about: "Tratamiento ambulatorio intensivo",
    },
  },
  "recovery-and-relapse-prevention": {
    label: "Recovery and relapse prevention",
    description:
      "Staying on track during and after treatment: coping skills, warning signs, aftercare and alumni support.",
    about: "Relapse prevention",
    es: {
      slug: "recuperacion-y-prevencion-de-recaidas",
      label: "Recuperación y prevención de recaídas",
      description:
        "Cómo seguir adelante durante el tratamiento y después: maneras de sobrellevar los días difíciles, señales de alerta, seguimiento y apoyo entre exalumnos.",
      about: "Prevención de recaídas",
    },
  },
  "for-families": {
    label: "For families",
    description: "How parents, partners and friends can help someone in treatment, and look after themselves too.",
    about: "Family support in addiction treatment",
    es: {
      slug: "para-familias",
      label: "Para familias",
      description:
        "Cómo pueden ayudar los padres, las parejas y los amigos a alguien en tratamiento, y cómo cuidarse también.",
      about: "Apoyo familiar en el tratamiento de las adicciones",
    },
  },
  "paying-for-care": {
    label: "Paying for care",
    description: "Insurance, costs and how to find out what your plan covers for intensive outpatient care.",
    about: "Paying for addiction treatment",
    es: {
      slug: "pagar-el-tratamiento",
      label: "Cómo pagar el tratamiento",
      description:
        "El seguro médico, los costos y cómo saber qué cubre su plan para el tratamiento ambulatorio intensivo.",
      about: "Pago del tratamiento de las adicciones",
    },
  },
} as const;

export type ArticleTopic = keyof typeof articleTopics;

export const topicSlugs = Object.keys(articleTopics) as ArticleTopic[];

/** A topic's slug (its address), label, description and schema.org `about`, in one language. */
export function topicText(topic: ArticleTopic, locale: Locale) {
  const { es, ...en } = articleTopics[topic];
  return locale === "es" ? es : { slug: topic, ...en };
}
