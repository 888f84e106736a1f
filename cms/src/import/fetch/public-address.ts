import { BlockList, isIP } from 'node:net';

/** IANA's special-purpose IPv4 ranges that are not globally reachable, and cloud-only endpoints. */
const notPublicV4 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"; 0.0.0.0 reaches the local host on Linux
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // CGNAT, also Alibaba Cloud's metadata service (100.100.100.200)
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, with the cloud metadata service at 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relays, deprecated
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, with 255.255.255.255
] as const) {
  notPublicV4.addSubnet(network, prefix, 'ipv4');
}
// Azure's WireServer: public address space, but answers only a VM's own platform requests.
notPublicV4.addAddress('168.63.129.16', 'ipv4');

/** IPv6 is allowed, not blocked: only global unicast (2000::/3) is public at all. */
const globalV6 = new BlockList();
globalV6.addSubnet('2000::', 3, 'ipv6');

const notPublicV6 = new BlockList();
notPublicV6.addSubnet('2001::', 23, 'ipv6'); // protocol assignments: Teredo, benchmarking, ORCHID
notPublicV6.addSubnet('2001:db8::', 32, 'ipv6'); // documentation
notPublicV6.addSubnet('2002::', 16, 'ipv6'); // 6to4 can wrap any IPv4 address, private ones too
notPublicV6.addSubnet('3fff::', 20, 'ipv6'); // documentation

/** Addresses that carry an IPv4 address in their last 32 bits, and reach that address. */
const wrapsV4 = new BlockList();
wrapsV4.addSubnet('::ffff:0:0', 96, 'ipv6'); // IPv4-mapped
wrapsV4.addSubnet('64:ff9b::', 96, 'ipv6'); // NAT64: an IPv6-only network's way to IPv4 hosts

export function isPublicAddress(ip: string): boolean {
  // A zone ("fe80::1%eth0") only means something for link-local addresses.
  if (ip.includes('%')) return false;
  const family = isIP(ip);
  if (family === 4) return !notPublicV4.check(ip, 'ipv4');
  if (family !== 6) return false;
  if (wrapsV4.check(ip, 'ipv6')) return isPublicAddress(embeddedV4(ip));
  return globalV6.check(ip, 'ipv6') && !notPublicV6.check(ip, 'ipv6');
}

/** The last 32 bits as dotted IPv4. The URL parser canonicalises "::ffff:10.0.0.1" to "::ffff:a00:1". */
function embeddedV4(ip: string): string {
  const groups = new URL(`http://[${ip}]/`).hostname.slice(1, -1).split(':');
  // An empty group stands inside "::", which only ever stands for zeros.
  const [high = 0, low = 0] = groups.slice(-2).map((group) => parseInt(group || '0', 16));
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}
