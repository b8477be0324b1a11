/** The part of web-ext's programmatic API the tests use (the package ships no types). */
declare module 'web-ext' {
  interface LintMessage { code: string; message: string; file?: string }
  interface LintResult {
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  const webExt: {
    cmd: {
      lint(options: { sourceDir: string; output?: 'json' | 'text' | 'none'; boring?: boolean; selfHosted?: boolean }, runOptions?: { shouldExitProgram?: boolean }): Promise<LintResult>;
    };
  };
  export default webExt;
}
