import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::share-link.share-link');
