# kakanai_add_test(NAME <name> SOURCES <files...> LIBS <libs...> LABELS <labels...>
#                  [ENV <VAR=value...>] [RESOURCE_LOCK <names...>] [TIMEOUT <s>])
# One Qt Test executable per test class; registered with CTest under its labels.

# A test that ran QSKIP is reported by CTest as "Skipped", not "Passed": Qt
# Test's closing line counts the skips. Only when nothing failed, because CTest
# lets a skip match win over a non-zero exit code (a skip plus a failure must
# stay a failure). Set on every Qt Test executable, also those added without
# kakanai_add_test (tests/keychain).
set(KAKANAI_QTEST_SKIP_REGEX "Totals: [0-9]+ passed, 0 failed, [1-9][0-9]* skipped")

function(kakanai_add_test)
  cmake_parse_arguments(arg "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV;RESOURCE_LOCK" ${ARGN})
  add_executable(${arg_NAME} ${arg_SOURCES})
  target_link_libraries(${arg_NAME} PRIVATE Qt6::Test kakanai_options ${arg_LIBS})
  add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
  set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8"
          "KAKANAI_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "KAKANAI_BINARY_DIR=${PROJECT_BINARY_DIR}"
          ${arg_ENV})
  set_tests_properties(${arg_NAME} PROPERTIES LABELS "${arg_LABELS}" ENVIRONMENT "${env}"
                       SKIP_REGULAR_EXPRESSION "${KAKANAI_QTEST_SKIP_REGEX}")
  if(arg_RESOURCE_LOCK)
    set_tests_properties(${arg_NAME} PROPERTIES RESOURCE_LOCK "${arg_RESOURCE_LOCK}")
  endif()
  if(arg_TIMEOUT)
    set_tests_properties(${arg_NAME} PROPERTIES TIMEOUT ${arg_TIMEOUT})
  else()
    set_tests_properties(${arg_NAME} PROPERTIES TIMEOUT 120)
  endif()
endfunction()
