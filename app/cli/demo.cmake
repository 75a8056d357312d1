# kakanai-cli demo simulate …  (included by app/CMakeLists.txt): simulated
# queue history (core/queue/HistorySimulator, docs/queue-simulation.md).
target_sources(kakanai-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DemoCommand.h ${CMAKE_CURRENT_LIST_DIR}/DemoCommand.cpp)
