/** Fills `{name}` slots of a UI string (the build leaves them for values known only in the browser). */
export const fill = (text: string, values: Record<string, string | number> = {}): string =>
  Object.entries(values).reduce((out, [name, value]) => out.replaceAll(`{${name}}`, String(value)), text);

/** UI strings a page hands to its script in a JSON block (rendered from locales/*.json at build time). */
export function readStrings(id: string): (key: string, values?: Record<string, string | number>) => string {
  const element = document.getElementById(id);
  const strings = JSON.parse(element?.textContent ?? '{}') as Record<string, string>;
  return (key, values) => fill(strings[key] ?? key, values);
}

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
