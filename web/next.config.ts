import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Images come as Strapi's own generated formats through /uploads, so the optimizer is not used.
  images: { unoptimized: true },
};

export default nextConfig;
