import knex from 'knex';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 0, max: 10 } });
const MAX_DEPTH = 4;

interface CommentRow {
  id: string;
  post_id: string;
  parent_id: string | null;
  author_id: string;
  body: string;
  created_at: Date;
}

type CommentNode = CommentRow & { replies: CommentNode[] };

async function loadReplies(parentId: string, depth: number): Promise<CommentNode[]> {
  const children: CommentRow[] = await db('comments').where({ parent_id: parentId }).orderBy('created_at', 'asc');
  if (depth >= MAX_DEPTH) return children.map((c) => ({ ...c, replies: [] }));
  return Promise.all(children.map(async (child) => ({ ...child, replies: await loadReplies(child.id, depth + 1) }))); // expect: perf-coach/no-n-plus-one
}

export const resolvers = {
  Query: {
    thread: async (_: unknown, { postId }: { postId: string }) => {
      const roots: CommentRow[] = await db('comments').where({ post_id: postId }).whereNull('parent_id').orderBy('created_at');
      return Promise.all(roots.map(async (root) => ({ ...root, replies: await loadReplies(root.id, 1) }))); // expect: perf-coach/no-n-plus-one
    },
  },
  Comment: {
    author: (comment: CommentRow) => db('users').where({ id: comment.author_id }).first('id', 'name', 'avatar_url'), // expect: perf-coach/no-n-plus-one
  },
};
