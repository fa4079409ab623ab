/**
 * The import graph as the browser bundle sees it: which modules every browser entry loads at run
 * time, followed through relative imports, and the chains that end in a module only Node has.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
// Astro's own compiler, so "bundled for the browser" means exactly what Astro bundles (no is:inline,
// no JSON data blocks), not what a regex guesses.
import { transform } from '@astrojs/compiler-rs';
import ts from 'typescript';

/** Packages that exist only at build time on Node; a browser bundle that reaches one is broken or bloated. */
const NODE_ONLY_PACKAGES = new Set(['yaml', 'sharp', 'esbuild', 'typescript', 'astro:content', 'astro/container']);

/** The folder of build-only modules: nothing bundled for the browser may import from it. */
export const BUILD_LAYER = 'src/lib/build/';

export interface BrowserEntry {
  /** How a failure names it: a file, or an .astro file's bundled script. */
  name: string;
  /** The file relative imports resolve from. */
  file: string;
  code: string;
}

const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

/** True for a bare specifier naming Node itself or a build-only package. */
export function isNodeOnlySpecifier(specifier: string): boolean {
  if (specifier.startsWith('node:') || builtinModules.includes(packageName(specifier))) return true;
  return NODE_ONLY_PACKAGES.has(specifier) || NODE_ONLY_PACKAGES.has(packageName(specifier));
}

/**
 * What a module loads when it runs: imports and re-exports (type-only ones are erased by the
 * compiler, so they do not count) and dynamic `import()`s. A dynamic import of a computed value
 * cannot be followed, so it comes back as `null` for the caller to refuse.
 */
export function runtimeSpecifiers(code: string): (string | null)[] {
  const source = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: (string | null)[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      if (node.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node)) {
      if (!node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      found.push(argument && ts.isStringLiteralLike(argument) ? argument.text : null);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function filesUnder(folder: string, ending: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((f) => join(folder, f))
    .filter((f) => f.endsWith(ending) && statSync(f).isFile())
    .sort();
}

/** Every module the browser starts from: each file under src/scripts/ and each bundled <script> of an .astro file. */
export function browserEntries(root: string): BrowserEntry[] {
  const scripts = filesUnder(join(root, 'src/scripts'), '.ts').map((file) => ({
    name: relative(root, file).split(sep).join('/'),
    file,
    code: readFileSync(file, 'utf8'),
  }));
  const astroScripts = filesUnder(join(root, 'src'), '.astro').flatMap((file) => {
    const { scripts: hoisted } = transform(readFileSync(file, 'utf8'), { filename: file });
    const name = relative(root, file).split(sep).join('/');
    return hoisted.map((script, i) => ({
      name: `${name} <script${hoisted.length > 1 ? ` #${i + 1}` : ''}>`,
      file,
      code: script.type === 'external' ? `import ${JSON.stringify(script.src)};` : (script.code ?? ''),
    }));
  });
  return [...scripts, ...astroScripts];
}

const CANDIDATE_ENDINGS = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts', '/index.js'];

/** The file a relative specifier names, as the bundler would find it (extension optional, `.js` for `.ts`). */
function resolveRelative(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier.replace(/\?.*$/, ''));
  const candidates = [...CANDIDATE_ENDINGS.map((e) => base + e), base.replace(/\.m?js$/, '.ts')];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}

const CODE_FILE = /\.(m?[jt]sx?)$/;

/**
 * For each entry, the shortest import chain (entry → … → module) to every Node-only module it
 * reaches, plus any import that cannot be followed. Each problem is one readable line.
 */
export function nodeOnlyChains(root: string, entries: BrowserEntry[]): string[] {
  const inBuildLayer = (file: string) => relative(root, file).split(sep).join('/').startsWith(BUILD_LAYER);
  const label = (file: string) => relative(root, file).split(sep).join('/');
  const problems: string[] = [];
  for (const entry of entries) {
    const seen = new Set<string>();
    const queue: { file: string; code: string; chain: string[] }[] = [{ file: entry.file, code: entry.code, chain: [entry.name] }];
    while (queue.length > 0) {
      const { file, code, chain } = queue.shift()!;
      for (const specifier of runtimeSpecifiers(code)) {
        if (specifier === null) {
          problems.push(`${chain.join(' → ')}: import() of a computed name cannot be checked`);
        } else if (!specifier.startsWith('.')) {
          if (isNodeOnlySpecifier(specifier)) problems.push([...chain, specifier].join(' → '));
        } else {
          const target = resolveRelative(file, specifier);
          if (!target) problems.push(`${chain.join(' → ')}: cannot resolve "${specifier}"`);
          else if (inBuildLayer(target)) problems.push([...chain, label(target)].join(' → '));
          else if (!seen.has(target)) {
            seen.add(target);
            if (CODE_FILE.test(target)) queue.push({ file: target, code: readFileSync(target, 'utf8'), chain: [...chain, label(target)] });
          }
        }
      }
    }
  }
  return problems;
}
