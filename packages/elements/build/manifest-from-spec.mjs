// custom-elements.json's attributes, properties and events come from the specs the elements
// declare (`*_ATTRIBUTES` and `*_EVENTS` in each .defs.ts, and the shared BASE_ATTRIBUTES):
// names, kinds, allowed values and defaults from the compiled specs in dist/, each attribute's
// one line from the doc comment above it in the source. Nothing about an attribute is written twice.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const here = new URL('..', import.meta.url).pathname;

/** Every `*_ATTRIBUTES` and `*_EVENTS` export of the compiled defs, and the events' descriptions. */
export async function loadSpecs() {
  const dist = join(here, 'dist');
  const files = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.defs.js') || file === join('shared', 'base-attributes.js'));
  const specs = {};
  for (const file of files) {
    const module = await import(pathToFileURL(join(dist, file)).href);
    for (const [name, value] of Object.entries(module)) if (/_(ATTRIBUTES|EVENTS)$/.test(name)) specs[name] = value;
  }
  const { EVENTS } = await import(pathToFileURL(join(dist, 'shared', 'events', 'index.js')).href);
  return { specs, events: EVENTS };
}

/** The type an attribute has in the manifest: its values where it has a fixed set. */
function typeText(def) {
  switch (def.kind) {
    case 'flag':
      return 'boolean';
    case 'number':
      return 'number';
    case 'one-of':
    case 'list-of':
    case 'language':
    case 'heading-level':
      return def.values.map((v) => `'${v}'`).join(' | ');
    default:
      return 'string';
  }
}

/** The doc comments above the properties of each `*_ATTRIBUTES` object literal, by spec name. */
function docsOf(ts, node) {
  if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !/_ATTRIBUTES$/.test(node.name.text)) return null;
  let init = node.initializer;
  while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init) || ts.isParenthesizedExpression(init))) init = init.expression;
  if (!init || !ts.isObjectLiteralExpression(init)) return null;
  const docs = {};
  for (const property of init.properties) {
    const name = property.name && ts.isIdentifier(property.name) ? property.name.text : null;
    const comment = property.jsDoc?.[0]?.comment;
    if (name) docs[name] = typeof comment === 'string' ? comment : (comment ?? []).map((part) => part.text).join('');
  }
  return { name: node.name.text, docs };
}

export function specPlugin({ specs, events }) {
  const docs = {};
  return {
    name: 'kl-attributes-from-spec',
    analyzePhase({ ts, node, moduleDoc }) {
      const found = docsOf(ts, node);
      if (found) docs[found.name] = { module: moduleDoc.path, docs: found.docs };
    },
    packageLinkPhase({ customElementsManifest }) {
      const missing = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          const specName = declaration.superclass?.name;
          const spec = specs[specName];
          const eventNames = specs[specName?.replace(/_ATTRIBUTES$/, '_EVENTS')];
          if (!spec || !eventNames) {
            missing.push(`<${declaration.tagName}> extends withAttributes(${specName}) without ${specName} and its _EVENTS in a .defs.ts`);
            continue;
          }
          const all = [
            ...Object.entries(spec).map(([field, def]) => ({ field, def, doc: docs[specName]?.docs[field] })),
            ...Object.entries(specs.BASE_ATTRIBUTES).map(([field, def]) => ({ field, def, doc: docs.BASE_ATTRIBUTES?.docs[field] })),
          ];
          for (const { field, def, doc } of all) if (!doc) missing.push(`${specName}.${field} has no doc comment`);
          // A list's type is its values; that it takes several is said in words.
          const listNote = (def) => (def.kind === 'list-of' ? ' One or more, separated by spaces, commas or semicolons.' : '');
          declaration.attributes = all.map(({ field, def, doc }) => ({
            name: def.attribute,
            fieldName: field,
            description: `${doc}${listNote(def)}`,
            type: { text: typeText(def) },
            ...(def.defaultText ? { default: def.defaultText } : {}),
          }));
          const fields = new Set(all.map(({ field }) => field));
          declaration.members = [
            ...(declaration.members ?? []).filter((member) => !fields.has(member.name) && member.name !== 'attributeSpec' && member.name !== 'properties'),
            ...all.map(({ field, def, doc }) => ({ kind: 'field', name: field, attribute: def.attribute, description: doc, type: { text: `${typeText(def)} | null` }, ...(def.reflect ? { reflects: true } : {}) })),
          ];
          declaration.events = eventNames.map((name) => ({ name, type: { text: events[name].type }, description: events[name].description }));
        }
      }
      if (missing.length) throw new Error(`custom-elements.json: ${missing.join('; ')}`);
    },
  };
}

