# run_example.cmake - run an example program and check its output.
#
#   cmake -DPROGRAM=EXE [-DARGS=a|b] [-DSTDIN=FILE] -DEXPECT=re1|re2 -P run_example.cmake
#
# Fails when the program exits non-zero, writes to stderr, or its standard
# output does not match every regular expression in EXPECT.
string(REPLACE "|" ";" _args "${ARGS}")
string(REPLACE "|" ";" _expect "${EXPECT}")
if(STDIN)
  set(_input INPUT_FILE "${STDIN}")
else()
  set(_input "")
endif()
execute_process(COMMAND "${PROGRAM}" ${_args} ${_input}
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
message("${_out}")
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${_rc}: ${_err}")
endif()
if(NOT _err STREQUAL "")
  message(FATAL_ERROR "${PROGRAM} wrote to stderr: ${_err}")
endif()
foreach(_re ${_expect})
  if(NOT _out MATCHES "${_re}")
    message(FATAL_ERROR "the output of ${PROGRAM} does not match: ${_re}")
  endif()
endforeach()
