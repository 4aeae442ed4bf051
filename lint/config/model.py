"""Configuration: validated layers (a user config, the packs it extends) resolved per file.

Keys, in ``.newslint.yaml``, ``[tool.newslint]`` of ``pyproject.toml`` and rule packs alike::

    extends: [default]          # shipped pack names, or pack files relative to this file
    fail-on: warning            # error | warning | info
    include: ["*.md"]           # globs relative to this file's folder
    exclude: ["drafts/**"]
    ignore-patterns: ['^By .*'] # regexes (``regex`` syntax, multiline); matches are not prose
    rules:
      repeated-word: error      # on | off | error | warning | info | {enabled, severity, options}
      mixed-naming: {severity: info, prefer-long: false}
    overrides:
      - files: ["archive/**"]
        rules: {off-topic: off}

A config with no ``extends`` extends ``default``.
"""

from __future__ import annotations

import stat
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint.config.globs import compile_glob, matches
from lint.config.linedict import LineDict, as_line_dict
from lint.config.packs import pack_names, pack_path
from lint.config.tomlsource import key_lines
from lint.document.reading import kind_of
from lint.errors import ConfigError
from lint.findings import Severity
from lint.rules import Rule, get_rule, rule_ids

if TYPE_CHECKING:
    import regex

TOP_KEYS = ("extends", "fail-on", "include", "exclude", "ignore-patterns", "rules", "overrides", "cache-dir",
            "register")
_SEVERITIES = ", ".join(s.value for s in Severity)


@dataclass(frozen=True)
class RuleSetting:
    enabled: bool
    severity: Severity
    options: Mapping[str, Any]


@dataclass(frozen=True)
class RuleEntry:
    """What one config layer says about one rule; ``None`` means it says nothing."""

    enabled: bool | None = None
    severity: Severity | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Override:
    globs: tuple[regex.Pattern[str], ...]
    rules: Mapping[str, RuleEntry]


@dataclass(frozen=True)
class Config:
    """Resolved configuration. ``root`` is the folder globs are relative to."""

    source: str
    root: Path
    rules: Mapping[str, RuleSetting]
    overrides: tuple[Override, ...] = ()
    include: tuple[regex.Pattern[str], ...] = ()
    exclude: tuple[regex.Pattern[str], ...] = ()
    fail_on: Severity = Severity.WARNING
    ignore_patterns: tuple[regex.Pattern[str], ...] = ()
    cache_dir: Path | None = None  # the findings cache's folder, where the config names one
    sources: tuple[str, ...] = ()  # the files it was read from: the config file and its packs
    # The options of each rule that name a file (the findings cache keys on that file too).
    path_options: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def applying_overrides(self, relative_path: str) -> tuple[int, ...]:
        """Indexes of the overrides whose globs match this path."""
        return tuple(i for i, o in enumerate(self.overrides) if matches(list(o.globs), relative_path))

    def rules_for(self, relative_path: str) -> Mapping[str, RuleSetting]:
        applying = [self.overrides[i] for i in self.applying_overrides(relative_path)]
        if not applying:
            return self.rules
        rules = dict(self.rules)
        for override in applying:
            for rule_id, entry in override.rules.items():
                rules[rule_id] = _apply(get_rule(rule_id), rules[rule_id], entry)
        return rules

    def excluded_by(self, relative_path: str) -> str | None:
        """The key that leaves this file out (``exclude``, or ``include`` not naming it), or
        None when the file is checked."""
        if self.exclude and matches(list(self.exclude), relative_path):
            return "exclude"
        if self.include and not matches(list(self.include), relative_path):
            return "include"
        return None


def _apply(rule: Rule, setting: RuleSetting, entry: RuleEntry) -> RuleSetting:
    options = dict(setting.options)
    for name, value in entry.options.items():
        option = rule.option(name)
        merge = option.merge if option else None
        options[name] = merge(options[name], value) if merge else value
    return RuleSetting(
        enabled=setting.enabled if entry.enabled is None else entry.enabled,
        severity=entry.severity or setting.severity,
        options=options,
    )


def default_rules() -> dict[str, RuleSetting]:
    return {
        rule.id: RuleSetting(True, rule.severity, rule.defaults())
        for rule in (get_rule(rule_id) for rule_id in rule_ids())
    }


# --- reading and validating one layer --------------------------------------------------------


@dataclass
class _Layer:
    source: str
    folder: Path
    extends: list[tuple[str, int]]
    rules: dict[str, RuleEntry]
    overrides: list[Override]
    include: list[regex.Pattern[str]]
    exclude: list[regex.Pattern[str]]
    fail_on: Severity | None
    ignore_patterns: list[regex.Pattern[str]]
    cache_dir: Path | None = None
    register: list[str] | None = None
    is_file: bool = False  # read from a file (not the built-in default)


def _fail(source: str, line: int, message: str) -> ConfigError:
    return ConfigError(f"{source}:{line}: {message}" if line else f"{source}: {message}")


def _string_list(data: LineDict, key: str, source: str) -> list[str]:
    """A list of strings. A lone string is refused rather than taken as a list of one: for
    ``ignore-patterns`` a bare ``'^He'`` may be a pattern or a mistake, and every list key
    reads the same way."""
    value = data[key]
    if isinstance(value, str):
        raise _fail(source, data.line_of(key), f"'{key}' must be a list of strings, not a string "
                    f"(write [{value!r}])")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(source, data.line_of(key), f"'{key}' must be a list of strings, not {value!r}")
    return value


def _severity(value: Any, source: str, line: int, key: str) -> Severity:
    if isinstance(value, str) and value.lower() in {s.value for s in Severity}:
        return Severity.parse(value)
    raise _fail(source, line, f"'{key}' must be one of {_SEVERITIES}, not {value!r}")


def _type_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {bool: "true or false", int: "a whole number", float: "a number", str: "a string",
             list: "a list", dict: "a mapping"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _is_kind(value: Any, kind: type | tuple[type, ...]) -> bool:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool):
        return bool in kinds
    if float in kinds and isinstance(value, int):
        return True
    return isinstance(value, tuple(k for k in kinds if k is not bool))


def _rule_entry(rule_id: str, value: Any, source: str, line: int, where: str, folder: Path) -> RuleEntry:
    try:
        rule = get_rule(rule_id)
    except KeyError:
        known = ", ".join(rule_ids())
        raise _fail(source, line, f"unknown rule id '{rule_id}' in {where} (known: {known})") from None
    if isinstance(value, bool):
        return RuleEntry(enabled=value)
    if isinstance(value, str):
        if value.lower() in ("on", "off"):
            return RuleEntry(enabled=value.lower() == "on")
        return RuleEntry(enabled=True, severity=_severity(value, source, line, rule_id))
    if not isinstance(value, LineDict):
        raise _fail(source, line, f"rule '{rule_id}' takes on, off, a severity or a mapping")
    enabled = None
    severity = None
    options: dict[str, Any] = {}
    for key, item in value.items():
        key_line = value.line_of(key)
        if key == "enabled":
            if not isinstance(item, bool):
                raise _fail(source, key_line, f"'{rule_id}.enabled' must be true or false")
            enabled = item
        elif key == "severity":
            severity = _severity(item, source, key_line, f"{rule_id}.severity")
        else:
            options[key] = _option_value(rule, key, item, source, key_line, folder)
    return RuleEntry(enabled, severity, options)


def _option_value(rule: Rule, key: str, value: Any, source: str, line: int, folder: Path) -> Any:
    option = rule.option(key)
    if option is None:
        known = ", ".join(["enabled", "severity", *(o.name for o in rule.options)])
        raise _fail(source, line, f"unknown option '{key}' for rule '{rule.id}' (known: {known})")
    if not _is_kind(value, option.kind):
        raise _fail(source, line, f"'{rule.id}.{key}' must be {_type_name(option.kind)}, not {value!r}")
    if option.item_kind is not None and isinstance(value, list):
        for item in value:
            if not _is_kind(item, option.item_kind):
                raise _fail(source, line, f"each item of '{rule.id}.{key}' must be "
                            f"{_type_name(option.item_kind)}, not {item!r}")
    if option.validate is not None:
        problem = option.validate(value)
        if problem:
            raise _fail(source, line, f"'{rule.id}.{key}': {problem}")
    if option.is_path and value:
        if isinstance(value, list):
            return [str((folder / item).resolve()) for item in value]
        return str((folder / value).resolve())
    return value


def _rules(data: LineDict, key: str, source: str, where: str, folder: Path) -> dict[str, RuleEntry]:
    value = data[key]
    if value is None:
        return {}
    if not isinstance(value, LineDict):
        raise _fail(source, data.line_of(key), f"'{where}' must be a mapping of rule ids")
    return {
        rule_id: _rule_entry(rule_id, item, source, value.line_of(rule_id), where, folder)
        for rule_id, item in value.items()
    }


def _patterns(data: LineDict, key: str, source: str) -> list[regex.Pattern[str]]:
    import regex  # here: a configuration read from its snapshot never compiles a pattern anew

    compiled = []
    for pattern in _string_list(data, key, source):
        try:
            compiled.append(regex.compile(pattern, regex.MULTILINE))
        except regex.error as exc:
            raise _fail(source, data.line_of(key), f"invalid regex {pattern!r} in '{key}': {exc}") from None
    return compiled


def _overrides(data: LineDict, source: str, folder: Path) -> list[Override]:
    value = data["overrides"]
    if not isinstance(value, list):
        raise _fail(source, data.line_of("overrides"), "'overrides' must be a list")
    out = []
    for entry in value:
        if not isinstance(entry, LineDict):
            raise _fail(source, data.line_of("overrides"), "each override must be a mapping")
        for key in entry:
            if key not in ("files", "rules"):
                message = f"unknown key '{key}' in an override (known: files, rules)"
                raise _fail(source, entry.line_of(key), message)
        if "files" not in entry:
            raise _fail(source, entry.line, "an override needs 'files'")
        globs = tuple(compile_glob(g) for g in _string_list(entry, "files", source))
        rules = _rules(entry, "rules", source, "overrides.rules", folder) if "rules" in entry else {}
        out.append(Override(globs, rules))
    return out


def parse_layer(data: Any, source: str, folder: Path) -> _Layer:
    if data is None:
        data = as_line_dict({})
    if not isinstance(data, LineDict):
        raise _fail(source, 1, "a config must be a mapping of keys")
    for key in data:
        if key not in TOP_KEYS:
            raise _fail(source, data.line_of(key), f"unknown key '{key}' (known: {', '.join(TOP_KEYS)})")
    extends = [("default", 0)]
    if "extends" in data:
        line = data.line_of("extends")
        extends = [(name, line) for name in _string_list(data, "extends", source)] if data["extends"] else []
    return _Layer(
        source=source,
        folder=folder,
        extends=extends,
        rules=_rules(data, "rules", source, "rules", folder) if "rules" in data else {},
        overrides=_overrides(data, source, folder) if "overrides" in data else [],
        include=[compile_glob(g) for g in _string_list(data, "include", source)] if "include" in data else [],
        exclude=[compile_glob(g) for g in _string_list(data, "exclude", source)] if "exclude" in data else [],
        fail_on=_severity(data["fail-on"], source, data.line_of("fail-on"), "fail-on")
        if "fail-on" in data
        else None,
        ignore_patterns=_patterns(data, "ignore-patterns", source) if "ignore-patterns" in data else [],
        cache_dir=_folder(data, "cache-dir", source, folder) if "cache-dir" in data else None,
        register=_registers(data, source, folder) if "register" in data else None,
    )


def _registers(data: LineDict, source: str, folder: Path) -> list[str]:
    """``register: FILE`` or a list of files, relative to the config's folder."""
    value = data["register"]
    files = [value] if isinstance(value, str) else _string_list(data, "register", source)
    return [str((folder / name).resolve()) for name in files]


def _folder(data: LineDict, key: str, source: str, folder: Path) -> Path:
    """A folder path, relative to the config's own folder."""
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise _fail(source, data.line_of(key), f"'{key}' must be a folder path (a string)")
    return folder / value


# --- loading files and resolving ``extends`` --------------------------------------------------


def read_layer(path: Path) -> _Layer:
    source = str(path)
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):  # reading a named pipe would wait for a writer
            raise ConfigError(f"{source}: {kind_of(mode)}, not a config file")
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"{source}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{source}: cannot read config: {exc}") from None
    if path.name == "pyproject.toml":
        import tomllib  # here, not at the top: only a pyproject.toml config pays for it

        try:
            table = tomllib.loads(text).get("tool", {}).get("newslint", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{source}: malformed TOML: {exc}") from None
        lines = key_lines(text)
        return replace(parse_layer(as_line_dict(table, 0, lines, ("tool", "newslint")), source, path.parent),
                       is_file=True)
    from lint.config.yamlsource import load_yaml  # here: a run from a snapshot never needs PyYAML

    return replace(parse_layer(load_yaml(text, source), source, path.parent), is_file=True)


def _pack_layer(name: str, layer: _Layer, line: int) -> _Layer:
    if name.endswith((".yaml", ".yml")) or "/" in name:
        candidate = (layer.folder / name).resolve()
        if not candidate.is_file():
            raise _fail(layer.source, line, f"extends '{name}': no such pack file")
        return read_layer(candidate)
    shipped = pack_path(name)
    if shipped is None:
        raise _fail(layer.source, line, f"extends '{name}': no shipped pack of that name "
                    f"(shipped: {', '.join(pack_names())})")
    return read_layer(shipped)


def resolve(layer: _Layer, root: Path | None = None) -> Config:
    """Fold a layer and everything it extends (depth first, later wins) into a Config."""
    rules = default_rules()
    state: dict[str, Any] = {"fail_on": None, "include": [], "exclude": [], "ignore": [], "overrides": [],
                             "cache_dir": None}
    sources = [layer.source] if layer.is_file else []

    def fold(current: _Layer, chain: tuple[str, ...]) -> None:
        for name, line in current.extends:
            parent = _pack_layer(name, current, line)
            sources.append(parent.source)
            if parent.source in chain:
                raise _fail(current.source, line, f"extends '{name}' makes a cycle")
            fold(parent, (*chain, parent.source))
        for rule_id, entry in current.rules.items():
            rules[rule_id] = _apply(get_rule(rule_id), rules[rule_id], entry)
        state["fail_on"] = current.fail_on or state["fail_on"]
        state["include"] = current.include or state["include"]
        state["exclude"] = [*state["exclude"], *current.exclude]
        state["ignore"] = [*state["ignore"], *current.ignore_patterns]
        state["overrides"] = [*state["overrides"], *current.overrides]
        state["cache_dir"] = current.cache_dir or state["cache_dir"]
        if current.register is not None:  # the house register: the house-spelling rule reads it
            setting = rules["house-spelling"]
            rules["house-spelling"] = RuleSetting(setting.enabled, setting.severity,
                                                  {**setting.options, "register": current.register})

    fold(layer, (layer.source,))
    return Config(
        source=layer.source,
        root=root or layer.folder,
        rules=rules,
        overrides=tuple(state["overrides"]),
        include=tuple(state["include"]),
        exclude=tuple(state["exclude"]),
        fail_on=state["fail_on"] or Severity.WARNING,
        ignore_patterns=tuple(state["ignore"]),
        cache_dir=state["cache_dir"],
        sources=tuple(dict.fromkeys(sources)),
        path_options=_path_options(),
    )


def _path_options() -> dict[str, tuple[str, ...]]:
    options = {}
    for rule_id in rule_ids():
        names = tuple(option.name for option in get_rule(rule_id).options if option.is_path)
        if names:
            options[rule_id] = names
    return options


def load_config(path: Path) -> Config:
    return resolve(read_layer(path))


def default_config(root: Path) -> Config:
    """The configuration used where no config file is found: ``extends: [default]``."""
    return resolve(parse_layer(None, "(default configuration)", root), root)
