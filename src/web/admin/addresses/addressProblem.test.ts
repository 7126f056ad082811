import { describe, expect, it } from 'vitest';
import { readAddressRefusal } from './addressProblem.js';

describe('readAddressRefusal', () => {
  it.each([
    [
      'line 5: lat: a number between -90 and 90 was expected, not "ninety"',
      { line: 5, column: 'lat', fault: { key: 'coordinate', values: { limit: '90', value: 'ninety' } } },
    ],
    ['line 5: nom_voie: empty', { line: 5, column: 'nom_voie', fault: { key: 'required' } }],
    [
      'line 7: code_postal: five digits were expected, not "1400"',
      { line: 7, column: 'code_postal', fault: { key: 'postcode', values: { value: '1400' } } },
    ],
    [
      'line 5: numero: a whole number was expected, not "douze"',
      { line: 5, column: 'numero', fault: { key: 'housenumber', values: { value: 'douze' } } },
    ],
    [
      'line 5: id: twice_1 is already on line 3',
      { line: 5, column: 'id', fault: { key: 'duplicate', values: { id: 'twice_1', line: '3' } } },
    ],
    [
      'line 1: missing columns numero, lat: is this a BAN addresses CSV (UTF-8, separated by ";")?',
      { line: 1, fault: { key: 'missingColumns', values: { columns: 'numero, lat' } } },
    ],
    ['line 1: the file is empty', { line: 1, fault: { key: 'emptyFile' } }],
    [
      'Invalid Record Length: expect 9, got 2 on line 4',
      { line: 4, fault: { key: 'fieldCount', values: { got: '2', expected: '9' } } },
    ],
    [
      'Quote Not Closed: the parsing is finished with an opening quote at line 6',
      { line: 6, fault: { key: 'quotes' } },
    ],
  ])('reads "%s"', (message, refusal) => {
    expect(readAddressRefusal(message)).toEqual(refusal);
  });

  it('keeps a refusal it does not know as the server wrote it, with its line when it names one', () => {
    expect(readAddressRefusal('line 3: rep: something new')).toEqual({
      line: 3,
      fault: { key: 'other', values: { message: 'rep: something new' } },
    });
    expect(readAddressRefusal('file: the form holds no file')).toEqual({
      fault: { key: 'other', values: { message: 'file: the form holds no file' } },
    });
  });
});
