import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Node } from 'yaml';

/** One thing wrong with a source file, located by line and column (1-based) and field path (Zod's, indexes from 0). */
export interface Problem {
  file: string;
  line: number;
  col: number;
  path: string;
  message: string;
}

export const formatProblem = (p: Problem): string =>
  `${p.file}:${p.line}:${p.col}: ${p.path ? `${p.path}: ` : ''}${p.message}`;

export type FieldPath = readonly PropertyKey[];
export const joinPath = (path: FieldPath): string => path.map(String).join('.');

export interface YamlSource {
  file: string;
  data: unknown;
  /** Syntax problems; when there are any, `data` must not be trusted. */
  problems: Problem[];
  /** The line and column of a field, or of its nearest existing parent. */
  locate(path: FieldPath): { line: number; col: number };
  problem(path: FieldPath, message: string): Problem;
}

/** Parses YAML keeping positions, so that every later problem can name its line. */
export function parseYaml(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const locate = (path: FieldPath) => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        offset = (node as Node).range?.[0] ?? offset;
      } else break;
    }
    return position(offset);
  };
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((error) => {
    const [start] = error.linePos ?? [{ line: 1, col: 1 }];
    return { file, line: start.line, col: start.col, path: '', message: `YAML: ${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}` };
  });
  // A plain text value followed by " #…" loses the rest of the line to a comment: almost always a mistake in prose.
  visit(doc, {
    Scalar(_key, node) {
      if (node.type === Scalar.PLAIN && typeof node.value === 'string' && node.comment && node.range) {
        const { line, col } = position(node.range[1]);
        problems.push({ file, line, col, path: '', message: `text after " #" was read as a YAML comment (#${node.comment}); quote the whole value` });
      }
    },
  });
  return {
    file,
    data: problems.length ? undefined : doc.toJS(),
    problems,
    locate,
    problem: (path, message) => ({ file, ...locate(path), path: joinPath(path), message }),
  };
}

/** An .mdx file's YAML front matter (undefined when it has none) and the body after it. */
export function splitFrontmatter(text: string): { frontmatter?: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return match ? { frontmatter: match[1], body: text.slice(match[0].length) } : { body: text };
}
