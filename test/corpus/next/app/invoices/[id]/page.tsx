// trap: perf-coach/no-n-plus-one — invoice lines come with the invoice through include; the map only renders rows
// trap: perf-coach/no-sequential-await — the invoice and the company settings are fetched together with Promise.all
import { notFound } from 'next/navigation';
import { prisma } from '@/lib/prisma';

function formatMoney(cents: number, currency: string) {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).format(cents / 100);
}

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [invoice, settings] = await Promise.all([
    prisma.invoice.findUnique({
      where: { id },
      include: { lines: { orderBy: { position: 'asc' } }, customer: true },
    }),
    prisma.companySettings.findFirst(),
  ]);
  if (!invoice) notFound();

  return (
    <article className="invoice">
      <header>
        <h1>Invoice {invoice.number}</h1>
        <p>{settings?.legalName}</p>
        <p>Billed to {invoice.customer.name}</p>
      </header>
      <table>
        <tbody>
          {invoice.lines.map((line) => (
            <tr key={line.id}>
              <td>{line.description}</td>
              <td>{line.quantity}</td>
              <td>{formatMoney(line.unitCents * line.quantity, invoice.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <footer>Total: {formatMoney(invoice.totalCents, invoice.currency)}</footer>
    </article>
  );
}
