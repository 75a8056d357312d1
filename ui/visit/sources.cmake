# The visit screen (手続ナビ, pre-filled forms, print, complete); used by intake/IntakePage.
target_sources(kakanai_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/NaviPanel.h ${CMAKE_CURRENT_LIST_DIR}/NaviPanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FieldRow.h ${CMAKE_CURRENT_LIST_DIR}/FieldRow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/VisitEditor.h ${CMAKE_CURRENT_LIST_DIR}/VisitEditor.cpp)
