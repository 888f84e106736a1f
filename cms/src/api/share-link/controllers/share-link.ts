import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::share-link.share-link');
