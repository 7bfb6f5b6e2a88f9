/** UI strings a page hands to its script in a JSON block (rendered from locales/*.json at build time). */
export function readStrings(id: string): (key: string, values?: Record<string, string | number>) => string {
  const element = document.getElementById(id);
  const strings = JSON.parse(element?.textContent ?? '{}') as Record<string, string>;
  return (key, values = {}) =>
    Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value)), strings[key] ?? key);
}

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
