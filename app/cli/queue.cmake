# kakanai-cli queue …  (included by app/CMakeLists.txt): the ticket queue of
# the office store (core/queue), for scripts, RPA tools and checks.
target_sources(kakanai-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/QueueCommand.h ${CMAKE_CURRENT_LIST_DIR}/QueueCommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/QueueCommandSupport.h
  ${CMAKE_CURRENT_LIST_DIR}/QueueSetupCommand.h ${CMAKE_CURRENT_LIST_DIR}/QueueSetupCommand.cpp)
