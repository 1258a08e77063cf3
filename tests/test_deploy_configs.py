"""The instance files of deploy/ loaded with Dagster's own config machinery: the instance schema, then the
config of each class they name, against that class's own schema when its package is installed here."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from dagster._config import validate_config
from dagster._core.errors import DagsterInvalidConfigError
from dagster._core.instance.config import dagster_instance_config
from dagster._serdes import class_from_code_pointer
from dagster._utils import convert_dagster_submodule_name

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"


def _classes(config: dict) -> dict[str, dict]:
    """The pluggable classes an instance file names (run launcher, coordinator, storages...): "module.class" ->
    their config."""
    return {
        f"{value['module']}.{value['class']}": value.get("config") or {}
        for value in config.values()
        if isinstance(value, dict) and {"module", "class"} <= set(value)
    }


# (folder, the packages its classes come from that this project does not install: their config is checked
# only for its shape, by the instance schema)
INSTANCES = [
    ("local", set()),
    ("concurrent", set()),
    ("celery", set()),
    ("k8s", {"dagster_k8s", "dagster_aws"}),
]


def check_instance(folder: Path) -> set[str]:
    """Validate ``folder``/dagster.yaml as the instance loads it (environment values are not read); raise
    DagsterInvalidConfigError when it does not pass, else return the packages whose classes were not checked."""
    config, _ = dagster_instance_config(str(folder))
    unchecked = set()
    for pointer, class_config in _classes(config).items():
        # Dagster reads its own classes' former paths (dagster.core.…) as their current ones.
        module, name = convert_dagster_submodule_name(pointer.rsplit(".", 1)[0], "private"), pointer.rsplit(".", 1)[1]
        if importlib.util.find_spec(module.split(".")[0]) is None:
            unchecked.add(module.split(".")[0])
            continue
        result = validate_config(class_from_code_pointer(module, name).config_type(), class_config)
        if not result.success:
            raise DagsterInvalidConfigError(f"{pointer} in {folder}", result.errors, class_config)
    return unchecked


@pytest.mark.parametrize(("folder", "not_installed"), INSTANCES)
def test_an_instance_file_passes_dagsters_schemas(folder, not_installed):
    assert check_instance(DEPLOY / folder) == not_installed


@pytest.mark.parametrize(
    ("folder", "wrong", "right"),
    [
        ("concurrent", "max_concurrent_runs: 2", "max_concurent_runs: 2"),  # a misspelt key
        ("concurrent", "granularity: run", "granularity: step"),  # not one of the values
        ("k8s", "port: 5432", "port: [5432]"),  # a value of the wrong type
        ("celery", "postgres:", "postgresql:"),  # an unknown storage
    ],
)
def test_a_broken_instance_file_is_refused(tmp_path, folder, wrong, right):
    shutil.copyfile(DEPLOY / folder / "dagster.yaml", tmp_path / "dagster.yaml")
    text = (tmp_path / "dagster.yaml").read_text()
    assert wrong in text
    (tmp_path / "dagster.yaml").write_text(text.replace(wrong, right))
    with pytest.raises(DagsterInvalidConfigError):
        check_instance(tmp_path)
