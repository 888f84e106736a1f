export { TAG_PATTERN, TAGS } from './cache-tags';
export { normaliseText, searchTerms } from './search-text';
export {
  isSharePlatform,
  SHARE_LINK_PLATFORMS,
  SHARE_PLATFORMS,
  type ShareLinkPlatform,
  type SharePlatform,
} from './share-platforms';
