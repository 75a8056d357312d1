# kakanai-cli stats …  (included by app/CMakeLists.txt): wait-time statistics
# and the tickets' CSV (core/queue).
target_sources(kakanai-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/StatsCommand.h ${CMAKE_CURRENT_LIST_DIR}/StatsCommand.cpp)
