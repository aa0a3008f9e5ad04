"""Knowledge values -> YAML text that reads well in a diff and loads back unchanged."""

from __future__ import annotations

from typing import Any

import yaml

_BaseDumper: type[yaml.SafeDumper]
try:
    _BaseDumper = yaml.CSafeDumper  # type: ignore[assignment]
except AttributeError:  # PyYAML built without libyaml
    _BaseDumper = yaml.SafeDumper


class _NoAliasDumper(_BaseDumper):  # type: ignore[misc, valid-type]
    """Writes a value every time it occurs: the loader refuses anchors and aliases, and PyYAML
    would otherwise emit one for any object (such as a date) shared by two facts."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_yaml(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_NoAliasDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
        indent=2,
    )
