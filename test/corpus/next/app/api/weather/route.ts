import { NextResponse, type NextRequest } from 'next/server';
import { Agent } from 'undici';

export async function GET(request: NextRequest) {
  const cities = request.nextUrl.searchParams.getAll('city').slice(0, 10);
  const dispatcher = new Agent({ keepAliveTimeout: 10_000, connections: 16 }); // expect: perf-coach/prefer-connection-pool
  const forecasts = await Promise.all(
    cities.map(async (city) => {
      const res = await fetch(`${process.env.WEATHER_API}/v1/forecast?city=${encodeURIComponent(city)}`, { dispatcher, headers: { Authorization: `Bearer ${process.env.WEATHER_KEY}` } } as RequestInit); // expect: perf-coach/no-n-plus-one
      return { city, ...(await res.json()) };
    }),
  );
  return NextResponse.json(forecasts);
}
