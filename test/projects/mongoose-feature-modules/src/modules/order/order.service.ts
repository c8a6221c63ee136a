import { Product } from '../product/product.model.js';
import { productService } from '../product/product.service.js';

interface CartItem {
  productId: string;
  quantity: number;
}

export async function priceCart(items: CartItem[]) {
  let total = 0;
  for (const item of items) {
    const product = await Product.findById(item.productId); // expect: perf-coach/no-n-plus-one
    if (!product) throw new Error(`unknown product ${item.productId}`);
    total += product.priceCents * item.quantity;
  }
  return total;
}

export async function priceCartBatched(items: CartItem[]) {
  const products = await productService.getManyByIds(items.map((i) => i.productId)); // ok: one $in query
  const byId = new Map(products.map((p) => [String(p._id), p]));
  return items.reduce((sum, i) => sum + (byId.get(i.productId)?.priceCents ?? 0) * i.quantity, 0); // ok: Map lookup
}

export async function reserveStock(items: CartItem[]) {
  await Promise.all(
    items.map((item) => Product.updateOne({ _id: item.productId }, { $inc: { stock: -item.quantity } })), // expect: perf-coach/no-n-plus-one
  );
}

export async function describeCart(items: CartItem[]) {
  const lines: string[] = [];
  items.forEach(async (item) => {
    const p = await productService.getById(item.productId); // expect: perf-coach/no-n-plus-one
    lines.push(`${item.quantity} x ${p?.name}`);
  });
  return lines;
}
