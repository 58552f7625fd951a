// The article, the explorer, the landing page and the embed page (see visits.ts and page-check.ts).
import { checkPages } from './page-check.js';
import { VISITS } from './visits.js';

checkPages(VISITS.heavy);
