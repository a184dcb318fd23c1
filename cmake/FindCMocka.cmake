# FindCMocka.cmake - locate the cmocka unit-test library (for tests/).
#
#   CMocka_FOUND, CMocka_INCLUDE_DIR, CMocka_LIBRARY
#   CMocka::cmocka           an imported target carrying both
#
# Usage in tests/CMakeLists.txt:
#   find_package(CMocka REQUIRED)
#   target_link_libraries(test_foo PRIVATE newsparse_static CMocka::cmocka)

find_path(CMocka_INCLUDE_DIR NAMES cmocka.h)
find_library(CMocka_LIBRARY NAMES cmocka)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(CMocka
  REQUIRED_VARS CMocka_LIBRARY CMocka_INCLUDE_DIR
  FAIL_MESSAGE "cmocka not found (cmocka.h / libcmocka). On Debian/Ubuntu: apt-get install libcmocka-dev")

if(CMocka_FOUND AND NOT TARGET CMocka::cmocka)
  add_library(CMocka::cmocka UNKNOWN IMPORTED)
  set_target_properties(CMocka::cmocka PROPERTIES
    IMPORTED_LOCATION "${CMocka_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${CMocka_INCLUDE_DIR}")
endif()

mark_as_advanced(CMocka_INCLUDE_DIR CMocka_LIBRARY)
