"""The neighbour graph discovered narratives are clustered on (pipeline/extraction/story_graph.py)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csgraph
from sklearn.cluster import HDBSCAN
from sklearn.metrics import pairwise_distances
from sklearn.preprocessing import normalize

from pipeline.extraction.story_graph import neighbour_graph


def blobs(sizes: list[int], spread: float, seed: int = 0, dims: int = 20) -> np.ndarray:
    """Unit vectors in groups of ``sizes`` around random centres (``spread``: how loose a group is)."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(len(sizes), dims))
    return normalize(np.vstack([c + spread * rng.normal(size=(n, dims)) for c, n in zip(centres, sizes)]))


CASES = {
    "three groups, few neighbours": (blobs([40, 30, 25], 0.15), 5),
    "one loose group": (blobs([60], 1.0, seed=1), 8),
    "a group of copies": (np.vstack([blobs([30], 0.2, seed=2), np.repeat(blobs([1], 0, seed=3), 6, axis=0)]), 4),
    "all pairs": (blobs([12, 9], 0.3, seed=4), 40),
}


@pytest.mark.parametrize("vectors, k", CASES.values(), ids=CASES.keys())
def test_the_graph_is_symmetric_connected_and_holds_each_rows_nearest(vectors, k):
    graph = neighbour_graph(vectors, k)
    distances = pairwise_distances(vectors)
    assert (graph != graph.T).nnz == 0
    assert csgraph.connected_components(graph, directed=False)[0] == 1
    rows, cols = graph.nonzero()
    assert np.allclose(graph[rows, cols].A1, distances[rows, cols], atol=1e-6)  # copies too: a length of ~0
    np.fill_diagonal(distances, np.inf)
    k = min(k, len(vectors) - 1)
    for row in range(len(vectors)):
        kth = np.sort(distances[row])[k - 1]
        held = graph[row].indices
        assert (distances[row, held] <= kth + 1e-9).sum() >= k


def test_groups_the_neighbours_leave_apart_are_joined_by_their_closest_pair():
    vectors = blobs([20, 20, 20], 0.05, seed=5)
    graph = neighbour_graph(vectors, 3)
    distances = pairwise_distances(vectors)
    group = np.repeat([0, 1, 2], 20)
    for a, b in [(0, 1), (0, 2), (1, 2)]:
        between = distances[np.ix_(group == a, group == b)]
        held = graph[np.ix_(group == a, group == b)]
        assert held.nnz == 1 and held.data[0] == pytest.approx(between.min(), abs=1e-6)


@pytest.mark.parametrize("vectors, k", CASES.values(), ids=CASES.keys())
def test_hdbscan_over_the_graph_finds_what_it_finds_over_all_pairs(vectors, k):
    # stories._clusters: one sample fewer, since the graph holds no row's distance to itself.
    over_graph = HDBSCAN(min_cluster_size=3, min_samples=2, metric="precomputed", copy=True)
    over_all = HDBSCAN(min_cluster_size=3, copy=True)
    assert _groups(over_graph.fit_predict(neighbour_graph(vectors, k))) == _groups(over_all.fit_predict(vectors))


def _groups(labels: np.ndarray) -> list[list[int]]:
    return sorted(np.flatnonzero(labels == label).tolist() for label in set(labels.tolist()) - {-1})
