import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/build/loadContent';
import { eventsCsv } from '../../lib/data/dataExports';

export const GET: APIRoute = async () =>
  new Response(eventsCsv(await loadContent()), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
