import type { Core } from '@strapi/strapi';
import { onOneReplicaAtATime } from './one-replica-at-a-time';
import { publishDuePosts } from './publish-due-posts';

const JOB = 'fractieblog-publish-scheduled-posts';

/**
 * Runs `publishDuePosts` on the SCHEDULE_CRON rule (every minute unless configured otherwise), on
 * one CMS replica at a time, so that a scheduled post is published once.
 */
export function startScheduler(strapi: Core.Strapi) {
  const rule = strapi.config.get<string>('fractieblog.scheduleCron');
  // A run that takes longer than the interval (a slow site to revalidate) must not overlap the next.
  let running = false;
  strapi.cron.add({
    [JOB]: {
      options: { rule },
      task: async () => {
        if (running) return;
        running = true;
        try {
          await onOneReplicaAtATime(strapi, () => publishDuePosts(strapi));
        } finally {
          running = false;
        }
      },
    },
  });
  // Strapi only logs a rule it cannot parse; posts would then silently never appear.
  if (!strapi.cron.jobs.some((job) => job.name === JOB)) {
    throw new Error(`SCHEDULE_CRON "${rule}" is geen geldige cron-regel (bijvoorbeeld "0 * * * * *").`);
  }
}
