import { Marked, type Token, type Tokens } from 'marked';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Raw HTML is never rendered: authors write Markdown, and any tag is shown as text. */
const marked = new Marked({
  gfm: true,
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escape(text),
  },
});

/** Rendered fields by source text: the same sentences recur across pages and languages share none. */
const blocks = new Map<string, string>();
const inlines = new Map<string, string>();

/** Renders a Markdown prose field to HTML. */
export function renderMarkdown(text: string): string {
  let html = blocks.get(text);
  if (html === undefined) blocks.set(text, (html = marked.parse(text, { async: false }) as string));
  return html;
}
/** Renders a one-line Markdown field without a paragraph around it. */
export function renderInline(text: string): string {
  let html = inlines.get(text);
  if (html === undefined) inlines.set(text, (html = marked.parseInline(text, { async: false }) as string));
  return html;
}

/** The first raw HTML snippet in a Markdown text, if any. */
export function findRawHtml(text: string): string | undefined {
  let found: string | undefined;
  const visit = (tokens: Token[] | undefined) => {
    for (const token of tokens ?? []) {
      if (found) return;
      if (token.type === 'html') found = (token as Tokens.HTML).text.trim();
      const nested = token as { tokens?: Token[]; items?: Tokens.ListItem[] };
      visit(nested.tokens);
      for (const item of nested.items ?? []) visit(item.tokens);
    }
  };
  visit(marked.lexer(text));
  return found;
}

/** Plain text of a Markdown field, for meta descriptions and summaries. */
export const plainText = (text: string): string =>
  renderInline(text)
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
