# kakanai-cli card …  (included by app/CMakeLists.txt)
target_sources(kakanai-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/CardCommand.h ${CMAKE_CURRENT_LIST_DIR}/CardCommand.cpp)
