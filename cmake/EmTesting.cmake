# em_add_test(name SOURCES a.cpp ... LIBS lib ... [LABELS l ...] [TIMEOUT s])
# One Qt Test executable per test class, run headless and in the C locale.
function(em_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE em_options Qt6::Test ${ARG_LIBS})
    em_test_moc(${name} "${ARG_SOURCES}")
    em_test_pch(${name} "${ARG_LIBS}")
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

# A test's Qt Test class is declared in its own tst_*.cpp, which includes
# tst_*.moc. moc runs on that file alone, without the include paths: it needs
# nothing from the headers to find the class, its output is the same (checked
# on every test), and it costs 0.02 s against about 1 s of CPU for AUTOMOC's
# step per test (moc preprocessing every Qt header, and a cmake process).
# So tests build without AUTOMOC: a helper class with Q_OBJECT belongs in a
# test library (em_feedtestpki, em_notifytest, ...), which keeps AUTOMOC.
function(em_test_moc name sources)
    set_target_properties(${name} PROPERTIES AUTOMOC OFF)
    foreach(source IN LISTS sources)
        get_filename_component(stem "${source}" NAME_WE)
        get_filename_component(ext "${source}" LAST_EXT)
        if(ext STREQUAL ".cpp" AND stem MATCHES "^tst_")
            set(moc ${CMAKE_CURRENT_BINARY_DIR}/${name}_moc/${stem}.moc)
            add_custom_command(OUTPUT ${moc}
                COMMAND Qt6::moc -nn -o ${moc} ${CMAKE_CURRENT_SOURCE_DIR}/${source}
                DEPENDS ${source} Qt6::moc
                COMMENT "moc ${source}"
                VERBATIM)
            target_sources(${name} PRIVATE ${moc})
            target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${name}_moc)
        endif()
    endforeach()
endfunction()

# One precompiled header per test folder, shared by the folder's tests (a
# compiler takes a precompiled header only where the macros it saw are
# defined alike, and Qt Test defines QT_TESTCASE_BUILDDIR and
# QT_TESTCASE_SOURCEDIR per folder). A folder asks for one with EM_TEST_PCH:
# making the header costs about 20 s of CPU and saves about 3 s per test,
# so only the folders with six tests or more do. EM_TEST_PCH_LIBS, set by a folder, names
# what its tests link beyond emcore (the ui tests: emui); a test of the folder
# that does not link them, or not emcore, gets no precompiled header (its Qt
# module macros differ, and CMake builds with -Winvalid-pch).
function(em_test_pch name libs)
    if(NOT EM_PCH OR NOT EM_TEST_PCH)
        return()
    endif()
    foreach(lib IN LISTS EM_TEST_PCH_LIBS)
        if(NOT lib IN_LIST libs)
            return()
        endif()
    endforeach()
    # The header is made with emcore's Qt modules: a test without emcore
    # (tst_emctl runs the built program) has other macros.
    set(with_emcore FALSE)
    foreach(lib IN ITEMS emcore emui em_feedtestpki em_uifixture em_fuzzcommon)
        if(lib IN_LIST libs)
            set(with_emcore TRUE)
        endif()
    endforeach()
    if(NOT with_emcore)
        return()
    endif()
    string(MD5 key "${CMAKE_CURRENT_SOURCE_DIR}")
    string(SUBSTRING "${key}" 0 8 key)
    set(pch em_testpch_${key})
    if(NOT TARGET ${pch})
        add_library(${pch} OBJECT ${PROJECT_SOURCE_DIR}/cmake/empty.cpp)
        set_target_properties(${pch} PROPERTIES AUTOMOC OFF)
        target_link_libraries(${pch} PRIVATE em_options Qt6::Test emcore ${EM_TEST_PCH_LIBS})
        target_precompile_headers(${pch} PRIVATE ${em_pch_core} <QTest> <QSignalSpy> <QTemporaryDir>)
    endif()
    target_precompile_headers(${name} REUSE_FROM ${pch})
endfunction()
