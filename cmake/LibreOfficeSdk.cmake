# Locates the LibreOffice SDK (Debian: libreoffice-dev) and provides
#   lo_generate_headers(<target> <idl files>): IDL -> rdb -> C++ headers
#   target LibreOffice::uno for components.
set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program directory")
set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK directory")
set(LO_TYPES_RDB "${LO_PROGRAM_DIR}/types.rdb")
set(LO_OFFAPI_RDB "${LO_PROGRAM_DIR}/types/offapi.rdb")

foreach(required ${LO_SDK_DIR}/bin/unoidl-write ${LO_SDK_DIR}/bin/cppumaker ${LO_TYPES_RDB} ${LO_OFFAPI_RDB})
  if(NOT EXISTS ${required})
    message(FATAL_ERROR "LibreOffice SDK not found (${required} is missing): install libreoffice-dev "
                        "or run scripts/bootstrap.sh")
  endif()
endforeach()

add_library(LibreOffice::uno INTERFACE IMPORTED)
target_include_directories(LibreOffice::uno INTERFACE /usr/include/libreoffice)
target_compile_definitions(LibreOffice::uno INTERFACE CPPU_ENV=gcc3 UNX GCC LINUX)
target_link_directories(LibreOffice::uno INTERFACE ${LO_SDK_DIR}/lib)
target_link_libraries(LibreOffice::uno INTERFACE uno_cppuhelpergcc3 uno_cppu uno_salhelpergcc3 uno_sal)
