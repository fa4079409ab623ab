/**
 * The embed pages' inline height script, bundled once per build from
 * src/scripts/reuse/reportHeightEntry.ts into a small classic script. Inline, it needs no fetch:
 * it runs even in a sandboxed frame whose origin cannot load the site's modules. Its hash goes
 * into each embed page's Content Security Policy.
 */
import { bundleClassicScript } from './classicScript';
import { sha256 } from './cspHash';

let cached: string | undefined;

export function embedHeightScript(): string {
  cached ??= bundleClassicScript('src/scripts/reuse/reportHeightEntry.ts');
  return cached;
}

export const embedHeightScriptHash = (): `sha256-${string}` => sha256(embedHeightScript());
