#!/usr/bin/env python3
"""Runs the `run:` steps of a workflow job, or of the composite action, in order, in a
fresh minimal Debian root, so that a prerequisite the steps forget fails here and not on
an editor's pull request.

    python3 .ci/fresh-root.py workflow .github/workflows/claims.yml lint
    python3 .ci/fresh-root.py action action.yml graph=Graph coverage-fail-under=100
    python3 .ci/fresh-root.py --list workflow .github/workflows/claims.yml lint

The root: `debootstrap --variant=minbase bookworm` from the Debian mirror, plus the
packages the job's container image (`swift:*-noble`) carries besides the toolchain
(IMAGE_PACKAGES, with bookworm's names) — except the build prerequisites, which the steps
must install themselves. It is built once and cached under /var/cache/claimgraph-fresh-root
(CLAIMGRAPH_ROOT_CACHE); each run gets its own copy-on-write view of it (an overlay in a
temporary folder, discarded afterwards). Into that view go: the host's Swift toolchain
(/opt/swift, bind-mounted read-only), the repository's files (tracked and untracked, not
ignored: what a checkout gives), the host's SwiftPM repository cache (the package
dependencies, when GitHub is not reachable) and /etc/resolv.conf. Nothing else of the host.

Each `run:` step runs as GitHub runs it in a container (`bash -e`, as root, in the
workspace), with the workflow's, job's and step's `env:`; `${{ inputs.NAME }}`,
`${{ env.NAME }}`, `${{ steps.ID.outputs.NAME }}` and `${{ github.action_path }}` are
substituted. `actions/cache` is done with a folder of this machine (CACHE/actions: restored
by key or restore-keys, saved after the job, as on GitHub); other `uses:` steps cannot run
here and are listed as skipped (checkout: the files are already there; the workflow's
`actions/cache/restore` finds nothing, as a cache miss does, so its build starts cold). Exit status: that of the first failing step, else 0.
Needs root (mount, chroot) and debootstrap (bash .ci/setup installs it).
"""

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import yaml

SUITE = "bookworm"
MIRROR = os.environ.get("CLAIMGRAPH_DEBIAN_MIRROR", "http://deb.debian.org/debian")
CACHE = os.environ.get("CLAIMGRAPH_ROOT_CACHE", "/var/cache/claimgraph-fresh-root")
TOOLCHAIN = os.environ.get("CLAIMGRAPH_TOOLCHAIN", "/opt/swift")

# The swift:6.x-noble image's own packages (its Dockerfile's `apt-get install`), by
# bookworm's names, less libxml2-dev and pkg-config: the image has them too, but the steps
# install them (.ci/install-prerequisites), and a root without them proves it.
IMAGE_PACKAGES = [
    "binutils", "ca-certificates", "git", "gnupg2", "libc6-dev", "libcurl4-openssl-dev",
    "libedit2", "libgcc-12-dev", "libncurses-dev", "libpython3-dev", "libsqlite3-0",
    "libstdc++-12-dev", "libxml2", "libz3-dev", "tzdata", "unzip", "zip", "zlib1g-dev",
]

# Where the repository is checked out in the root (GitHub's container workspace).
WORKSPACE = "/__w/claimgraph/claimgraph"
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def log(message):
    print(f"fresh-root: {message}", flush=True)


def cached_root():
    """The cached minimal root for SUITE and IMAGE_PACKAGES, built on first use."""
    key = hashlib.sha256(f"{SUITE} {MIRROR} {' '.join(IMAGE_PACKAGES)}".encode()).hexdigest()
    root = os.path.join(CACHE, f"{SUITE}-{key[:12]}")
    if os.path.exists(os.path.join(root, ".complete")):
        return root
    if shutil.which("debootstrap") is None:
        sys.exit("fresh-root: debootstrap is missing (bash .ci/setup installs it)")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(CACHE, exist_ok=True)
    partial = root + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    log(f"building the {SUITE} root in {root} (once)")
    start = time.monotonic()
    subprocess.run(
        ["debootstrap", "--variant=minbase", "--include=" + ",".join(IMAGE_PACKAGES),
         SUITE, partial, MIRROR],
        check=True, stdout=subprocess.DEVNULL)
    # What a container image leaves out: apt's downloaded packages and lists.
    subprocess.run(["chroot", partial, "apt-get", "clean"], check=True)
    shutil.rmtree(os.path.join(partial, "var/lib/apt/lists"), ignore_errors=True)
    os.makedirs(os.path.join(partial, "var/lib/apt/lists/partial"))
    os.rename(partial, root)
    open(os.path.join(root, ".complete"), "w").close()
    log(f"built the root in {time.monotonic() - start:.0f} s")
    return root


def substitute(text, context):
    """Replaces each `${{ … }}` whose expression `context` knows; fails on any other."""
    def value(match):
        expression = match.group(1)
        if expression not in context:
            raise SystemExit(f"fresh-root: cannot evaluate ${{{{ {expression} }}}} here")
        return context[expression]
    return EXPRESSION.sub(value, str(text))


def workflow_steps(path, job_name):
    """The job's steps and environment (the workflow's `env:` and the job's)."""
    with open(path, encoding="utf-8") as file:
        workflow = yaml.safe_load(file)
    job = workflow["jobs"][job_name]
    environment = {**(workflow.get("env") or {}), **(job.get("env") or {})}
    context = {f"env.{name}": str(value) for name, value in environment.items()}
    return job["steps"], environment, context


def action_steps(path, inputs):
    """The composite action's steps, with its inputs' defaults overridden by `inputs`."""
    with open(path, encoding="utf-8") as file:
        action = yaml.safe_load(file)
    declared = action.get("inputs") or {}
    unknown = set(inputs) - set(declared)
    if unknown:
        raise SystemExit(f"fresh-root: the action has no input {', '.join(sorted(unknown))}")
    # A local action (`uses: ./`) has no ref: its key then rests on its sources alone.
    context = {"github.action_path": WORKSPACE, "github.action_ref": ""}
    for name, spec in declared.items():
        default = (spec or {}).get("default", "")
        context[f"inputs.{name}"] = str(inputs.get(name, default))
    return action["runs"]["steps"], {}, context


def copy_repository(source, destination):
    """The repository's files as a checkout has them: tracked and untracked, not ignored."""
    listed = subprocess.run(
        ["git", "-C", source, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        check=True, capture_output=True).stdout.split(b"\0")
    for name in filter(None, (entry.decode() for entry in listed)):
        origin = os.path.join(source, name)
        if not os.path.lexists(origin):
            continue  # deleted in the working tree
        target = os.path.join(destination, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy2(origin, target, follow_symlinks=False)


class FreshRoot:
    """A copy-on-write view of the cached root with the toolchain and the repository."""

    def __init__(self, repository):
        self.repository = repository
        self.mounts = []

    def __enter__(self):
        lower = cached_root()
        self.folder = tempfile.mkdtemp(prefix="claimgraph-fresh-root-")
        upper, work, self.path = (os.path.join(self.folder, name) for name in ("upper", "work", "root"))
        for folder in (upper, work, self.path):
            os.makedirs(folder)
        self.mount(["-t", "overlay", "overlay", "-o",
                    f"lowerdir={lower},upperdir={upper},workdir={work}"], self.path)
        self.mount(["-t", "proc", "proc"], self.inside("/proc"))
        self.mount(["--rbind", "/dev"], self.inside("/dev"))
        toolchain = self.inside(TOOLCHAIN)
        os.makedirs(toolchain, exist_ok=True)
        self.mount(["--bind", "-o", "ro", TOOLCHAIN], toolchain)
        shutil.copy("/etc/resolv.conf", self.inside("/etc/resolv.conf"))
        swiftpm = os.path.expanduser("~/.cache/org.swift.swiftpm")
        if os.path.isdir(swiftpm):
            shutil.copytree(swiftpm, self.inside("/root/.cache/org.swift.swiftpm"), symlinks=True)
        copy_repository(self.repository, self.inside(WORKSPACE))
        os.makedirs(self.inside("/__w/_temp"))
        return self

    def inside(self, path):
        return os.path.join(self.path, path.lstrip("/"))

    def mount(self, arguments, target):
        os.makedirs(target, exist_ok=True)
        subprocess.run(["mount", *arguments, target], check=True)
        self.mounts.append(target)

    def __exit__(self, *_):
        for target in reversed(self.mounts):
            subprocess.run(["umount", "--lazy", "--recursive", target], check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def run(self, script, environment, shell):
        """Runs `script` as a `run:` step in a container, in the workspace: `bash -e`, or
        with `shell: bash`, `bash --noprofile --norc -eo pipefail`."""
        variables = {
            "PATH": f"{TOOLCHAIN}/usr/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "HOME": "/root", "CI": "true", "GITHUB_ACTIONS": "true",
            "GITHUB_WORKSPACE": WORKSPACE, "GITHUB_ACTION_PATH": WORKSPACE,
            "RUNNER_TEMP": "/__w/_temp", "LANG": "C.UTF-8",
            **{name: f"/__w/_temp/{name.lower()}" for name in
               ("GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STEP_SUMMARY")},
            **environment,
        }
        options = ["-e"] if shell is None else ["--noprofile", "--norc", "-eo", "pipefail"]
        command = ["chroot", self.path, "/usr/bin/env", "-i",
                   *(f"{name}={value}" for name, value in variables.items()),
                   "bash", *options, "-c", f"cd {WORKSPACE} && {{\n{script}\n}}"]
        return subprocess.run(command).returncode


def is_cache(step):
    """Whether the step is `actions/cache` (restore, then save after the job)."""
    return str(step.get("uses", "")).startswith("actions/cache@")


def restore_cache(root, step, context):
    """Does what `actions/cache` does, with a folder of this machine as the cache
    (CACHE/actions): restores the entry of the exact key, or else the newest whose key
    starts with one of `restore-keys`; returns the post step, which saves the path under
    the key when it was not restored exactly."""
    options = step.get("with") or {}
    key = substitute(options["key"], context)
    path = substitute(options["path"], context)
    prefixes = [substitute(line, context) for line in
                str(options.get("restore-keys", "")).splitlines() if line.strip()]
    inside = root.inside("/root" + path[1:] if path.startswith("~") else path)
    store = os.path.join(CACHE, "actions")
    entries = sorted(os.listdir(store), key=lambda name: os.path.getmtime(os.path.join(store, name)),
                     reverse=True) if os.path.isdir(store) else []
    found = key if key in entries else next(
        (entry for prefix in prefixes for entry in entries if entry.startswith(prefix)), None)
    if found:
        shutil.copytree(os.path.join(store, found), inside, symlinks=True, dirs_exist_ok=True)
        log(f"restored {path} from the cache entry {found}")
    else:
        log(f"no cache entry for {key}")

    def save():
        if found == key:
            return
        if os.path.isdir(inside):
            target = os.path.join(store, key)
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(inside, target, symlinks=True)
            log(f"saved {path} as the cache entry {key}")
    return save


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print the steps; run nothing")
    parser.add_argument("kind", choices=["workflow", "action"])
    parser.add_argument("file")
    parser.add_argument("rest", nargs="*", help="workflow: the job; action: NAME=VALUE inputs")
    arguments = parser.parse_args()
    repository = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
    if arguments.kind == "workflow":
        if len(arguments.rest) != 1:
            parser.error("name one job of the workflow")
        steps, environment, context = workflow_steps(arguments.file, arguments.rest[0])
    else:
        inputs = dict(item.split("=", 1) for item in arguments.rest)
        steps, environment, context = action_steps(arguments.file, inputs)

    planned = []
    for number, step in enumerate(steps, 1):
        name = step.get("name") or step.get("uses") or step.get("run", "").splitlines()[0]
        if "run" in step:
            if "if" in step:
                raise SystemExit(f"fresh-root: step {number} ({name}) has an `if:`; it cannot run here")
            if step.get("shell", "bash") != "bash" or "working-directory" in step:
                raise SystemExit(f"fresh-root: step {number} ({name}): only bash in the workspace runs here")
        planned.append((number, name, step))

    if arguments.list:
        for number, name, step in planned:
            print(f"{number}. {name}: " + (step["run"].strip() if "run" in step else
                                           "restored and saved here" if is_cache(step) else
                                           "skipped (uses:)"))
        return 0

    if os.geteuid() != 0:
        raise SystemExit("fresh-root: needs root (mount and chroot)")
    saves = []
    with FreshRoot(repository) as root:
        for number, name, step in planned:
            if is_cache(step):
                log(f"step {number}: {name}")
                saves.append(restore_cache(root, step, context))
                continue
            if "run" not in step:
                log(f"step {number}: {name}: skipped (uses:)")
                continue
            log(f"step {number}: {name}")
            step_environment = {**environment, **(step.get("env") or {})}
            step_environment = {key: substitute(value, context)
                                for key, value in step_environment.items()}
            outputs = root.inside("/__w/_temp/github_output")
            open(outputs, "w").close()
            start = time.monotonic()
            status = root.run(substitute(step["run"], context), step_environment, step.get("shell"))
            log(f"step {number}: exit {status} after {time.monotonic() - start:.0f} s")
            if status != 0:
                log(f"step {number} ({name}) failed")
                return status
            for line in open(outputs, encoding="utf-8").read().splitlines():
                if "=" in line and "id" in step:
                    key, value = line.split("=", 1)
                    context[f"steps.{step['id']}.outputs.{key}"] = value
        # The caches' post steps, after a job that succeeded.
        for save in saves:
            save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
