import { factories } from '@strapi/strapi';
import { recordShare } from '../../../share-stats/record-share';

export default factories.createCoreController('api::share-count.share-count', ({ strapi }) => ({
  record: recordShare(strapi),
}));
