// trap: perf-coach/no-blocking-io — a config file, evaluated once by the build and the server at start
// trap: perf-coach/no-sync-logging — console output in a config file
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

if (process.env.ANALYZE === 'true') {
  console.log(`building ${pkg.name}@${pkg.version} with bundle analysis`);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  env: { APP_VERSION: pkg.version },
  async headers() {
    return [{ source: '/api/:path*', headers: [{ key: 'Cache-Control', value: 'no-store' }] }];
  },
  async redirects() {
    return [{ source: '/dashboard', destination: '/admin/users', permanent: false }];
  },
};

export default nextConfig;
