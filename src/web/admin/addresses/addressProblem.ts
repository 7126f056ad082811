/**
 * The server refuses a BAN file in English, naming the first bad line ("line 5: lat: a number
 * between -90 and 90 was expected, not "ninety"", or csv-parse's own "… on line 4"). Read back
 * here into the line, the column and what was wrong, for the page to say in French.
 */

/** What was wrong, as a key of `admin.addresses.problem` and the values its sentence names. */
export type AddressFault =
  | { key: 'missingColumns'; values: { columns: string } }
  | { key: 'emptyFile' }
  | { key: 'coordinate'; values: { limit: string; value: string } }
  | { key: 'required' }
  | { key: 'postcode'; values: { value: string } }
  | { key: 'citycode'; values: { value: string } }
  | { key: 'housenumber'; values: { value: string } }
  | { key: 'duplicate'; values: { id: string; line: string } }
  | { key: 'fieldCount'; values: { got: string; expected: string } }
  | { key: 'quotes' }
  /** A refusal not read here (a newer server's): shown as the server wrote it. */
  | { key: 'other'; values: { message: string } };

export interface AddressRefusal {
  line?: number;
  column?: string;
  fault: AddressFault;
}

type Rule = [RegExp, (match: string[]) => Omit<AddressRefusal, 'line'>];

/** What follows "line N: " in the importer's own refusals. */
const LINE_RULES: readonly Rule[] = [
  [/^missing columns? (.+?): /, ([, columns = '']) => ({ fault: { key: 'missingColumns', values: { columns } } })],
  [/^the file is empty$/, () => ({ fault: { key: 'emptyFile' } })],
  [
    /^(lat|lon): a number between -(\d+) and \d+ was expected, not "(.*)"$/s,
    ([, column = '', limit = '', value = '']) => ({ column, fault: { key: 'coordinate', values: { limit, value } } }),
  ],
  [/^(\w+): empty$/, ([, column = '']) => ({ column, fault: { key: 'required' } })],
  [
    /^(code_postal): .* not "(.*)"$/s,
    ([, column = '', value = '']) => ({ column, fault: { key: 'postcode', values: { value } } }),
  ],
  [
    /^(code_insee): .* not "(.*)"$/s,
    ([, column = '', value = '']) => ({ column, fault: { key: 'citycode', values: { value } } }),
  ],
  [
    /^(numero): .* not "(.*)"$/s,
    ([, column = '', value = '']) => ({ column, fault: { key: 'housenumber', values: { value } } }),
  ],
  [
    /^(id): (.+) is already on line (\d+)$/s,
    ([, column = '', id = '', line = '']) => ({ column, fault: { key: 'duplicate', values: { id, line } } }),
  ],
];

/** csv-parse's refusals, which name the line at their end. */
const CSV_RULES: readonly Rule[] = [
  [
    /^Invalid Record Length: (?:expect|columns length is) (\d+), got (\d+)/,
    ([, expected = '', got = '']) => ({ fault: { key: 'fieldCount', values: { got, expected } } }),
  ],
  [/Quote/, () => ({ fault: { key: 'quotes' } })],
];

function firstMatch(rules: readonly Rule[], text: string): Omit<AddressRefusal, 'line'> | null {
  for (const [pattern, read] of rules) {
    const match = pattern.exec(text);
    if (match) return read([...match]);
  }
  return null;
}

const other = (message: string) => ({ fault: { key: 'other', values: { message } } }) as const;

export function readAddressRefusal(message: string): AddressRefusal {
  const own = /^line (\d+): (.*)$/s.exec(message);
  if (own?.[1] && own[2] !== undefined) {
    return { line: Number(own[1]), ...(firstMatch(LINE_RULES, own[2]) ?? other(own[2])) };
  }
  const line = /(?:at|on) line (\d+)/.exec(message)?.[1];
  return { ...(line ? { line: Number(line) } : {}), ...(firstMatch(CSV_RULES, message) ?? other(message)) };
}
