# kakanai-cli prereg export …  (included by app/CMakeLists.txt). The citizen's
# page is compiled in, so the export works from the installed binary alone.
target_sources(kakanai-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PreRegCommand.h ${CMAKE_CURRENT_LIST_DIR}/PreRegCommand.cpp)
qt_add_resources(kakanai-cli prereg_page
  PREFIX /kakanai/prereg-page
  BASE ${PROJECT_SOURCE_DIR}/resources/prereg-page
  FILES
    ${PROJECT_SOURCE_DIR}/resources/prereg-page/index.html
    ${PROJECT_SOURCE_DIR}/resources/prereg-page/style.css
    ${PROJECT_SOURCE_DIR}/resources/prereg-page/jp.js
    ${PROJECT_SOURCE_DIR}/resources/prereg-page/codec.js
    ${PROJECT_SOURCE_DIR}/resources/prereg-page/app.js
    ${PROJECT_SOURCE_DIR}/resources/prereg-page/sw.js
    ${PROJECT_SOURCE_DIR}/resources/prereg-page/manifest.webmanifest
    ${PROJECT_SOURCE_DIR}/resources/prereg-page/icon.svg
    ${PROJECT_SOURCE_DIR}/resources/prereg-page/README.md
    ${PROJECT_SOURCE_DIR}/resources/prereg-page/vendor/qrcode.js
    ${PROJECT_SOURCE_DIR}/resources/prereg-page/vendor/LICENSE-qrcode-generator.txt
    ${PROJECT_SOURCE_DIR}/resources/prereg-page/vendor/README.md)
