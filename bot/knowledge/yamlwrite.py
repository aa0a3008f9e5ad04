"""Knowledge values -> YAML text that reads well in a diff and loads back unchanged."""

from __future__ import annotations

from typing import Any

import yaml

_BaseDumper: type[yaml.SafeDumper]
try:
    _BaseDumper = yaml.CSafeDumper  # type: ignore[assignment]
except AttributeError:  # PyYAML built without libyaml
    _BaseDumper = yaml.SafeDumper


def dump_yaml(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_BaseDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
        indent=2,
    )
