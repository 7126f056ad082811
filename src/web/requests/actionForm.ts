/**
 * The fields of each action's form, read from the shared `transitionBody` schema: adding a field
 * there adds it here, and the type of `ActionField` makes the form render it.
 */
import type { z } from 'zod';
import type { RequestDto, TransitionBody } from '../../core/api/requests.js';
import { transitionBody } from '../../core/api/requests.js';
import type { Action } from '../../core/lifecycle.js';
import type { DirectoryIndex } from '../app/directory.js';

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
export type ActionField = Exclude<KeysOfUnion<TransitionBody>, 'action'>;

const FIELDS: Record<ActionField, true> = {
  categoryId: true,
  departmentId: true,
  priority: true,
  deadline: true,
  reason: true,
  until: true,
  contractorId: true,
  bodyId: true,
  duplicateOfId: true,
  assigneeId: true,
  note: true,
};

const isActionField = (key: string): key is ActionField => Object.hasOwn(FIELDS, key);

export interface FieldSpec {
  name: ActionField;
  required: boolean;
  /** Left blank, it is sent as null (e.g. no assignee) rather than left out. */
  nullable: boolean;
}

/** The fields `action` takes, in the schema's order, and whether each must be filled. */
export function actionFields(action: Action): FieldSpec[] {
  const schema = transitionBody.options.find((option) => option.shape.action.value === action);
  if (!schema) throw new Error(`transitionBody has no schema for action ${action}`);
  const shape: Record<string, z.ZodType> = schema.shape;
  return Object.entries(shape).flatMap(([name, field]) =>
    isActionField(name)
      ? [{ name, required: !field.safeParse(undefined).success, nullable: field.safeParse(null).success }]
      : [],
  );
}

/** Every field as typed text; the schema turns it into the body. */
export type ActionValues = Record<ActionField, string>;

/** Starts from what the request already has, so accepting a well-registered request is one click. */
export function initialActionValues(request: RequestDto, directory: DirectoryIndex, userId: string): ActionValues {
  const category = request.categoryId ? directory.categoryById.get(request.categoryId) : undefined;
  return {
    categoryId: request.categoryId ?? '',
    departmentId: request.departmentId ?? category?.departmentId ?? '',
    priority: request.priority,
    deadline: '',
    reason: '',
    until: '',
    contractorId: request.contractorId ?? '',
    bodyId: '',
    duplicateOfId: '',
    // "Assign" is mostly "I take it".
    assigneeId: userId,
    note: '',
  };
}

/** The input for `transitionBody`: the action's own fields; blank ones left out, or null where null means "none". */
export function toTransitionInput(action: Action, values: ActionValues): Record<string, string | null> {
  const input: Record<string, string | null> = { action };
  for (const { name, nullable } of actionFields(action)) {
    const value = values[name].trim();
    if (value) input[name] = value;
    else if (nullable) input[name] = null;
  }
  return input;
}
