"""Preloaded by the pool's forkserver only: the lexicons and jieba's dictionary are loaded there, once,
and every worker it forks starts with them, instead of each worker loading them again (about 1.7 s of
CPU a worker).

A worker would also import the run's main module (multiprocessing's spawn preparation: ``pipeline.cli``,
with Dagster, 0.75 s of CPU and 30 MB a worker, or a test runner's), which none of its tasks needs: they
are functions of ``pipeline.work``, pickled by their module's name. The workers, forked from here, skip it.
"""

from multiprocessing import spawn

from pipeline.work import warm


def _no_main(_main: str) -> None:
    """Stands in for spawn's import of the parent's main module, by name or by path."""


spawn._fixup_main_from_name = _no_main
spawn._fixup_main_from_path = _no_main

warm()
