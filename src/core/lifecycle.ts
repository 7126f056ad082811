/**
 * The lifecycle of a request: statuses, the actions that move a request between them, and the
 * pure function that says whether a transition is allowed and what it produces.
 * Server and browser share this file, so the web shows exactly the actions the server accepts.
 */

export const STATUSES = [
  'new',
  'accepted',
  'in_progress',
  'on_hold',
  'awaiting_validation',
  'sent_to_contractor',
  'resolved',
  'closed',
  'rejected',
  'redirected',
  'duplicate',
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses in which the work is not finished: they count in queues and for duplicates. */
export const OPEN_STATUSES: readonly Status[] = [
  'new',
  'accepted',
  'in_progress',
  'on_hold',
  'awaiting_validation',
  'sent_to_contractor',
];

export function isOpen(status: Status): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Open311 GeoReport v2 knows only two statuses. */
export function open311Status(status: Status): 'open' | 'closed' {
  return isOpen(status) ? 'open' : 'closed';
}

export const ACTIONS = [
  'accept',
  'start',
  'hold',
  'submit_for_validation',
  'validate',
  'refuse_validation',
  'resolve',
  'close',
  'reopen',
  'reject',
  'redirect',
  'mark_duplicate',
  'assign',
  'reassign',
] as const;
export type Action = (typeof ACTIONS)[number];

export const HOLD_REASONS = ['third_party', 'season', 'budget', 'other'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 * Where each action may start from. The target status is fixed except for `reopen`, and for
 * `assign` and `reassign`, which change who is in charge but not the status.
 */
const FROM: Record<Action, readonly Status[]> = {
  accept: ['new'],
  start: ['accepted', 'on_hold'],
  hold: ['accepted', 'in_progress'],
  submit_for_validation: ['accepted', 'in_progress'],
  validate: ['awaiting_validation'],
  refuse_validation: ['awaiting_validation'],
  resolve: ['accepted', 'in_progress', 'sent_to_contractor'],
  close: ['resolved'],
  reopen: ['resolved', 'closed', 'rejected'],
  reject: ['new', 'accepted'],
  redirect: ['new', 'accepted'],
  mark_duplicate: ['new', 'accepted'],
  assign: ['accepted', 'in_progress', 'on_hold', 'awaiting_validation', 'sent_to_contractor'],
  reassign: ['accepted', 'in_progress', 'on_hold'],
};

/** Whether the requester is told of the event each action produces. */
export const ACTION_IS_PUBLIC: Record<Action, boolean> = {
  accept: true,
  start: true,
  hold: true,
  submit_for_validation: false,
  validate: false,
  refuse_validation: false,
  resolve: true,
  close: true,
  reopen: true,
  reject: true,
  redirect: true,
  mark_duplicate: true,
  assign: false,
  reassign: false,
};

export function allowedFrom(action: Action): readonly Status[] {
  return FROM[action];
}

/** The facts of a request that the lifecycle looks at. */
export interface LifecycleState {
  status: Status;
  departmentId: string | null;
}

/** The status an action leads to from a given state. */
export function targetStatus(action: Action, state: LifecycleState): Status {
  switch (action) {
    case 'accept':
      return 'accepted';
    case 'start':
      return 'in_progress';
    case 'hold':
      return 'on_hold';
    case 'submit_for_validation':
      return 'awaiting_validation';
    case 'validate':
      return 'sent_to_contractor';
    case 'refuse_validation':
      return 'accepted';
    case 'resolve':
      return 'resolved';
    case 'close':
      return 'closed';
    case 'reopen':
      // Back into the queue of the department that had it, or to the dispatcher if none did.
      return state.departmentId ? 'accepted' : 'new';
    case 'reject':
      return 'rejected';
    case 'redirect':
      return 'redirected';
    case 'mark_duplicate':
      return 'duplicate';
    case 'assign':
    case 'reassign':
      return state.status;
    default: {
      const unknownAction: never = action;
      throw new Error(`unknown action ${String(unknownAction)}`);
    }
  }
}

/** Actions done by the department in charge: refused while no department is in charge. */
const NEEDS_DEPARTMENT: readonly Action[] = ['start', 'resolve', 'submit_for_validation', 'assign'];

export type TransitionCheck = { ok: true; to: Status } | { ok: false; reason: string };

/** Says whether `action` may be applied to a request in `state` (roles aside: see permissions). */
export function checkTransition(action: Action, state: LifecycleState): TransitionCheck {
  if (!FROM[action].includes(state.status)) {
    return {
      ok: false,
      reason: `action "${action}" is not possible on a request with status "${state.status}" (possible from: ${FROM[action].join(', ')})`,
    };
  }
  if (NEEDS_DEPARTMENT.includes(action) && !state.departmentId) {
    return { ok: false, reason: `action "${action}" needs a department in charge: accept the request first` };
  }
  return { ok: true, to: targetStatus(action, state) };
}

/** Actions possible from a status, roles aside. */
export function actionsFrom(state: LifecycleState): Action[] {
  return ACTIONS.filter((a) => checkTransition(a, state).ok);
}
