/** Fills `{name}` placeholders; an unknown placeholder is left visible so tests can catch it. */
export function fillTemplate(template: string, data: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => data[key] ?? whole);
}
