import { Router } from 'express';
import { getConnection, getCustomRepository } from 'typeorm';
import { PostRepository } from '../repository/PostRepository';
import { TagRepository } from '../repository/TagRepository';
import { entityMetaRepository } from '../repository/entity-meta';

export const router = Router();

router.post('/posts/:id/tags', async (req, res) => {
  const posts = getCustomRepository(PostRepository);
  const post = await posts.findOneOrFail(req.params.id);
  const tags = await getCustomRepository(TagRepository).byNames(req.body.tags); // ok: one IN query for every name
  for (const tag of tags) {
    await getCustomRepository(PostRepository).attachTag(post, tag); // expect: perf-coach/no-n-plus-one
  }
  res.json({ id: post.id, tags: tags.length });
});

router.post('/tags/resolve', async (req, res) => {
  const names: string[] = req.body.names;
  const tags = await Promise.all(names.map((name) => getConnection().getCustomRepository(TagRepository).byName(name))); // expect: perf-coach/no-n-plus-one
  res.json(tags);
});

router.post('/posts/slugs', async (req, res) => {
  const titles: string[] = req.body.titles;
  res.json(titles.map((title) => getCustomRepository(PostRepository).slugFor(title))); // ok: a method of the repository that only formats
});

router.get('/posts/export', async (req, res) => {
  const posts = await getCustomRepository(PostRepository).find({ take: 500 });
  const rows = await Promise.all(posts.map(async (post) => ({ id: post.id, meta: await entityMetaRepository.metaOf('post', post.id) }))); // expect: perf-coach/no-n-plus-one
  res.json({ title: posts.map(() => entityMetaRepository.tableLabel('post')), rows }); // ok: picks a label by kind, no query
});
