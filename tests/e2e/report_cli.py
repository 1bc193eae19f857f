"""What the end-to-end tests share: where things are, running pmocalc-report
(as this user or as the unprivileged one), and a test case with a private out
folder."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SAMPLE_EN = os.path.join(ROOT, "examples", "portfolio-sample-en.fods")
SAMPLE_JA = os.path.join(ROOT, "examples", "portfolio-sample-ja.fods")
BROKEN = os.path.join(HERE, "broken-en.fods")
REAL = os.path.join(ROOT, "tests", "real-workbooks", "evmtools-node")
RELATIVE = 1e-9
NOBODY = 65534

BUILD = None  # set by each test script from its command line


def tool(name):
    """A program of the build."""
    return os.path.join(BUILD, name)


def cli(*args, user=None, env=None, timeout=900):
    command = [tool("pmocalc-report")] + list(args)
    environment = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    environment.pop("LANGUAGE", None)
    environment.update(env or {})
    cwd = None
    if user is not None:
        # Another user can neither run a program nor enter a folder inside a
        # private one: give it its own copy of the program and its own folder.
        private = tempfile.mkdtemp(prefix="pmocalc-e2e-user-")
        os.chmod(private, 0o755)
        program = os.path.join(private, "pmocalc-report")
        shutil.copy2(tool("pmocalc-report"), program)
        command = ["setpriv", "--reuid=%d" % user, "--regid=%d" % user, "--clear-groups",
                   "env", "HOME=" + private, program] + list(args)
        cwd = private
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=environment, cwd=cwd)


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= RELATIVE * max(1.0, abs(a), abs(b))


def readable_copy(source, folder, name=None):
    """A copy of `source` in `folder` that every user may read."""
    path = os.path.join(folder, name or os.path.basename(source))
    shutil.copyfile(source, path)
    os.chmod(path, 0o644)
    return path


class ReportTestCase(unittest.TestCase):
    def setUp(self):
        self.out = tempfile.mkdtemp(prefix="pmocalc-e2e-")
        os.chmod(self.out, 0o777)

    def tearDown(self):
        shutil.rmtree(self.out, ignore_errors=True)

    def generate(self, path, *options, expect_ok=True, env=None):
        done = cli(path, "--out", self.out, *options, env=env)
        if expect_ok:
            self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        return done

    def output(self, path, extension):
        stem = os.path.splitext(os.path.basename(path))[0]
        return os.path.join(self.out, stem + "-report" + extension)

    def summary(self, path):
        with open(self.output(path, ".json"), encoding="utf-8") as f:
            return json.load(f)
