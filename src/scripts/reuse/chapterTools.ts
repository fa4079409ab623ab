/** The story page's share, cite and embed tools (presenter mode starts apart, with the page). */
import { setupCopyButtons } from './copyButtons';
import { refreshCitations } from './citeDates';

setupCopyButtons();
refreshCitations();
