# The areas of core and which area may link which: the one place where the
# module graph is written down (docs/development.md, "Areas of core", draws it).
#
# Every area is a static library kakanai_<area> made by kakanai_add_core_area()
# in core/<folder>/CMakeLists.txt. At the end of the configure step
# kakanai_check_core_graph() reads each area's LINK_LIBRARIES and
# INTERFACE_LINK_LIBRARIES and fails the configure step when
#   - an area links a kakanai_* target that is not in its allowed list below
#     (another area, ui, print, the test support, …),
#   - the links (or the allowed lists themselves) form a cycle,
#   - an area reaches Qt Gui or Widgets, directly or through anything it links
#     (cmake/CheckCoreNoGui.cmake).
#
# To let an area use another: add the edge here, then target_link_libraries()
# in the area's CMakeLists.txt. An edge that would close a cycle is refused:
# move the shared part down into an area both may use instead.

# Lowest first; an area may only name areas above it in this list.
set(KAKANAI_CORE_AREAS
  common store office jp card
  scan
  record forms prereg outbox_keys security
  outbox_queue outbox_http outbox_export
  queue board
  intake demo)

set(KAKANAI_CORE_ALLOWED_common        "")
set(KAKANAI_CORE_ALLOWED_store         common)
# office: the store shared by an office (SQLite or PostgreSQL); SqlStore and
# the SQLite error classes come from store.
set(KAKANAI_CORE_ALLOWED_office        common store)
set(KAKANAI_CORE_ALLOWED_jp            common)
set(KAKANAI_CORE_ALLOWED_card          common)
set(KAKANAI_CORE_ALLOWED_scan          common)
set(KAKANAI_CORE_ALLOWED_record        common)
set(KAKANAI_CORE_ALLOWED_forms         common jp card record)
set(KAKANAI_CORE_ALLOWED_prereg        common jp card forms)
set(KAKANAI_CORE_ALLOWED_outbox_keys   common)
# security -> outbox_keys: the audit checkpoint's MAC key is a subkey of the
# record key (AuditAnchor::macKey, RecordCipher::deriveKey).
set(KAKANAI_CORE_ALLOWED_security      common store outbox_keys)
set(KAKANAI_CORE_ALLOWED_outbox_queue  common store security record outbox_keys)
set(KAKANAI_CORE_ALLOWED_outbox_http   common outbox_keys outbox_queue)
set(KAKANAI_CORE_ALLOWED_outbox_export common store jp record outbox_keys outbox_queue)
# queue: tickets on the office store; security for roles and staff.
set(KAKANAI_CORE_ALLOWED_queue         common store office security)
# board: the web board and 混雑状況, fed with the queue's snapshots.
set(KAKANAI_CORE_ALLOWED_board         common queue)
set(KAKANAI_CORE_ALLOWED_intake        common store card record forms prereg security outbox_keys outbox_queue outbox_http)
set(KAKANAI_CORE_ALLOWED_demo          common store security)

include(CheckCoreNoGui)

# kakanai_add_core_area(<area> <sources…>): the static library kakanai_<area>.
# core/ is its public include path, so every include names the area
# ("store/Database.h"); it never sees ui/, print/ or app/.
function(kakanai_add_core_area area)
  if(NOT area IN_LIST KAKANAI_CORE_AREAS)
    message(FATAL_ERROR "kakanai_add_core_area(${area}): unknown area; add it to KAKANAI_CORE_AREAS "
                        "and give it an allowed list in cmake/KakanaiCoreGraph.cmake")
  endif()
  add_library(kakanai_${area} STATIC ${ARGN})
  target_include_directories(kakanai_${area} PUBLIC ${PROJECT_SOURCE_DIR}/core)
  target_link_libraries(kakanai_${area} PUBLIC Qt6::Core PRIVATE kakanai_options)
  set_property(GLOBAL APPEND PROPERTY KAKANAI_CORE_AREA_TARGETS kakanai_${area})
endfunction()

# The kakanai_* areas <target> links (Qt's generated resource object libraries,
# <target>_resources_<n>, and kakanai_options are not edges). Anything else
# named kakanai_* is returned as well, so that it is reported.
function(_kakanai_area_links target out_var)
  set(result "")
  foreach(prop LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
    get_target_property(libs ${target} ${prop})
    if(NOT libs)
      continue()
    endif()
    foreach(lib IN LISTS libs)
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
      if(lib MATCHES "^kakanai_" AND NOT lib STREQUAL "kakanai_options"
         AND NOT lib MATCHES "^${target}_resources_[0-9]+$")
        list(APPEND result ${lib})
      endif()
    endforeach()
  endforeach()
  list(REMOVE_DUPLICATES result)
  set(${out_var} ${result} PARENT_SCOPE)
endfunction()

# Depth-first search for a cycle in the graph given as variables
# <prefix><area> = list of areas. Sets <out_var> to "a -> b -> … -> a" or "".
function(_kakanai_find_cycle prefix out_var)
  set(done "")
  foreach(start IN LISTS KAKANAI_CORE_AREAS)
    if(start IN_LIST done)
      continue()
    endif()
    # Iterative DFS: the stack holds the current path; next_<area> the index
    # of the next neighbour to visit.
    set(path ${start})
    set(next_${start} 0)
    while(path)
      list(GET path -1 node)
      set(edges ${${prefix}${node}})
      list(LENGTH edges n)
      if(next_${node} LESS n)
        list(GET edges ${next_${node}} child)
        math(EXPR next_${node} "${next_${node}} + 1")
        if(child IN_LIST path)
          list(FIND path ${child} at)
          list(SUBLIST path ${at} -1 loop)
          list(APPEND loop ${child})
          list(JOIN loop " -> " text)
          set(${out_var} "${text}" PARENT_SCOPE)
          return()
        endif()
        if(NOT child IN_LIST done)
          list(APPEND path ${child})
          set(next_${child} 0)
        endif()
      else()
        list(APPEND done ${node})
        list(POP_BACK path)
      endif()
    endwhile()
  endforeach()
  set(${out_var} "" PARENT_SCOPE)
endfunction()

function(kakanai_check_core_graph)
  set(problems "")

  _kakanai_find_cycle(KAKANAI_CORE_ALLOWED_ cycle)
  if(cycle)
    list(APPEND problems "the allowed edges in cmake/KakanaiCoreGraph.cmake form a cycle: ${cycle}")
  endif()

  get_property(targets GLOBAL PROPERTY KAKANAI_CORE_AREA_TARGETS)
  foreach(area IN LISTS KAKANAI_CORE_AREAS)
    if(NOT "kakanai_${area}" IN_LIST targets)
      list(APPEND problems "area ${area} has no target kakanai_${area} (core/CMakeLists.txt must add it)")
      continue()
    endif()
    _kakanai_area_links(kakanai_${area} links)
    set(actual_${area} "")
    foreach(lib IN LISTS links)
      string(REGEX REPLACE "^kakanai_" "" to "${lib}")
      if(NOT to IN_LIST KAKANAI_CORE_AREAS)
        list(APPEND problems "kakanai_${area} links ${lib}, which is not a core area")
      elseif(NOT to IN_LIST KAKANAI_CORE_ALLOWED_${area})
        list(APPEND problems "kakanai_${area} links ${lib}: the edge ${area} -> ${to} is not allowed "
                             "(allowed: ${KAKANAI_CORE_ALLOWED_${area}})")
        list(APPEND actual_${area} ${to})
      else()
        list(APPEND actual_${area} ${to})
      endif()
    endforeach()
  endforeach()

  _kakanai_find_cycle(actual_ cycle)
  if(cycle)
    list(APPEND problems "the core areas link in a cycle: ${cycle}")
  endif()

  if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Core module graph check failed (cmake/KakanaiCoreGraph.cmake):\n  ${text}\n"
                        "Change the allowed edges there only if the new dependency is intended.")
  endif()

  foreach(area IN LISTS KAKANAI_CORE_AREAS)
    kakanai_check_no_gui(kakanai_${area})
  endforeach()
  kakanai_check_no_gui(kakanai_core)
endfunction()
