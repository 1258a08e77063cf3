"""Dagster objects: resources, assets, checks and the job, wired to the plain extractors."""
