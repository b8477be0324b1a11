/**
 * One member as a directory file lists them, before any cleaning: the name
 * with its titles, the party as the council spells it, the key posts as text.
 */
export interface DirectoryEntry {
  /** Where the entry was read, for warnings: "harlow.xml" or "members.csv line 4". */
  origin: string;
  name: string;
  party: string;
  wards: string[];
  emails: string[];
  posts: string[];
}
