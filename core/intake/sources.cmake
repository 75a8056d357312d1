# core/intake: the application layer of a visit (IntakeSession) and its drafts.
target_sources(kakanai_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DraftStore.h ${CMAKE_CURRENT_LIST_DIR}/DraftStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Housekeeping.h ${CMAKE_CURRENT_LIST_DIR}/Housekeeping.cpp
  ${CMAKE_CURRENT_LIST_DIR}/IntakeSession.h ${CMAKE_CURRENT_LIST_DIR}/IntakeSession.cpp
)
