import type { LibraryTable } from './types';

/**
 * Stripe's Node SDK: `stripe.<resource>.<method>(…)` (`stripe.invoices.retrieve(id)`,
 * `stripe.subscriptions.update(id, …)`) is one HTTPS request to Stripe's API, which has no batch
 * form for reads or writes; Stripe also limits requests per second per account.
 */
export const stripe: LibraryTable = {
  id: 'stripe',
  name: 'Stripe',
  modules: ['stripe'],
  kind: 'http-client',
  queryMethods: ['retrieve', 'create', 'update', 'del', 'list', 'search', 'cancel', 'confirm', 'capture', 'pay', 'finalizeInvoice', 'sendInvoice', 'voidInvoice', 'markUncollectible', 'listLineItems', 'retrieveUpcoming', 'createPreview', 'createUsageRecord', 'attach', 'detach', 'resume', 'expire'],
  readMethods: ['retrieve', 'list', 'search', 'listLineItems', 'retrieveUpcoming'],
  // `new Stripe(key)` keeps an agent and its settings; it holds no pool of its own to waste.
  factories: [{ export: 'default', creates: 'instance' }],
  typeNames: ['Stripe'],
  conventionalNames: /^(stripe|stripeClient)$/,
  declaredTypes: [{ packages: ['stripe'], types: ['Stripe'] }],
};
