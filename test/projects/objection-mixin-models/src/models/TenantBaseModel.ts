import * as R from 'ramda';
import { BaseModel } from '@/models/Model';
import { SearchableMixin, SoftDeleteMixin } from '@/models/mixins';

const ExtendedModel = R.pipe(SearchableMixin, SoftDeleteMixin)(BaseModel);

export class TenantBaseModel extends ExtendedModel {}

/** What a tenant-scoped provider injects: call it to get the model class bound to the request's tenant. */
export type TenantModelProxy<T> = () => T;
