# FindUnistring.cmake - locate GNU libunistring.
#
# libunistring ships no pkg-config file on Debian/Ubuntu, so look for the
# header and the library directly.  Defines:
#
#   Unistring_FOUND          true when both were found
#   Unistring_INCLUDE_DIR    where unistr.h is
#   Unistring_LIBRARY        the library to link
#   Unistring_VERSION        from _LIBUNISTRING_VERSION in unistring/version.h
#   Unistring::Unistring     an imported target carrying both
#
# This file is installed next to newsparseConfig.cmake, so that a program
# linking newsparse::newsparse_static finds libunistring on its own machine
# (nothing in the installed package names a path on the build machine).

find_path(Unistring_INCLUDE_DIR NAMES unistr.h)
find_library(Unistring_LIBRARY NAMES unistring libunistring)

set(Unistring_VERSION "")
if(Unistring_INCLUDE_DIR AND EXISTS "${Unistring_INCLUDE_DIR}/unistring/version.h")
  file(STRINGS "${Unistring_INCLUDE_DIR}/unistring/version.h" _np_unistring_ver
       REGEX "^#define _LIBUNISTRING_VERSION 0x[0-9A-Fa-f]+")
  if(_np_unistring_ver MATCHES "0x([0-9A-Fa-f][0-9A-Fa-f]?)([0-9A-Fa-f][0-9A-Fa-f])([0-9A-Fa-f][0-9A-Fa-f])$")
    math(EXPR _np_u_major "0x${CMAKE_MATCH_1}")
    math(EXPR _np_u_minor "0x${CMAKE_MATCH_2}")
    math(EXPR _np_u_patch "0x${CMAKE_MATCH_3}")
    set(Unistring_VERSION "${_np_u_major}.${_np_u_minor}.${_np_u_patch}")
  endif()
  unset(_np_unistring_ver)
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Unistring
  REQUIRED_VARS Unistring_LIBRARY Unistring_INCLUDE_DIR
  VERSION_VAR Unistring_VERSION
  FAIL_MESSAGE "libunistring not found (unistr.h / libunistring). On Debian/Ubuntu: apt-get install libunistring-dev")

if(Unistring_FOUND AND NOT TARGET Unistring::Unistring)
  add_library(Unistring::Unistring UNKNOWN IMPORTED)
  set_target_properties(Unistring::Unistring PROPERTIES
    IMPORTED_LOCATION "${Unistring_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${Unistring_INCLUDE_DIR}")
endif()

mark_as_advanced(Unistring_INCLUDE_DIR Unistring_LIBRARY)
