# The hostile corpus (tests/hostile/README.md): included from tests/CMakeLists.txt.
if(PMOCALC_BUILD_EXTENSION)
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  add_test(NAME hostile.corpus
           COMMAND Python3::Interpreter ${CMAKE_CURRENT_LIST_DIR}/run_hostile.py ${PROJECT_BINARY_DIR})
  set_tests_properties(hostile.corpus PROPERTIES LABELS office TIMEOUT 1800)
endif()
