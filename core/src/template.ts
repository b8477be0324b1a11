import { ukDate } from './time/uk-dates.ts';

/**
 * Fills `{name}` placeholders; a date value (YYYY-MM-DD) reads as a UK date,
 * "31 March 2027". An unknown placeholder is left visible so tests can catch it.
 */
export function fillTemplate(template: string, data: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    return value === undefined ? whole : ukDate(value);
  });
}
