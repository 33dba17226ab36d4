"""The cache of built fact bases: opened without reading a file when nothing
changed, rebuilt when anything did, and never served when damaged."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import FactBase, FactBaseError, LiveFactBase, cache
from knowledge.build import SEARCH_FOLDER, STORE_FILE
from knowledge.cache import FOLDER, MANIFEST, find, prepare, source_key, verify
from tests.knowledge.factfiles import VALID, copy_shipped, write


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return copy_shipped(tmp_path / "kb")


@pytest.fixture
def no_reading(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Records every time fact files are read and validated."""
    reads: list[str] = []
    real = cache.read_records

    def counted(folder: Path, label: str | None = None, workers: int = 1) -> object:
        reads.append(str(folder))
        return real(folder, label=label, workers=workers)

    monkeypatch.setattr(cache, "read_records", counted)
    yield reads


def built(folder: Path) -> Path:
    [one] = [p for p in (folder / FOLDER).iterdir() if p.is_dir() and not p.name.startswith("tmp-")]
    return one


def test_unchanged_files_are_opened_from_the_cache_without_reading_them(folder: Path, no_reading: list[str]) -> None:
    first = FactBase.load(folder)
    assert no_reading == [str(folder)]
    again = FactBase.load(folder)
    assert no_reading == [str(folder)], "the second start read no file"
    assert again.where == first.where == built(folder)
    assert again.quotes["loader-masters-of-destiny"] == first.quotes["loader-masters-of-destiny"]
    assert again.summary() == first.summary()


def test_a_changed_file_is_a_new_key_and_a_new_build(folder: Path, no_reading: list[str]) -> None:
    before = FactBase.load(folder)
    write(folder, "zz-extra.yaml", VALID)
    after = FactBase.load(folder)
    assert len(no_reading) == 2
    assert after.where != before.where
    assert "ann-widgets" in after.quotes and "ann-widgets" not in before.quotes


def test_the_key_follows_every_byte_and_name_of_the_fact_files(folder: Path) -> None:
    key = source_key(folder)
    assert source_key(folder) == key
    path = folder / sorted(p.name for p in folder.glob("*.yaml"))[0]
    path.write_bytes(path.read_bytes() + b" ")
    changed = source_key(folder)
    assert changed != key
    path.rename(folder / ("z" + path.name))
    assert source_key(folder) not in (key, changed), "a renamed file changes the order it is read in"


def test_the_key_follows_the_code(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    key = source_key(folder)
    cache.code_fingerprint.cache_clear()
    monkeypatch.setattr(cache, "INDEX_VERSION", cache.INDEX_VERSION + 1)
    try:
        assert source_key(folder) != key
    finally:
        cache.code_fingerprint.cache_clear()


def _replace(path: Path, data: bytes) -> None:
    """Damage a built file as a new file put in its place: truncating it in
    place would pull pages from under a mapping of it (the index's, or a
    digest's in another thread), a SIGBUS for the test run, not a test."""
    spare = path.with_name(path.name + ".damaged")
    spare.write_bytes(data)
    spare.replace(path)


def _damage_store_truncated(path: Path) -> None:
    store = path / STORE_FILE
    _replace(store, store.read_bytes()[: store.stat().st_size // 2])


def _damage_store_garbled(path: Path) -> None:
    store = path / STORE_FILE
    data = bytearray(store.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = b"\xff" * 64
    _replace(store, bytes(data))


def _damage_index_file(path: Path) -> None:
    biggest = max((p for p in (path / SEARCH_FOLDER).iterdir() if p.is_file()), key=lambda p: p.stat().st_size)
    _replace(biggest, biggest.read_bytes()[:-10])


def _damage_manifest_garbled(path: Path) -> None:
    (path / MANIFEST).write_text("{not json", encoding="utf-8")


def _damage_manifest_missing(path: Path) -> None:
    (path / MANIFEST).unlink()


def _damage_store_missing(path: Path) -> None:
    (path / STORE_FILE).unlink()


def _damage_manifest_other_key(path: Path) -> None:
    manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    manifest["key"] = "0" * 64
    (path / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def _damage_manifest_lies_about_a_file(path: Path) -> None:
    """A manifest rewritten to match a tampered store still names the old digest elsewhere."""
    manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    size, _ = manifest["files"][STORE_FILE]
    manifest["files"][STORE_FILE] = [size, "0" * 64]
    (path / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def _damage_outside_files(path: Path) -> None:
    manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"]["../../escape"] = [0, "0" * 64]
    (path / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize(
    "damage",
    [
        _damage_store_truncated,
        _damage_store_garbled,
        _damage_store_missing,
        _damage_index_file,
        _damage_manifest_garbled,
        _damage_manifest_missing,
        _damage_manifest_other_key,
        _damage_manifest_lies_about_a_file,
        _damage_outside_files,
    ],
)
@pytest.mark.parametrize("block", [None, 4096], ids=["whole", "blocks"])
def test_a_damaged_or_mismatched_cache_is_rebuilt_never_served(
    folder: Path, no_reading: list[str], damage: object, block: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if block is not None:  # every built file over a few kB digested by blocks, as a big store is
        monkeypatch.setattr(cache, "_BLOCK", block)
    good = FactBase.load(folder)
    path = built(folder)
    assert callable(damage)
    damage(path)
    key = path.name
    assert not verify(path, key)
    fresh = FactBase.load(folder)
    assert len(no_reading) == 2, "read and built again"
    assert verify(built(folder), key)
    assert fresh.summary() == good.summary()
    assert fresh.quotes["loader-masters-of-destiny"].text == "We'd prefer to be the masters of our own destiny."


def test_a_read_only_fact_base_is_cached_in_the_users_cache_folder(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if sys.platform == "win32" or os.geteuid() == 0:
        # root writes anywhere: a read-only folder is simulated by making its cache folder impossible
        (folder / FOLDER).write_text("not a folder", encoding="utf-8")
    else:
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    users = tmp_path / "user-cache"
    monkeypatch.setattr(cache, "user_cache", lambda: users)
    try:
        fb = FactBase.load(folder)
        assert fb.where is not None and fb.where.parent == users
        assert find(folder) == fb.where, "found there again, keyed the same way"
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_build_shipped_beside_a_read_only_folder_is_used(folder: Path, tmp_path: Path) -> None:
    path = prepare(folder)  # as `factbot index` does in an image
    assert path.parent == folder / FOLDER
    assert find(folder) == path
    assert FactBase.load(folder).where == path


def test_the_cache_holds_only_data(folder: Path) -> None:
    """JSON, SQLite and tantivy's files: nothing loaded from it can run code."""
    path = prepare(folder)
    names = {p.name for p in path.iterdir()}
    assert names == {MANIFEST, STORE_FILE, SEARCH_FOLDER}
    assert (path / STORE_FILE).read_bytes().startswith(b"SQLite format 3\x00")
    json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    for file in path.rglob("*"):
        assert b"\x80\x04\x95" not in file.read_bytes()[:64] if file.is_file() else True, "no pickle"


def test_old_builds_are_tidied_away_but_the_one_before(folder: Path) -> None:
    keys = []
    for n in range(4):
        write(folder, "zz-extra.yaml", VALID.replace("We love widgets.", f"We love widgets {n}."))
        keys.append(prepare(folder).name)
    kept = {p.name for p in (folder / FOLDER).iterdir() if p.is_dir()}
    assert kept == set(keys[-2:])


def test_invalid_files_leave_no_build_behind(folder: Path) -> None:
    (folder / "bad.yaml").write_text("quotes: [\n", encoding="utf-8")
    with pytest.raises(FactBaseError):
        FactBase.load(folder)
    assert not [p for p in (folder / FOLDER).glob("*") if p.is_dir()] if (folder / FOLDER).exists() else True


def test_a_big_fact_base_is_built_in_another_process(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds: list[bool] = []
    real = cache.build_elsewhere

    def watched(*args: object, background: bool) -> Path:
        builds.append(background)
        return real(*args, background=background)  # type: ignore[arg-type]

    monkeypatch.setattr(cache, "build_elsewhere", watched)
    monkeypatch.setattr(cache, "ISOLATE_ABOVE", 0)
    live = LiveFactBase(folder)
    assert builds == [False], "built by `python -m knowledge.cache`, at full priority: nothing is served yet"
    assert live.current.quotes["loader-masters-of-destiny"]
    (folder / "bad.yaml").write_text("quotes: [\n", encoding="utf-8")
    with pytest.raises(FactBaseError) as info:
        live.reload()
    assert builds == [False, True], "a reload builds in the background, beside the fact base served"
    assert any("bad.yaml" in p.file for p in info.value.problems), "its problems come back, file by file"


def test_every_module_a_build_runs_is_in_the_key() -> None:
    """A change to code that builds must make old builds stale: every module of
    the package that building imports, however indirectly, is hashed into the key."""
    import ast

    package = Path(cache.__file__).resolve().parent
    seen: set[str] = set()
    todo = ["build.py", "cache.py"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        tree = ast.parse((package / name).read_text(encoding="utf-8"))
        for block in ast.walk(tree):  # imports for type checkers only run nothing
            if isinstance(block, ast.If) and isinstance(block.test, ast.Name) and block.test.id == "TYPE_CHECKING":
                block.body = []
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("knowledge."):
                module = node.module.split(".")[1] + ".py"
                if (package / module).is_file():
                    todo.append(module)
    assert seen <= set(cache.BUILT_BY), sorted(seen - set(cache.BUILT_BY))


def test_processes_starting_together_build_once(folder: Path, tmp_path: Path) -> None:
    """Shards started at once on a changed fact base: one builds, the others wait and open its build."""
    import subprocess

    script = (
        "import sys\n"
        "from knowledge import FactBase, cache\n"
        "real = cache.build_into\n"
        "def counted(*args):\n"
        "    print('built', flush=True)\n"
        "    return real(*args)\n"
        "cache.build_into = counted\n"
        "print(FactBase.load(sys.argv[1]).where)\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(folder)], stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=120)[0].split() for p in procs]
    assert sum(out.count("built") for out in outputs) == 1, outputs
    assert len({out[-1] for out in outputs}) == 1, "all three serve the one build"


def test_a_build_by_worker_processes_is_the_same_build(tmp_path: Path) -> None:
    """`python -m knowledge.cache` analyses records in worker processes: the
    store it writes is byte for byte the one a single process writes."""
    from benchmarks.generate import generate

    folder = tmp_path / "kb"
    generate(2500, folder, seed=3)  # more records than one worker's share
    key = source_key(folder)
    (tmp_path / "alone").mkdir()
    (tmp_path / "shared").mkdir()
    alone = cache.build_into(folder, None, tmp_path / "alone", key, workers=1)
    shared = cache.build_elsewhere(folder, None, tmp_path / "shared", key)
    manifests = [json.loads((p / MANIFEST).read_text(encoding="utf-8")) for p in (alone, shared)]
    assert manifests[0]["files"][STORE_FILE] == manifests[1]["files"][STORE_FILE]
    assert FactBase.open_folder(alone).summary() == FactBase.open_folder(shared).summary()


def test_a_big_files_digest_follows_every_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file over the block size is digested block by block, side by side:
    the same digest every time, another for a change in any block or a byte more."""
    monkeypatch.setattr(cache, "_BLOCK", 1000)
    path = tmp_path / "big"
    data = bytes(range(256)) * 20  # 5120 bytes: six blocks, the last short
    path.write_bytes(data)
    digest = cache._sha256(path)
    assert digest.startswith("blocks:")
    assert cache._sha256(path) == digest
    seen = {digest}
    for at in (0, 999, 1000, 2500, len(data) - 1):
        changed = bytearray(data)
        changed[at] ^= 1
        path.write_bytes(bytes(changed))
        seen.add(cache._sha256(path))
    path.write_bytes(data + b"\0")
    seen.add(cache._sha256(path))
    assert len(seen) == 7
    monkeypatch.setattr(cache, "_BLOCK", 1 << 20)
    path.write_bytes(data)
    assert cache._sha256(path) == hashlib.sha256(data).hexdigest()
    # The blocks are the SHA-256s of the file's slices, the last one short.
    monkeypatch.setattr(cache, "_BLOCK", 1000)
    blocks = b"".join(hashlib.sha256(data[at : at + 1000]).digest() for at in range(0, len(data), 1000))
    assert cache._sha256(path) == "blocks:" + hashlib.sha256(blocks).hexdigest()


def test_an_empty_files_digest_is_that_of_no_bytes(tmp_path: Path) -> None:
    path = tmp_path / "empty"
    path.write_bytes(b"")
    assert cache._sha256(path) == hashlib.sha256(b"").hexdigest()


def test_the_build_process_runs_this_code_whatever_the_working_folder(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build process imports the `knowledge` the caller runs, not one in
    the working folder (`python -m` would put that first on the path)."""
    elsewhere = tmp_path / "checkout"
    (elsewhere / "knowledge").mkdir(parents=True)
    (elsewhere / "knowledge" / "__init__.py").write_text("raise SystemExit('another knowledge package')\n")
    (elsewhere / "knowledge" / "cache.py").write_text("raise SystemExit('another knowledge package')\n")
    monkeypatch.chdir(elsewhere)
    key = source_key(folder)
    (tmp_path / "staging").mkdir()
    built_here = cache.build_elsewhere(folder, None, tmp_path / "staging", key, background=False)
    assert verify(built_here, key)


def test_a_file_emptied_while_digested_is_an_unreadable_file_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shrinking"
    path.write_bytes(b"")
    real = os.fstat

    class _Measured:  # as measured a moment before it was emptied
        def __init__(self, fd: int) -> None:
            self.st_size = real(fd).st_size + 100

    monkeypatch.setattr(cache.os, "fstat", _Measured)
    with pytest.raises(OSError, match="changed while it was read"):
        cache._sha256(path)
