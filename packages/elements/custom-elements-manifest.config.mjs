// custom-elements.json from the doc comments and the elements' attribute specs; Storybook's docs
// read it. The build compiles the specs (tsc) before this runs.
import { loadSpecs, specPlugin } from './build/manifest-from-spec.mjs';

const loaded = await loadSpecs();

export default {
  globs: ['src/**/*.component.ts', 'src/**/*.defs.ts', 'src/shared/kl-element.ts', 'src/shared/base-attributes.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [
    specPlugin(loaded),
    {
      // Lit's internal `state: true` properties are not attributes, and private members are not API.
      name: 'kl-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter((m) => !m.name.startsWith('_'));
          }
        }
      },
    },
  ],
};
