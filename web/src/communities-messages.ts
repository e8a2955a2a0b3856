// The messages between the page (communities.ts) and the communities worker (communities-worker.ts), in a file of
// their own so that each side imports them without pulling in the other's code or its lib (DOM or WebWorker).

/** The graph: `order` nodes numbered from 0, and its edges as pairs of node numbers. */
export interface CommunitiesRequest {
  order: number;
  edges: Uint32Array;
}

/** One community number per node, in node order. */
export interface CommunitiesAnswer {
  communities: Int32Array;
}
