/**
 * The names people read for the lifecycle's codes, in each language of the interface: the web app's
 * translations, the requester's messages and the exports all say the same words.
 */
import type { Locale } from './api/auth.js';
import type { Priority, Status } from './lifecycle.js';
import type { Origin } from './origins.js';

interface CodeLabels {
  status: Record<Status, string>;
  origin: Record<Origin, string>;
  priority: Record<Priority, string>;
}

export const CODE_LABELS: Record<Locale, CodeLabels> = {
  fr: {
    status: {
      new: 'Nouvelle',
      accepted: 'Prise en charge',
      in_progress: 'En cours',
      on_hold: 'En attente',
      awaiting_validation: 'En attente de validation',
      sent_to_contractor: 'Transmise au prestataire',
      resolved: 'Réalisée',
      closed: 'Clôturée',
      rejected: 'Rejetée',
      redirected: 'Réorientée',
      duplicate: 'Doublon',
    },
    origin: {
      counter: 'Accueil',
      phone: 'Téléphone',
      email: 'E-mail',
      field_technician: 'Technicien de terrain',
      elected_official: 'Élu',
      department: 'Service',
      web: 'Formulaire web',
      open311: 'Application Open311',
    },
    priority: { low: 'Basse', normal: 'Normale', high: 'Haute', urgent: 'Urgente' },
  },
  en: {
    status: {
      new: 'New',
      accepted: 'Accepted',
      in_progress: 'In progress',
      on_hold: 'On hold',
      awaiting_validation: 'Awaiting validation',
      sent_to_contractor: 'Sent to contractor',
      resolved: 'Resolved',
      closed: 'Closed',
      rejected: 'Rejected',
      redirected: 'Redirected',
      duplicate: 'Duplicate',
    },
    origin: {
      counter: 'Counter',
      phone: 'Phone',
      email: 'E-mail',
      field_technician: 'Field technician',
      elected_official: 'Elected official',
      department: 'Department',
      web: 'Web form',
      open311: 'Open311 app',
    },
    priority: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  },
};
