/**
 * A plug-in mutation: the app hands every plug-in a `context` with the MongoDB collections of the
 * app (`context.collections`), destructured in steps.
 */
export default async function archiveProducts(context, input) {
  const { collections } = context;
  const { Products } = collections;
  const { productIds } = input;

  const archived = await Promise.all(productIds.map(async (productId) => {
    const product = await Products.findOne({ _id: productId }); // expect: perf-coach/no-n-plus-one
    return product && { ...product, isArchived: true };
  }));
  await Products.updateMany({ _id: { $in: productIds } }, { $set: { isArchived: true } }); // ok: one update for all
  return archived;
}

export async function markPromotionsActive(context, promotions) {
  const { appEvents, collections: { Promotions } } = context;
  for (const promotion of promotions) {
    await Promotions.updateOne({ _id: promotion._id }, { $set: { state: 'active' } }); // expect: perf-coach/no-n-plus-one
    appEvents.emit('promotionActivated', promotion);
  }
}
