# Shared by run.sh and test.sh: configure and build into $KAKANAI_BUILD_DIR
# (default: build/ in the checkout) with Ninja and ccache. Warnings are errors
# (KAKANAI_WERROR), as in the dev and ci presets; KAKANAI_CMAKE_ARGS may
# override it (-DKAKANAI_WERROR=OFF).
kakanai_build() {
  local root=$1; shift
  local build=${KAKANAI_BUILD_DIR:-$root/build}
  export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${KAKANAI_BUILD_TYPE:-RelWithDebInfo}" \
        -DKAKANAI_WERROR=ON \
        ${KAKANAI_CMAKE_ARGS:-} >/dev/null
  cmake --build "$build" --parallel "$(nproc)" "$@"
}
