// "/": sends the visitor to the first of their browser's languages that the site speaks; the list stays for everyone else.
const offered = [...document.querySelectorAll<HTMLAnchorElement>('a[data-locale]')].map((a) => a.dataset.locale!);
const wanted = (navigator.languages ?? [navigator.language]).map((tag) => tag.toLowerCase().split('-')[0]!);
const match = wanted.find((lang) => offered.includes(lang));
if (match) location.replace(`/${match}/${location.search}`);
