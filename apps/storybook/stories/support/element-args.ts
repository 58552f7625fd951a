// The one mechanism behind every element's story args: their types, their controls and the render
// that writes them as markup, all read from the attribute spec and the events the package exports
// for the element (its `.defs.ts`) and from BASE_ATTRIBUTES. No attribute or value is named here:
// a new attribute in a spec gets its control and is rendered without a change in Storybook.
import { nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { ArgTypes, InputType } from 'storybook/internal/types';
import { fn } from 'storybook/test';
import type { Dataset } from '@kl-digital/core';
import {
  BASE_ATTRIBUTES,
  EXPLORER_ATTRIBUTES,
  EXPLORER_EVENTS,
  INITIATIVE_CARD_ATTRIBUTES,
  INITIATIVE_CARD_EVENTS,
  KEY_FIGURES_ATTRIBUTES,
  KEY_FIGURES_EVENTS,
  LIST_ATTRIBUTES,
  LIST_EVENTS,
  MAP_ATTRIBUTES,
  MAP_EVENTS,
  MUNICIPALITY_CARD_ATTRIBUTES,
  MUNICIPALITY_CARD_EVENTS,
  TABLE_ATTRIBUTES,
  TABLE_EVENTS,
  TIMELINE_ATTRIBUTES,
  TIMELINE_EVENTS,
  type AttributeDef,
  type AttributeKind,
  type AttributeSpec,
  type BaseAttributes,
  type KlEventMap,
  type KlEventName,
} from '@kl-digital/elements';

/** Each element's own attribute spec and its events, as the package exports them. */
export const ELEMENTS = {
  'kl-denmark-map': { attributes: MAP_ATTRIBUTES, events: MAP_EVENTS },
  'kl-strategy-table': { attributes: TABLE_ATTRIBUTES, events: TABLE_EVENTS },
  'kl-municipality-card': { attributes: MUNICIPALITY_CARD_ATTRIBUTES, events: MUNICIPALITY_CARD_EVENTS },
  'kl-initiative-card': { attributes: INITIATIVE_CARD_ATTRIBUTES, events: INITIATIVE_CARD_EVENTS },
  'kl-initiative-list': { attributes: LIST_ATTRIBUTES, events: LIST_EVENTS },
  'kl-key-figures': { attributes: KEY_FIGURES_ATTRIBUTES, events: KEY_FIGURES_EVENTS },
  'kl-strategy-explorer': { attributes: EXPLORER_ATTRIBUTES, events: EXPLORER_EVENTS },
  'kl-strategy-timeline': { attributes: TIMELINE_ATTRIBUTES, events: TIMELINE_EVENTS },
} as const satisfies { [T in keyof HTMLElementTagNameMap]?: { attributes: AttributeSpec; events: readonly KlEventName[] } };

export type Tag = keyof typeof ELEMENTS;
/** The element a tag names (`KlDenmarkMap` for `'kl-denmark-map'`). */
export type ElementOf<T extends Tag> = HTMLElementTagNameMap[T];
type SpecOf<T extends Tag> = (typeof ELEMENTS)[T]['attributes'] & BaseAttributes;
type EventOf<T extends Tag> = (typeof ELEMENTS)[T]['events'][number];

/**
 * What the control of an attribute holds: a boolean for a flag, a number for a number, the
 * values checked for an enumerated list, one of the values for an enumerated attribute, and the
 * text as written for everything else (names, dates, lists of municipalities or regions).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ArgOf<D> = D extends AttributeDef<infer T, any, any, infer V>
  ? [T] extends [boolean]
    ? boolean
    : string extends V
      ? [T] extends [number]
        ? number
        : string
      : [T] extends [readonly unknown[]]
        ? readonly V[]
        : V
  : never;

/** `kl-filter-change` → `FilterChange` → the handler arg `onKlFilterChange` (Storybook's own naming of event args). */
type Pascal<S extends string> = S extends `${infer Head}-${infer Rest}` ? `${Capitalize<Head>}${Pascal<Rest>}` : Capitalize<S>;
export type HandlerName<E extends string> = `on${Pascal<E>}`;

/** The args of a spec's attributes, by their HTML names. */
type AttributeArgs<S> = { [K in keyof S as S[K] extends { attribute: infer A extends string } ? A : never]?: ArgOf<S[K]> };

/** A story's args for element `T`: its attributes by their HTML names, `dataset`, a handler per event. */
export type ElementArgs<T extends Tag> = AttributeArgs<SpecOf<T>> & {
  [E in EventOf<T> as HandlerName<E>]?: (event: CustomEvent<KlEventMap[E]>) => void;
} & {
  /** The `dataset` property (data is a property, not an attribute); unset: the bundled dataset. */
  dataset?: Dataset;
};

/** The element's attributes: its own, then the ones every element has. */
const specOf = (tag: Tag): AttributeSpec => ({ ...ELEMENTS[tag].attributes, ...BASE_ATTRIBUTES });

/** The arg that handles `event`: `onKlMunicipalitySelect` for `kl-municipality-select`. */
export const handlerName = <E extends string>(event: E): HandlerName<E> =>
  `on${event.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase())}` as HandlerName<E>;

// ---- controls -----------------------------------------------------------------------------

const choice = (values: readonly string[]): InputType => ({ control: values.length > 5 ? 'select' : 'inline-radio', options: [...values] });
const text = (): InputType => ({ control: 'text' });

/** The control of each kind of attribute, from its allowed values. A kind added to the package fails the typecheck here. */
const CONTROLS = {
  'one-of': choice,
  language: choice,
  'list-of': (values) => ({ control: 'inline-check', options: [...values] }),
  'heading-level': (values) => ({ control: 'select', options: [...values] }),
  flag: () => ({ control: 'boolean' }),
  number: () => ({ control: 'number' }),
  municipality: text,
  'municipality-list': text,
  region: text,
  'region-list': text,
  initiative: text,
  date: text,
  text,
} as const satisfies Record<AttributeKind, (values: readonly string[]) => InputType>;

/** The controls of the element's args: one per attribute, by its kind; none for `dataset`. */
export function argTypesFor<T extends Tag>(tag: T): Partial<ArgTypes<ElementArgs<T>>> {
  const controls = Object.values(specOf(tag)).map((def) => [def.attribute, CONTROLS[def.kind](def.values ?? [])]);
  return Object.fromEntries([...controls, ['dataset', { control: false }]]) as Partial<ArgTypes<ElementArgs<T>>>;
}

/** A spy for each event the element fires, as its handler arg, for play functions to assert on. */
export function handlerArgs<T extends Tag>(tag: T): Partial<ElementArgs<T>> {
  return Object.fromEntries(ELEMENTS[tag].events.map((event) => [handlerName(event), fn()])) as Partial<ElementArgs<T>>;
}

// ---- render -------------------------------------------------------------------------------

/** An arg as its attribute's text, or null for no attribute: a flag is present or not, a list is its values joined by spaces, a cleared control is not set. */
function attributeText(def: AttributeDef, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (def.kind === 'flag') return value ? '' : null;
  const written = Array.isArray(value) ? value.join(' ') : String(value);
  return written.trim() === '' ? null : written;
}

interface Writes {
  attributes: ReadonlyMap<string, string | null>;
  properties: ReadonlyMap<string, unknown>;
  listeners: ReadonlyMap<string, EventListener | undefined>;
}

/**
 * Writes attributes, properties and listeners on the element it is bound to, each only when it
 * changed since the last render (as Lit's own bindings do): what the element reflected of the
 * reader's choices stays until the story's args change it.
 */
class WriteArgs extends Directive {
  private readonly last = new Map<string, unknown>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('writeArgs() belongs in an element\'s tag: <kl-x ${writeArgs(…)}>');
  }

  /** True (and remembered) when `value` differs from what was written under `key` last. */
  private changed(key: string, value: unknown): boolean {
    if (this.last.has(key) ? this.last.get(key) === value : value === undefined || value === null) return false;
    this.last.set(key, value);
    return true;
  }

  render(_writes: Writes): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [writes]: [Writes]): typeof nothing {
    const element = part.element as Element & Record<string, unknown>;
    for (const [name, value] of writes.attributes) {
      if (!this.changed(`attribute ${name}`, value)) continue;
      if (value === null) element.removeAttribute(name);
      else element.setAttribute(name, value);
    }
    for (const [name, value] of writes.properties) if (this.changed(`property ${name}`, value)) element[name] = value;
    for (const [event, listener] of writes.listeners) {
      const previous = this.last.get(`listener ${event}`) as EventListener | undefined;
      if (!this.changed(`listener ${event}`, listener)) continue;
      if (previous) element.removeEventListener(event, previous);
      if (listener) element.addEventListener(event, listener);
    }
    return nothing;
  }
}
const writeArgs = directive(WriteArgs);

/** What the args write: each attribute of the spec, `dataset` as the property, each event's handler as its listener. */
function writesOf(tag: Tag, args: Readonly<Record<string, unknown>>): Writes {
  return {
    attributes: new Map(Object.values(specOf(tag)).map((def) => [def.attribute, attributeText(def, args[def.attribute])])),
    properties: new Map([['dataset', args.dataset]]),
    listeners: new Map(ELEMENTS[tag].events.map((event) => [event, args[handlerName(event)] as EventListener | undefined])),
  };
}

/** `<tag>` with the args as its attributes, `dataset` as the property and the handlers as listeners, as an editor's page would have it. */
export function renderElement<T extends Tag>(tag: T, args: ElementArgs<T>): TemplateResult {
  // The tag is one of ELEMENTS' keys, never text from a reader.
  const name = unsafeStatic(tag);
  return html`<${name} ${writeArgs(writesOf(tag, args as Record<string, unknown>))}></${name}>`;
}
