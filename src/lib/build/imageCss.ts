/**
 * CSS for an SVG file of its own (static maps, chapter graphics): the page's stylesheet and design
 * tokens, less what the file cannot use. Comments go, and so do the tokens no rule refers to,
 * directly or through another token: a map image on the first screen should not carry the palette
 * of the whole site.
 */
export function imageCss(css: string): string {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const declarations = [...bare.matchAll(/(--[\w-]+)\s*:\s*([^;}]*)[;}]?/g)].map((m) => ({ name: m[1], value: m[2] }));
  const uses = (text: string) => [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);
  // Rules' own references, then the tokens those tokens use, until nothing new turns up.
  const rules = bare.replace(/(--[\w-]+)\s*:\s*[^;}]*;?/g, '');
  const used = new Set(uses(rules));
  for (let grew = true; grew; ) {
    grew = false;
    for (const d of declarations) {
      if (!used.has(d.name)) continue;
      for (const name of uses(d.value)) if (!used.has(name)) used.add(name), (grew = true);
    }
  }
  return bare
    .replace(/(--[\w-]+)\s*:\s*[^;}]*;?/g, (declaration, name: string) => (used.has(name) ? declaration : ''))
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
