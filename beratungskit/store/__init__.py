"""Cases on disk: atomic JSON files with revisions, history and schema migration.

>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp())
>>> case = store.create("Kranich", key="kranich")
>>> store.load("kranich").revision
1
"""

from beratungskit.store.casestore import (
    ENV_VAR,
    HISTORY_DIR,
    KEEP_RECENT,
    MAX_CASE_BYTES,
    MAX_JSON_DEPTH,
    CaseStore,
    CaseSummary,
    StoreProblem,
    case_file_problem,
    check_case_file,
    default_store_dir,
    load_case_file,
    read_case_bytes,
    valid_key,
)
from beratungskit.store.errors import (
    BadKeyError,
    CaseFileError,
    SchemaVersionError,
    StaleRevisionError,
    StoreError,
    error_text,
)
from beratungskit.store.migrate import CURRENT_SCHEMA_VERSION, migrate
from beratungskit.store.secret import SECRET_FILE, folder_secret

__all__ = [
    "CURRENT_SCHEMA_VERSION",
    "ENV_VAR",
    "HISTORY_DIR",
    "KEEP_RECENT",
    "MAX_CASE_BYTES",
    "MAX_JSON_DEPTH",
    "SECRET_FILE",
    "BadKeyError",
    "CaseFileError",
    "CaseStore",
    "CaseSummary",
    "SchemaVersionError",
    "StaleRevisionError",
    "StoreError",
    "StoreProblem",
    "case_file_problem",
    "check_case_file",
    "default_store_dir",
    "error_text",
    "folder_secret",
    "load_case_file",
    "migrate",
    "read_case_bytes",
    "valid_key",
]
