/** The intake form's values, the rules checked before sending, and the bodies sent to the API. */
import type { z } from 'zod';
import type { Question } from '../../core/api/admin.js';
import { attachReportBody } from '../../core/api/intake.js';
import { type Channel, createRequestBody } from '../../core/api/requests.js';
import type { Origin } from '../../core/origins.js';
import { i18next } from '../i18n/index.js';
import type { LatLon } from './api.js';
import { parseRequester } from './requesterText.js';

/** An answer to an extra question: text (and dates), a number, or the keys of a multiple choice. */
export type Answer = string | number | string[];

export interface RequesterValues {
  /** Name, e-mail and phone as typed in one field (see requesterText.ts). */
  text: string;
  /** Null until the agent picks one: it then follows the contact typed (e-mail, else SMS). */
  channel: Channel | null;
  consent: boolean;
}

/** A photo uploaded before the request exists; the file is kept to attach it elsewhere if needed. */
export interface PendingPhoto {
  id: string;
  thumbnailUrl: string;
  gps: LatLon | null;
  file: File;
}

export interface IntakeValues {
  origin: Origin;
  address: string;
  position: LatLon | null;
  description: string;
  category: { id: string; name: string } | null;
  answers: Record<string, Answer>;
  requester: RequesterValues;
  photos: PendingPhoto[];
}

export const EMPTY_REQUESTER: RequesterValues = { text: '', channel: null, consent: false };

export function emptyIntake(origin: Origin): IntakeValues {
  return {
    origin,
    address: '',
    position: null,
    description: '',
    category: null,
    answers: {},
    requester: EMPTY_REQUESTER,
    photos: [],
  };
}

/** The channel the requester will be told by: the one picked, or the one the contact allows. */
export function channelOf(requester: RequesterValues): Channel {
  if (requester.channel) return requester.channel;
  if (!requester.consent) return 'none';
  const { email, phone } = parseRequester(requester.text);
  if (email) return 'email';
  return phone ? 'sms' : 'none';
}

/** The requester as the API takes it; none when nothing was typed. */
function toRequester(requester: RequesterValues) {
  const { name, email, phone } = parseRequester(requester.text);
  if (!(name || email || phone)) return null;
  return {
    name,
    email: email || null,
    phone: phone || null,
    channel: channelOf(requester),
    consent: requester.consent,
  };
}

const isEmpty = (answer: Answer) => (Array.isArray(answer) ? answer.length === 0 : answer === '');

/** Answers without the questions left blank. */
function filledAnswers(answers: Record<string, Answer>): Record<string, Answer> {
  return Object.fromEntries(Object.entries(answers).filter(([, answer]) => !isEmpty(answer)));
}

export function toCreateBody(id: string, values: IntakeValues): unknown {
  return {
    id,
    origin: values.origin,
    address: values.address,
    lat: values.position?.lat,
    lon: values.position?.lon,
    categoryId: values.category?.id ?? null,
    description: values.description,
    requester: toRequester(values.requester),
    answers: filledAnswers(values.answers),
    photoIds: values.photos.map((photo) => photo.id),
  };
}

export function toAttachBody(values: IntakeValues): unknown {
  return {
    origin: values.origin,
    description: values.description.trim() || undefined,
    requester: toRequester(values.requester),
  };
}

type Requester = { email?: string | null; phone?: string | null; channel: Channel; consent: boolean } | null;

/** Contact details are kept only with the requester's agreement, and a channel needs its contact. */
function checkRequester(requester: Requester | undefined, ctx: z.RefinementCtx) {
  if (!requester) return;
  if ((requester.email || requester.phone) && !requester.consent) {
    ctx.addIssue({ code: 'custom', path: ['requester', 'consent'], message: i18next.t('intake.consentNeeded') });
  }
  if (requester.channel === 'email' && !requester.email) {
    ctx.addIssue({ code: 'custom', path: ['requester', 'email'], message: i18next.t('intake.emailNeeded') });
  }
  if (requester.channel === 'sms' && !requester.phone) {
    ctx.addIssue({ code: 'custom', path: ['requester', 'phone'], message: i18next.t('intake.phoneNeeded') });
  }
}

/** The API's schema of a new request, with the rules of this form: consent, required answers. */
export function intakeSchema(questions: readonly Question[]) {
  return createRequestBody.superRefine((body, ctx) => {
    checkRequester(body.requester, ctx);
    for (const question of questions) {
      if (question.required && body.answers[question.code] === undefined) {
        ctx.addIssue({ code: 'custom', path: ['answers', question.code], message: i18next.t('validation.required') });
      }
    }
  });
}

export const attachSchema = attachReportBody.superRefine((body, ctx) => checkRequester(body.requester, ctx));
