// 404: speaks the language of the path that was asked for (/de/… → German), English otherwise.
const lang = location.pathname.split('/').filter(Boolean)[0] ?? '';
const section = document.querySelector<HTMLElement>(`[data-notfound="${CSS.escape(lang)}"]`);
if (section) {
  for (const other of document.querySelectorAll<HTMLElement>('[data-notfound]')) other.hidden = other !== section;
  document.documentElement.lang = lang;
  document.title = section.querySelector('h1')?.textContent ?? document.title;
}
