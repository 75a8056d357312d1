# core/security: staff accounts, roles, the audit log, idle lock.
target_sources(kakanai_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AuditLog.h ${CMAKE_CURRENT_LIST_DIR}/AuditLog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/IdleMonitor.h ${CMAKE_CURRENT_LIST_DIR}/IdleMonitor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PasswordHasher.h ${CMAKE_CURRENT_LIST_DIR}/PasswordHasher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Roles.h ${CMAKE_CURRENT_LIST_DIR}/Roles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SessionController.h ${CMAKE_CURRENT_LIST_DIR}/SessionController.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StaffDirectory.h ${CMAKE_CURRENT_LIST_DIR}/StaffDirectory.cpp
)
