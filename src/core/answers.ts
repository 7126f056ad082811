/**
 * Answers to a category's extra questions, checked against the questions as Open311 GeoReport v2
 * types service attributes. The server runs it on every request it registers; the intake form
 * only asks for required answers, its inputs already keep each answer to its type.
 */
import { z } from 'zod';
import type { Question } from './api/admin.js';
import type { answersSchema } from './api/requests.js';

export type Answers = z.infer<typeof answersSchema>;
type Answer = Answers[string];

export interface AnswerProblem {
  /** The question's code, or the code answered that no question has. */
  code: string;
  message: string;
}

/** What the intake form sends as a date and time (datetime-local), or a full ISO-8601 instant. */
const dateTime = z.iso.datetime({ local: true, offset: true });

/** A blank text or an empty choice is no answer: it neither fills a required question nor needs a type. */
const isBlank = (answer: Answer) =>
  (typeof answer === 'string' && answer.trim() === '') || (Array.isArray(answer) && answer.length === 0);

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** Why `answer` does not fit `question`'s type (what follows the question's name), or null when it does. */
function typeProblem(question: Question, answer: Answer): string | null {
  const keys = (question.values ?? []).map((v) => v.key);
  switch (question.datatype) {
    case 'string':
    case 'text':
      return typeof answer === 'string' ? null : 'takes text';
    case 'number':
      return typeof answer === 'number' ? null : 'takes a number';
    case 'datetime':
      return typeof answer === 'string' && dateTime.safeParse(answer.trim()).success
        ? null
        : 'takes a date and time, e.g. 2026-03-01T14:30';
    case 'singlevaluelist':
      if (typeof answer !== 'string') return `takes one of its choices: ${quoted(keys)}`;
      return keys.includes(answer) ? null : `has no choice ${quoted([answer])} (its choices: ${quoted(keys)})`;
    case 'multivaluelist': {
      if (!Array.isArray(answer)) return `takes a list of its choices: ${quoted(keys)}`;
      const unknown = answer.filter((value) => !keys.includes(value));
      return unknown.length === 0 ? null : `has no choice ${quoted(unknown)} (its choices: ${quoted(keys)})`;
    }
    default: {
      const unknownType: never = question.datatype;
      throw new Error(`unknown question type ${String(unknownType)}`);
    }
  }
}

/**
 * Every problem of `answers` against `questions`, in the questions' order then the codes no
 * question has: a required question left blank, an answer of the wrong type or outside the
 * choices, an answer to no question. Empty when the answers fit.
 */
export function checkAnswers(questions: readonly Question[], answers: Answers): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const question of questions) {
    const answer = Object.hasOwn(answers, question.code) ? answers[question.code] : undefined;
    // The question as people read it names it in the message; the code is the field's path.
    const named = `"${question.description}"`;
    if (answer === undefined || isBlank(answer)) {
      if (question.required) problems.push({ code: question.code, message: `${named} needs an answer` });
      continue;
    }
    const problem = typeProblem(question, answer);
    if (problem) problems.push({ code: question.code, message: `${named} ${problem}` });
  }
  const codes = new Set(questions.map((q) => q.code));
  for (const code of Object.keys(answers)) {
    if (!codes.has(code)) problems.push({ code, message: `the category asks no question "${code}"` });
  }
  return problems;
}
