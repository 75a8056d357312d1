# core/outbox: completed records to the back office, exactly once
# (included by core/CMakeLists.txt). docs/outbox.md, docs/security.md.
target_sources(kakanai_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/BackoffPolicy.h ${CMAKE_CURRENT_LIST_DIR}/BackoffPolicy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CsvExport.h ${CMAKE_CURRENT_LIST_DIR}/CsvExport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CsvMapping.h ${CMAKE_CURRENT_LIST_DIR}/CsvMapping.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FakeHttpTransport.h ${CMAKE_CURRENT_LIST_DIR}/FakeHttpTransport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FileKeyProvider.h ${CMAKE_CURRENT_LIST_DIR}/FileKeyProvider.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HttpTransport.h ${CMAKE_CURRENT_LIST_DIR}/HttpTransport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/KeyProvider.h
  ${CMAKE_CURRENT_LIST_DIR}/KeychainKeyProvider.h ${CMAKE_CURRENT_LIST_DIR}/KeychainKeyProvider.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NetworkStatusWatcher.h ${CMAKE_CURRENT_LIST_DIR}/NetworkStatusWatcher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Outbox.h ${CMAKE_CURRENT_LIST_DIR}/Outbox.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OutboxConfig.h ${CMAKE_CURRENT_LIST_DIR}/OutboxConfig.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OutboxTypes.h
  ${CMAKE_CURRENT_LIST_DIR}/QtHttpTransport.h ${CMAKE_CURRENT_LIST_DIR}/QtHttpTransport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RandomSource.h ${CMAKE_CURRENT_LIST_DIR}/RandomSource.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RecordCipher.h ${CMAKE_CURRENT_LIST_DIR}/RecordCipher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RecordKeyBinding.h ${CMAKE_CURRENT_LIST_DIR}/RecordKeyBinding.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RecordDocument.h ${CMAKE_CURRENT_LIST_DIR}/RecordDocument.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RecordPurger.h ${CMAKE_CURRENT_LIST_DIR}/RecordPurger.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ResponseClassifier.h ${CMAKE_CURRENT_LIST_DIR}/ResponseClassifier.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SecretKey.h ${CMAKE_CURRENT_LIST_DIR}/SecretKey.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Uploader.h ${CMAKE_CURRENT_LIST_DIR}/Uploader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/UploaderLock.h ${CMAKE_CURRENT_LIST_DIR}/UploaderLock.cpp
)

# The record key in the OS keychain (KeychainKeyProvider); QtDBus, no QtGui.
find_package(Qt6Keychain REQUIRED)
target_link_libraries(kakanai_core PRIVATE Qt6Keychain::Qt6Keychain)

# The default column layout of the CSV export (docs/csv-mapping.md), read as
# ":/kakanai/csv/default-mapping.json"; administrators override it with a copy.
qt_add_resources(kakanai_core kakanai_csv_mapping
  PREFIX /kakanai/csv
  BASE ${PROJECT_SOURCE_DIR}/resources/csv
  FILES ${PROJECT_SOURCE_DIR}/resources/csv/default-mapping.json)
