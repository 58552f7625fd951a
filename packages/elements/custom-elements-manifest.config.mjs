// custom-elements.json from the doc comments; Storybook's docs read it.
export default {
  globs: ['src/**/*.component.ts', 'src/shared/kl-element.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [
    {
      // Lit's internal `state: true` properties are not attributes, and events dispatched
      // through a constant are already documented by the class's @fires tags.
      name: 'kl-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => a.name && !a.name.startsWith('_'));
            if (declaration.members) declaration.members = declaration.members.filter((m) => !m.name.startsWith('_'));
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
