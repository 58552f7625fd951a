// What custom-elements.json adds to a story's argTypes is documentation: the attributes,
// properties, events, slots, CSS parts and custom properties in the docs table. Controls come
// from the attribute spec only (argTypesFor in element-args.ts, through each element's meta),
// so this enhancer infers none: an entry the spec gave no control (a property, an event, a part,
// or any entry of a story without the spec's argTypes) is documented without one, rather than
// getting a control guessed from the manifest's type text.
import type { ArgTypesEnhancer } from 'storybook/internal/types';

export const manifestDocsOnly: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) =>
      argType.table?.category && argType.control === undefined ? [name, { ...argType, control: false }] : [name, argType],
    ),
  );
