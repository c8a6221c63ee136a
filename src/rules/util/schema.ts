import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { analysisOptionsSchema } from '../../analysis/options';

/** One options object per rule: the shared analysis options plus the rule's own. */
export function optionsSchema(own: Record<string, JSONSchema4> = {}): JSONSchema4[] {
  return [
    {
      type: 'object',
      properties: { ...(analysisOptionsSchema as unknown as Record<string, JSONSchema4>), ...own },
      additionalProperties: false,
    },
  ];
}
