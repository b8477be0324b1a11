/**
 * Per-user preferences, kept in the add-in's roaming settings so they follow
 * the user to every Outlook they sign in to. The council's rules are not a
 * preference: they come from council.json.
 */
import type { MailHost } from './office.ts';

export interface Preferences {
  /** Show a notification bar on the message while drafting (recipients changed, new message). */
  notifyWhileDrafting: boolean;
  /** List information-level notes in the task pane, not only errors and warnings. */
  showNotes: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { notifyWhileDrafting: true, showNotes: true };

const SETTING = 'probityPreferences';

export function readPreferences(host: Pick<MailHost, 'roamingSetting'>): Preferences {
  let stored: unknown;
  try {
    stored = host.roamingSetting(SETTING);
  } catch {
    stored = undefined;
  }
  const values = stored && typeof stored === 'object' ? stored as Record<string, unknown> : {};
  const flag = (name: keyof Preferences) =>
    typeof values[name] === 'boolean' ? values[name] as boolean : DEFAULT_PREFERENCES[name];
  return { notifyWhileDrafting: flag('notifyWhileDrafting'), showNotes: flag('showNotes') };
}

export function savePreferences(host: Pick<MailHost, 'saveRoamingSettings'>, preferences: Preferences): Promise<void> {
  return host.saveRoamingSettings({ [SETTING]: { ...preferences } });
}
