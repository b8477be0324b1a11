export function es2016SyntaxError(pattern: string, flags: string): string | null;
export function isEs2016Pattern(pattern: string, flags: string): boolean;
