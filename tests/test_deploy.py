"""Deployment files: Zero to JupyterHub's Helm values, the TLJH snippet, and the hub's own config.

The Helm values must be valid YAML that names the beratungskit image of this version and starts the
app server the way ``beratungskit hub`` does; the TLJH snippet must set the same things when
JupyterHub runs it; the config ``beratungskit hub`` writes must bind 127.0.0.1 only.
"""

from __future__ import annotations

from importlib.metadata import version as package_version
from pathlib import Path

import yaml
from traitlets.config import Config

import beratungskit
from beratungskit.hub import DEMO_USERS, HubSettings, configure, hub_page_texts, write_config
from beratungskit.server import SESSION_NOTEBOOK

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
APP_CMD = ["-m", "beratungskit.server", "--hub"]
SESSION_URL = f"/voila/render/{SESSION_NOTEBOOK}"


def version() -> str:
    return package_version("beratungskit")


def test_helm_values_name_the_image_and_start_the_app() -> None:
    values = yaml.safe_load((DEPLOY / "zero-to-jupyterhub" / "values.yaml").read_text(encoding="utf-8"))
    single = values["singleuser"]
    assert single["image"]["name"].endswith("/beratungskit")
    assert str(single["image"]["tag"]) == version()
    assert single["cmd"][1:] == APP_CMD
    assert single["defaultUrl"] == SESSION_URL
    assert single["extraEnv"]["BERATUNGSKIT_STORE"].startswith(single["storage"]["homeMountPath"])
    team = single["extraEnv"]["BERATUNGSKIT_TEAM"]
    assert team in [m["mountPath"] for m in single["storage"]["extraVolumeMounts"]]
    assert values["hub"]["config"]["JupyterHub"]["default_url"] == "/hub/user-redirect" + SESSION_URL
    assert single["networkPolicy"]["egressAllowRules"]["nonPrivateIPs"] is False


def test_the_image_installs_the_hub_extra_and_starts_the_app() -> None:
    dockerfile = (DEPLOY / "zero-to-jupyterhub" / "Dockerfile").read_text(encoding="utf-8")
    assert "[hub]" in dockerfile
    assert '"beratungskit.server", "--hub"' in dockerfile


def test_the_tljh_snippet_sets_the_app_server() -> None:
    config = Config()
    code = (DEPLOY / "tljh" / "beratungskit.py").read_text(encoding="utf-8")
    # the snippet names TLJH's paths; here they point into this checkout
    package = Path(beratungskit.__file__).parent
    code = code.replace("/opt/tljh/user/lib/python3.12/site-packages/beratungskit", str(package))
    exec(compile(code, "beratungskit.py", "exec"), {"get_config": lambda: config})
    # the German hub pages get their templates and their texts (without the texts they were blank)
    assert config.JupyterHub.template_paths == [str(package / "jupyter_data" / "hub_templates")]
    assert config.JupyterHub.template_vars["bk"] == hub_page_texts()
    assert config.Spawner.cmd[1:] == APP_CMD
    assert config.Spawner.default_url == SESSION_URL
    assert config.JupyterHub.default_url == "/hub/user-redirect" + SESSION_URL
    assert "BERATUNGSKIT_TEAM" in config.Spawner.environment


def test_the_hub_config_binds_loopback_only(tmp_path: Path) -> None:
    settings = HubSettings(state=str(tmp_path / "hub"), team_folder=str(tmp_path / "team"), proxy="/x/chp")
    config_file = write_config(settings)
    config = Config()
    exec(compile(config_file.read_text(), str(config_file), "exec"), {"c": config})
    assert config.JupyterHub.ip == "127.0.0.1"
    assert config.JupyterHub.hub_ip == "127.0.0.1"
    assert config.ConfigurableHTTPProxy.api_url.startswith("http://127.0.0.1:")
    assert config.JupyterHub.authenticator_class == "jupyterhub.auth.PAMAuthenticator"
    assert config.PAMAuthenticator.allowed_groups == {"beratungskit"}
    assert config.Spawner.cmd[1:] == APP_CMD
    assert (tmp_path / "hub").stat().st_mode & 0o777 == 0o700


def test_the_demo_uses_two_users_and_a_printed_password(tmp_path: Path) -> None:
    config = Config()
    settings = HubSettings(str(tmp_path), str(tmp_path / "team"), demo=True, demo_password="abcd-efgh-jkmn")
    configure(config, settings)
    assert config.Authenticator.allowed_users == set(DEMO_USERS)
    assert config.SharedPasswordAuthenticator.user_password == "abcd-efgh-jkmn"
    assert config.JupyterHub.ip == "127.0.0.1"
