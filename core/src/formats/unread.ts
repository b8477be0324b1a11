/** How each reader names a part of the file it did not read (`Draft.unread`), in the same words. */
export function unreadAttachment(fileName: string | null | undefined): string {
  return fileName ? `the attachment "${fileName}"` : 'an attachment without a name';
}
