import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { Order } from '@prisma/client';
import axios from 'axios';
import { config } from '../config';
import { prisma } from '../db';

export interface Booking {
  orderId: string;
  trackingNumber: string;
}

export interface Tracking {
  status: 'label_created' | 'in_transit' | 'delivered' | 'exception';
  updatedAt: string;
}

// The carrier requires mutual TLS. The client certificate is read once when the
// module loads, and keep-alive reuses the TLS sessions across calls.
const httpsAgent = new https.Agent({
  cert: readFileSync(config.carrierCertPath),
  key: readFileSync(config.carrierKeyPath),
  keepAlive: true,
  maxSockets: 20,
});

export const carrierApi = axios.create({
  baseURL: config.carrierUrl,
  httpsAgent,
  timeout: 5_000,
});

function toShipment(order: Order) {
  return { reference: order.id, valueCents: order.totalCents };
}

/** Books a pickup for each order and returns the carrier's tracking numbers. */
export async function bookShipments(orders: Order[]): Promise<Booking[]> {
  const responses = await Promise.all(
    orders.map((order) => carrierApi.post<Booking>('/shipments', toShipment(order))),
  );
  return responses.map((response) => response.data);
}

/** Same bookings through the carrier's batch endpoint: one request for all the orders. */
export async function bookShipmentsBatched(orders: Order[]): Promise<Booking[]> {
  const { data } = await carrierApi.post<Booking[]>('/shipments/batch', {
    shipments: orders.map(toShipment),
  });
  return data;
}

/**
 * Refreshes the tracking status of every shipment still on its way. Each request waits for the one
 * before, so the job takes as long as all of them together, and the list grows with the business.
 */
export async function refreshTracking(): Promise<void> {
  const pending = await prisma.order.findMany({ where: { status: 'shipped' }, select: { id: true, trackingNumber: true } });
  for (const order of pending) {
    const { data } = await carrierApi.get<Tracking>(`/tracking/${order.trackingNumber}`);
    await prisma.order.update({ where: { id: order.id }, data: { trackingStatus: data.status } });
  }
}

/** Same refresh through the carrier's batch endpoint: one request, then the updates in one transaction. */
export async function refreshTrackingBatched(): Promise<void> {
  const pending = await prisma.order.findMany({ where: { status: 'shipped' }, select: { id: true, trackingNumber: true } });
  const { data } = await carrierApi.post<Record<string, Tracking>>('/tracking/batch', { numbers: pending.map((o) => o.trackingNumber) });
  await prisma.$transaction(pending.map((o) => prisma.order.update({ where: { id: o.id }, data: { trackingStatus: data[o.trackingNumber!]?.status } })));
}
