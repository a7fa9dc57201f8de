/** Keeps the session off the network: Chromium's spellchecker never fetches dictionaries. */
import type { Session } from 'electron';
import { APP_ORIGIN } from './security-settings';

/** Where Hunspell `.bdic` dictionaries would come from: the app's own files, never a CDN (none ship yet). */
export const DICTIONARY_URL = `${APP_ORIGIN}/dictionaries/`;

type SpellcheckerSession = Pick<Session, 'setSpellCheckerDictionaryDownloadURL' | 'setSpellCheckerLanguages' | 'setSpellCheckerEnabled'>;

/** Turns the spellchecker off before any window exists; call on `ready`. */
export function keepSessionOffline(ses: SpellcheckerSession): void {
  // On Windows and Linux Electron downloads Hunspell dictionaries from Google's CDN for the OS
  // locale even with webPreferences.spellcheck false (electron/electron#22995). Chromium needs a
  // compiled .bdic, and none is shipped for Vietnamese, so the checker is off; should it ever be
  // turned on, the download URL already points inside the app.
  ses.setSpellCheckerDictionaryDownloadURL(DICTIONARY_URL);
  ses.setSpellCheckerLanguages([]);
  ses.setSpellCheckerEnabled(false);
}
