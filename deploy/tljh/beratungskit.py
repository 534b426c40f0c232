# beratungskit on The Littlest JupyterHub (TLJH): copy to /opt/tljh/config/jupyterhub_config.d/
# and run `sudo tljh-config reload`. See the README ("Ein Team auf einem Server").
#
# TLJH starts each user's server as their own Unix user (jupyter-NAME) with its own home; cases go to
# ~/faelle (0700). The team folder must exist: root, group of the team, mode 3770 (README).
c = get_config()  # noqa: F821 - provided by JupyterHub

# Each IFK gets the beratungskit app (Voilà with the hub's login), not JupyterLab.
c.Spawner.cmd = ["/opt/tljh/user/bin/python", "-m", "beratungskit.server", "--hub"]
c.Spawner.default_url = "/voila/render/01_gemeinsame_sitzung.ipynb"
# After login straight into the session app.
c.JupyterHub.default_url = "/hub/user-redirect/voila/render/01_gemeinsame_sitzung.ipynb"
c.Spawner.environment = {"BERATUNGSKIT_TEAM": "/srv/beratungskit/team"}
# The hub's own pages in German (shipped in the package): the templates, and their texts from the
# message catalogue (a plain dict module, read by path: the hub's Python does not have beratungskit).
import runpy  # noqa: E402

PACKAGE = "/opt/tljh/user/lib/python3.12/site-packages/beratungskit"
c.JupyterHub.template_paths = [PACKAGE + "/jupyter_data/hub_templates"]
c.JupyterHub.template_vars = {"bk": runpy.run_path(PACKAGE + "/messages/hub_pages.py")["TEXTS"]}
