import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** A copy of the project with one runbook broken in three ways. */
const work = mkdtempSync(join(tmpdir(), 'sse-refuse-'));
for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'locales', 'runbooks', 'public']) cpSync(entry, join(work, entry), { recursive: true });
symlinkSync(resolve('node_modules'), join(work, 'node_modules'));
const file = 'runbooks/firepower/ftd-dns-resolution.yaml';
const original = readFileSync(file, 'utf8');
const broken = original
  .replace('  ko: "FMC/FTD에서 SSE 호스트 이름을 확인하지 못함(curl 종료 코드 6)"\n', '')
  .replace('run: "nslookup {api}"', 'run: "nslookup {apii}"')
  .replace('to: step:retest', 'to: step:nowhere');
writeFileSync(join(work, file), broken);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const lineOf = (needle: string) => broken.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('a broken runbook', () => {
  it('is refused by npm run build, which names every problem by file, line and field and writes nothing', () => {
    const run = spawnSync('npm', ['run', 'build'], { cwd: work, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'silent' } });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`${file}:${lineOf('title:')}:1: title.ko: missing ko translation`);
    expect(run.stderr).toContain(`${file}:${lineOf('{apii}')}:9: steps.1.commands.0.run: unknown endpoint role {apii}`);
    expect(run.stderr).toContain(`${file}:${lineOf('step:nowhere')}:7: steps.1.onSuccess.to: no step "nowhere" in this runbook`);
    expect(run.stderr).toContain('3 problem(s); nothing was built.');
    expect(existsSync(join(work, 'dist'))).toBe(false);
  });
});
