"""The persistent, content-addressed cache of built fact bases.

Building a fact base (parsing and validating the YAML, working out what
questions need, indexing every record's words) takes seconds per hundred
articles; opening a built one takes a fraction of a second. So a build is
kept, beside the fact files:

    <fact-base folder>/.factbot-index/<key>/
        manifest.json      what this is, the key, and each file's size and SHA-256 (a big one's by blocks)
        factbase.sqlite    the records and what questions read (knowledge/store.py)
        search/            the tantivy index (knowledge/search.py)

The key is a SHA-256 of every fact file's name and bytes and of the code that
builds (its source files, the versions of Python, Unicode, tantivy, rapidfuzz
and PyYAML): when nothing of that has changed, start-up opens the build
without parsing anything; when anything has, the key is new and the fact base
is built again. Before a build is served, every file of it is checked against
its manifest, so a truncated, damaged or half-written build is rebuilt, never
served. The files are read as data only (JSON, SQLite, tantivy's own format):
nothing in the folder can run code, whoever wrote it.

If the fact-base folder is read-only (the shipped fact base in site-packages,
a container image), a build found there is still used; a new one goes to the
user's cache folder (platformdirs), keyed the same way. `factbot index`
builds ahead of time, for an image or a deploy step.

A big fact base is built in a separate process: the serving process keeps
its memory and its interpreter lock to itself, and a reload never holds up
its event loop.
"""

from __future__ import annotations

import gc
import hashlib
import json
import mmap
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext, suppress
from functools import cache, partial
from importlib import metadata
from importlib.resources import as_file
from importlib.resources.abc import Traversable
from multiprocessing import get_all_start_methods
from pathlib import Path

import platformdirs

try:
    import fcntl
except ImportError:  # Windows: no lock; two processes may then both build, and one build wins
    fcntl = None  # type: ignore[assignment]

from knowledge.build import SEARCH_FOLDER, STORE_FILE, build
from knowledge.loader import MAX_FILE_BYTES, default_folder, fact_files, read_records
from knowledge.problems import FactBaseError, Problem

INDEX_VERSION = 3  # bump when what is built changes in a way the code's own hash would miss
FOLDER = ".factbot-index"
LOCK = "build.lock"
MANIFEST = "manifest.json"
FORMAT = "factbot-index"
KEEP = 2  # builds kept per cache folder: the newest and the one before, which another process may still serve
ABANDONED = 3600.0  # seconds after which a half-written build is taken to be abandoned
ISOLATE_ABOVE = 2 * 1024 * 1024  # bytes of fact files above which the build runs in its own process
_BLOCK = 16 << 20  # a built file bigger than this is hashed in blocks of this size, side by side
_MOST_WORKERS = 4  # processes analysing records in a build of its own
_LIBRARIES = ("tantivy", "rapidfuzz", "PyYAML")


# The modules whose code decides what a build holds. Those that only read a
# build (search.py, factbase.py, live.py) may change without making it stale.
BUILT_BY = (
    "analysis.py",
    "build.py",
    "cache.py",
    "freeing.py",
    "indexing.py",
    "loader.py",
    "matching.py",
    "model.py",
    "problems.py",
    "question_index.py",
    "store.py",
    "text.py",
)


@cache
def code_fingerprint() -> str:
    """What, besides the fact files, decides what a build holds: the source
    of the modules that build it, and the versions they rely on."""
    digest = hashlib.sha256(f"{FORMAT} {INDEX_VERSION}".encode())
    digest.update(f"python {sys.version_info[0]}.{sys.version_info[1]} unicode {unicodedata.unidata_version}".encode())
    for library in _LIBRARIES:
        try:
            digest.update(f" {library} {metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f" {library} ?".encode())
    here = Path(__file__).resolve().parent
    for name in BUILT_BY:
        digest.update(name.encode() + b"\0" + (here / name).read_bytes())
    return digest.hexdigest()


def source_key(folder: Path) -> str:
    """The key of a folder's fact files as they are now (and of this code)."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for path in _fact_paths(folder):
        digest.update(b"\0" + path.name.encode() + b"\0")
        _feed(digest, path)
    return digest.hexdigest()


def user_cache() -> Path:
    """Where builds go when the fact-base folder cannot hold them."""
    return Path(platformdirs.user_cache_dir("factbot")) / "index"


def roots(folder: Path) -> list[Path]:
    """Cache folders for a fact-base folder, in order of preference: beside
    it; the user's cache folder; last, the temporary folder (a read-only
    container with no home, say)."""
    return [folder / FOLDER, user_cache(), Path(tempfile.gettempdir()) / "factbot-index"]


@contextmanager
def real_folder(folder: Traversable | Path | str | None) -> Iterator[tuple[Path, str | None]]:
    """(a folder on disk, the label problems are reported under) for a fact-base folder."""
    if folder is None:
        with as_file(default_folder()) as path:
            yield Path(path), "knowledge/data"
    elif isinstance(folder, str | Path):
        yield Path(folder), None
    else:
        with as_file(folder) as path:
            yield Path(path), None


def find(folder: Traversable | Path | str | None, *, cache: Path | None = None) -> Path | None:
    """The verified cache folder of a fact base as its files are now, if there is one."""
    with real_folder(folder) as (path, _):
        if not path.is_dir():
            return None
        try:
            key = source_key(path)
        except OSError:
            return None
        for root in [cache] if cache is not None else roots(path):
            if verify(root / key, key):
                return root / key
    return None


def prepare(
    folder: Traversable | Path | str | None,
    *,
    cache: Path | None = None,
    isolate: bool | None = None,
    background: bool = True,
) -> Path:
    """The verified cache folder of a fact base, built now if there is none.

    `cache` overrides where builds are looked for and put. `isolate` builds
    in a separate process (default: when the fact files are big), at a
    lower priority if `background` (see build_elsewhere). Raises
    FactBaseError with every problem of invalid fact files, or when no
    folder can take the index.
    """
    with ExitStack() as stack:
        path, label = stack.enter_context(real_folder(folder))
        if not path.is_dir():
            raise FactBaseError([Problem(label or str(folder), 0, "no such folder of fact files")])
        try:
            key = source_key(path)
        except OSError:  # a file that cannot be read: reading the folder says which, and why
            read_records(path, label=label)
            raise
        places = [cache] if cache is not None else roots(path)
        for root in places:
            found = root / key
            if verify(found, key):
                _touch(found)
                return found
        if isolate is None:
            # What will be parsed: a file over the loader's limit is refused unread.
            sizes = [p.stat().st_size for p in _fact_paths(path)]
            isolate = sum(size for size in sizes if size <= MAX_FILE_BYTES) > ISOLATE_ABOVE
        errors: list[str] = []
        for root in places:
            try:
                root.mkdir(parents=True, exist_ok=True)
                lock = stack.enter_context(_one_build_at_a_time(root))
            except OSError as exc:
                errors.append(f"{root}: {exc.strerror or exc}")
                continue
            with lock:
                # Another process (a shard starting beside this one) may have built it meanwhile.
                if verify(root / key, key):
                    return root / key
                try:
                    staging = root / f"tmp-{key[:16]}-{uuid.uuid4().hex[:12]}"
                    staging.mkdir()
                except OSError as exc:
                    errors.append(f"{root}: {exc.strerror or exc}")
                    continue
                if isolate:
                    done = build_elsewhere(path, label, staging, key, background=background)
                else:
                    done = build_into(path, label, staging, key)
                return _settle(root, key, done)
        # Said as a problem of the fact base, so that every caller reports it in one line
        # (and a reload keeps the fact base it has), not as a failure inside Factbot.
        where = "; ".join(errors)
        raise FactBaseError([Problem(label or str(folder), 0, f"nowhere to keep its index: {where}")])


@contextmanager
def _one_build_at_a_time(root: Path) -> Iterator[AbstractContextManager[None]]:
    """A lock on a cache folder, for building in it: processes started
    together on the same fact base build it once, the others waiting and
    then opening that build. The lock file is opened here (so an unwritable
    folder fails now); the lock itself is taken when the returned context
    is entered, and released when it is left or the process ends."""
    handle = (root / LOCK).open("a+b")
    try:
        yield _Flock(handle.fileno()) if fcntl is not None else nullcontext()
    finally:
        handle.close()


class _Flock(AbstractContextManager[None]):
    def __init__(self, fileno: int) -> None:
        self._fileno = fileno

    def __enter__(self) -> None:
        assert fcntl is not None
        fcntl.flock(self._fileno, fcntl.LOCK_EX)

    def __exit__(self, *exc: object) -> None:
        assert fcntl is not None
        fcntl.flock(self._fileno, fcntl.LOCK_UN)


def build_into(folder: Path | str, label: str | None, staging: Path | str, key: str, workers: int = 1) -> Path:
    """Read, validate and build a fact base into an empty staging folder, and
    write its manifest last. On any failure the staging folder is removed.
    `workers` > 1 only in a process of its own (see knowledge.build.build)."""
    staging = Path(staging)
    try:
        records = read_records(Path(folder), label=label, workers=workers)
        store, index = build(records, staging, workers)
        store.close()
        del index  # tantivy's files are complete once committed
        files = {
            str(p.relative_to(staging)): [p.stat().st_size, _sha256(p)]
            for p in sorted(staging.rglob("*"))
            if p.is_file() and not p.name.startswith(".tantivy-")
        }
        manifest = {
            "format": FORMAT,
            "version": INDEX_VERSION,
            "key": key,
            "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "files": files,
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


_PROBLEMS = 3  # the build process's exit status when the fact files have problems (listed on its output)
BACKGROUND = "background"  # the build process's last argument when it builds at a lower priority


def build_elsewhere(folder: Path, label: str | None, staging: Path, key: str, *, background: bool = True) -> Path:
    """build_into in a fresh Python process (`python -m knowledge.cache`).

    A process of its own, not a fork of this one (which may have threads)
    nor multiprocessing's spawn (which imports the caller's main module
    again); what comes back is an exit status and, for invalid fact files,
    their problems as JSON. `background`: at a lower priority (a reload,
    beside a bot serving the fact base it has), not at start-up, when
    nothing is served until the build is done."""
    package_root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (package_root, os.environ.get("PYTHONPATH"))))}
    # -P: not the working folder first on the path, where another `knowledge`
    # (a checkout of another version, say) would build under this code's key.
    argv = [sys.executable, "-P", "-m", "knowledge.cache", str(folder), label or "", str(staging), key]
    argv += [BACKGROUND] if background else []
    done = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)  # noqa: S603 - our own module
    if done.returncode == 0:
        return staging
    shutil.rmtree(staging, ignore_errors=True)
    if done.returncode == _PROBLEMS:
        problems = json.loads(done.stdout)
        raise FactBaseError([Problem(file, line, message) for file, line, message in problems])
    tail = done.stderr.strip().splitlines()[-1:] or [f"exit status {done.returncode}"]
    raise RuntimeError(f"building the fact base in a separate process failed: {tail[0]}")


def main(argv: list[str] | None = None) -> int:
    """`python -m knowledge.cache FOLDER LABEL STAGING KEY [background]`: build_into, for build_elsewhere."""
    folder, label, staging, key, *how = argv if argv is not None else sys.argv[1:]
    if how == [BACKGROUND] and hasattr(os, "nice"):
        with suppress(OSError):
            os.nice(10)  # a reload: the bot serving beside it comes first
    # Building makes millions of small objects and frees them only when the
    # process ends: the cyclic collector would walk them again and again for nothing.
    gc.disable()
    forking = sys.platform != "win32" and "fork" in get_all_start_methods()
    workers = min(os.cpu_count() or 1, _MOST_WORKERS) if forking else 1
    try:
        build_into(Path(folder), label or None, Path(staging), key, workers)
    except FactBaseError as exc:
        sys.stdout.write(json.dumps([[p.file, p.line, p.message] for p in exc.problems]) + "\n")
        return _PROBLEMS
    return 0


def _settle(root: Path, key: str, staging: Path) -> Path:
    """Put a finished build in its place; if another process got there
    first with a sound build, use that one instead."""
    target = root / key
    try:
        staging.rename(target)
    except OSError:
        if verify(target, key):
            shutil.rmtree(staging, ignore_errors=True)
            return target
        # A damaged build under the key: move it aside (whoever still has
        # its files open keeps them) and put the new one in its place.
        trash = root / f"tmp-{key[:16]}-{uuid.uuid4().hex[:12]}-damaged"
        target.rename(trash)
        staging.rename(target)
        shutil.rmtree(trash, ignore_errors=True)
    tidy(root, keep=key)
    return target


def verify(folder: Path, key: str) -> bool:
    """Whether a folder holds a complete, undamaged build for `key`."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if (
            not isinstance(manifest, dict)
            or manifest.get("format") != FORMAT
            or manifest.get("version") != INDEX_VERSION
            or manifest.get("key") != key
        ):
            return False
        files = manifest["files"]
        if STORE_FILE not in files or not any(name.startswith(SEARCH_FOLDER + "/") for name in files):
            return False
        for name, (size, digest) in files.items():
            path = folder / name
            if ".." in Path(name).parts or path.stat().st_size != size or _sha256(path) != digest:
                return False
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return True


def tidy(root: Path, keep: str) -> None:
    """Remove builds no longer needed: all but the newest few, and abandoned half-built ones."""
    now = time.time()
    builds: list[tuple[float, Path]] = []
    for entry in root.iterdir():
        try:
            modified = entry.stat().st_mtime
        except OSError:
            continue
        if entry.name.startswith("tmp-"):
            if now - modified > ABANDONED:
                shutil.rmtree(entry, ignore_errors=True)
        elif entry.name != keep and entry.is_dir() and len(entry.name) == 64:
            builds.append((modified, entry))
    builds.sort(reverse=True)
    for _, entry in builds[KEEP - 1 :]:
        shutil.rmtree(entry, ignore_errors=True)


def _touch(folder: Path) -> None:
    """Mark a build as in use, so tidying keeps it."""
    with suppress(OSError):  # a read-only folder: it cannot be tidied away either
        os.utime(folder)


def _fact_paths(folder: Path) -> list[Path]:
    return [folder / f.name for f in fact_files(folder)]


def _sha256(path: Path) -> str:
    """A built file's digest, as its manifest gives it: the SHA-256 of its
    bytes; for a file over _BLOCK bytes (a big store), the SHA-256 of each
    block's SHA-256, the blocks hashed side by side (hashlib lets go of the
    interpreter lock): checking the store is most of a warm start."""
    size = path.stat().st_size
    if size <= _BLOCK:
        digest = hashlib.sha256()
        _feed(digest, path)
        return digest.hexdigest()
    starts = range(0, size, _BLOCK)
    with ThreadPoolExecutor(min(len(starts), os.cpu_count() or 1, _MOST_WORKERS)) as threads:
        blocks = list(threads.map(partial(_block_sha256, path), starts))
    return "blocks:" + hashlib.sha256(b"".join(blocks)).hexdigest()


def _block_sha256(path: Path, start: int) -> bytes:
    """The SHA-256 of a file's _BLOCK bytes from `start` (fewer at its end)."""
    digest = hashlib.sha256()
    _feed(digest, path, start, _BLOCK)
    return digest.digest()


def _feed(digest: hashlib._Hash, path: Path, start: int = 0, length: int | None = None) -> None:
    """Add a file's bytes (`length` of them from `start`; all by default) to
    a digest, straight from a read-only mapping of the file: reading it into
    buffers instead would leave each hashing thread's allocator holding
    megabytes for the life of the process (the second-process budget)."""
    with path.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        end = size if length is None else min(size, start + length)
        if end <= start:
            return  # an empty file (or range) cannot be mapped, and adds nothing
        try:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError as exc:  # emptied since it was measured: a change, read as unreadable
            raise OSError(f"{path} changed while it was read") from exc
        with mapped, memoryview(mapped) as whole, whole[start:end] as part:
            digest.update(part)


if __name__ == "__main__":
    sys.exit(main())
