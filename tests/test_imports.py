"""Every module imports on its own, and the package's module-level imports form no cycle."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import checker

ROOT = Path(checker.__file__).resolve().parent


def _modules() -> list[str]:
    """Every module of the package but `python -m checker`'s entry, which runs the command line."""
    return sorted(info.name for info in pkgutil.walk_packages(checker.__path__, "checker.")
                  if info.name != "checker.__main__")


def _module_level_imports(name: str) -> set[str]:
    """The checker modules a module imports when it is loaded: its top-level imports, not those inside
    functions or under `if TYPE_CHECKING`."""
    path = ROOT.joinpath(*name.split(".")[1:])
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("checker"):
            found.add(node.module)
            for alias in node.names:  # "from checker.report import json" imports a module
                if f"{node.module}.{alias.name}" in _MODULES:
                    found.add(f"{node.module}.{alias.name}")
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("checker"))
    return {m for m in found if m in _MODULES and m != name}


_MODULES = set(_modules())


def test_module_level_imports_form_no_cycle():
    graph = {name: _module_level_imports(name) for name in _MODULES}
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        path.append(name)
        for nxt in sorted(graph[name]):
            if state.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join(path[path.index(nxt):] + [nxt]))
            if nxt not in state:
                visit(nxt)
        path.pop()
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)


def test_every_module_imports_on_its_own():
    # In a fresh interpreter: importing modules again here would leave this one's packages pointing at copies.
    script = (
        "import importlib, sys\n"
        "for name in sys.argv[1:]:\n"
        "    for loaded in [k for k in sys.modules if k == 'checker' or k.startswith('checker.')]:\n"
        "        del sys.modules[loaded]\n"
        "    importlib.import_module(name)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, *sorted(_MODULES)], capture_output=True, text=True,
                          cwd=ROOT.parent, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
