# Warnings and hardening for every target of ours, applied through one
# interface library so third-party code is not affected. Qt's headers come in
# through imported targets, i.e. as system headers: their warnings stay quiet.
option(KAKANAI_WERROR "Treat warnings in our code as errors (the dev and ci presets, scripts/lib/build.sh)" OFF)

add_library(kakanai_options INTERFACE)
target_compile_options(kakanai_options INTERFACE
  -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Wpedantic
  $<$<COMPILE_LANGUAGE:CXX>:-Wold-style-cast -Woverloaded-virtual> -Wformat=2
  -fstack-protector-strong)
if(KAKANAI_WERROR)
  target_compile_options(kakanai_options INTERFACE -Werror)
endif()
target_compile_definitions(kakanai_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>
  # Every build but Debug (RelWithDebInfo is what run.sh, the tests and the
  # Debian package use) drops qDebug()/qCDebug() entirely: no debug output can
  # carry personal data from a counter PC.
  $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)
target_link_options(kakanai_options INTERFACE -Wl,-z,relro,-z,now)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(KAKANAI_SANITIZE)
  target_compile_options(kakanai_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(kakanai_options INTERFACE -fsanitize=address,undefined)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
  set(CMAKE_C_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()
