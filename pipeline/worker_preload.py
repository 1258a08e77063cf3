"""Preloaded by the pool's forkserver only: the lexicons and jieba's dictionary are loaded there, once,
and every worker it forks starts with them, instead of each worker loading them again (about 1.7 s of
CPU a worker)."""

from pipeline.work import warm

warm()
