import { factories } from '@strapi/strapi';
import { importHandlers } from '../../../import/http';

export default factories.createCoreController('api::import-job.import-job', ({ strapi }) =>
  importHandlers(strapi),
);
