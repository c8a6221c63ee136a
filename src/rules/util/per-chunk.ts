import type { TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, propertyName, rangeOf, unwrapExpression, type Node } from '../../analysis/ast';
import type { FileAnalysis } from '../../analysis/file-analysis';
import { iterationCallback, loopList } from '../../analysis/loop-shape';
import { singleValue } from '../../analysis/scope';
import { repetitionItemNames } from './loop-items';
import type { CallSite, Repetition } from '../../analysis/model';

/*
 * A call that repeats once per chunk of items, not once per item, is the batching the N+1 advice asks
 * for: `for (const chunk of chunks) await heartbeat()`, or a buffer flushed every thousand rows.
 */

/**
 * `if (count % 1000 === 0) await flush()`, `if (buffer.length >= BATCH_SIZE) await insert(buffer)`
 * inside the loop: the call runs once per so many items, on purpose.
 */
export function everyNthItem(site: CallSite, rep: Repetition): boolean {
  let child: Node = site.node;
  for (let n = site.node.parent as Node | undefined; n && n !== rep.node; child = n, n = n.parent as Node | undefined) {
    if (isFunctionNode(n) && n !== iterationCallback(rep)) return false;
    if (n.type === 'IfStatement' && n.consequent === child && everyNthTest(unwrapExpression(n.test as Node), site, rep)) return true;
  }
  return false;
}

/** Names of a batch's size: `BATCH_SIZE`, `flushEvery`, `chunkSize`, `maxBufferLength`, `limit`. */
const SIZE_NAME = /size|limit|max|batch|chunk|every|threshold|flush/i;
/** A length compared with a written number is a batch size from ten up (`relPath.length > 3` is a check of one item). */
const MIN_WRITTEN_BATCH = 10;

/**
 * The test counts items handled so far against a batch size: `count % 1000 === 0` with `count`
 * kept outside the loop, `buffer.length >= BATCH_SIZE` with `buffer` filled by it. A field of the
 * item (`user.total_item_size < max`, `relPath.length > 3`) is a check of that item, not a count.
 */
function everyNthTest(test: Node, site: CallSite, rep: Repetition): boolean {
  if (test.type === 'LogicalExpression') return everyNthTest(unwrapExpression(test.left as Node), site, rep) || everyNthTest(unwrapExpression(test.right as Node), site, rep);
  if (test.type !== 'BinaryExpression') return false;
  const left = unwrapExpression(test.left as Node);
  const right = unwrapExpression(test.right as Node);
  const counter = (n: Node) => isCounter(n, site, rep);
  // `count % 1000 === 0`
  const modulo = (n: Node) => n.type === 'BinaryExpression' && n.operator === '%' && counter(unwrapExpression(n.left as Node)) && isBatchSize(unwrapExpression(n.right as Node), 2);
  if ((test.operator === '===' || test.operator === '==') && ((modulo(left) && isZero(right)) || (modulo(right) && isZero(left)))) return true;
  // `buffer.length >= 500`, `pending.size > MAX_PENDING`
  if (test.operator === '>=' || test.operator === '>' || test.operator === '===') return counter(left) && isBatchSize(right, MIN_WRITTEN_BATCH);
  if (test.operator === '<=' || test.operator === '<') return counter(right) && isBatchSize(left, MIN_WRITTEN_BATCH);
  return false;
}

function isZero(n: Node): boolean {
  return n.type === 'Literal' && n.value === 0;
}

/** A variable declared before the loop (`count`, `i`), or the length of one (`buffer.length`, `pending.size`). */
function isCounter(n: Node, site: CallSite, rep: Repetition): boolean {
  if (n.type === 'MemberExpression' && ['length', 'size'].includes(propertyName(n as TSESTree.MemberExpression) ?? '')) n = unwrapExpression(n.object as Node);
  if (n.type !== 'Identifier') return false;
  const b = site.scope.lookup(n.name);
  if (b?.kind !== 'variable') return false;
  // Declared before the loop, or by a counted loop's own init (`for (let i = 0; …)`): not per item.
  const [start] = rangeOf(b.declNode);
  if (start < rangeOf(rep.node)[0]) return true;
  const init = rep.node.type === 'ForStatement' ? rep.node.init : undefined;
  return !!init && start >= rangeOf(init)[0] && start <= rangeOf(init)[1];
}

/** A number of at least `min` written out, or a constant named like a batch size. */
function isBatchSize(n: Node, min: number): boolean {
  if (n.type === 'Literal') return typeof n.value === 'number' && n.value >= min;
  if (n.type === 'Identifier') return SIZE_NAME.test(n.name);
  if (n.type === 'MemberExpression') return SIZE_NAME.test(propertyName(n as TSESTree.MemberExpression) ?? '');
  return false;
}

/** `for (const chunk of chunks)`, `projectChunks.map(…)`, `for (let i = 0; i < batches.length; i++)`: each turn handles a chunk. */
export function overChunkList(analysis: FileAnalysis, site: CallSite, rep: Repetition): boolean {
  // `for await (const projectsPage of queryAllProjects(…))`: a paginating generator hands out pages
  // (over an array, `statusPage` is an item like any other).
  const list = loopList(rep);
  if (rep.kind === 'for-await' && list && unwrapExpression(list).type === 'CallExpression' && [...repetitionItemNames(rep)].some((n) => PAGE_ITEM.test(n))) return true;
  return collectionSources(analysis, site, rep).some((t) => CHUNK_LIST.test(t));
}
/**
 * `projectsPage`, `userChunk`, `batch`, `rows`, `slice`: one page of a paginated read (a bare `page` may
 * be a wiki's or a site's page). A generator that hands out `rows` hands out lists of rows.
 */
const PAGE_ITEM = /^(chunk|batch|slice|rows)$|[a-z\d](Page|Chunk|Batch|Slice|Rows)$/;

/**
 * What the loop goes over, as written, and for a name given one value (`const chunkedIds =
 * this.chunkArray(ids, 500)`) that value too: how the list was made says whether it holds chunks.
 */
export function collectionSources(analysis: FileAnalysis, site: CallSite, rep: Repetition): string[] {
  const sources = [rep.collection ?? ''];
  const list = loopList(rep);
  const e = list && unwrapExpression(list);
  const value = e?.type === 'Identifier' ? singleValue(site.scope.lookup(e.name)) : undefined;
  if (value) sources.push(analysis.text(value));
  return sources;
}

/**
 * `_.chunk(rows, 500)`, `chunk(ids, 100)`, `chunks`, `batches`, `idChunks`, `itemUuidBundles`, ioredis's
 * `scanStream(…)` (pages of keys), `executeBatchedSelect(query)` (pages of rows), a stream cut into
 * arrays (highland's `stream.batch(1000)`, RxJS's `bufferCount(100)`): a list of lists (not one
 * batch, whose elements are items).
 */
export const CHUNK_LIST = /(^|\W)(chunk|chunkArray|partition|inGroupsOf|splitEvery|[shz]?scanStream|\w*Batched\w*|paginate\w*)\(|\.(batch|bufferCount)\(|(^|\.)(chunks|batches|bundles)$|[a-z\d](Chunks|Batches|Bundles)(\(|$)/;
