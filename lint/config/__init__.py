"""Configuration loading and validation."""

from lint.config.discover import ConfigFinder, find_config_file
from lint.config.model import Config, RuleSetting, default_config, load_config

__all__ = ["Config", "ConfigFinder", "RuleSetting", "default_config", "find_config_file", "load_config"]
