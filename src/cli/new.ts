// npm run new -- <product> <id>: writes runbooks/<product>/<id>.yaml with every field and language to fill in.
import { existsSync, writeFileSync } from 'node:fs';
import { PRODUCTS, type Product } from '../schema/runbook.ts';
import { runbookSkeleton } from '../lib/skeleton.ts';

const [product, id] = process.argv.slice(2);
if (!product || !id || !(PRODUCTS as readonly string[]).includes(product) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
  console.error(`usage: npm run new -- <${PRODUCTS.join('|')}> <id>   (id: lower-case words joined by hyphens, e.g. ftd-proxy-blocks-sse)`);
  process.exit(2);
}
const path = `runbooks/${product}/${id}.yaml`;
if (existsSync(path)) {
  console.error(`${path} exists already`);
  process.exit(1);
}
writeFileSync(path, runbookSkeleton(product as Product, new Date().toISOString().slice(0, 10)));
console.log(`wrote ${path}; now run npm run check: it names every field still to write, by line.`);
