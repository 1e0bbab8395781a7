# Runs one fuzz target for ctest (see CMakeLists.txt here):
#   cmake -DFUZZER=<binary> -DINPUTS=<folder or glob>|… -DOPTIONS=<flag>|… -DMODE=replay|mutate
#         [-DWORK=<scratch folder>] -P runfuzzer.cmake
# replay: every input file is run once, whole (libFuzzer reads files named on its command line
#         whatever their size). mutate: the inputs are copied into a fresh corpus folder and
#         libFuzzer mutates from there with the fixed seed and run count given in OPTIONS.
string(REPLACE "|" ";" inputs "${INPUTS}")
string(REPLACE "|" ";" options "${OPTIONS}")

set(files "")
foreach(input IN LISTS inputs)
    if(IS_DIRECTORY "${input}")
        file(GLOB found LIST_DIRECTORIES false "${input}/*")
    else()
        file(GLOB found LIST_DIRECTORIES false "${input}")
    endif()
    foreach(file IN LISTS found)
        get_filename_component(base "${file}" NAME)
        # The folders' own notes are not inputs.
        if(NOT base MATCHES "^\\." AND NOT base MATCHES "^README")
            list(APPEND files "${file}")
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES files)
list(SORT files)
list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "no inputs found in ${INPUTS}")
endif()

if(MODE STREQUAL "replay")
    message(STATUS "replaying ${count} inputs")
    execute_process(COMMAND "${FUZZER}" ${options} ${files} RESULT_VARIABLE result)
elseif(MODE STREQUAL "mutate")
    # Starts from the seeds alone every time (nothing left from an earlier run), so the same
    # build makes the same mutations.
    file(REMOVE_RECURSE "${WORK}")
    file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
    file(COPY ${files} DESTINATION "${WORK}/corpus")
    message(STATUS "mutating from ${count} seeds")
    execute_process(COMMAND "${FUZZER}" ${options} "-artifact_prefix=${WORK}/artifacts/" "${WORK}/corpus"
                    RESULT_VARIABLE result)
else()
    message(FATAL_ERROR "MODE must be replay or mutate")
endif()

if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} failed (${result}): a crash, undefined behaviour, a leak, a timeout or too much memory; see above")
endif()
