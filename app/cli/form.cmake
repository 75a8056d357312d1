# kakanai-cli form fill …, visit complete …, qr …  (included by app/CMakeLists.txt). Rendering needs QtGui
# (kakanai_print); main.cpp starts a QGuiApplication for this command only.
target_sources(kakanai-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/FormCommand.h ${CMAKE_CURRENT_LIST_DIR}/FormCommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InputFiles.h ${CMAKE_CURRENT_LIST_DIR}/InputFiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/QrCommand.h ${CMAKE_CURRENT_LIST_DIR}/QrCommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/QrInput.h ${CMAKE_CURRENT_LIST_DIR}/QrInput.cpp
  ${CMAKE_CURRENT_LIST_DIR}/VisitCommand.h ${CMAKE_CURRENT_LIST_DIR}/VisitCommand.cpp)
# qr: QR images (kakanai_qr) and the format (kakanai_prereg, in kakanai_core).
target_link_libraries(kakanai-cli PRIVATE kakanai_print kakanai_qr)
target_compile_definitions(kakanai-cli PRIVATE KAKANAI_CLI_HAS_FORM=1)
