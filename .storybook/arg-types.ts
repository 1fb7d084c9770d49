// The controls of a widget's stories, read from custom-elements.json. Storybook's own reading keys every entry by its
// bare name, so the part `reader` replaced the attribute `reader`, attributes and properties came twice (`api-base`
// and `apiBase`), and types such as `string | undefined` got a JSON editor. Here: one entry per attribute, named as
// the property the stories' args use, a text control unless it is a boolean or a number, and CSS parts and custom
// properties listed without controls.
import type { StrictArgTypes } from 'storybook/internal/types';

interface Typed {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}
interface Member extends Typed {
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Attribute extends Typed {
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const controlFor = (type: string | undefined) =>
  type === 'boolean'
    ? ({ type: 'boolean' } as const)
    : type === 'number'
      ? ({ type: 'number' } as const)
      : ({ type: 'text' } as const);

/** The arg types of the element `tagName`, for `parameters.docs.extractArgTypes`. */
export function argTypesFor(manifest: Manifest, tagName: string): StrictArgTypes {
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
  if (!declaration) return {};
  const argTypes: StrictArgTypes = {};
  const members = new Map((declaration.members ?? []).map((m) => [m.name, m]));

  for (const attribute of declaration.attributes ?? []) {
    const key = attribute.fieldName ?? attribute.name;
    const type = attribute.type?.text ?? members.get(key)?.type?.text;
    argTypes[key] = {
      name: key,
      description: `${attribute.description ?? members.get(key)?.description ?? ''}\n\nAttribute: \`${attribute.name}\``,
      type: { name: type === 'boolean' ? 'boolean' : type === 'number' ? 'number' : 'string', required: false },
      control: controlFor(type),
      table: {
        category: 'attributes',
        type: { summary: type ?? 'string' },
        defaultValue: attribute.default === undefined ? undefined : { summary: attribute.default },
      },
    };
  }

  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || member.privacy === 'private' || member.privacy === 'protected')
      continue;
    if (member.attribute || argTypes[member.name]) continue;
    argTypes[member.name] = {
      name: member.name,
      description: member.description ?? '',
      type: { name: 'other', value: member.type?.text ?? 'unknown', required: false },
      control: false,
      table: { category: 'properties', type: { summary: member.type?.text ?? 'unknown' } },
    };
  }

  const listed = (items: Typed[] | undefined, category: string, key: (name: string) => string) => {
    for (const item of items ?? []) {
      argTypes[key(item.name)] = {
        name: key(item.name),
        description: item.description ?? '',
        type: { name: 'other', value: 'void', required: false },
        control: false,
        table: {
          category,
          type: item.type?.text ? { summary: item.type.text } : undefined,
          defaultValue: item.default === undefined ? undefined : { summary: item.default },
        },
      };
    }
  };
  listed(declaration.events, 'events', (name) => name);
  listed(declaration.cssProperties, 'css custom properties', (name) => name);
  listed(declaration.cssParts, 'css shadow parts', (name) => `::part(${name})`);
  return argTypes;
}
