# kakanai-cli outbox …  (included by app/CMakeLists.txt)
target_sources(kakanai-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/OutboxCommand.h ${CMAKE_CURRENT_LIST_DIR}/OutboxCommand.cpp)
