/**
 * `compute` remembered per distinct text: passages recur across thousands of prompts (a knowledge
 * base), so folding or counting each distinct text once saves most of the work. The memory lives as
 * long as the returned function.
 */
export function memoByText<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = compute(text);
    known.set(text, value);
    return value;
  };
}
