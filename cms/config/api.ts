export default {
  rest: {
    defaultLimit: 10,
    // A page of the site never needs more than this; bigger pages are refused work.
    maxLimit: 100,
    withCount: true,
  },
};
