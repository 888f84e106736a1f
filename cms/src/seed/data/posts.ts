import type { SeedPost } from '../types';
import { postsUntil2022 } from './posts-2019-2022';
import { postsSince2023 } from './posts-2023-2026';

/**
 * Demo posts of the Samen Lindeveen faction. Party, municipality, streets and organisations'
 * local details are fictional. Ordered from oldest to newest; the last entry is the one draft.
 */
export const posts: SeedPost[] = [...postsUntil2022, ...postsSince2023];
