# core/forms: form definitions as data, 手続ナビ, the visit and its record
# (docs/forms.md, docs/record-format.md). Included from core/CMakeLists.txt.
target_sources(kakanai_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Binding.h ${CMAKE_CURRENT_LIST_DIR}/Binding.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DefinitionProblem.h ${CMAKE_CURRENT_LIST_DIR}/DefinitionProblem.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FieldSource.h ${CMAKE_CURRENT_LIST_DIR}/FieldSource.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FieldState.h
  ${CMAKE_CURRENT_LIST_DIR}/FieldType.h ${CMAKE_CURRENT_LIST_DIR}/FieldType.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FieldValidator.h ${CMAKE_CURRENT_LIST_DIR}/FieldValidator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FormDefinition.h
  ${CMAKE_CURRENT_LIST_DIR}/FormDefinitionLoader.h ${CMAKE_CURRENT_LIST_DIR}/FormDefinitionLoader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FormField.h
  ${CMAKE_CURRENT_LIST_DIR}/FormLibrary.h ${CMAKE_CURRENT_LIST_DIR}/FormLibrary.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HouseholdMember.h ${CMAKE_CURRENT_LIST_DIR}/HouseholdMember.cpp
  ${CMAKE_CURRENT_LIST_DIR}/IndividualNumber.h ${CMAKE_CURRENT_LIST_DIR}/IndividualNumber.cpp
  ${CMAKE_CURRENT_LIST_DIR}/JsonChecker.h ${CMAKE_CURRENT_LIST_DIR}/JsonChecker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LifeEventNavi.h ${CMAKE_CURRENT_LIST_DIR}/LifeEventNavi.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LocalizedText.h
  ${CMAKE_CURRENT_LIST_DIR}/PrintLayout.h
  ${CMAKE_CURRENT_LIST_DIR}/Record.h ${CMAKE_CURRENT_LIST_DIR}/Record.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RecordView.h ${CMAKE_CURRENT_LIST_DIR}/RecordView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SourceCatalog.h ${CMAKE_CURRENT_LIST_DIR}/SourceCatalog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Validation.h
  ${CMAKE_CURRENT_LIST_DIR}/Visit.h ${CMAKE_CURRENT_LIST_DIR}/Visit.cpp ${CMAKE_CURRENT_LIST_DIR}/VisitDraft.cpp
)

# The built-in definitions, compiled in: :/kakanai/forms/<id>.json and
# :/kakanai/navi/life-events.json. A municipality's own files live in the
# override folder instead (FormLibrary::load, LifeEventNavi::load).
file(GLOB kakanai_form_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/forms/*.json)
qt_add_resources(kakanai_core kakanai_forms
  PREFIX /kakanai/forms
  BASE ${PROJECT_SOURCE_DIR}/resources/forms
  FILES ${kakanai_form_files})
qt_add_resources(kakanai_core kakanai_navi
  PREFIX /kakanai/navi
  BASE ${PROJECT_SOURCE_DIR}/resources/navi
  FILES ${PROJECT_SOURCE_DIR}/resources/navi/life-events.json)
