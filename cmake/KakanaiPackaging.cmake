# Desktop integration files and the Debian package (cpack -G DEB).
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/jp.kakanai.Kakanai.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/jp.kakanai.Kakanai.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/jp.kakanai.Kakanai.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME "kakanai")
set(CPACK_PACKAGE_VENDOR "Kakanai project")
set(CPACK_PACKAGE_CONTACT "Kakanai maintainers <kakanai@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "No-writing citizens' desk for Japanese municipalities")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "kakanai")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
# dpkg-shlibdeps works out the shared-library dependencies from the binaries.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the binaries load at run time but do not link: the SQLite driver, the
# platform plugins, fonts for Japanese forms, the smart-card service, and
# libsecret (qtkeychain opens it only when the keychain key store is chosen).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-noto-cjk | fonts-ipafont, pcscd, libsecret-1-0")
# The webcam path of the QR reader: Qt Multimedia's GStreamer backend needs
# v4l2src (good) and videoconvert (base); without them only the camera is missing.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gstreamer1.0-plugins-good, gstreamer1.0-plugins-base")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Kakanai reads the citizen's My Number card and pre-registration QR\n codes at the counter, pre-fills every form of the visit, prints them for\n signature and sends completed records to the back office.")
set(CPACK_GENERATOR "DEB")
include(CPack)
