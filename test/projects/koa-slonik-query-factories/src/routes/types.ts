import type Router from 'koa-router';
import type Queries from '#src/tenants/Queries.js';

export type RouterInitArgs = [router: Router, tenant: { queries: Queries }];
