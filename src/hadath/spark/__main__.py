"""``python -m hadath.spark code …`` (also the script to give spark-submit: absolute imports only)."""
import sys

from hadath.cli import main

if __name__ == "__main__":
    argv = sys.argv[1:]
    sys.exit(main(["spark", *argv] if argv[:1] != ["import"] else argv))
