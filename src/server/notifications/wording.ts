/**
 * The words of messages, in French and English: status and hold-reason labels in the requester's
 * language, the first sentence of each kind of message, and the labels around the facts.
 */
import type { Locale } from '../../core/api/auth.js';
import type { EventType } from '../../core/events.js';
import { CODE_LABELS } from '../../core/labels.js';
import type { HoldReason, Status } from '../../core/lifecycle.js';

/** What a message about a request may mention. */
export interface RequestFacts {
  reference: string;
  /** The body now in charge, for a redirected request. */
  bodyName: string | null;
  /** The reference of the request this one duplicates. */
  duplicateOf: string | null;
  holdReason: HoldReason | null;
}

export interface Wording {
  /** Locale of Intl formats. */
  intl: string;
  status: Record<Status, string>;
  holdReason: Record<HoldReason, string>;
  headline: Record<EventType, (facts: RequestFacts) => string>;
  subject: (reference: string, statusLabel: string) => string;
  label: { status: string; department: string; expected: string; text: string; track: string };
  /** "label : value" in French, "label: value" in English. */
  colon: string;
  footer: string;
  digest: {
    subject: (department: string, overdue: number, dueSoon: number) => string;
    intro: (department: string, day: string) => string;
    overdue: string;
    dueSoon: string;
    columns: { reference: string; address: string; category: string; status: string; deadline: string };
    footer: string;
  };
}

const fr: Wording = {
  intl: 'fr-FR',
  status: CODE_LABELS.fr.status,
  holdReason: {
    third_party: 'intervention d’un tiers attendue',
    season: 'saison',
    budget: 'budget',
    other: 'autre motif',
  },
  headline: {
    created: (f) => `Votre demande ${f.reference} a bien été enregistrée.`,
    accepted: (f) => `Votre demande ${f.reference} a été prise en charge.`,
    started: (f) => `L’intervention pour votre demande ${f.reference} a commencé.`,
    held: (f) =>
      `Votre demande ${f.reference} est en attente${f.holdReason ? ` (${fr.holdReason[f.holdReason]})` : ''}.`,
    submitted_for_validation: (f) => `Votre demande ${f.reference} a été mise à jour.`,
    validated: (f) => `Votre demande ${f.reference} a été mise à jour.`,
    validation_refused: (f) => `Votre demande ${f.reference} a été mise à jour.`,
    resolved: (f) => `L’intervention pour votre demande ${f.reference} a été réalisée.`,
    closed: (f) => `Votre demande ${f.reference} est clôturée.`,
    reopened: (f) => `Votre demande ${f.reference} a été rouverte.`,
    rejected: (f) => `Votre demande ${f.reference} n’a pas pu être retenue.`,
    redirected: (f) =>
      `Votre demande ${f.reference} a été transmise à ${f.bodyName ?? 'l’organisme compétent'}, qui en est chargé.`,
    marked_duplicate: (f) =>
      `Le problème de votre demande ${f.reference} avait déjà été signalé${f.duplicateOf ? ` (demande ${f.duplicateOf})` : ''} : il est traité sous cette référence.`,
    comment: (f) => `Nouveau message au sujet de votre demande ${f.reference}.`,
    assigned: (f) => `Votre demande ${f.reference} a été mise à jour.`,
    reassigned: (f) => `Votre demande ${f.reference} a été mise à jour.`,
    intervention_recorded: (f) => `Votre demande ${f.reference} a été mise à jour.`,
    report_attached: (f) => `Votre signalement a été rattaché à la demande ${f.reference}, qui suit ce problème.`,
    photo_added: (f) => `Une photo a été ajoutée à votre demande ${f.reference}.`,
  },
  subject: (reference, status) => `Demande ${reference} : ${status}`,
  label: {
    status: 'État',
    department: 'Service en charge',
    expected: 'Date prévue',
    text: 'Précision',
    track: 'Suivre votre demande',
  },
  colon: ' : ',
  footer:
    'Vous recevez ce message parce que vous avez demandé à être informé(e) de l’avancement de cette demande. Merci de ne pas y répondre.',
  digest: {
    subject: (department, overdue, dueSoon) =>
      `Relais — ${department} : ${overdue} en retard, ${dueSoon} à échéance d’ici demain`,
    intro: (department, day) => `Demandes ouvertes de ${department} au ${day} :`,
    overdue: 'En retard',
    dueSoon: 'À échéance d’ici demain (jour ouvré)',
    columns: { reference: 'Référence', address: 'Adresse', category: 'Type', status: 'État', deadline: 'Échéance' },
    footer: 'Message envoyé chaque jour ouvré par Relais.',
  },
};

const en: Wording = {
  intl: 'en-GB',
  // A requester reads plainer words than an agent for these two.
  status: { ...CODE_LABELS.en.status, sent_to_contractor: 'Sent to the contractor', resolved: 'Done' },
  holdReason: {
    third_party: 'waiting for a third party',
    season: 'season',
    budget: 'budget',
    other: 'other reason',
  },
  headline: {
    created: (f) => `Your request ${f.reference} has been registered.`,
    accepted: (f) => `Your request ${f.reference} has been accepted.`,
    started: (f) => `Work on your request ${f.reference} has started.`,
    held: (f) => `Your request ${f.reference} is on hold${f.holdReason ? ` (${en.holdReason[f.holdReason]})` : ''}.`,
    submitted_for_validation: (f) => `Your request ${f.reference} has been updated.`,
    validated: (f) => `Your request ${f.reference} has been updated.`,
    validation_refused: (f) => `Your request ${f.reference} has been updated.`,
    resolved: (f) => `The work on your request ${f.reference} has been done.`,
    closed: (f) => `Your request ${f.reference} is closed.`,
    reopened: (f) => `Your request ${f.reference} has been reopened.`,
    rejected: (f) => `Your request ${f.reference} could not be taken up.`,
    redirected: (f) =>
      `Your request ${f.reference} has been passed on to ${f.bodyName ?? 'the body in charge'}, which handles it.`,
    marked_duplicate: (f) =>
      `The problem of your request ${f.reference} had already been reported${f.duplicateOf ? ` (request ${f.duplicateOf})` : ''}: it is handled under that reference.`,
    comment: (f) => `A new message about your request ${f.reference}.`,
    assigned: (f) => `Your request ${f.reference} has been updated.`,
    reassigned: (f) => `Your request ${f.reference} has been updated.`,
    intervention_recorded: (f) => `Your request ${f.reference} has been updated.`,
    report_attached: (f) => `Your report has been joined to request ${f.reference}, which follows this problem.`,
    photo_added: (f) => `A photo has been added to your request ${f.reference}.`,
  },
  subject: (reference, status) => `Request ${reference}: ${status}`,
  label: {
    status: 'Status',
    department: 'Department in charge',
    expected: 'Expected date',
    text: 'Details',
    track: 'Follow your request',
  },
  colon: ': ',
  footer: 'You receive this message because you asked to be told how this request progresses. Please do not reply.',
  digest: {
    subject: (department, overdue, dueSoon) => `Relais — ${department}: ${overdue} overdue, ${dueSoon} due by tomorrow`,
    intro: (department, day) => `Open requests of ${department} on ${day}:`,
    overdue: 'Overdue',
    dueSoon: 'Due by tomorrow (working day)',
    columns: { reference: 'Reference', address: 'Address', category: 'Type', status: 'Status', deadline: 'Deadline' },
    footer: 'Sent every working day by Relais.',
  },
};

export const WORDING: Record<Locale, Wording> = { fr, en };

/** A calendar day (YYYY-MM-DD) as people read it: "15 janvier 2027", "15 January 2027". */
export function formatDay(wording: Wording, day: string): string {
  return new Intl.DateTimeFormat(wording.intl, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
