import { Product } from './product.model.js';

async function getById(id: string) {
  return Product.findById(id).lean();
}

async function getManyByIds(ids: string[]) {
  return Product.find({ _id: { $in: ids } }).lean();
}

function validateProduct(p: { name?: string; priceCents?: number }) {
  return !!p.name && typeof p.priceCents === 'number' && p.priceCents >= 0;
}

export const productService = { getById, getManyByIds, validateProduct };
