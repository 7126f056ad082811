/** A category's form values, from the category being edited (or blank) to the API's input. */
import type { AdminCategory, Question } from '../../../core/api/admin.js';

export type QuestionType = Question['datatype'];
export const LIST_TYPES: readonly QuestionType[] = ['singlevaluelist', 'multivaluelist'];

export interface QuestionValues {
  code: string;
  description: string;
  datatype: QuestionType;
  required: boolean;
  /** Only list questions have values. */
  values: { key: string; name: string }[] | undefined;
}

export interface RouteValues {
  territoryId: string | null;
  departmentId: string | null;
}

export interface CategoryValues {
  familyId: string | null;
  code: string;
  name: string;
  description: string;
  synonyms: string[];
  departmentId: string | null;
  /** As a number input gives it: '' while empty. */
  deadlineDays: number | string;
  needsValidation: boolean;
  needsContractor: boolean;
  procedure: string[];
  questions: QuestionValues[];
  routes: RouteValues[];
  duplicateRadiusM: number | string;
  active: boolean;
}

export function initialCategoryValues(category: AdminCategory | undefined, familyId: string | null): CategoryValues {
  if (category) {
    const { id: _id, questions, ...fields } = category;
    return { ...fields, questions: questions.map((q) => ({ ...q, values: q.values })) };
  }
  return {
    familyId,
    code: '',
    name: '',
    description: '',
    synonyms: [],
    departmentId: null,
    deadlineDays: 5,
    needsValidation: false,
    needsContractor: false,
    procedure: [],
    questions: [],
    routes: [],
    duplicateRadiusM: 150,
    active: true,
  };
}

export const newQuestion = (): QuestionValues => ({
  code: '',
  description: '',
  datatype: 'string',
  required: false,
  values: undefined,
});

/** Changing a question's type keeps its values only between list types. */
export function withType(question: QuestionValues, datatype: QuestionType): QuestionValues {
  const isList = LIST_TYPES.includes(datatype);
  return { ...question, datatype, values: isList ? (question.values ?? []) : undefined };
}

/** An empty number input means "not given": the schema then says the field is required. */
const number = (value: number | string) => (value === '' ? undefined : Number(value));

/** The input the API takes; the shared schema checks it (and says what is wrong) on the way out. */
export function toCategoryInput(values: CategoryValues) {
  return {
    ...values,
    deadlineDays: number(values.deadlineDays),
    duplicateRadiusM: number(values.duplicateRadiusM),
    questions: values.questions.map(({ values: listValues, ...question }) =>
      listValues === undefined ? question : { ...question, values: listValues },
    ),
  };
}
