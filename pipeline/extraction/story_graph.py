"""The sparse distance graph discovered narratives are clustered on, in place of all pairs of articles.

HDBSCAN over every pair of n articles costs n² distances: at 10,000 articles a
minute, most of it a KD-tree that cannot prune in 100 dimensions. Its result
depends on the minimum spanning tree of the mutual-reachability distances; that
tree's short edges join near neighbours, and its long ones join groups of
articles. The graph holds each article's ``k`` nearest neighbours (the short
edges) and, for every two groups the neighbour edges leave apart, their closest
pair of articles (the long ones), so that HDBSCAN's tree over it is the tree
over all pairs wherever the neighbours reach. The neighbours come from a
brute-force search, the closest pairs from one pass over the distances, both in
blocks of rows (memory bounded); a corpus of at most ``k + 1`` articles gets
every pair, and the tree over all of them.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph
from sklearn.neighbors import NearestNeighbors

# A sparse graph drops an edge of length zero (two articles of the same words); every distance is
# lengthened by this much, which keeps their order and so the tree.
_SHIFT = 1e-9
# Distances held at once: a block of rows by all articles (8 bytes each), about 64 MB.
_BLOCK_CELLS = 8_000_000
# Coordinates of the pairs whose lengths are taken at once (8 MB).
_PAIR_CELLS = 1_000_000


def neighbour_graph(vectors: np.ndarray, k: int) -> sparse.csr_matrix:
    """Symmetric distances between rows of ``vectors``: each row's ``k`` nearest, and the closest pair
    between each two components of that, so the graph is connected."""
    n = len(vectors)
    k = min(k, n - 1)
    nearest = NearestNeighbors(n_neighbors=k, algorithm="brute").fit(vectors).kneighbors(return_distance=False)
    rows, cols = np.repeat(np.arange(n), k), nearest.ravel()
    edges = [rows, cols, _lengths(vectors, rows, cols)]
    graph = _symmetric(*edges, n)
    n_components, component = csgraph.connected_components(graph, directed=False)
    if n_components == 1:
        return graph
    links = _closest_pairs(vectors, component, n_components)
    return _symmetric(*(np.concatenate([a, b]) for a, b in zip(edges, links)), n)


def _lengths(vectors: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Distances of these pairs, the same from either end (the search's own are rounded per block)."""
    out = np.empty(len(rows))
    size = max(1, _PAIR_CELLS // vectors.shape[1])
    for start in range(0, len(rows), size):
        part = slice(start, start + size)
        out[part] = np.linalg.norm(vectors[rows[part]] - vectors[cols[part]], axis=1)
    return out


def _blocks(vectors: np.ndarray):
    """(first row, squared distances from a block of rows to every row, as a dot product gives them)."""
    n = len(vectors)
    squares = np.einsum("ij,ij->i", vectors, vectors)
    size = max(1, _BLOCK_CELLS // n)
    for start in range(0, n, size):
        block = vectors[start : start + size] @ vectors.T
        block *= -2
        block += squares[None, :]
        block += squares[start : start + size, None]
        yield start, block


def _closest_pairs(vectors: np.ndarray, component: np.ndarray, n_components: int) -> tuple[np.ndarray, ...]:
    """(rows, columns, distances) of the closest pair of rows between each two components."""
    members = [np.flatnonzero(component == c) for c in range(n_components)]
    best = np.full((n_components, n_components), np.inf)
    pair = np.zeros((n_components, n_components, 2), dtype=np.int64)
    for start, block in _blocks(vectors):
        own = component[start : start + len(block)]
        for c, columns in enumerate(members):
            outside = np.flatnonzero(own != c)
            part = block[np.ix_(outside, columns)]
            nearest = part.argmin(axis=1)
            length = part[np.arange(len(part)), nearest]
            # Each component's closest row to c in this block; the first in row order wins a tie, here and
            # against earlier blocks.
            order = np.lexsort((length, own[outside]))
            sources, first = np.unique(own[outside][order], return_index=True)
            chosen = order[first]
            closer = length[chosen] < best[sources, c]
            sources, chosen = sources[closer], chosen[closer]
            best[sources, c] = length[chosen]
            pair[sources, c, 0] = start + outside[chosen]
            pair[sources, c, 1] = columns[nearest[chosen]]
    first, second = np.nonzero(np.triu(np.isfinite(best), 1))
    # The closest pair of two components is found from either side; the smaller side holds it.
    side = best[first, second] <= best[second, first]
    ends = np.where(side[:, None], pair[first, second], pair[second, first][:, ::-1])
    return ends[:, 0], ends[:, 1], _lengths(vectors, ends[:, 0], ends[:, 1])


def _symmetric(rows: np.ndarray, cols: np.ndarray, lengths: np.ndarray, n: int) -> sparse.csr_matrix:
    """The undirected graph of these edges, each stored once per direction (a repeated edge is not added up)."""
    low, high = np.minimum(rows, cols), np.maximum(rows, cols)
    edges = np.unique(low * n + high, return_index=True)[1]
    low, high, lengths = low[edges], high[edges], lengths[edges] + _SHIFT
    return sparse.csr_matrix(
        (np.concatenate([lengths, lengths]), (np.concatenate([low, high]), np.concatenate([high, low]))), shape=(n, n)
    )
