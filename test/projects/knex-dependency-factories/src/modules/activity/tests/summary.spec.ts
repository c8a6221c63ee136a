import type { GetStream } from '@/modules/core/domain/operations';
import { createActivitySummaryFactory } from '@/modules/activity/services/summary';

// A test double of the operation: no database behind it.
const getStream: GetStream = async ({ streamId }) => ({ id: streamId, name: 'test', regionKey: null });

export const summary = createActivitySummaryFactory({ getStream, getRegionKey: async () => null });
