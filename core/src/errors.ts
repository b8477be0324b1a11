/**
 * An input Probity cannot read: a file in an unknown format, a Word file that
 * is not a Word file, a member directory with no members. The message is one
 * line a council officer can act on; hosts show it as it is.
 */
export class ProbityInputError extends Error {
  override name = 'ProbityInputError';
}
