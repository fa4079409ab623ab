/** The embed page's inline height script: finds which embed this is and starts reporting. */
import { reportHeight } from './reportHeight';

reportHeight(document.querySelector<HTMLElement>('[data-embed-root]')?.dataset.embedId);
