/**
 * The response templates of the demo: DEMO DATA, in the words a French city would use. Loaded
 * with the demo data set; administrators change them in the administration screens.
 */
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { TemplateKind } from '../../core/templates.js';
import type { Database } from '../db/schema.js';
import { insertTemplate } from './templates.repository.js';

export interface DemoTemplate {
  code: string;
  kind: TemplateKind;
  title: string;
  bodyFr: string;
  bodyEn: string;
}

export const DEMO_TEMPLATES: readonly DemoTemplate[] = [
  {
    code: 'rejet-domaine-prive',
    kind: 'reject',
    title: 'Domaine privé',
    bodyFr:
      "Votre demande {reference} concerne le domaine privé ({address}) : la Ville ne peut pas y intervenir. Nous vous invitons à contacter le propriétaire ou le syndic de l'immeuble.",
    bodyEn:
      'Your request {reference} concerns private property ({address}): the city cannot act there. Please contact the owner or the building manager.',
  },
  {
    code: 'rejet-hors-competence',
    kind: 'reject',
    title: 'Hors compétence de la Ville',
    bodyFr:
      'Votre demande {reference} ne relève pas des compétences de la Ville de Caen. Nous ne pouvons pas y donner suite, et vous prions de nous en excuser.',
    bodyEn: 'Your request {reference} is not within the responsibilities of the City of Caen. We cannot act on it.',
  },
  {
    code: 'rejet-non-constate',
    kind: 'reject',
    title: 'Problème non constaté sur place',
    bodyFr:
      "Un agent s'est rendu au {address} et n'a pas constaté le problème décrit dans votre demande {reference}. N'hésitez pas à nous la signaler à nouveau, si possible avec une photo.",
    bodyEn:
      'An agent went to {address} and did not find the problem described in your request {reference}. Feel free to report it again, with a photo if you can.',
  },
  {
    code: 'reorientation-caen-la-mer',
    kind: 'redirect',
    title: 'Réorientée vers Caen la mer (déchets)',
    bodyFr:
      'La collecte et le tri des déchets relèvent de la communauté urbaine. Votre demande {reference} a été transmise à {body}, qui vous répondra directement.',
    bodyEn:
      'Waste collection and sorting are handled by the urban community. Your request {reference} was passed on to {body}, who will answer you directly.',
  },
  {
    code: 'reorientation-departement',
    kind: 'redirect',
    title: 'Réorientée vers le Département du Calvados (routes départementales)',
    bodyFr:
      'La voie concernée ({address}) est une route départementale, entretenue par le Département du Calvados. Votre demande {reference} lui a été transmise.',
    bodyEn:
      'The road concerned ({address}) is a departmental road, maintained by the Calvados département. Your request {reference} was passed on to it.',
  },
  {
    code: 'doublon',
    kind: 'duplicate',
    title: 'Déjà signalé',
    bodyFr:
      'Ce problème nous a déjà été signalé et il est pris en charge par {department}. Votre demande {reference} y a été rattachée : vous serez informé(e) de son avancement.',
    bodyEn:
      'This problem was already reported and {department} is handling it. Your request {reference} was attached to it: you will be told of its progress.',
  },
  {
    code: 'attente-tiers',
    kind: 'hold',
    title: "En attente d'un tiers",
    bodyFr:
      "L'intervention sur votre demande {reference} dépend d'un tiers (concessionnaire de réseau, propriétaire, autre administration). Nous la reprendrons dès son accord.",
    bodyEn:
      'The work on your request {reference} depends on a third party (network operator, owner, another administration). We will resume it as soon as they agree.',
  },
  {
    code: 'attente-saison',
    kind: 'hold',
    title: 'Intervention de saison',
    bodyFr:
      "Ce type de travaux ({category}) ne peut être réalisé qu'à la bonne saison. Votre demande {reference} est programmée et sera traitée dès que possible.",
    bodyEn:
      'This kind of work ({category}) can only be done in the right season. Your request {reference} is scheduled and will be handled as soon as possible.',
  },
  {
    code: 'attente-budget',
    kind: 'hold',
    title: 'En attente de budget',
    bodyFr:
      'Les travaux demandés ({reference}) nécessitent un financement qui sera examiné lors de la prochaine programmation budgétaire. Nous vous tiendrons informé(e).',
    bodyEn:
      'The work requested ({reference}) needs funding that will be examined in the next budget round. We will keep you informed.',
  },
  {
    code: 'intervention-programmee',
    kind: 'comment',
    title: 'Intervention programmée',
    bodyFr:
      "{department} a programmé l'intervention sur votre demande {reference} ; elle sera réalisée au plus tard le {deadline}.",
    bodyEn:
      '{department} has scheduled the work on your request {reference}; it will be done by {deadline} at the latest.',
  },
  {
    code: 'realisee',
    kind: 'resolve',
    title: 'Intervention réalisée',
    bodyFr:
      "L'intervention demandée ({reference}, {address}) a été réalisée par {department}. Merci de votre signalement, qui contribue à l'entretien de la ville.",
    bodyEn:
      'The work requested ({reference}, {address}) was done by {department}. Thank you for reporting it: it helps keep the city in good repair.',
  },
];

/** Inserts the demo templates (into a database that has none). */
export async function loadDemoTemplates(db: Kysely<Database>, now = new Date()): Promise<void> {
  const at = now.toISOString();
  for (const t of DEMO_TEMPLATES) {
    await insertTemplate(db, {
      id: uuidv7(),
      code: t.code,
      kind: t.kind,
      title: t.title,
      body_fr: t.bodyFr,
      body_en: t.bodyEn,
      active: 1,
      created_at: at,
      updated_at: at,
    });
  }
}
