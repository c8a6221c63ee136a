export function formatOrder(order: { id: string; code: string; total: number }) {
  return `${order.code} (${(order.total / 100).toFixed(2)} EUR)`;
}

/** Same name as the query helper in ../services, but only parses a string. */
export function getOrderByCode(code: string) {
  const [prefix, number] = code.split('-');
  return { prefix, number: Number(number) };
}
