// Controls for what custom-elements.json documents: the attributes get the control their type
// calls for; events, slots, CSS parts and custom properties are documented but not controls
// (a story's render does not set them). A story's own argTypes win.
import type { ArgTypesEnhancer } from 'storybook/internal/types';

const DOCUMENTED_ONLY = new Set(['events', 'slots', 'css custom properties', 'css shadow parts']);

/** `'light' | 'dark' | 'auto' | undefined` → ['light', 'dark', 'auto']; null when the type is not such a union. */
function literals(type: string): string[] | null {
  const parts = type.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  return parts.length > 0 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
}

export const controlsFromManifest: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category ?? '';
      if (DOCUMENTED_ONLY.has(category)) return [name, { ...argType, control: false }];
      if (category !== 'attributes' || argType.control !== undefined) return [name, argType];
      const type = String((argType.type as { name?: string } | undefined)?.name ?? 'string');
      const options = literals(type);
      const control = options
        ? { control: { type: 'inline-radio' }, options }
        : /\bboolean\b/.test(type)
          ? { control: { type: 'boolean' } }
          : /\bnumber\b/.test(type)
            ? { control: { type: 'number' } }
            : { control: { type: 'text' } };
      return [name, { ...argType, ...control }];
    }),
  );
