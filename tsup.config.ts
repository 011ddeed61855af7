import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type TsupPlugin = NonNullable<Options['plugins']>[number];

interface PackageManifest {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/**
 * Every dependency and peer dependency of a package, as a pattern that also covers subpaths
 * (`react/jsx-runtime`, `zod/v4/core`), so nothing the consumer installs gets bundled.
 */
function externalsOf(packageDirectory: string): RegExp[] {
  const manifest = JSON.parse(readFileSync(`${packageDirectory}/package.json`, 'utf8')) as PackageManifest;
  const names = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
  return names.map((name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:/.*)?$`));
}

const USE_CLIENT = "'use client';";

/**
 * Every client module of the react build starts with `'use client'`, the RSC client boundary (esbuild
 * drops or moves the sources' own directives); modules under `shared/` are what server components may
 * import, so they get none. Prepended on the first line, without a newline, so the source map's lines stay
 * right.
 */
const useClientDirective: TsupPlugin = {
  name: 'use-client-directive',
  renderChunk(code, chunk) {
    if (!/\.js$/.test(chunk.path)) return;
    const withoutDirective = code.replace(/^(['"])use client\1;\n?/, '');
    const path = relative(resolve(this.options.outDir ?? 'dist'), resolve(chunk.path)).split(sep).join('/');
    if (path.startsWith('shared/')) return { code: withoutDirective };
    return { code: `${USE_CLIENT}${withoutDirective}` };
  },
};

/** Source files that ship: everything under src but tests, stories and test helpers. */
function sourceFiles(packageDirectory: string): string[] {
  return [
    `${packageDirectory}/src/**/*.{ts,tsx}`,
    `!${packageDirectory}/src/**/*.test.{ts,tsx}`,
    `!${packageDirectory}/src/**/*.test-d.ts`,
    `!${packageDirectory}/src/**/*.stories.{ts,tsx}`,
    `!${packageDirectory}/src/**/__tests__/**`,
    `!${packageDirectory}/src/**/__fixtures__/**`,
  ];
}

/** Options every package build shares. */
function baseBuild(name: 'core' | 'react' | 'server'): Options {
  const packageDirectory = `packages/${name}`;
  return {
    name: `@supportai/${name}`,
    outDir: `${packageDirectory}/dist`,
    tsconfig: `${packageDirectory}/tsconfig.json`,
    format: ['esm'],
    // Runs in browsers, Node, Deno and edge runtimes alike; all imports are relative or external.
    platform: 'neutral',
    target: 'es2022',
    sourcemap: true,
    clean: true,
    external: externalsOf(packageDirectory),
  };
}

/**
 * One output module per source file (esbuild transpiles, nothing is merged), so that with
 * `sideEffects: false` a host's bundler drops every module its imports do not reach: a merged bundle keeps
 * every top-level schema of the package. Types come from `tsc` (`scripts/build-types.mjs`).
 */
function moduleBuild(name: 'core' | 'react', overrides: Options = {}): Options {
  return { ...baseBuild(name), entry: sourceFiles(`packages/${name}`), bundle: false, dts: false, ...overrides };
}

// A test builds the react package alone into a folder of its own (tests/entry-directive.test.ts).
const only = process.env.SUPPORTAI_BUILD_ONLY;
const reactOutDir = process.env.SUPPORTAI_REACT_OUT_DIR;

export default defineConfig([
  moduleBuild('core'),
  // The server runs in Node and edge runtimes, where a bundle costs nothing: one file per entry.
  // The Node adapter and the SQL source are subpaths: the main entry imports no Node built-ins.
  {
    ...baseBuild('server'),
    entry: { index: 'packages/server/src/index.ts', node: 'packages/server/src/node.ts', sql: 'packages/server/src/sql/index.ts' },
    platform: 'node',
    dts: true,
    treeshake: true,
  },
  moduleBuild('react', { plugins: [useClientDirective], ...(reactOutDir ? { outDir: reactOutDir, sourcemap: false } : {}) }),
].filter((options) => !only || options.name === `@supportai/${only}`));
