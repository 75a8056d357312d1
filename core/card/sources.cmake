# core/card: the My Number card over PC/SC (included by core/CMakeLists.txt).
target_sources(kakanai_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ApduLog.h ${CMAKE_CURRENT_LIST_DIR}/ApduLog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BerTlv.h ${CMAKE_CURRENT_LIST_DIR}/BerTlv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CardHolder.h
  ${CMAKE_CURRENT_LIST_DIR}/CardSession.h ${CMAKE_CURRENT_LIST_DIR}/CardSession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CardTransport.h
  ${CMAKE_CURRENT_LIST_DIR}/FakeCardTransport.h ${CMAKE_CURRENT_LIST_DIR}/FakeCardTransport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MatchingCodeB.h ${CMAKE_CURRENT_LIST_DIR}/MatchingCodeB.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MyNumberCard.h ${CMAKE_CURRENT_LIST_DIR}/MyNumberCard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PcscErrors.h ${CMAKE_CURRENT_LIST_DIR}/PcscErrors.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PcscTransport.h ${CMAKE_CURRENT_LIST_DIR}/PcscTransport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReaderMonitor.h ${CMAKE_CURRENT_LIST_DIR}/ReaderMonitor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SecureBuffer.h ${CMAKE_CURRENT_LIST_DIR}/SecureBuffer.cpp
)
