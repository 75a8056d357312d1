# core/jp: Japanese text rules (和暦, kana, postal codes, phone numbers, names).
# Included from core/CMakeLists.txt (foreach(area … jp)).
target_sources(kakanai_core PRIVATE
  jp/IcuString.h
  jp/Wareki.h jp/Wareki.cpp
  jp/JapaneseDate.h jp/JapaneseDate.cpp
  jp/KanaNormalizer.h jp/KanaNormalizer.cpp
  jp/PostalCode.h jp/PostalCode.cpp
  jp/PhoneNumber.h jp/PhoneNumber.cpp
  jp/PersonName.h jp/PersonName.cpp
)

# ICU: Transliterator, Normalizer2 and the Japanese calendar. Guarded so that
# another area asking for ICU as well does not define the target twice.
if(NOT TARGET PkgConfig::ICU)
  pkg_check_modules(ICU REQUIRED IMPORTED_TARGET GLOBAL icu-uc icu-i18n)
endif()
target_link_libraries(kakanai_core PRIVATE PkgConfig::ICU)
