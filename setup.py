"""Packaging glue that pyproject.toml cannot express: ship resources/ inside the package.

The top-level ``resources/`` directory (fonts, translations, icons) is installed as the data-only
package ``villagedesk.resources``; ``villagedesk.assets.resource_path`` finds it there.
Everything else is configured in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["villagedesk", "villagedesk.*"]), "villagedesk.resources"],
    package_dir={"villagedesk.resources": "resources"},
)
