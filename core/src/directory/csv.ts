/**
 * A small RFC 4180 reader: quoted fields may hold separators, line breaks and
 * doubled quotes. Spreadsheets saved in a European locale separate with ";",
 * so the header row decides the separator. Lenient where Excel is: text after
 * a closing quote is kept as it is.
 */
import { ProbityInputError } from '../errors.ts';

export interface CsvRecord {
  /** The line the record starts on, counting from 1. */
  line: number;
  cells: string[];
}

export function readCsv(content: string): CsvRecord[] {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const separator = separatorOf(text);
  const records: CsvRecord[] = [];
  let line = 1;
  let position = 0;
  while (position < text.length) {
    const record: CsvRecord = { line, cells: [] };
    for (;;) {
      const field = readField(text, position, separator, line);
      record.cells.push(field.value);
      line += field.lineBreaks;
      position = field.end + 1;
      if (text[field.end] !== separator) break;
    }
    records.push(record);
    line += 1;
  }
  return records;
}

interface Field {
  value: string;
  /** Index of the separator or line break that ends the field, or the text's length. */
  end: number;
  lineBreaks: number;
}

function readField(text: string, start: number, separator: string, line: number): Field {
  if (text[start] !== '"') {
    const end = endOfField(text, start, separator);
    return { value: text.slice(start, end), end, lineBreaks: 0 };
  }
  let value = '';
  let from = start + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close === -1) throw new ProbityInputError(`the quoted field that starts on line ${line} is never closed`);
    value += text.slice(from, close);
    from = close + 1;
    if (text[from] !== '"') break;
    value += '"';
    from += 1;
  }
  const end = endOfField(text, from, separator);
  return { value: value + text.slice(from, end), end, lineBreaks: value.split('\n').length - 1 };
}

function endOfField(text: string, from: number, separator: string): number {
  let index = from;
  while (index < text.length && text[index] !== separator && text[index] !== '\n') index += 1;
  return index;
}

/** The separator used more often in the header row, outside quotes; a comma when neither is. */
function separatorOf(text: string): string {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && character === '\n') break;
    else if (!quoted && character === ',') commas += 1;
    else if (!quoted && character === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}
