# Installation beyond the two programs, and the Debian package.
#
#   cmake --workflow --preset package       build/package/emconsole_<version>-1_<arch>.deb (README)
#   cmake --workflow --preset ci            the same in build/ci, checked by packaging/check-package.sh
#   cmake --install BUILD --prefix PREFIX   the same files without a package (GNUInstallDirs)
#
# Installed (relative to the prefix; the programs' own rules are in app/*):
#   bin/emctl, bin/emconsole
#   share/man/man1/emctl.1.gz              made from `emctl --help` (packaging/emctl-manpage.sh)
#   lib/systemd/system/emconsole-service.service   `emctl service` as user emconsole (not enabled)
#   share/applications/emconsole.desktop, share/metainfo/invalid.example.emconsole.metainfo.xml
#   share/icons/hicolor/{scalable,NxN}/apps/emconsole.{svg,png}   PNGs rendered with rsvg-convert
#   share/emconsole/translations/emconsole_*.qm   (the programs use the copies compiled into them)
# The package's maintainer scripts (packaging/debian/) make the service user,
# /var/lib/emconsole and /var/log/emconsole; purge removes them.

set(EM_SYSTEMD_UNIT_DIR "lib/systemd/system"
    CACHE STRING "Where the systemd unit is installed (relative to the install prefix, or absolute)")

set(em_pkg_src ${CMAKE_CURRENT_LIST_DIR})
set(em_pkg_bin ${PROJECT_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${em_pkg_bin})

# --- man page: generated from the emctl that is built, so it lists every verb.
find_program(EM_GZIP gzip REQUIRED)
add_custom_command(
    OUTPUT ${em_pkg_bin}/emctl.1 ${em_pkg_bin}/emctl.1.gz
    COMMAND sh ${em_pkg_src}/emctl-manpage.sh $<TARGET_FILE:emctl> ${em_pkg_bin}/emctl.1
    COMMAND ${EM_GZIP} -9nf -k ${em_pkg_bin}/emctl.1
    DEPENDS emctl ${em_pkg_src}/emctl-manpage.sh
    COMMENT "Generating the emctl(1) man page from emctl --help"
    VERBATIM)
add_custom_target(em_manpage ALL DEPENDS ${em_pkg_bin}/emctl.1.gz)
install(FILES ${em_pkg_bin}/emctl.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# --- systemd unit: ExecStart names the installed emctl, so the unit is written
# at install time with the prefix of that install (/usr in the package).
install(CODE "
    set(em_bindir \"${CMAKE_INSTALL_BINDIR}\")
    if(NOT IS_ABSOLUTE \"\${em_bindir}\")
        set(em_bindir \"\${CMAKE_INSTALL_PREFIX}/\${em_bindir}\")
    endif()
    set(em_unitdir \"${EM_SYSTEMD_UNIT_DIR}\")
    if(NOT IS_ABSOLUTE \"\${em_unitdir}\")
        set(em_unitdir \"\${CMAKE_INSTALL_PREFIX}/\${em_unitdir}\")
    endif()
    set(EM_BINDIR \"\${em_bindir}\")
    configure_file(\"${em_pkg_src}/emconsole-service.service.in\"
        \"${em_pkg_bin}/unit/emconsole-service.service\" @ONLY)
    file(INSTALL DESTINATION \"\${em_unitdir}\" TYPE FILE
        FILES \"${em_pkg_bin}/unit/emconsole-service.service\")
")

if(EM_BUILD_UI)
    # --- desktop entry, AppStream metadata, icons, translations.
    install(FILES ${em_pkg_src}/emconsole.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${em_pkg_src}/emconsole.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo
        RENAME invalid.example.emconsole.metainfo.xml)

    # The metainfo lists releases: the project version must be one of them.
    file(READ ${em_pkg_src}/emconsole.metainfo.xml em_metainfo)
    set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
        ${em_pkg_src}/emconsole.metainfo.xml)
    if(NOT em_metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
        message(FATAL_ERROR "packaging/emconsole.metainfo.xml: no <release version=\"${PROJECT_VERSION}\" "
            "date=\"YYYY-MM-DD\"> for the project version ${PROJECT_VERSION}: add one")
    endif()

    find_program(EM_RSVG_CONVERT rsvg-convert)
    if(NOT EM_RSVG_CONVERT)
        message(FATAL_ERROR "rsvg-convert not found: it renders the icon's PNG sizes "
            "(package librsvg2-bin; packaging/bootstrap.sh installs it)")
    endif()
    set(em_icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/emconsole.svg)
    set(em_icon_pngs)
    foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
        set(png ${em_pkg_bin}/icons/${size}x${size}/emconsole.png)
        add_custom_command(
            OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${em_pkg_bin}/icons/${size}x${size}
            COMMAND ${EM_RSVG_CONVERT} --width ${size} --height ${size} --output ${png} ${em_icon_svg}
            DEPENDS ${em_icon_svg}
            VERBATIM)
        list(APPEND em_icon_pngs ${png})
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(em_icons ALL DEPENDS ${em_icon_pngs} COMMENT "Rendering the icon's PNG sizes")
    install(FILES ${em_icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

    # translations/CMakeLists.txt compiles every .ts to a .qm next to it in the build tree.
    file(GLOB em_ts_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/*.ts)
    foreach(ts IN LISTS em_ts_files)
        get_filename_component(qm_name ${ts} NAME_WE)
        install(FILES ${PROJECT_BINARY_DIR}/translations/${qm_name}.qm
            DESTINATION ${CMAKE_INSTALL_DATADIR}/emconsole/translations)
    endforeach()
endif()

# --- the Debian package (CPack DEB).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME emconsole)
set(CPACK_PACKAGE_VENDOR "EM Console team")
set(CPACK_PACKAGE_CONTACT "EM Console team <emconsole@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Exchange Emergency Mitigation console and service")
set(CPACK_PACKAGE_DESCRIPTION [[
EM Console brings the Exchange Server Emergency Mitigation service into one
program: every server's applied, blocked and failed mitigations; organization
and server switches; block lists; reapply and roll back; CSV reports;
connectivity tests; events and an audit trail.
This package holds the Qt console (emconsole), its command-line twin (emctl)
and the EM service as the systemd unit emconsole-service.service, installed
but not enabled.]])
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# dpkg-shlibdeps adds the libraries the programs link (libcurl4 for SMTP
# notifications among them). Qt also loads plugins it
# cannot see; in Debian 12 they come with these packages:
#   SQLite driver (sqldrivers/libqsqlite.so)     libqt6sql6-sqlite: named here
#   TLS backend (tls/libqopensslbackend.so)      libqt6network6, which it dlopens
#                                                libssl3 from: both linked by the
#                                                programs, so shlibdeps adds them
#   platforms xcb, offscreen (platforms/*.so)    libqt6gui6: linked, so shlibdeps
#   platform wayland                             qt6-wayland: recommended (without
#                                                it Qt uses xcb through XWayland)
# (qt6-qpa-plugins only holds the VNC platform: not needed.) check-package.sh
# checks the resulting Depends line. adduser makes the service user.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
# qt6-translations-l10n: Qt's own strings (standard buttons, dialogs) in French.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${em_pkg_src}/debian/postinst ${em_pkg_src}/debian/prerm ${em_pkg_src}/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
