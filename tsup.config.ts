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

/** One ESM build with types for `packages/<name>/src/index.ts` into `packages/<name>/dist/`. */
function packageBuild(name: 'core' | 'react' | 'server', overrides: Options = {}): Options {
  const packageDirectory = `packages/${name}`;
  return {
    name: `@supportai/${name}`,
    entry: { index: `${packageDirectory}/src/index.ts` },
    outDir: `${packageDirectory}/dist`,
    tsconfig: `${packageDirectory}/tsconfig.json`,
    format: ['esm'],
    // Runs in browsers, Node, Deno and edge runtimes alike; all imports are relative or external.
    platform: 'neutral',
    target: 'es2022',
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    external: externalsOf(packageDirectory),
    ...overrides,
  };
}

export default defineConfig([
  // The demo generator is a subpath of its own, so it stays out of the main bundle.
  packageBuild('core', { entry: { index: 'packages/core/src/index.ts', demo: 'packages/core/src/demo/index.ts' } }),
  // The Node adapter and the SQL source are subpaths: the main entry imports no Node built-ins.
  packageBuild('server', { entry: { index: 'packages/server/src/index.ts', node: 'packages/server/src/node.ts', sql: 'packages/server/src/sql/index.ts' }, platform: 'node' }),
  packageBuild('react', {
    // tsup/esbuild drop directives of inlined modules, so the RSC client boundary is stated here.
    banner: { js: USE_CLIENT_BANNER },
    // tsup's extra Rollup tree-shaking pass strips every module directive, banner included.
    // esbuild still tree-shakes the bundle; dependencies are external, so little is lost.
    treeshake: false,
    plugins: [singleUseClientDirective],
  }),
]);
