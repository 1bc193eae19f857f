#!/usr/bin/python3
"""Makes the checked-in fixtures that only LibreOffice can write: password-
protected .ods (and an encrypted .xlsx, see encrypt_ooxml), a BIFF8 .xls and an .xlsx saved by Calc with
real error cells. Run once by hand (not by the tests); needs Debian's
python3-uno and python3-msoffcrypto-tool (`apt-get install python3-uno
python3-msoffcrypto-tool`), hence /usr/bin/python3.

usage: /usr/bin/python3 tests/hostile/make_fixtures.py

The sources are the same generated workbooks make_corpus.py uses
(`make_corpus.py --fods-for-fixtures DIR`); the password is "hostile".
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures")
sys.path.insert(0, HERE)
import make_corpus  # noqa: E402

FILTERS = {".ods": "calc8", ".xlsx": "Calc MS Excel 2007 XML", ".xls": "MS Excel 97"}


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


# ---- an encrypted .xlsx (LibreOffice 7.4 cannot write one) ------------------------
#
# ECMA-376 "standard encryption" (AES-128, SHA-1, 50,000 rounds): the zip is
# encrypted into the EncryptedPackage stream of an OLE compound file beside an
# EncryptionInfo stream; the key derivation is msoffcrypto-tool's (python3-
# msoffcrypto-tool), which also decrypts the result to check it.

FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def compound_file(streams):
    """An OLE compound file (v3, 512-byte sectors) holding the given
    {name: bytes} streams under its root; streams under 4096 bytes go into the
    mini stream, as the format requires."""
    import struct
    names = list(streams)
    mini, mini_fat, big = bytearray(), [], []
    starts = {}
    for name in names:
        data = streams[name]
        if len(data) < 4096:
            first = len(mini) // 64
            count = max(1, -(-len(data) // 64))
            starts[name] = first
            mini_fat += [first + i + 1 for i in range(count - 1)] + [END]
            mini += data + b"\0" * (count * 64 - len(data))
        else:
            big.append(name)
    # sector plan: directory, mini FAT, mini stream, big streams, then the FAT at the end
    sectors = []          # list of (bytes of one 512-byte sector)
    fat = []

    def add_chain(data):
        count = max(1, -(-len(data) // 512))
        first = len(sectors)
        for i in range(count):
            sectors.append(bytes(data[i * 512:(i + 1) * 512]).ljust(512, b"\0"))
            fat.append(first + i + 1 if i < count - 1 else END)
        return first

    dir_entries = 1 + len(names)
    directory_sector = None
    directory_placeholder = b"\0" * (128 * -(-dir_entries // 4) * 4)
    directory_sector = add_chain(directory_placeholder)
    minifat_bytes = b"".join(struct.pack("<I", x) for x in mini_fat)
    minifat_bytes += struct.pack("<I", FREE) * ((-len(minifat_bytes) // 4) % 128)
    minifat_sector = add_chain(minifat_bytes) if mini_fat else END
    ministream_sector = add_chain(bytes(mini)) if mini else END
    for name in big:
        starts[name] = add_chain(streams[name])
    # the FAT itself
    n_fat = 1
    while (len(sectors) + n_fat) > n_fat * 128:
        n_fat += 1
    fat_first = len(sectors)
    fat += [FATSECT] * n_fat
    fat += [FREE] * (n_fat * 128 - len(fat))
    fat_bytes = b"".join(struct.pack("<I", x) for x in fat)
    for i in range(n_fat):
        sectors.append(fat_bytes[i * 512:(i + 1) * 512])

    def entry(name, kind, child, left, right, start, size):
        raw = name.encode("utf-16-le")
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw) + 2, kind, 1)
                + struct.pack("<III", left, right, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
                + struct.pack("<IQ", start, size))

    # a degenerate but valid tree: root -> first stream, each next stream as the right sibling,
    # in the format's order (shorter names first, then upper-cased comparison)
    ordered = sorted(names, key=lambda n: (len(n), n.upper()))
    ids = {n: i + 1 for i, n in enumerate(ordered)}
    entries = [entry("Root Entry", 5, ids[ordered[0]], FREE, FREE, ministream_sector, len(mini))]
    for i, n in enumerate(ordered):
        right = ids[ordered[i + 1]] if i + 1 < len(ordered) else FREE
        entries.append(entry(n, 2, FREE, FREE, right, starts[n], len(streams[n])))
    dir_bytes = b"".join(entries)
    dir_bytes += (b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", FREE, FREE, FREE)
                  + b"\0" * 52) * ((-len(entries)) % 4)
    sectors[directory_sector] = dir_bytes[:512]
    difat = [fat_first + i for i in range(n_fat)] + [FREE] * (109 - n_fat)
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIII", 0, n_fat, directory_sector, 0)
              + struct.pack("<IIIII", 4096, minifat_sector, 1 if mini_fat else 0, END, 0)
              + b"".join(struct.pack("<I", x) for x in difat))
    assert len(header) == 512
    return header + b"".join(sectors)


def encrypt_ooxml(package, password):
    import hashlib
    import struct
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from msoffcrypto.method.ecma376_standard import ECMA376Standard
    salt = os.urandom(16)
    key = ECMA376Standard.makekey_from_password(password, 0x660E, 0x8004, 0x18, 128, 16, salt)
    aes = Cipher(algorithms.AES(key), modes.ECB())

    def ecb(data):
        e = aes.encryptor()
        return e.update(data) + e.finalize()

    verifier = os.urandom(16)
    verifier_hash = hashlib.sha1(verifier).digest().ljust(32, b"\0")
    csp = "Microsoft Enhanced RSA and AES Cryptographic Provider\0".encode("utf-16-le")
    header = struct.pack("<IIIIIIII", 0x24, 0, 0x660E, 0x8004, 128, 0x18, 0, 0) + csp
    info = (struct.pack("<HHI", 3, 2, 0x24) + struct.pack("<I", len(header)) + header
            + struct.pack("<I", 16) + salt + ecb(verifier) + struct.pack("<I", 20) + ecb(verifier_hash))
    padded = package + b"\0" * ((-len(package)) % 16)
    encrypted = struct.pack("<Q", len(package)) + ecb(padded)
    return compound_file({"EncryptionInfo": info, "EncryptedPackage": encrypted})


def check_decrypts(path, password, original):
    import io
    import msoffcrypto
    with open(path, "rb") as f:
        office = msoffcrypto.OfficeFile(f)
        office.load_key(password=password)
        out = io.BytesIO()
        office.decrypt(out)
    assert out.getvalue() == original, "the encrypted .xlsx does not decrypt to its package"


def main():
    work = tempfile.mkdtemp(prefix="pmocalc-fixtures-")
    sources = os.path.join(work, "src")
    make_corpus.main(["--fods-for-fixtures", sources])
    pipe = "pmocalc_hostile_fixtures_%d" % os.getpid()
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.join(work, "profile")),
                               "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise SystemExit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        os.makedirs(FIXTURES, exist_ok=True)
        for name, (_, how) in make_corpus.FIXTURE_SOURCES.items():
            source = os.path.join(sources, name + ".fods")
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0,
                                               (prop("Hidden", True),))
            doc.calculateAll()
            args = [prop("FilterName", FILTERS[os.path.splitext(name)[1]]), prop("Overwrite", True)]
            target = os.path.join(FIXTURES, name)
            if how == "password" and name.endswith(".xlsx"):
                plain = os.path.join(work, name)
                doc.storeToURL(uno.systemPathToFileUrl(plain), tuple(args))
                with open(plain, "rb") as f:
                    package = f.read()
                with open(target, "wb") as f:
                    f.write(encrypt_ooxml(package, "hostile"))
                check_decrypts(target, "hostile", package)
            else:
                if how == "password":
                    args.append(prop("Password", "hostile"))
                doc.storeToURL(uno.systemPathToFileUrl(target), tuple(args))
            doc.close(True)
            os.chmod(target, 0o644)
            print(name, os.path.getsize(target))
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
