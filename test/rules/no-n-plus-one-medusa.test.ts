// Medusa 2's modules (src/analysis/libraries/medusa.ts): services the container hands out by key
// (`container.resolve(Modules.X)`), values typed with a module service interface, a module's own
// service built by `MedusaService({ … })`, and MikroORM's manager asked for with a type argument.
// The types package also declares plain data (DTOs) and the utilities package plain helpers: neither is a client.
import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (Medusa modules)', rule, {
  valid: [
    {
      name: "a DTO of the types package and the utilities' arithmetic per line item: data and CPU, no query",
      filename: 'src/workflows/steps/totals.ts',
      code: ts`
        import type { CartDTO } from '@medusajs/framework/types';
        import { MathBN } from '@medusajs/framework/utils';
        export async function lineTotals(cart: CartDTO) {
          let total = MathBN.convert(0);
          for (const item of cart.items) {
            total = MathBN.add(total, MathBN.mult(item.unit_price, item.quantity));
            await cart.update?.(item);
          }
          return total;
        }
      `,
    },
    {
      name: 'one listProducts over every id, the module service resolved once',
      filename: 'src/api/store/products/route.ts',
      code: ts`
        import { Modules } from '@medusajs/framework/utils';
        export async function POST(req, res) {
          const productService = req.scope.resolve(Modules.PRODUCT);
          const products = await productService.listProducts({ id: req.body.ids });
          res.json({ products });
        }
      `,
    },
    {
      name: 'a service the container hands out by a key the library does not name (the logger): not a module service',
      filename: 'src/subscribers/notify.ts',
      code: ts`
        import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
        export async function notify(container, events: string[]) {
          const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
          for (const event of events) await logger.update(event);
        }
      `,
    },
    {
      name: "a static helper the module's own service declares (a password hash per stored key): its code, not a generated query",
      filename: 'src/modules/api-key/services/api-key-module.ts',
      code: ts`
        import { MedusaService } from '@medusajs/framework/utils';
        import crypto from 'node:crypto';
        export class ApiKeyModuleService extends MedusaService({ ApiKey }) {
          static async calculateHash(token: string, salt: string) {
            return new Promise((resolve) => crypto.scrypt(token, salt, 32, (_e, key) => resolve(key.toString('hex'))));
          }
          async authenticate(token: string, context) {
            const secretKeys = await this.listApiKeys({ type: 'secret' }, {}, context);
            const matches = await Promise.all(secretKeys.map(async (k) => ((await ApiKeyModuleService.calculateHash(token, k.salt)) === k.token ? k : null)));
            return matches.find(Boolean) ?? false;
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a module service resolved by its key, one call per line item of the input',
      filename: 'src/workflows/steps/confirm-inventory.ts',
      code: ts`
        import { Modules } from '@medusajs/framework/utils';
        export async function confirm(container, data: { items: Item[] }) {
          const inventoryService = container.resolve(Modules.INVENTORY);
          return Promise.all(data.items.map((item) => inventoryService.confirmInventory(item.inventory_item_id, item.location_ids, item.quantity)));
        }
      `,
      errors: [{ messageId: 'perItem', line: 4, data: { call: 'inventoryService.confirmInventory', repetition: 'item of `data.items` (`.map` at line 4)' } }],
    },
    {
      name: 'a step with a compensation: both run when the workflow does, not at load; the service typed by its interface',
      filename: 'src/workflows/steps/set-prices.ts',
      code: ts`
        import type { IPricingModuleService } from '@medusajs/framework/types';
        import { Modules } from '@medusajs/framework/utils';
        import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
        export const setPricesStep = createStep(
          'set-prices',
          async (data: PriceInput[], { container }) => {
            const pricing: IPricingModuleService = container.resolve(Modules.PRICING);
            for (const d of data) await pricing.updatePriceSets(d.price_set_id, { prices: d.prices });
            return new StepResponse(void 0, data);
          },
          async (previous: PriceInput[], { container }) => {
            const pricing = container.resolve<IPricingModuleService>('pricing');
            for (const d of previous) await pricing.updatePriceSets(d.price_set_id, { prices: d.prices });
          },
        );
      `,
      errors: [
        { messageId: 'perItem', line: 8, data: { call: 'pricing.updatePriceSets', repetition: 'item of `data` (loop at line 8)' } },
        { messageId: 'perItem', line: 13, data: { call: 'pricing.updatePriceSets', repetition: 'item of `previous` (loop at line 13)' } },
      ],
    },
    {
      name: "a module's own service: the generated listLineItems per selector, an injected internal service per cart",
      filename: 'src/modules/cart/services/cart-module.ts',
      code: ts`
        import type { ModulesSdkTypes } from '@medusajs/framework/types';
        import { ModulesSdkUtils } from '@medusajs/framework/utils';
        export default class CartModuleService extends ModulesSdkUtils.MedusaService<{ Cart: any; LineItem: any }>({ Cart, LineItem }) {
          protected cartService_: ModulesSdkTypes.IMedusaInternalService<Cart>;
          constructor({ cartService }: InjectedDependencies) {
            super(...arguments);
            this.cartService_ = cartService;
          }
          async updateLineItemsWithSelector(updates: Selector[], context) {
            for (const { selector, data } of updates) {
              const items = await this.listLineItems({ ...selector }, {}, context);
              await this.applyUpdates(items, data);
            }
          }
          async createCarts(data: CreateCartDTO[], context) {
            for (const input of data) await this.cartService_.create(input, context);
          }
          async applyUpdates(items, data) {}
        }
      `,
      errors: [
        { messageId: 'perItem', line: 11, data: { call: 'this.listLineItems', repetition: 'item of `updates` (loop at line 10)' } },
        { messageId: 'perItem', line: 16, data: { call: 'this.cartService_.create', repetition: 'item of `data` (loop at line 16)' } },
      ],
    },
    {
      name: "MikroORM's manager asked for with a type argument (`getActiveManager<SqlEntityManager>`): one findOne per id",
      filename: 'src/repositories/category.ts',
      code: ts`
        import { SqlEntityManager } from '@mikro-orm/postgresql';
        export class CategoryRepository extends BaseTreeRepository {
          async delete(ids: string[], context = {}) {
            const manager = super.getActiveManager<SqlEntityManager>(context);
            return Promise.all(ids.map(async (id) => manager.findOne(ProductCategory, { id })));
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 5, data: { call: 'manager.findOne', repetition: 'item of `ids` (`.map` at line 5)' } }],
    },
  ],
});
