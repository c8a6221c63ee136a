import { neon } from '@neondatabase/serverless';

const http = neon(process.env.ANALYTICS_URL!);

export async function countViews(pageId: string): Promise<number> {
  const [row] = await http`select count(*)::int as n from page_views where page_id = ${pageId}`;
  return row.n as number;
}

export async function countViewsOf(pageIds: string[]): Promise<Map<string, number>> {
  const rows = await http`select page_id, count(*)::int as n from page_views where page_id = any(${pageIds}) group by page_id`;
  return new Map(rows.map((r) => [r.page_id as string, r.n as number]));
}
