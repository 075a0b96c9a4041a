"""Writing a generated Swift file, or with --check only verifying it is current; shared by
scripts/gen-l10n.py and scripts/gen-letters.py."""
import sys


def write_or_check(path, generated):
    if "--check" in sys.argv:
        with open(path, encoding="utf-8") as f:
            if f.read() != generated:
                sys.exit(f"{path} is out of date")
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write(generated)
