#!/usr/bin/env bash
# Prints the path of a Python virtual environment with the Jupyter clients of
# scripts/jupyter-requirements.txt, creating or updating it when needed (pip from PyPI).
# Where: $NNS_JUPYTER_VENV, else ${XDG_CACHE_HOME:-~/.cache}/nns/venv-jupyter (never inside the
# repository). Used by scripts/kernel-test.sh and scripts/bench.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
venv="${NNS_JUPYTER_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/nns/venv-jupyter}"
requirements=scripts/jupyter-requirements.txt
if [ ! -x "$venv/bin/python" ]; then
    mkdir -p "$(dirname "$venv")"
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then   # Debian's python3 needs python3-venv for this
        sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
        echo "jupyter-venv: installing python3-venv" >&2
        $sudo apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >/dev/null
        rm -rf "$venv"
        python3 -m venv "$venv"
    fi
fi
if ! cmp -s "$requirements" "$venv/.nns-requirements" 2>/dev/null; then
    echo "jupyter-venv: installing the Jupyter clients into $venv" >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" >&2
    cp "$requirements" "$venv/.nns-requirements"
fi
echo "$venv"
