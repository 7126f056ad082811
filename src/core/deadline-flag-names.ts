/** The flags a queue puts on requests. Apart from the rules (deadline-flags.ts) so the web can name them without loading the holiday calendar. */
export const DEADLINE_FLAGS = ['overdue', 'due_soon'] as const;
export type DeadlineFlag = (typeof DEADLINE_FLAGS)[number];
