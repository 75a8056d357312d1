# kakanai-cli keys …  (included by app/CMakeLists.txt)
target_sources(kakanai-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/KeysCommand.h ${CMAKE_CURRENT_LIST_DIR}/KeysCommand.cpp)
target_link_libraries(kakanai-cli PRIVATE PkgConfig::SODIUM)
