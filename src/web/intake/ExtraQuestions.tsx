import { MultiSelect, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { Question } from '../../core/api/admin.js';
import type { FieldErrors } from '../ui/formErrors.js';
import type { Answer } from './intakeForm.js';

/** The id of a question's input, so that focus can move to the first one. */
export const answerInputId = (code: string) => `answer-${code}`;

interface ExtraQuestionsProps {
  questions: readonly Question[];
  answers: Record<string, Answer>;
  onChange(code: string, answer: Answer): void;
  errors: FieldErrors;
}

function QuestionInput({
  question,
  answer,
  onChange,
  error,
}: {
  question: Question;
  answer: Answer | undefined;
  onChange(answer: Answer): void;
  error: string | undefined;
}) {
  const common = {
    id: answerInputId(question.code),
    label: question.description,
    required: question.required,
    error,
  };
  const choices = (question.values ?? []).map((value) => ({ value: value.key, label: value.name }));
  const text = typeof answer === 'string' ? answer : '';
  switch (question.datatype) {
    case 'string':
      return <TextInput {...common} value={text} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'text':
      return (
        <Textarea {...common} autosize minRows={2} value={text} onChange={(e) => onChange(e.currentTarget.value)} />
      );
    case 'datetime':
      return (
        <TextInput
          {...common}
          type="datetime-local"
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'number':
      return (
        <NumberInput
          {...common}
          value={typeof answer === 'number' ? answer : ''}
          onChange={(value) => onChange(typeof value === 'number' ? value : '')}
        />
      );
    case 'singlevaluelist':
      return (
        <Select {...common} data={choices} value={text || null} onChange={(value) => onChange(value ?? '')} clearable />
      );
    case 'multivaluelist':
      return <MultiSelect {...common} data={choices} value={Array.isArray(answer) ? answer : []} onChange={onChange} />;
    default: {
      const unknownType: never = question.datatype;
      throw new Error(`unknown question type ${String(unknownType)}`);
    }
  }
}

/** The category's extra questions (e.g. a graffiti's surface), each with the input its type calls for. */
export function ExtraQuestions({ questions, answers, onChange, errors }: ExtraQuestionsProps) {
  if (questions.length === 0) return null;
  return (
    <Stack gap="sm">
      {questions.map((question) => (
        <QuestionInput
          key={question.code}
          question={question}
          answer={answers[question.code]}
          onChange={(answer) => onChange(question.code, answer)}
          error={errors[`answers.${question.code}`]}
        />
      ))}
    </Stack>
  );
}
