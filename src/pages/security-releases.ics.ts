/** `/security-releases.ics`: the scheduled release windows ahead and the announced releases (RFC 5545). */
import type { APIRoute } from 'astro';
import { siteData } from '../site/data/advisories.ts';
import { securityReleases } from '../site/data/security-releases.ts';
import { securityCalendar } from '../outputs/calendar/security-calendar.ts';
import { toICalendar } from '../outputs/calendar/icalendar.ts';

export const GET: APIRoute = async () => {
  const { site } = await siteData();
  const { windows, announced, stamp } = await securityReleases();
  const body = toICalendar(securityCalendar(site, windows, announced, stamp));
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
