import type { LibraryTable } from './types';

// Medusa 2's commerce modules. Each module is a service over its own tables: the container hands it
// out (`container.resolve(Modules.PRODUCT)`, `req.scope.resolve(…)`), typed by an interface of the
// types package (`IProductModuleService`); inside a module, services and repositories are injected
// (`IMedusaInternalService<T>`, `RepositoryService`) and the module's own service extends a class
// `MedusaService({ Cart, LineItem })` builds, with `list…`, `retrieve…`, `update…` per model.
const verbs = 'list|listAndCount|retrieve|create|update|upsert|upsertWithReplace|delete|softDelete|restore';

export const medusa: LibraryTable = {
  id: 'medusa',
  name: 'Medusa',
  // Only the types packages: their names are types, so a value typed with one of the service
  // interfaces below is a module service. The utilities are in `serviceHelpers`.
  modules: ['@medusajs/framework/types', '@medusajs/types'],
  kind: 'orm',
  // The generated model methods (`listLineItems`, `updateProducts`), the internal services' and
  // repositories' own (`list`, `find`), Query's `graph`, and the modules' domain calls
  // (`confirmInventory`, `calculatePrices`, `addLineItems`), each of which reads or writes the module's tables.
  queryMethodPattern: new RegExp(`^(${verbs}|find|findAndCount|graph|add|remove|set|confirm|adjust|reserve|calculate|revert|cancel|complete|capture|refund|authorize)([A-Z]\\w*)?$`),
  readMethodPattern: /^(list|listAndCount|retrieve|find|findAndCount|graph|calculate)([A-Z]\w*)?$/,
  clientTypes: /^(I\w+ModuleService|IInventoryService|IMedusaInternalService|RepositoryService|RemoteQueryFunction)$/,
  serviceHelpers: {
    modules: ['@medusajs/framework/utils', '@medusajs/utils', '@medusajs/framework'],
    containerKeys: ['Modules', 'ContainerRegistrationKeys.QUERY', 'ContainerRegistrationKeys.REMOTE_QUERY'],
    baseClassFactories: ['MedusaService', 'ModulesSdkUtils.MedusaService'],
  },
};
