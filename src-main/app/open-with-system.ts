/** Opens files and folders main wrote with the system's own programs (Electron's shell). */
import { shell } from 'electron';
import type { OpenPort } from '../services/handler-deps';

/** The open port of the app: the .eml goes to the default mail client, a folder to the file manager. */
export function electronOpenPort(openPath: (path: string) => Promise<string> = (path) => shell.openPath(path)): OpenPort {
  // openPath answers an error message, or '' when the system took the file.
  const open = async (path: string) => (await openPath(path)) === '';
  return { openFile: open, openFolder: open };
}
