// Injected into every bench page before the page's own scripts (Playwright's addInitScript),
// with the spec placeholder below replaced by the page's spec (JSON). Plain browser JavaScript on purpose: it is
// read as text, never transpiled, so nothing a Node loader adds can leak into the page.
//
// Timing model: performance.now() is milliseconds since the document's navigation start.
// "Painted" is taken the way a frame's end can be seen from script: a requestAnimationFrame
// callback sees the condition met (the DOM this frame will paint), then a MessageChannel
// message posted from that callback runs once the frame's style, layout and paint are done.
(() => {
  const spec = __BENCH_SPEC__;
  const B = (window.__bench = { spec, marks: {}, events: [], errors: [], pending: null });
  addEventListener('error', (e) => B.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => B.errors.push(String(e.reason)));

  // Event Timing: entries for events whose duration (input to the next paint) is >= 16 ms.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        B.events.push({
          name: e.name,
          startTime: e.startTime,
          duration: e.duration,
          inputDelay: e.processingStart - e.startTime,
          processing: e.processingEnd - e.processingStart,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (err) {
    B.errors.push('event timing: ' + err);
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') B.marks.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch (err) {
    B.errors.push('paint timing: ' + err);
  }

  /** Calls back with performance.now() once the current frame has been painted (call from a rAF callback). */
  function afterPaint(callback) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  }

  /** Polls `test` once per frame; resolves { seen, painted } for the first frame where it holds. */
  function whenPainted(test, maxMs) {
    return new Promise((resolve) => {
      const start = performance.now();
      const tick = () => {
        let ok = false;
        try {
          ok = Boolean(test());
        } catch {
          ok = false;
        }
        if (ok) {
          const seen = performance.now();
          afterPaint((painted) => resolve({ seen, painted }));
        } else if (performance.now() - start > maxMs) {
          resolve(null);
        } else {
          requestAnimationFrame(tick);
        }
      };
      requestAnimationFrame(tick);
    });
  }

  // ---- what each kind of page is made of --------------------------------------------------

  const MUNICIPALITY = 'path[part~="municipality"]';
  const ROWS = 'tbody tr, [part~="row"]';

  function klMaps() {
    return [...document.querySelectorAll('kl-denmark-map')];
  }
  function klTable() {
    return document.querySelector('kl-strategy-table');
  }
  function tableRows() {
    const root = klTable()?.shadowRoot;
    return root ? [...root.querySelectorAll(ROWS)].filter((row) => !row.closest('thead')) : [];
  }
  function rowSignature() {
    const rows = tableRows();
    return rows.length + '|' + rows.slice(0, 3).map((r) => r.textContent.trim().replace(/\s+/g, ' ').slice(0, 60)).join('|');
  }

  /**
   * Elements matched by a chain of selectors, each one's matches searched in the shadow roots of
   * the last: ['kl-strategy-explorer', 'kl-denmark-map', 'path'] is every path in the shadow root
   * of every map in the shadow root of every explorer. An open declarative shadow root (a
   * prerendered page) counts before its element is defined.
   */
  function deep(chain) {
    let found = [document];
    chain.forEach((selector, i) => {
      found = found.flatMap((node) => {
        const root = i === 0 ? node : node.shadowRoot;
        return root ? [...root.querySelectorAll(selector)] : [];
      });
    });
    return found;
  }

  const kinds = {
    'kl-map': {
      ready: () => {
        const maps = klMaps();
        return maps.length === spec.count && maps.every((m) => m.shadowRoot && m.shadowRoot.querySelectorAll(MUNICIPALITY).length === 98);
      },
      shape: (code) => {
        const root = klMaps()[0].shadowRoot;
        return { root, el: root.querySelector(`${MUNICIPALITY}[data-code="${code}"]`) };
      },
      tooltip: (name) => {
        const tip = klMaps()[0].shadowRoot.querySelector('[part~="tooltip"]');
        return tip && tip.textContent.includes(name);
      },
    },
    // Our other elements: spec.ready lists what must be there, [{ chain, min }].
    'kl-element': {
      ready: () => spec.ready.every(({ chain, min }) => deep(chain).length >= min),
    },
    // The floor: the same 98 paths, inline in the HTML.
    floor: {
      ready: () => document.querySelectorAll('#floor path').length === 98,
    },
    'react-map': {
      ready: () => document.querySelectorAll('#react-denmark-map-svg path').length >= spec.count,
      // Its paths carry the area's id (`viborg`); spec.ids maps our codes to them.
      shape: (code) => ({ root: document, el: document.getElementById(spec.ids[code]) }),
      tooltip: (name) => {
        const tip = document.getElementById('react-denmark-map-tooltip');
        return tip && tip.textContent.includes(name);
      },
    },
    'd3-map': {
      ready: () => document.querySelectorAll('#map path.m').length === spec.count,
      shape: (code) => {
        // A municipality with islands is several features: hover the largest.
        const all = [...document.querySelectorAll(`#map path.m[data-code="${code}"]`)];
        const area = (el) => {
          const r = el.getBoundingClientRect();
          return r.width * r.height;
        };
        return { root: document, el: all.sort((a, b) => area(b) - area(a))[0] };
      },
      tooltip: (name) => {
        const tip = document.getElementById('tooltip');
        return tip && !tip.hidden && tip.textContent.includes(name);
      },
    },
    'kl-table': {
      ready: () => tableRows().length > 0,
    },
    // The baseline: the same page with nothing in it.
    blank: {
      ready: () => document.body !== null,
    },
  };
  const kind = kinds[spec.kind];

  // ---- load: time to painted ----------------------------------------------------------------

  // When our element is defined (its code fetched and run) and has rendered once after (on a
  // prerendered page: hydrated). Not in an isolated world (JavaScript off), which has no registry.
  const updated =
    spec.tag && window.customElements
      ? customElements.whenDefined(spec.tag).then(async () => {
          B.marks.defined = performance.now();
          const el = document.querySelector(spec.tag);
          if (el && el.updateComplete) await el.updateComplete;
          B.marks.updated = performance.now();
        })
      : Promise.resolve();
  /** Resolves once our element has been defined and updated once, or after maxMs. */
  B.whenUpdated = (maxMs) => Promise.race([updated, new Promise((resolve) => setTimeout(resolve, maxMs))]).then(() => true);

  B.loaded = (async () => {
    if (spec.kind === 'kl-table') {
      const first = whenPainted(() => tableRows().length > 0, spec.maxMs);
      const all = whenPainted(() => tableRows().length >= spec.expectedRows, spec.maxMs);
      const [f, a] = await Promise.all([first, all]);
      if (f) performance.mark('bench-first-row-painted', { startTime: f.painted });
      if (a) performance.mark('bench-rows-painted', { startTime: a.painted });
      return { firstRow: f, allRows: a, rows: tableRows().length, fcp: B.marks.fcp ?? null };
    }
    const result = await whenPainted(kind.ready, spec.maxMs);
    if (result) performance.mark('bench-painted', { startTime: result.painted });
    return { painted: result, fcp: B.marks.fcp ?? null };
  })();

  // ---- interactions -------------------------------------------------------------------------

  /** A point inside the shape of `code`, in viewport coordinates, that hits that shape. */
  B.pointIn = (code) => {
    const { root, el } = kind.shape(code);
    if (!el) return null;
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const box = el.getBoundingClientRect();
    const steps = 11;
    let best = null;
    for (let i = 1; i < steps; i++) {
      for (let j = 1; j < steps; j++) {
        const x = box.left + (box.width * i) / steps;
        const y = box.top + (box.height * j) / steps;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        if (root.elementFromPoint(x, y) !== el) continue;
        // Prefer the point nearest the box's centre.
        const d = (i - steps / 2) ** 2 + (j - steps / 2) ** 2;
        if (!best || d < best.d) best = { x, y, d };
      }
    }
    return best && { x: best.x, y: best.y };
  };

  /**
   * Arms a measurement of the next input of `types`: t0 is that event's timeStamp (when the
   * browser took the input), nextPaint the first paint after its handlers ran, done the first
   * painted frame where `test` holds. Read the result with `B.pending`; Event Timing entries are
   * in `B.events` (matched to inputs by their start time).
   */
  function arm(types, test, maxMs) {
    B.pending = new Promise((resolve) => {
      let t0 = null;
      let nextPaint = null;
      // Event Timing entries come after the frame is presented: the runner collects them once
      // at the end of a run (B.events) rather than waiting here after every input.
      const finish = (done) => resolve({ t0, nextPaint: nextPaint === null ? null : nextPaint - t0, done: done === null ? null : done - t0 });
      // One frame at a time after the input: the first painted frame is "next paint", the first
      // painted frame whose DOM passes `test` is "done" (the same frame when the change is synchronous).
      const tick = () => {
        let ok = false;
        try {
          ok = Boolean(test());
        } catch {
          ok = false;
        }
        afterPaint((t) => {
          if (nextPaint === null) nextPaint = t;
          if (ok) finish(t);
          else if (t - t0 > maxMs) finish(null);
          else requestAnimationFrame(tick);
        });
      };
      const onInput = (event) => {
        if (t0 !== null) return;
        t0 = event.timeStamp;
        for (const type of types) removeEventListener(type, onInput, true);
        requestAnimationFrame(tick);
      };
      for (const type of types) addEventListener(type, onInput, true);
    });
    return true;
  }

  B.armHover = (name) => arm(['pointerover', 'mouseover'], () => kind.tooltip(name), 2000);

  B.focusSearch = () => {
    const root = klTable()?.shadowRoot;
    const input = root && (root.querySelector('input[type="search"]') || root.querySelector('[part~="search"] input, input[part~="search"]') || root.querySelector('input[type="text"], input:not([type])'));
    if (!input) return false;
    input.focus();
    return root.activeElement === input;
  };

  B.armKey = () => {
    const before = rowSignature();
    return arm(['keydown'], () => rowSignature() !== before, 2000);
  };

  /** The first sort control of the table's header: a point to click, or null. */
  B.sortControl = () => {
    const root = klTable()?.shadowRoot;
    if (!root) return null;
    const el = root.querySelector('th button, [part~="sort"], th[aria-sort], thead [role="button"]');
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };

  B.armSort = () => {
    const before = rowSignature();
    return arm(['click'], () => rowSignature() !== before, 3000);
  };

  B.rowCount = () => tableRows().length;

  /** The last byte of the page's scripts and data (responseEnd, ms from navigation start). */
  B.resourcesEnd = () => {
    const ends = performance.getEntriesByType('resource').map((e) => e.responseEnd);
    return ends.length ? Math.max(...ends) : null;
  };

  /** used JS heap after a full, forced collection (Chromium runs with --js-flags=--expose-gc). */
  B.heap = () => {
    if (typeof gc !== 'function' || !performance.memory) return null;
    gc();
    gc();
    return performance.memory.usedJSHeapSize;
  };
})();
