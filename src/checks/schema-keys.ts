import type { z } from 'zod';

/** The parts of a zod 4 schema definition that lead to nested object shapes. */
interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  valueType?: z.ZodType;
  element?: z.ZodType;
  options?: readonly z.ZodType[];
  in?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

const definitionOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Definition } })._zod.def;

/** The object schemas a schema may be, looking through optional, default, union, pipe and lazy. */
function objectsOf(schema: z.ZodType, depth = 0): z.ZodType[] {
  if (depth > 20) return [];
  const definition = definitionOf(schema);
  if (definition.type === 'object') return [schema];
  const inner =
    definition.innerType ?? definition.in ?? (definition.type === 'lazy' ? definition.getter?.() : undefined);
  if (inner !== undefined) return objectsOf(inner, depth + 1);
  if (definition.type === 'union')
    return (definition.options ?? []).flatMap((option) => objectsOf(option, depth + 1));
  if (definition.type === 'intersection') {
    return [definition.left, definition.right].flatMap((part) => (part ? objectsOf(part, depth + 1) : []));
  }
  return [];
}

/** The schema one step down `part` (an object key, a record value, an array element). */
function childrenOf(schema: z.ZodType, part: PropertyKey, depth = 0): z.ZodType[] {
  if (depth > 20) return [];
  const definition = definitionOf(schema);
  if (definition.type === 'object') {
    const child = definition.shape?.[String(part)];
    return child === undefined ? [] : [child];
  }
  if (definition.type === 'record' && definition.valueType !== undefined) return [definition.valueType];
  if (definition.type === 'array' && definition.element !== undefined) return [definition.element];
  const inner =
    definition.innerType ?? definition.in ?? (definition.type === 'lazy' ? definition.getter?.() : undefined);
  if (inner !== undefined) return childrenOf(inner, part, depth + 1);
  if (definition.type === 'union') {
    return (definition.options ?? []).flatMap((option) => childrenOf(option, part, depth + 1));
  }
  if (definition.type === 'intersection') {
    return [definition.left, definition.right].flatMap((side) =>
      side ? childrenOf(side, part, depth + 1) : [],
    );
  }
  return [];
}

/**
 * The keys an object accepts at `path` inside `schema` (e.g. ['economics', 'prompt'] in the
 * fixfirst.yaml schema), in declaration order: what "unknown key" messages suggest from. Empty when
 * the path does not lead to an object.
 */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType[] = [schema];
  for (const part of path) current = current.flatMap((candidate) => childrenOf(candidate, part));
  const keys = new Set<string>();
  for (const candidate of current)
    for (const object of objectsOf(candidate))
      for (const key of Object.keys(definitionOf(object).shape ?? {})) keys.add(key);
  return [...keys];
}
