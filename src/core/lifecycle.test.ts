import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  type Action,
  actionsFrom,
  checkTransition,
  isOpen,
  open311Status,
  STATUSES,
  type Status,
} from './lifecycle.js';

/**
 * The transition table, written out by hand from DOMAIN.md's lifecycle: for each status, the actions
 * allowed from it and the status each leads to. An action missing from a row is refused.
 * Changing the lifecycle must change these tables too.
 */
type Table = Record<Status, Partial<Record<Action, Status>>>;

/** A request with a department in charge. */
const WITH_DEPARTMENT: Table = {
  new: { accept: 'accepted', reject: 'rejected', redirect: 'redirected', mark_duplicate: 'duplicate' },
  // Assigning to a colleague and reassigning to another department keep the status.
  accepted: {
    start: 'in_progress',
    hold: 'on_hold',
    submit_for_validation: 'awaiting_validation',
    resolve: 'resolved',
    reject: 'rejected',
    redirect: 'redirected',
    mark_duplicate: 'duplicate',
    assign: 'accepted',
    reassign: 'accepted',
  },
  in_progress: {
    hold: 'on_hold',
    submit_for_validation: 'awaiting_validation',
    resolve: 'resolved',
    assign: 'in_progress',
    reassign: 'in_progress',
  },
  on_hold: { start: 'in_progress', assign: 'on_hold', reassign: 'on_hold' },
  awaiting_validation: {
    validate: 'sent_to_contractor',
    refuse_validation: 'accepted',
    assign: 'awaiting_validation',
  },
  sent_to_contractor: { resolve: 'resolved', assign: 'sent_to_contractor' },
  // Reopening puts the request back in the queue of the department that had it.
  resolved: { close: 'closed', reopen: 'accepted' },
  closed: { reopen: 'accepted' },
  rejected: { reopen: 'accepted' },
  redirected: {},
  duplicate: {},
};

/**
 * A request no department is in charge of: start, resolve, submit_for_validation and assign are
 * refused; reassign gives it a department.
 */
const WITHOUT_DEPARTMENT: Table = {
  new: { accept: 'accepted', reject: 'rejected', redirect: 'redirected', mark_duplicate: 'duplicate' },
  accepted: {
    hold: 'on_hold',
    reject: 'rejected',
    redirect: 'redirected',
    mark_duplicate: 'duplicate',
    reassign: 'accepted',
  },
  in_progress: { hold: 'on_hold', reassign: 'in_progress' },
  on_hold: { reassign: 'on_hold' },
  awaiting_validation: { validate: 'sent_to_contractor', refuse_validation: 'accepted' },
  sent_to_contractor: {},
  // With no department to go back to, a reopened request goes back to the dispatcher.
  resolved: { close: 'closed', reopen: 'new' },
  closed: { reopen: 'new' },
  rejected: { reopen: 'new' },
  redirected: {},
  duplicate: {},
};

const NEEDS_DEPARTMENT: readonly Action[] = ['start', 'resolve', 'submit_for_validation', 'assign'];

const cases = (table: Table) =>
  STATUSES.flatMap((status) => ACTIONS.map((action) => ({ status, action, to: table[status][action] })));

describe('the lifecycle vocabulary', () => {
  it('has exactly the statuses and actions the tables below describe', () => {
    expect([...STATUSES]).toEqual(Object.keys(WITH_DEPARTMENT));
    expect([...STATUSES]).toEqual(Object.keys(WITHOUT_DEPARTMENT));
    expect([...ACTIONS]).toEqual([
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
    ]);
  });
});

describe('checkTransition on a request with a department in charge', () => {
  for (const { status, action, to } of cases(WITH_DEPARTMENT)) {
    if (to) {
      it(`allows ${action} from ${status}, leading to ${to}`, () => {
        expect(checkTransition(action, { status, departmentId: 'dept-1' })).toEqual({ ok: true, to });
      });
    } else {
      it(`refuses ${action} from ${status}, naming the statuses it is possible from`, () => {
        const check = checkTransition(action, { status, departmentId: 'dept-1' });
        expect(check.ok).toBe(false);
        if (!check.ok) expect(check.reason).toContain(`"${status}"`);
      });
    }
  }
});

describe('checkTransition on a request no department is in charge of', () => {
  for (const { status, action, to } of cases(WITHOUT_DEPARTMENT)) {
    if (to) {
      it(`allows ${action} from ${status}, leading to ${to}`, () => {
        expect(checkTransition(action, { status, departmentId: null })).toEqual({ ok: true, to });
      });
    } else {
      it(`refuses ${action} from ${status}`, () => {
        expect(checkTransition(action, { status, departmentId: null }).ok).toBe(false);
      });
    }
  }

  for (const action of NEEDS_DEPARTMENT) {
    it(`refuses ${action} from accepted, saying a department must be in charge`, () => {
      const check = checkTransition(action, { status: 'accepted', departmentId: null });
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.reason).toMatch(/needs a department/);
    });
  }
});

describe('reopen', () => {
  const rows: { status: Status; departmentId: string | null; to: Status }[] = [
    { status: 'resolved', departmentId: 'dept-1', to: 'accepted' },
    { status: 'closed', departmentId: 'dept-1', to: 'accepted' },
    { status: 'rejected', departmentId: 'dept-1', to: 'accepted' },
    { status: 'resolved', departmentId: null, to: 'new' },
    { status: 'closed', departmentId: null, to: 'new' },
    { status: 'rejected', departmentId: null, to: 'new' },
  ];
  for (const { status, departmentId, to } of rows) {
    it(`leads from ${status} to ${to} when ${departmentId ? 'a department had it' : 'no department had it'}`, () => {
      expect(checkTransition('reopen', { status, departmentId })).toEqual({ ok: true, to });
    });
  }
});

describe('actionsFrom', () => {
  for (const status of STATUSES) {
    it(`lists, in the order of ACTIONS, the actions possible from ${status} with and without a department`, () => {
      const expected = (table: Table) => ACTIONS.filter((a) => table[status][a] !== undefined);
      expect(actionsFrom({ status, departmentId: 'dept-1' })).toEqual(expected(WITH_DEPARTMENT));
      expect(actionsFrom({ status, departmentId: null })).toEqual(expected(WITHOUT_DEPARTMENT));
    });
  }

  it('offers nothing on a redirected or duplicate request', () => {
    expect(actionsFrom({ status: 'redirected', departmentId: 'dept-1' })).toEqual([]);
    expect(actionsFrom({ status: 'duplicate', departmentId: 'dept-1' })).toEqual([]);
  });

  it('offers the triage actions on a new request', () => {
    expect(actionsFrom({ status: 'new', departmentId: null })).toEqual([
      'accept',
      'reject',
      'redirect',
      'mark_duplicate',
    ]);
  });
});

describe('isOpen and open311Status', () => {
  const OPEN: Record<Status, boolean> = {
    new: true,
    accepted: true,
    in_progress: true,
    on_hold: true,
    awaiting_validation: true,
    sent_to_contractor: true,
    resolved: false,
    closed: false,
    rejected: false,
    redirected: false,
    duplicate: false,
  };
  for (const status of STATUSES) {
    const open = OPEN[status];
    it(`says a ${status} request is ${open ? 'open' : 'not open'} and shows it as ${open ? 'open' : 'closed'} in Open311`, () => {
      expect(isOpen(status)).toBe(open);
      expect(open311Status(status)).toBe(open ? 'open' : 'closed');
    });
  }
});
