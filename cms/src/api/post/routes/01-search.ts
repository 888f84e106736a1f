/** Before the core router's `/posts/:id`, which would otherwise take `search` for an id. */
export default {
  routes: [{ method: 'GET', path: '/posts/search', handler: 'api::post.post.search' }],
};
