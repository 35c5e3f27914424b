# Precompiled headers for the libraries and programs with many translation
# units: the Qt headers nearly every one of them parses. A third of a
# translation unit's compile time here (measured with GCC 12, -O2:
# core/host/rewriteedit.cpp 7.0 s -> 4.9 s of CPU), and the build is most of
# CI's time. The tests share one per folder (cmake/EmTesting.cmake, em_test_pch).
option(EM_PCH "Precompile the common Qt headers of emcore, emui and emctl" ON)

set(em_pch_core
    <QCoreApplication> <QString> <QStringList> <QByteArray> <QList> <QHash> <QSet> <QMap>
    <QDateTime> <QDir> <QFile> <QFileInfo> <QRegularExpression> <QUrl> <QVariant>
    <chrono> <functional> <memory> <optional>)
set(em_pch_widgets
    ${em_pch_core} <QWidget> <QLabel> <QAction> <QVBoxLayout> <QHBoxLayout> <QPushButton>
    <QTableView> <QHeaderView> <QMessageBox> <QAbstractItemModel> <QTimer> <QLocale>)

# em_precompile(TARGET core|widgets)
function(em_precompile target kind)
    if(EM_PCH)
        target_precompile_headers(${target} PRIVATE ${em_pch_${kind}})
    endif()
endfunction()
