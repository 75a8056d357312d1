# kakanai-cli form fill …  (included by app/CMakeLists.txt). Rendering needs QtGui
# (kakanai_print); main.cpp starts a QGuiApplication for this command only.
target_sources(kakanai-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/FormCommand.h ${CMAKE_CURRENT_LIST_DIR}/FormCommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InputFiles.h ${CMAKE_CURRENT_LIST_DIR}/InputFiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/VisitCommand.h ${CMAKE_CURRENT_LIST_DIR}/VisitCommand.cpp)
target_link_libraries(kakanai-cli PRIVATE kakanai_print)
target_compile_definitions(kakanai-cli PRIVATE KAKANAI_CLI_HAS_FORM=1)
