import { describe, expect, it } from 'vitest';
import { ACTIONS } from './lifecycle.js';
import { can, GRANTS, type Permission, type RequestScope, readReach, transitionPermission } from './permissions.js';
import { type Actor, ROLES, type Role } from './roles.js';

/**
 * The role matrix, written out by hand: how far each role reaches for each permission.
 * A = all requests, B = those of the actor's body, D = of the actor's department,
 * C = those sent to the actor's contractor company, _ = denied.
 */
const A = 'all';
const B = 'body';
const D = 'department';
const C = 'contractor';
const _ = 'denied';
type Expected = typeof A | typeof B | typeof D | typeof C | typeof _;

const COLUMNS = [
  'reception_agent',
  'field_technician',
  'dispatcher',
  'department_agent',
  'manager',
  'contractor',
  'administrator',
  'analyst',
] as const satisfies readonly Role[];

// biome-ignore format: the matrix is easier to read aligned
const MATRIX: Record<Permission, readonly Expected[]> = {
  //                                 reception field dispatch dept mgr contractor admin analyst
  'request.create':                 [A,        A,    A,       A,   A,  _,         A,    _],
  'request.read':                   [A,        A,    A,       A,   A,  C,         A,    A],
  'request.read_personal_data':     [B,        D,    B,       D,   B,  _,         A,    _],
  'request.read_internal':          [A,        A,    A,       A,   A,  _,         A,    A],
  'request.comment':                [A,        A,    A,       A,   A,  C,         A,    _],
  'request.comment_public':         [_,        D,    A,       D,   B,  _,         A,    _],
  'request.accept':                 [_,        _,    A,       _,   B,  _,         A,    _],
  'request.start':                  [_,        D,    A,       D,   B,  _,         A,    _],
  'request.hold':                   [_,        D,    A,       D,   B,  _,         A,    _],
  'request.submit_for_validation':  [_,        D,    A,       D,   B,  _,         A,    _],
  'request.validate':               [_,        _,    _,       _,   B,  _,         A,    _],
  'request.refuse_validation':      [_,        _,    _,       _,   B,  _,         A,    _],
  'request.resolve':                [_,        D,    A,       D,   B,  C,         A,    _],
  'request.close':                  [_,        D,    A,       D,   B,  _,         A,    _],
  'request.reopen':                 [A,        D,    A,       D,   B,  _,         A,    _],
  'request.reject':                 [_,        _,    A,       _,   B,  _,         A,    _],
  'request.redirect':               [_,        _,    A,       _,   B,  _,         A,    _],
  'request.mark_duplicate':         [_,        _,    A,       _,   B,  _,         A,    _],
  'request.assign':                 [_,        D,    A,       D,   B,  _,         A,    _],
  'request.reassign':               [_,        _,    A,       D,   B,  _,         A,    _],
  'request.record_intervention':    [_,        D,    A,       D,   B,  C,         A,    _],
  'request.add_photo':              [A,        A,    A,       A,   A,  C,         A,    _],
  'request.add_after_photo':        [_,        D,    A,       D,   B,  C,         A,    _],
  'queue.read':                     [_,        D,    A,       D,   B,  _,         A,    _],
  'templates.read':                 [A,        A,    A,       A,   A,  _,         A,    _],
  'directory.read':                 [A,        A,    A,       A,   A,  C,         A,    A],
  'glossary.read':                  [A,        A,    A,       A,   A,  _,         A,    A],
  'admin.manage':                   [_,        _,    _,       _,   _,  _,         A,    _],
  'stats.read':                     [_,        _,    _,       _,   A,  _,         A,    A],
};

/** Every actor carries the three scopes of "home"; targets match them in part or not at all. */
const actor = (role: Role, scopes: Partial<Pick<Actor, 'bodyId' | 'departmentId' | 'contractorId'>> = {}): Actor => ({
  id: 'user-1',
  name: 'Agent',
  role,
  bodyId: 'body-home',
  departmentId: 'dept-home',
  contractorId: 'company-home',
  ...scopes,
});
const target = (scope: Partial<RequestScope> = {}): RequestScope => ({
  bodyId: 'body-other',
  departmentId: 'dept-other',
  contractorId: 'company-other',
  ...scope,
});

const TARGETS = {
  none: undefined,
  home: target({ bodyId: 'body-home', departmentId: 'dept-home', contractorId: 'company-home' }),
  sameBodyOnly: target({ bodyId: 'body-home' }),
  sameDepartmentOnly: target({ departmentId: 'dept-home' }),
  sameContractorOnly: target({ contractorId: 'company-home' }),
  foreign: target(),
} as const;
type TargetName = keyof typeof TARGETS;

/** What `can` should answer on each target for a given reach. */
function answersFor(reach: Expected): Record<TargetName, boolean> {
  const granted = reach !== _;
  return {
    // Without a target, the question is "may this role ever do this?".
    none: granted,
    home: granted,
    sameBodyOnly: reach === A || reach === B,
    sameDepartmentOnly: reach === A || reach === D,
    sameContractorOnly: reach === A || reach === C,
    foreign: reach === A,
  };
}

const label = (role: Role) => role.replaceAll('_', ' ');

describe('the role matrix', () => {
  it('covers every permission and every role', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(GRANTS).sort());
    expect([...COLUMNS].sort()).toEqual([...ROLES].sort());
    for (const action of ACTIONS) expect(MATRIX).toHaveProperty([transitionPermission(action)]);
    for (const row of Object.values(MATRIX)) expect(row).toHaveLength(COLUMNS.length);
  });

  for (const [permission, row] of Object.entries(MATRIX) as [Permission, readonly Expected[]][]) {
    describe(permission, () => {
      COLUMNS.forEach((role, i) => {
        const reach = row[i] ?? _;
        const says = {
          [A]: 'reaches all requests',
          [B]: "reaches its body's requests only",
          [D]: "reaches its department's requests only",
          [C]: "reaches its company's orders only",
          [_]: 'is denied',
        }[reach];
        it(`${label(role)} ${says}`, () => {
          const actual = Object.fromEntries(
            Object.entries(TARGETS).map(([name, t]) => [name, can(actor(role), permission, t)]),
          );
          expect(actual).toEqual(answersFor(reach));
        });
      });
    });
  }
});

describe('scope checks', () => {
  const request = target({ bodyId: 'body-1', departmentId: 'dept-1', contractorId: 'company-1' });
  const rows: { who: string; actor: Actor; permission: Permission; on?: RequestScope; allowed: boolean }[] = [
    {
      who: 'a department agent of the request department',
      actor: actor('department_agent', { departmentId: 'dept-1' }),
      permission: 'request.start',
      allowed: true,
    },
    {
      who: "a department agent on another department's request",
      actor: actor('department_agent', { departmentId: 'dept-2', bodyId: 'body-1' }),
      permission: 'request.start',
      allowed: false,
    },
    {
      who: 'a department agent without a department',
      actor: actor('department_agent', { departmentId: null }),
      permission: 'request.resolve',
      allowed: false,
    },
    {
      who: 'a department agent without a department, on a request without a department',
      actor: actor('department_agent', { departmentId: null }),
      permission: 'request.resolve',
      on: { ...request, departmentId: null },
      allowed: false,
    },
    {
      who: "a field technician on another department's request",
      actor: actor('field_technician', { departmentId: 'dept-2' }),
      permission: 'request.hold',
      allowed: false,
    },
    {
      who: 'a manager of the request body',
      actor: actor('manager', { bodyId: 'body-1' }),
      permission: 'request.validate',
      allowed: true,
    },
    {
      who: 'a manager of another body',
      actor: actor('manager', { bodyId: 'body-2', departmentId: 'dept-1' }),
      permission: 'request.validate',
      allowed: false,
    },
    {
      who: 'a manager without a body',
      actor: actor('manager', { bodyId: null }),
      permission: 'request.validate',
      allowed: true,
    },
    {
      who: 'a contractor of the company the order was sent to',
      actor: actor('contractor', { contractorId: 'company-1' }),
      permission: 'request.resolve',
      allowed: true,
    },
    {
      who: "a contractor on another company's order",
      actor: actor('contractor', { contractorId: 'company-2', bodyId: 'body-1', departmentId: 'dept-1' }),
      permission: 'request.read',
      allowed: false,
    },
    {
      who: 'a contractor without a company',
      actor: actor('contractor', { contractorId: null }),
      permission: 'request.read',
      allowed: false,
    },
  ];
  for (const row of rows) {
    it(`${row.allowed ? 'allows' : 'denies'} ${row.permission} to ${row.who}`, () => {
      expect(can(row.actor, row.permission, row.on ?? request)).toBe(row.allowed);
    });
  }

  it("denies a manager with a body a request that has no body yet (it is the dispatcher's)", () => {
    expect(can(actor('manager', { bodyId: 'body-1' }), 'request.accept', { ...request, bodyId: null })).toBe(false);
  });

  it('denies a contractor without a company an order sent to no company', () => {
    expect(can(actor('contractor', { contractorId: null }), 'request.read', { ...request, contractorId: null })).toBe(
      false,
    );
  });
});

describe('readReach', () => {
  const EXPECTED: Record<Role, string> = {
    reception_agent: 'all',
    field_technician: 'all',
    dispatcher: 'all',
    department_agent: 'all',
    manager: 'all',
    contractor: 'contractor',
    administrator: 'all',
    analyst: 'all',
  };
  for (const role of ROLES) {
    it(`says a ${label(role)} reads ${EXPECTED[role] === 'all' ? 'all requests' : "its company's orders only"}`, () => {
      expect(readReach(actor(role))).toBe(EXPECTED[role]);
    });
  }
});

describe('transitionPermission', () => {
  it('names the permission of each action request.<action>', () => {
    expect(transitionPermission('accept')).toBe('request.accept');
    expect(transitionPermission('mark_duplicate')).toBe('request.mark_duplicate');
  });
});
