export function isEs2016Pattern(pattern: string, flags: string): boolean;
