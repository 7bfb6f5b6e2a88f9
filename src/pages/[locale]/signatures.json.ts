import type { APIRoute } from 'astro';
import { diagnoseData } from '../../lib/diagnose-data.ts';
import { localePaths } from '../../lib/routes.ts';
import type { Locale } from '../../schema/locale.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(diagnoseData(params.locale as Locale)), { headers: { 'Content-Type': 'application/json' } });
