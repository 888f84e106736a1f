import { NextResponse, type NextRequest } from 'next/server';

/**
 * Next answers a path with broken percent-encoding (`/berichten/%ff`) with a 500 while decoding
 * route parameters; such a request is the client's error, so it gets a 400 here first.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Ongeldig adres: de URL bevat een onjuiste tekencodering.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return NextResponse.next();
}

export const config = {
  // Static assets never need the check.
  matcher: '/((?!_next/static|_next/image).*)',
};
