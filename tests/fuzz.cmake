# libFuzzer targets for every parser of outside input (the fuzz preset; scripts/fuzz.sh
# builds and runs them). Each links the core; the seeds are in tests/corpus/<target>.
function(tasklanes_fuzz name)
    add_executable(${name} ${CMAKE_SOURCE_DIR}/tests/${name}.cpp)
    target_link_libraries(${name} PRIVATE tasklanes_core tasklanes_options)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
endfunction()

foreach(target fuzz_queuefile fuzz_queuelist fuzz_traceimport fuzz_workerprotocol fuzz_demoserver
        fuzz_scenariofile fuzz_scenariotrace fuzz_householdfile fuzz_daytrace)
    tasklanes_fuzz(${target})
endforeach()
tasklanes_fuzz(fuzz_commandline)
target_link_libraries(fuzz_commandline PRIVATE tasklanes_cli)
