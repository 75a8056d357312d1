# Shared by run.sh and test.sh: configure and build into $KAKANAI_BUILD_DIR
# (default: build/ in the checkout) with Ninja and ccache.
kakanai_build() {
  local root=$1; shift
  local build=${KAKANAI_BUILD_DIR:-$root/build}
  export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${KAKANAI_BUILD_TYPE:-RelWithDebInfo}" \
        ${KAKANAI_CMAKE_ARGS:-} >/dev/null
  cmake --build "$build" --parallel "$(nproc)" "$@"
}
