import { NextResponse, type NextRequest } from 'next/server';
import { drizzle } from 'drizzle-orm/node-postgres';
import { desc, eq } from 'drizzle-orm';
import { Pool } from 'pg';
import { posts, users } from '@/db/schema';

const db = drizzle(new Pool({ connectionString: process.env.DATABASE_URL }));

export async function GET(request: NextRequest) {
  const limit = Math.min(Number(request.nextUrl.searchParams.get('limit') ?? 20), 50);
  const rows = await db.select().from(posts).where(eq(posts.published, true)).orderBy(desc(posts.publishedAt)).limit(limit);

  const result = [];
  for (const post of rows) {
    const [author] = await db.select({ id: users.id, name: users.name, image: users.image }).from(users).where(eq(users.id, post.authorId)); // expect: perf-coach/no-n-plus-one
    result.push({ ...post, author });
  }
  return NextResponse.json(result);
}
