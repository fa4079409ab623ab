import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/build/loadContent';
import { eventsCsv } from '../../lib/data/dataExports';
import { withBom } from '../../lib/data/downloads';

export const GET: APIRoute = async () =>
  new Response(withBom(eventsCsv(await loadContent())), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
