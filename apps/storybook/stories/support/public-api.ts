// What Storybook's docs show of custom-elements.json: the public API only. The analyzer lists
// private and protected members too; and a property that has an attribute is documented once,
// as the attribute (the editor's name for it), with the property's name added to the text.
// Storybook keys its args by name across attributes, events and CSS parts, so a part named like
// an attribute (the map's `heading`, the list's `controls`) would replace the attribute's row:
// parts are named as a page's CSS writes them, `::part(heading)`.

interface Documented {
  name: string;
  description?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
  [key: string]: unknown;
}

interface Declaration {
  tagName?: string;
  attributes?: Documented[];
  members?: Documented[];
  cssParts?: Documented[];
  [key: string]: unknown;
}

interface Manifest {
  modules?: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** A copy of `manifest` that keeps each element's public API as a developer uses it. */
export function publicApiOnly<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        const attributes = declaration.attributes ?? [];
        const fields = new Set(attributes.map((a) => a.fieldName).filter(Boolean));
        return {
          ...declaration,
          attributes: attributes.map((attribute) => ({
            ...attribute,
            description:
              attribute.fieldName && attribute.fieldName !== attribute.name
                ? `${attribute.description ?? ''} Property: \`${attribute.fieldName}\`.`.trim()
                : attribute.description,
          })),
          members: (declaration.members ?? []).filter(
            (member) => (member.privacy ?? 'public') === 'public' && !member.static && !fields.has(member.name),
          ),
          ...(declaration.cssParts ? { cssParts: declaration.cssParts.map((part) => ({ ...part, name: `::part(${part.name})` })) } : {}),
        };
      }),
    })),
  };
}
