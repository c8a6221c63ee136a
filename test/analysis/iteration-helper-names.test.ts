import { describe, expect, it } from 'vitest';
import { isIterationHelper } from '../../src/analysis/loop-shape';
import { mayReport } from '../../src/rules/prefilters';

// The names loop-shape.ts takes for an iteration helper, and the text prefilter that lets a file
// through to no-n-plus-one at all: a name the analysis knows but the prefilter does not would be
// silently skipped in a file with no other loop (`await asyncMap(rows, fn)` alone).
describe('iteration helpers by name', () => {
  const helpers = ['asyncMap', 'asyncForEach', 'asyncEach', 'mapAsync', 'forEachAsync', 'promiseMap', 'promiseMapWithLimit', 'mapConcurrently', 'mapSeries', 'forEachSeries', 'pMap', 'pMapSeries', 'bluebirdMap', 'mapInSequence', 'eachLimit'];
  it.each(helpers)('%s runs its callback per item, and the prefilter lets it through', (name) => {
    expect(isIterationHelper(name)).toBe(true);
    expect(mayReport('no-n-plus-one', `import { ${name} } from 'utils/async';\nawait ${name}(rows, (row) => save(row));\n`, 'src/jobs/sync.ts')).toBe(true);
  });

  const others = ['asyncHandler', 'mapper', 'mapStateToProps', 'promiseAll', 'remap', 'mapKeys', 'bitmap', 'asyncLocalStorage'];
  it.each(others)('%s is not an iteration helper', (name) => {
    expect(isIterationHelper(name)).toBe(false);
  });
});
