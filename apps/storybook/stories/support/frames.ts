// Decorators that put a story where its readers meet it: a narrow column, a dark page.
import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import './frames.css';

/** A column of `width` CSS pixels (320: the narrowest phone). */
export const inColumn =
  (width: 240 | 320): Decorator =>
  (story) => html`<div class="frame-column frame-column-${width}">${story()}</div>`;

/** A dark page, as a site with a dark theme has around the element. */
export const onDarkPage: Decorator = (story) => html`<div class="frame-dark-page">${story()}</div>`;
