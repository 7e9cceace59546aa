# Sourced by scripts/test.sh and scripts/kernel-test.sh: sets and exports NNS_TEST_DATA, the
# directory with mnist/ (the four official files) and mnist-train-5k/ (5,000 training images).
# Default: ../shared/data beside the checkout when it exists, else ./data (where
# scripts/demo.sh puts MNIST); a missing mnist-train-5k/ is made from the full training set.
if [ -z "${NNS_TEST_DATA:-}" ]; then
    if [ -d ../shared/data/mnist ]; then NNS_TEST_DATA="$(cd ../shared/data && pwd)"; else NNS_TEST_DATA="$PWD/data"; fi
fi
export NNS_TEST_DATA
if [ ! -f "$NNS_TEST_DATA/mnist/t10k-images-idx3-ubyte.gz" ]; then
    echo "no MNIST in $NNS_TEST_DATA/mnist — run scripts/demo.sh once (it downloads MNIST)" \
         "or set NNS_TEST_DATA to a directory with mnist/ in it" >&2
    exit 1
fi
if [ ! -f "$NNS_TEST_DATA/mnist-train-5k/train-images-idx3-ubyte.gz" ]; then
    python3 scripts/make_subset.py "$NNS_TEST_DATA/mnist" "$NNS_TEST_DATA/mnist-train-5k" 500
fi
