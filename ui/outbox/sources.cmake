# 送信 page: the outbox for the clerk and the supervisor (docs/outbox.md).
# Included by ui/CMakeLists.txt.
target_sources(kakanai_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/OutboxPage.h ${CMAKE_CURRENT_LIST_DIR}/OutboxPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OutboxStatusBadge.h ${CMAKE_CURRENT_LIST_DIR}/OutboxStatusBadge.cpp
)
