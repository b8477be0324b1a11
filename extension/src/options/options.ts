/** The settings page's script. */
import { extensionStorage } from '../pages/extension-storage.ts';
import { startOptionsPage } from './page.ts';

startOptionsPage(document, extensionStorage());
