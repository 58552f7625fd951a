// The municipal page (three municipalities), the news pages and the embed builder (see visits.ts and page-check.ts).
import { checkPages } from './page-check.js';
import { VISITS } from './visits.js';

checkPages(VISITS.light);
