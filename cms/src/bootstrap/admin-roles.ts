import type { Core, UID } from '@strapi/strapi';

const POST = 'api::post.post';
const AUTHOR = 'api::author.author';
const LABEL = 'api::label.label';
const SHARE_LINK = 'api::share-link.share-link';
const SITE = 'api::site.site';
const REDIRECT = 'api::redirect.redirect';

type Verb = 'create' | 'read' | 'update' | 'delete' | 'publish';
const explorer = (verb: Verb) => `plugin::content-manager.explorer.${verb}`;
/** The content-manager actions whose permission lists the fields it covers. */
const FIELD_ACTIONS: readonly string[] = [explorer('create'), explorer('read'), explorer('update')];

/** One permission: an action, on a content type (all fields but `without`), maybe only on own entries. */
type Grant = { action: string; subject?: UID.ContentType; without?: string[]; own?: boolean };
type RoleDefinition = { code: string; name: string; description: string; grants: Grant[] };

const manage = (
  subject: UID.ContentType,
  verbs: readonly Verb[] = ['create', 'read', 'update', 'delete'],
  without: string[] = [],
): Grant[] => verbs.map((verb) => ({ action: explorer(verb), subject, without }));

/**
 * Which admin account belongs to an author profile is account management, for the Super Admin who
 * invites accounts; other roles could not read the accounts to choose one anyway.
 */
const ACCOUNT_LINK = ['adminUser'];

const MEDIA_UPLOAD: Grant[] = [
  { action: 'plugin::upload.read' },
  { action: 'plugin::upload.assets.create' },
  { action: 'plugin::upload.assets.download' },
  { action: 'plugin::upload.assets.copy-link' },
];

/**
 * The two roles of faction members (README, "Rollen"). They take the codes of Strapi's default
 * Author and Editor roles, so the role list shows these two instead of four; every boot resets them
 * to this definition, as the Public role is reset, so the documentation stays true.
 */
const ADMIN_ROLES: readonly RoleDefinition[] = [
  {
    code: 'strapi-author',
    name: 'Auteur',
    description:
      'Schrijft berichten en bewerkt de eigen berichten, maar publiceert en plant niet in. Leest auteurs, labels en media; uploadt media.',
    grants: [
      // Scheduling is publishing later, so the Ingepland switch is for the Redacteur.
      { action: explorer('create'), subject: POST, without: ['scheduled'] },
      { action: explorer('read'), subject: POST },
      { action: explorer('update'), subject: POST, without: ['scheduled'], own: true },
      { action: explorer('read'), subject: AUTHOR, without: ACCOUNT_LINK },
      { action: explorer('read'), subject: LABEL },
      ...MEDIA_UPLOAD,
      { action: 'plugin::upload.assets.update', own: true },
    ],
  },
  {
    code: 'strapi-editor',
    name: 'Redacteur',
    description:
      'Schrijft, bewerkt, publiceert, plant in, depubliceert en verwijdert alle berichten; beheert auteurs, labels, deelknoppen, doorverwijzingen, de site-instellingen en de media.',
    grants: [
      ...manage(POST, ['create', 'read', 'update', 'delete', 'publish']),
      ...manage(AUTHOR, ['create', 'read', 'update', 'delete'], ACCOUNT_LINK),
      ...manage(LABEL),
      ...manage(SHARE_LINK),
      ...manage(REDIRECT),
      ...manage(SITE, ['create', 'read', 'update']),
      ...MEDIA_UPLOAD,
      { action: 'plugin::upload.assets.update' },
      { action: 'plugin::upload.configure-view' },
    ],
  },
];

function toPermission(strapi: Core.Strapi, grant: Grant) {
  const conditions = grant.own ? ['admin::is-creator'] : [];
  if (!grant.subject) return { action: grant.action, subject: null, properties: {}, conditions };
  if (!FIELD_ACTIONS.includes(grant.action)) {
    return { action: grant.action, subject: grant.subject, properties: {}, conditions };
  }
  const allFields: string[] = strapi
    .service('admin::content-type')
    .getNestedFields(strapi.contentTypes[grant.subject], { components: strapi.components });
  const fields = allFields.filter((name) => !grant.without?.includes(name));
  return { action: grant.action, subject: grant.subject, properties: { fields }, conditions };
}

/** Creates the Auteur and Redacteur roles, or brings them back to their definition. Idempotent. */
export async function ensureAdminRoles(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role');
  for (const definition of ADMIN_ROLES) {
    const { code, name, description } = definition;
    let role = (await roles.findOne({ code })) ?? (await roles.findOne({ name }));
    if (!role) {
      role = await roles.create({ code, name, description });
    } else if (role.code !== code || role.name !== name || role.description !== description) {
      await strapi.db
        .query('admin::role')
        .update({ where: { id: role.id }, data: { code, name, description } });
    }
    await roles.assignPermissions(
      role.id,
      definition.grants.map((grant) => toPermission(strapi, grant)),
    );
  }
}
