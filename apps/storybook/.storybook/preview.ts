// Every story: Danish page, the packages' fonts, docs from custom-elements.json, axe-core
// violations and unexpected console errors fail the story (in the Vitest run as in the UI).
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Registers every element, as the CDN bundle does on a page.
import '@kl-digital/elements';
import manifest from '@kl-digital/elements/custom-elements.json' with { type: 'json' };
import '@kl-digital/elements/fonts.css';
import './preview.css';
import { failOnConsoleErrors, recordConsoleErrors } from '../stories/support/console-errors.js';
import { manifestDocsOnly } from '../stories/support/controls.js';
import { publicApiOnly } from '../stories/support/public-api.js';

// The elements take their language from the page, and readers see Danish by default. Storybook's
// docs page declares itself English (lang="en" around the stories), so each story's own root is
// marked Danish too; `lang="en"` on an element still wins.
document.documentElement.lang = 'da';
const onADanishPage = ({ canvasElement }: { canvasElement: HTMLElement }) => {
  canvasElement.lang = 'da';
};

setCustomElementsManifest(publicApiOnly(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [manifestDocsOnly],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      // Violations fail the story's test; WCAG 2.1 AA is what Danish public sites must meet.
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        // Every rule still runs and every violating node is reported; passes are reported by one
        // node per rule. Building a selector for each passing node in the shadow roots was most
        // of the run (the explorer's map and table: about 4 s of axe per story, 1 s with this).
        resultTypes: ['violations', 'incomplete'],
      },
    },
    docs: { toc: true },
    options: { storySort: { order: ['Introduction', 'Elements', 'In context'] } },
  },
  beforeEach: [onADanishPage, recordConsoleErrors],
  afterEach: [failOnConsoleErrors],
};

export default preview;
