/** The story page's share, cite and embed tools. */
import { setupCopyButtons } from './copyButtons';
import { refreshCitations } from './citeDates';
import { setupPresenter } from './presenter';

setupCopyButtons();
refreshCitations();
setupPresenter();
