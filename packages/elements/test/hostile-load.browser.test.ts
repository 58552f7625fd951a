// Many elements and a busy page: 50 elements at once, hundreds of attribute changes in a tight
// loop, elements added, moved and removed. No errors, the last change wins, and whatever an
// element adds to window or document while connected, it removes when disconnected.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { resolveMunicipalityList, selectInitiatives } from '@kl-digital/core';
import { dataset } from '@kl-digital/core/dataset';
import { cleanup, fixture, until } from '../src/test-support/fixture.js';
import '../src/index.js';
import { deep, deepAll } from './hostile-support.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

let errors: string[];
let consoleError: MockInstance<typeof console.error>;
const onError = (event: ErrorEvent) => errors.push(event.message);
beforeEach(() => {
  errors = [];
  window.addEventListener('error', onError);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  window.removeEventListener('error', onError);
  vi.restoreAllMocks();
});

/** Waits until an element and every element in its shadow trees has finished updating. */
async function settled(host: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const all = [host, ...deepAll(host, '*').filter((el) => el.localName.startsWith('kl-'))] as Updatable[];
    await Promise.all(all.map((el) => el.updateComplete));
  }
}

// What 50 elements on one page look like: every kind, several of each.
const KINDS: [string, number, string][] = [
  ['kl-denmark-map', 8, ''],
  ['kl-strategy-table', 7, ''],
  ['kl-municipality-card', 8, 'municipality="Sorø"'],
  ['kl-initiative-card', 7, 'initiative="digital-handleplan-2016-2020"'],
  ['kl-initiative-list', 5, ''],
  ['kl-key-figures', 5, ''],
  ['kl-strategy-explorer', 6, 'url-state="none"'],
  ['kl-strategy-timeline', 4, ''],
];

const names = dataset.municipalities.map((m) => m.name);
const ids = dataset.initiatives.map((i) => i.id);
const MODES = ['category', 'status', 'region'] as const;
const SECTIONS = ['published', 'counted chart', 'kinds', 'published kinds'];
const LIST_KINDS = ['network', 'programme', 'action-plan', 'mapping'];
const DATES = ['2017-03-01', '2019-06-30', '2021-01-01', '2023-12-31'];

describe('50 elements and rapid attribute changes', () => {
  it('50 elements on one page render; 200 rounds of changes to selected, color-by, highlight and the rest end in the last state, without errors', async () => {
    const markup = KINDS.flatMap(([tag, n, attrs]) => Array.from({ length: n }, () => `<${tag} ${attrs}></${tag}>`)).join('');
    const page = await fixture<HTMLElement>(`<div>${markup}</div>`, { width: 900 });
    const all = [...page.children] as Updatable[];
    expect(all).toHaveLength(50);
    await Promise.all(all.map(settled));
    const of = (tag: string) => all.filter((el) => el.localName === tag);

    const ROUNDS = 200;
    for (let i = 0; i < ROUNDS; i++) {
      const name = names[i % names.length]!;
      const other = names[(i * 7 + 3) % names.length]!;
      for (const map of of('kl-denmark-map')) {
        map.setAttribute('selected', name);
        map.setAttribute('color-by', MODES[i % 3]!);
        map.setAttribute('highlight', `${name}, ${other}`);
      }
      for (const table of of('kl-strategy-table')) {
        table.setAttribute('selected', name);
        table.setAttribute('query', name.slice(0, 1 + (i % 3)));
        table.setAttribute('sort', i % 2 ? 'period:desc' : 'municipality');
      }
      for (const card of of('kl-municipality-card')) card.setAttribute('municipality', name);
      for (const card of of('kl-initiative-card')) card.setAttribute('initiative', ids[i % ids.length]!);
      for (const list of of('kl-initiative-list')) list.setAttribute('kind', LIST_KINDS[i % LIST_KINDS.length]!);
      for (const figures of of('kl-key-figures')) {
        figures.setAttribute('sections', SECTIONS[i % SECTIONS.length]!);
        figures.setAttribute('as-of', DATES[i % DATES.length]!);
      }
      for (const timeline of of('kl-strategy-timeline')) timeline.setAttribute('as-of', DATES[(i + 1) % DATES.length]!);
      for (const explorer of of('kl-strategy-explorer')) {
        explorer.setAttribute('as-of', DATES[i % DATES.length]!);
        explorer.setAttribute('theme', i % 2 ? 'dark' : 'light');
      }
    }
    await Promise.all(all.map(settled));

    // The last round's values, everywhere.
    const last = ROUNDS - 1;
    const name = names[last % names.length]!;
    const other = names[(last * 7 + 3) % names.length]!;
    const code = dataset.municipalities.find((m) => m.name === name)!.code;
    const highlighted = resolveMunicipalityList(dataset, `${name}, ${other}`).found.map((m) => m.code).sort();
    for (const map of of('kl-denmark-map')) {
      expect(deep(map, `path[data-code="${code}"]`)!.getAttribute('part')).toContain('selected');
      expect(deepAll(map, 'path[part~="selected"]')).toHaveLength(1);
      expect(map.getAttribute('color-by')).toBe(MODES[last % 3]);
      expect(MODES[last % 3]).toBe('status');
      expect(['current', 'expired', 'upcoming', 'unknown', 'not-registered']).toContain(deep(map, 'path[data-code="0340"]')!.getAttribute('data-value'));
      expect(deepAll(map, '.legend-item').map((b) => b.getAttribute('data-value'))).toEqual(expect.arrayContaining(['current', 'expired']));
      expect(deepAll(map, 'path[part~="highlighted"]').map((p) => p.getAttribute('data-code')).sort()).toEqual(highlighted);
    }
    for (const table of of('kl-strategy-table')) {
      expect((deep(table, '[part="search"]') as HTMLInputElement).value).toBe(name.slice(0, 1 + (last % 3)));
      expect(deep(table, 'th[aria-sort]')!.className).toContain('col-period');
      expect(deepAll(table, 'tr.selected').map((r) => r.getAttribute('data-code'))).toEqual(deepAll(table, `tr[data-code="${code}"]`).length ? [code] : []);
    }
    const official = dataset.municipalities.find((m) => m.code === code)!.officialName;
    for (const card of of('kl-municipality-card')) expect(deep(card, '[part="heading"]')!.textContent).toContain(official);
    const title = dataset.initiatives.find((x) => x.id === ids[last % ids.length])!.title;
    for (const card of of('kl-initiative-card')) expect(deep(card, '[part="heading"]')!.textContent).toBe(title);
    const kind = LIST_KINDS[last % LIST_KINDS.length]!;
    const expected = selectInitiatives(dataset, { kinds: [kind as never] }).map((x) => x.id);
    for (const list of of('kl-initiative-list')) expect(deepAll(list, 'kl-initiative-card').map((c) => c.getAttribute('initiative'))).toEqual(expected);
    for (const figures of of('kl-key-figures')) {
      const wanted = SECTIONS[last % SECTIONS.length]!.split(' ');
      expect(deepAll(figures, 'section').map((s) => s.getAttribute('part'))).toEqual(['published', 'counted', 'chart', 'kinds'].filter((p) => wanted.includes(p)));
    }
    for (const timeline of of('kl-strategy-timeline')) {
      expect((deep(timeline, 'input[type="range"]') as HTMLInputElement).value).toBe(DATES[(last + 1) % DATES.length]!.slice(0, 4));
    }
    for (const explorer of of('kl-strategy-explorer')) {
      expect(deep(explorer, 'kl-denmark-map')!.getAttribute('as-of')).toBe(DATES[last % DATES.length]);
      expect(deep(explorer, 'kl-strategy-table')!.getAttribute('theme')).toBe('dark');
    }
    expect(errors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
  }, 60_000);
});

/** Listeners and observers added to window and document (by element code), and which are still there. */
function instrument() {
  const live: { target: string; type: string; listener: unknown; capture: boolean; stack: string }[] = [];
  let added = 0;
  const capture = (options: boolean | EventListenerOptions | undefined) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
  const restores: (() => void)[] = [];
  for (const [name, target] of [['window', window], ['document', document]] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: boolean | AddEventListenerOptions) {
      const entry = { target: name, type, listener, capture: capture(options), stack: new Error().stack ?? '' };
      if (!live.some((l) => l.target === name && l.type === type && l.listener === listener && l.capture === entry.capture)) {
        live.push(entry);
        added++;
      }
      return add.call(this, type, listener as EventListener, options);
    } as typeof target.addEventListener;
    target.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) {
      const index = live.findIndex((l) => l.target === name && l.type === type && l.listener === listener && l.capture === capture(options));
      if (index >= 0) live.splice(index, 1);
      return remove.call(this, type, listener as EventListener, options);
    } as typeof target.removeEventListener;
    restores.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  // Observers: each observe() counts until disconnect() (or unobserve()).
  const observing = new Map<object, number>();
  for (const name of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver'] as const) {
    const proto = window[name].prototype as unknown as Record<'observe' | 'unobserve' | 'disconnect', ((...args: unknown[]) => unknown) | undefined>;
    const original = { observe: proto.observe!, unobserve: proto.unobserve, disconnect: proto.disconnect! };
    proto.observe = function (this: object, ...args: unknown[]) {
      observing.set(this, (observing.get(this) ?? 0) + 1);
      return original.observe.apply(this, args);
    };
    if (original.unobserve) {
      proto.unobserve = function (this: object, ...args: unknown[]) {
        observing.set(this, Math.max(0, (observing.get(this) ?? 0) - 1));
        return original.unobserve!.apply(this, args);
      };
    }
    proto.disconnect = function (this: object) {
      observing.delete(this);
      return original.disconnect.apply(this);
    };
    restores.push(() => Object.assign(proto, original));
  }
  const fromElements = (l: { stack: string }) => /\/src\/(kl-|shared\/|react\/)|\/deps\/(lit|@lit)|\/node_modules\/(lit|@lit)/.test(l.stack);
  return {
    /** Listeners added by element code that are still attached. */
    live: () => live.filter(fromElements).map((l) => `${l.target} ${l.type}`),
    added: () => added,
    observing: () => [...observing.values()].reduce((a, b) => a + b, 0),
    restore: () => restores.forEach((r) => r()),
  };
}

describe('no leaked listeners', () => {
  it('connecting every element adds listeners (the explorer: hashchange, popstate); disconnecting removes each one, and observers balance', async () => {
    const probe = instrument();
    try {
      const markup = KINDS.flatMap(([tag, n, attrs]) => Array.from({ length: Math.min(n, 2) }, () => `<${tag} ${attrs.replace('url-state="none"', '')}></${tag}>`)).join('');
      const page = await fixture<HTMLElement>(`<div>${markup}</div>`, { width: 900 });
      const all = [...page.children] as Updatable[];
      await Promise.all(all.map(settled));
      // Interact a little, so that listeners added on demand (tooltips, focus) are added too.
      for (const map of all.flatMap((el) => deepAll(el, 'svg[part="map"][tabindex="0"]'))) (map as SVGSVGElement).focus();
      expect(probe.live()).toEqual(expect.arrayContaining(['window hashchange', 'window popstate']));
      expect(probe.live().filter((l) => l === 'window hashchange')).toHaveLength(2);

      // Moving an element is a disconnect and a connect: still one listener each.
      const explorer = page.querySelector('kl-strategy-explorer')!;
      page.append(explorer);
      await settled(explorer);
      expect(probe.live().filter((l) => l === 'window hashchange')).toHaveLength(2);
      // And it still listens: a new hash selects Odense.
      location.hash = '#kommune=0461';
      await until(() => deep(explorer, 'kl-strategy-table')?.getAttribute('selected') === '0461');

      for (const el of all) el.remove();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(probe.live()).toEqual([]);
      expect(probe.observing()).toBe(0);
    } finally {
      probe.restore();
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('an element removed while its src is still loading neither errors nor logs when the load ends', async () => {
    let answer: (r: Response) => void = () => {};
    vi.spyOn(window, 'fetch').mockImplementation(() => new Promise<Response>((resolve) => (answer = resolve)));
    const map = await fixture<Updatable>('<kl-denmark-map src="/hostile/late.json"></kl-denmark-map>');
    expect(map.shadowRoot!.querySelector('[part="loading"]')).not.toBeNull();
    map.remove();
    answer(new Response(JSON.stringify(dataset), { status: 200 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    // Put back, it shows what was loaded meanwhile.
    document.body.append(map);
    await until(() => map.shadowRoot!.querySelectorAll('path[part~="municipality"]').length === 98);
    map.remove();
  });
});
