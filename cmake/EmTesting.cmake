# em_add_test(name SOURCES a.cpp ... LIBS lib ... [LABELS l ...] [TIMEOUT s])
# One Qt Test executable per test class, run headless and in the C locale.
function(em_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE em_options Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C;QTEST_DISABLE_STACK_DUMP=1;EM_SOURCE_DIR=${PROJECT_SOURCE_DIR};EM_BINARY_DIR=${PROJECT_BINARY_DIR};${ARG_ENVIRONMENT}"
        # Qt Test's QSKIP exits 0; make ctest report skips as skipped, never as passed.
        SKIP_REGULAR_EXPRESSION "SKIP   : ")
endfunction()
