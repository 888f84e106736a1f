import type Redis from 'ioredis';
import { decodeValue, encodeValue } from './codec';
import type { CacheEntry, EntryStore } from './entry';

// Reads an entry and, in the same step, the expiry times of its tags and of the extra tags the
// caller names: false when missing, 'expired' when a tag expired at or after it was made.
const READ = `
local e = redis.call('HMGET', KEYS[1], 'lm', 't', 'v')
if not e[1] then return false end
local tags = {}
for tag in string.gmatch(e[2] or '', '[^\\n]+') do tags[#tags + 1] = tag end
for i = 1, #ARGV do tags[#tags + 1] = ARGV[i] end
if #tags > 0 then
  local times = redis.call('HMGET', KEYS[2], unpack(tags))
  local lm = tonumber(e[1])
  for i = 1, #times do
    if times[i] and tonumber(times[i]) >= lm then return 'expired' end
  end
end
return {e[1], e[3]}
`;

// Writes an entry unless the one there was made later (a slow render finishing after a newer one).
const WRITE = `
local current = redis.call('HGET', KEYS[1], 'lm')
if current and tonumber(current) > tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'lm', ARGV[1], 't', ARGV[2], 'v', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1
`;

type Scripts = {
  siteCacheRead(entryKey: string, tagsKey: string, ...extraTags: string[]): Promise<unknown>;
  siteCacheWrite(
    entryKey: string,
    lastModified: number,
    tags: string,
    value: string,
    ttl: number,
  ): Promise<number>;
};

type RedisKeys = {
  /** Entries of one build: a new deploy never reads an old build's pages. */
  entry: (key: string) => string;
  /** Tag expiry times, shared by every build (content changes for all of them). */
  tags: string;
};

/**
 * Entries and tag expiry times in Redis, shared by every site replica. An entry is a hash of its
 * time (`lm`), its tags (`t`) and its encoded value (`v`), so reads and conditional writes are one
 * round trip each.
 */
export class RedisStore implements EntryStore {
  private readonly client: Redis & Scripts;

  constructor(
    client: Redis,
    private readonly keys: RedisKeys,
  ) {
    client.defineCommand('siteCacheRead', { numberOfKeys: 2, lua: READ });
    client.defineCommand('siteCacheWrite', { numberOfKeys: 1, lua: WRITE });
    this.client = client as Redis & Scripts;
  }

  async read(key: string, extraTags: readonly string[]): Promise<CacheEntry | null> {
    const found = await this.client.siteCacheRead(this.keys.entry(key), this.keys.tags, ...extraTags);
    if (!Array.isArray(found)) return null;
    const [lastModified, value] = found as [string, string];
    const stored = decodeValue(value) as Omit<CacheEntry, 'lastModified'>;
    return { ...stored, lastModified: Number(lastModified) };
  }

  async write(key: string, entry: CacheEntry, ttlSeconds: number): Promise<void> {
    const { lastModified, ...stored } = entry;
    await this.client.siteCacheWrite(
      this.keys.entry(key),
      lastModified,
      entry.tags.join('\n'),
      encodeValue(stored),
      Math.max(1, Math.round(ttlSeconds)),
    );
  }

  async expire(tags: readonly string[], at: number): Promise<void> {
    if (tags.length === 0) return;
    await this.client.hset(this.keys.tags, Object.fromEntries(tags.map((tag) => [tag, String(at)])));
  }
}
