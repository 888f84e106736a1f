/** Admin accounts for the role tests, made the way a super admin brings in a faction member. */
import { z } from 'zod';
import { parseBody, publicApi, tokenApi, type ApiClient } from './helpers';

export type AdminAccount = { id: number; email: string; api: ApiClient };

const PASSWORD = 'Fractielid-Test-2026';
const roleList = z.object({ data: z.array(z.object({ id: z.number(), name: z.string() })) });
const invitation = z.object({ data: z.object({ id: z.number(), registrationToken: z.string() }) });
const session = z.object({ data: z.object({ token: z.string() }) });
const created = z.object({ data: z.object({ documentId: z.string() }) });

/**
 * Invites a faction member with a role (Instellingen → Gebruikers → Nieuwe gebruiker uitnodigen)
 * and accepts the invitation as them, which logs them in. Accepting beats logging in again: the
 * admin allows only five logins per account in five minutes.
 */
export async function inviteAdmin(
  cmsUrl: string,
  superAdmin: ApiClient,
  roleName: 'Auteur' | 'Redacteur',
  person: { firstname: string; lastname: string; email: string },
): Promise<AdminAccount> {
  const role = parseBody(roleList, await superAdmin.get('/admin/roles')).data.find(
    (entry) => entry.name === roleName,
  );
  if (!role) throw new Error(`De rol ${roleName} bestaat niet`);
  const invited = parseBody(
    invitation,
    await superAdmin.json('POST', '/admin/users', { ...person, roles: [role.id] }),
  ).data;
  const registered = parseBody(
    session,
    await publicApi(cmsUrl).json('POST', '/admin/register', {
      registrationToken: invited.registrationToken,
      userInfo: { firstname: person.firstname, lastname: person.lastname, password: PASSWORD },
    }),
  );
  return { id: invited.id, email: person.email, api: tokenApi(cmsUrl, registered.data.token) };
}

const POSTS = '/content-manager/collection-types/api::post.post';

/** The content manager, as the admin's edit view uses it. */
export const contentManager = {
  createPost: (admin: ApiClient, data: object) => admin.json('POST', POSTS, data),
  updatePost: (admin: ApiClient, documentId: string, data: object) =>
    admin.json('PUT', `${POSTS}/${documentId}`, data),
  getPost: (admin: ApiClient, documentId: string) => admin.get(`${POSTS}/${documentId}`),
  /** The Publish button; with data, also saves the form first. */
  publishPost: (admin: ApiClient, documentId: string, data: object = {}) =>
    admin.json('POST', `${POSTS}/${documentId}/actions/publish`, data),
  /** The Publish button on a post that was never saved. */
  createAndPublishPost: (admin: ApiClient, data: object) =>
    admin.json('POST', `${POSTS}/actions/publish`, data),
  unpublishPost: (admin: ApiClient, documentId: string) =>
    admin.json('POST', `${POSTS}/${documentId}/actions/unpublish`, {}),
  /** Settings → the author's "Account in het beheerpaneel". */
  linkAuthor: (admin: ApiClient, authorDocumentId: string, adminUserId: number) =>
    admin.json('PUT', `/content-manager/collection-types/api::author.author/${authorDocumentId}`, {
      adminUser: { connect: [{ id: adminUserId }] },
    }),
};

/** The documentId of a content-manager answer that created something. */
export const createdId = (response: Parameters<typeof parseBody>[1]): string =>
  parseBody(created, response).data.documentId;
