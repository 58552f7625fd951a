// The packed tarballs, installed in a fresh project and built with Vite, as a consumer would:
// `npm install` of both packages, `import '@kl-digital/elements/kl-denmark-map.js'`, `vite build`,
// and a typecheck of the consumer's code against the shipped types.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const elements = new URL('..', import.meta.url).pathname;
const core = new URL('../../core/', import.meta.url).pathname;
const workspace = new URL('../../../', import.meta.url).pathname;
const version = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;

const scratch = mkdtempSync(join(tmpdir(), 'kl-consumer-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `npm pack` of a package into the scratch folder; returns the tarball's file name. */
async function pack(dir: string): Promise<string> {
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: dir });
  return (JSON.parse(stdout) as { filename: string }[])[0]!.filename;
}

const OFFLINE = /E(NOTFOUND|AI_AGAIN|CONNREFUSED|CONNRESET|TIMEDOUT|NETUNREACH)|network|getaddrinfo/i;

describe('the packed packages in a consumer project', () => {
  it('npm install of the two tarballs and vite build of a page that imports kl-denmark-map.js succeed, with only the map inside', async (ctx) => {
    const [coreTgz, elementsTgz] = await Promise.all([pack(core), pack(elements)]);
    const app = join(scratch, 'app');
    mkdirSync(join(app, 'src'), { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify(
        {
          name: 'kl-consumer',
          private: true,
          type: 'module',
          dependencies: { '@kl-digital/core': `file:../${coreTgz}`, '@kl-digital/elements': `file:../${elementsTgz}` },
          devDependencies: { vite: version(join(workspace, 'node_modules/vite')), typescript: version(join(workspace, 'node_modules/typescript')) },
          // elements asks for core 0.1.0: the tarball beside it, not the registry.
          overrides: { '@kl-digital/core': '$@kl-digital/core' },
        },
        null,
        2,
      ),
    );
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Kort</title></head><body><kl-denmark-map highlight="Sorø"></kl-denmark-map><script type="module" src="/src/main.ts"></script></body></html>',
    );
    writeFileSync(
      join(app, 'src/main.ts'),
      [
        "import '@kl-digital/elements/kl-denmark-map.js';",
        "import type { KlDenmarkMap, MunicipalitySelectEvent } from '@kl-digital/elements';",
        "import { resolveMunicipality } from '@kl-digital/core';",
        "import { dataset } from '@kl-digital/core/dataset';",
        "const map: KlDenmarkMap = document.querySelector('kl-denmark-map')!;",
        "const sorø = resolveMunicipality(dataset, 'Sorø Kommune');",
        "if (sorø.found) map.selected = sorø.municipality.code;",
        "map.addEventListener('kl-municipality-select', (event: MunicipalitySelectEvent) => console.log(event.detail.code));",
        "const element = document.createElement('kl-denmark-map');",
        "element.colorBy = 'status';",
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: true, types: [] }, include: ['src'] }),
    );

    try {
      await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: app, timeout: 120_000 });
    } catch (error) {
      const output = `${(error as { stderr?: string }).stderr ?? ''}${(error as Error).message}`;
      if (OFFLINE.test(output)) return ctx.skip(`npm cannot reach the registry, so the consumer project cannot be installed: ${output.slice(0, 300)}`);
      throw error;
    }
    const installed = readdirSync(join(app, 'node_modules/@kl-digital'));
    expect(installed.sort()).toEqual(['core', 'elements']);
    // One core, from the tarball: not a second copy under elements.
    expect(() => readdirSync(join(app, 'node_modules/@kl-digital/elements/node_modules/@kl-digital'))).toThrow();

    // The consumer's code typechecks against the shipped types, found through the exports map.
    await run(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: app });

    // NODE_ENV as a consumer's build has it (Vitest sets it to "test", which would pick Lit's dev build).
    await run(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
      cwd: app,
      timeout: 60_000,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const assets = readdirSync(join(app, 'dist/assets')).filter((f) => f.endsWith('.js'));
    const code = assets.map((f) => readFileSync(join(app, 'dist/assets', f), 'utf8')).join('\n');
    expect(readFileSync(join(app, 'dist/index.html'), 'utf8')).toContain('<kl-denmark-map highlight="Sorø">');
    // The registration survived tree-shaking: define('kl-denmark-map', …) is in the bundle.
    expect(/\w\(\s*["'`]kl-denmark-map["'`]\s*,/.test(code), 'define("kl-denmark-map", …) in the bundle').toBe(true);
    expect(code.includes('Styrelsen for Dataforsyning'), 'the map geometry and its attribution').toBe(true);
    // A production build (Lit without its dev mode), and only the map: the per-element entry does
    // not drag in the other elements or React.
    expect(code.includes('Lit is in dev mode'), 'Lit in dev mode').toBe(false);
    expect(code.includes('kl-strategy-table'), 'kl-strategy-table in a map-only bundle').toBe(false);
    expect(code.includes('kl-key-figures'), 'kl-key-figures in a map-only bundle').toBe(false);
    expect(/react\.(transitional\.)?element/.test(code), 'React in the bundle').toBe(false);
  }, 150_000);
});
