'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { prisma } from '@/lib/prisma';

export async function syncCart(items: { productId: string; quantity: number }[]) {
  const cartId = (await cookies()).get('cart_id')?.value;
  if (!cartId) throw new Error('no cart');
  console.log('syncing cart', cartId, items.length); // expect: perf-coach/no-sync-logging
  for (const item of items) {
    await prisma.cartItem.upsert({ // expect: perf-coach/no-n-plus-one
      where: { cartId_productId: { cartId, productId: item.productId } },
      update: { quantity: item.quantity },
      create: { cartId, productId: item.productId, quantity: item.quantity },
    });
  }
  revalidatePath('/cart');
}
