/**
 * A second origin (another port) for pages that frame ours, as a school's or a newspaper's
 * site would, and the embed code exactly as the site hands it out.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { origin } from './browser';
import { serveFolder } from './staticServer';

export interface HostSite {
  origin: string;
  /** Writes a file to the host site and returns its address. */
  file(name: string, text: string): Promise<string>;
  /** A host page (a course page) with `body` between a heading and a paragraph. */
  page(name: string, body: string): Promise<string>;
  close(): Promise<void>;
}

export async function hostSite(): Promise<HostSite> {
  const folder = await mkdtemp(join(tmpdir(), 'oreshnik-host-'));
  const served = await serveFolder(folder);
  const file = async (name: string, text: string) => {
    await writeFile(join(folder, name), text);
    return `${served.origin}/${name}`;
  };
  return {
    origin: served.origin,
    file,
    // The empty icon keeps the browser from asking the host for /favicon.ico, a 404 not ours to report.
    page: (name, body) =>
      file(`${name}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Course page</title></head><body><h1>Week 3</h1>${body}<p>After the embed.</p></body></html>`),
    close: async () => {
      await served.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** The embed code for `id` as /lesson/ hands it out, pointed at the local server instead of the public address. */
export async function snippetFor(id: string): Promise<string> {
  const html = await (await fetch(`${origin()}/lesson/`)).text();
  const textarea = new RegExp(`<textarea[^>]*id="embed-code-${id}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html)?.[1];
  if (!textarea) throw new Error(`no embed code for ${id} on /lesson/`);
  const code = textarea.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#34;/g, '"').replace(/&amp;/g, '&');
  // The built address, with the base path of a BASE_PATH build.
  const site = /src="(https?:\/\/[^"]+?)\/embed\//.exec(code)![1];
  return code.split(site).join(origin());
}
