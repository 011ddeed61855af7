import { readFileSync } from 'node:fs';
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

const USE_CLIENT_BANNER = "'use client';";

/**
 * esbuild keeps the entry's own `'use client'` after the banner's copy. Blank the repeat in place
 * (rather than delete the line) so the source map's line numbers stay right.
 */
const singleUseClientDirective: TsupPlugin = {
  name: 'single-use-client-directive',
  renderChunk(code) {
    if (!code.startsWith(`${USE_CLIENT_BANNER}\n`)) return;
    const rest = code.slice(USE_CLIENT_BANNER.length + 1);
    const repeat = /^(['"])use client\1;/.exec(rest);
    if (!repeat) return;
    return { code: `${USE_CLIENT_BANNER}\n${rest.slice(repeat[0].length)}` };
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
  moduleBuild('react', {
    // Every client module states the RSC client boundary itself (esbuild drops directives of the sources).
    banner: { js: USE_CLIENT_BANNER },
    plugins: [singleUseClientDirective],
  }),
]);
