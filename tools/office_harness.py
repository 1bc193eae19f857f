"""A throwaway LibreOffice profile with pmocalc installed, for tests and scripts.

unopkg refuses to run as root without --shared (which would change the system
installation), so when we are root every office command runs as the unprivileged
user `nobody` on a profile that user owns. A killed office leaves a .lock in its
profile; each Office gets a fresh profile, so that can never block a later run.
"""
import os
import shutil
import subprocess
import tempfile

PROGRAM_DIR = "/usr/lib/libreoffice/program"
NOBODY = 65534
CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76,1"

# Always recalculate xlsx/ods on load, so that a test never reads a cached value.
RECALC_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


class OfficeError(RuntimeError):
    pass


class Office:
    def __init__(self, oxt, workdir=None):
        self.root = tempfile.mkdtemp(prefix="pmocalc-office-", dir=workdir)
        os.chmod(self.root, 0o755)
        self.profile = os.path.join(self.root, "profile")
        self.home = os.path.join(self.root, "home")
        self.out = os.path.join(self.root, "out")
        self.tmp = os.path.join(self.root, "tmp")  # LibreOffice's own temporary files, removed with the rest
        for d in (self.profile, self.home, self.out, self.tmp, os.path.join(self.profile, "user")):
            os.makedirs(d, exist_ok=True)
        with open(os.path.join(self.profile, "user", "registrymodifications.xcu"), "w") as f:
            f.write(RECALC_SETTINGS)
        if os.geteuid() == 0:
            for d, _, files in os.walk(self.root):
                os.chown(d, NOBODY, NOBODY)
                for name in files:
                    os.chown(os.path.join(d, name), NOBODY, NOBODY)
        self._run([os.path.join(PROGRAM_DIR, "unopkg"), "add", self._profile_arg(), self.stage(oxt)])

    def _profile_arg(self):
        return "-env:UserInstallation=file://" + self.profile

    def _run(self, args, timeout=300):
        env = dict(os.environ, HOME=self.home, TMPDIR=self.tmp)
        env.pop("SAL_USE_VCLPLUGIN", None)
        if os.geteuid() == 0:
            args = ["setpriv", "--reuid=%d" % NOBODY, "--regid=%d" % NOBODY, "--clear-groups"] + args
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise OfficeError("%s failed (%d): %s%s" % (args[-1], done.returncode, done.stdout, done.stderr))
        return done

    def stage(self, path):
        """Copies an input where the office user can read it (a clone under /root is
        not readable by `nobody`); returns the copy's path."""
        staged = os.path.join(self.root, "in-" + os.path.basename(path))
        shutil.copyfile(path, staged)
        if os.geteuid() == 0:
            os.chown(staged, NOBODY, NOBODY)
        return staged

    def convert(self, path, target):
        """Loads `path` headless (recalculating it) and saves it as `target`
        ("xlsx", "pdf" or CSV_UTF8); returns the output path."""
        staged = self.stage(path)
        self._run([os.path.join(PROGRAM_DIR, "soffice"), "--headless", "--norestore", "--nologo",
                   self._profile_arg(), "--convert-to", target, "--outdir", self.out, staged])
        extension = target.split(":")[0]
        result = os.path.join(self.out, os.path.splitext(os.path.basename(staged))[0] + "." + extension)
        if not os.path.exists(result):
            raise OfficeError("LibreOffice wrote no %s for %s" % (extension, path))
        return result

    def close(self):
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
