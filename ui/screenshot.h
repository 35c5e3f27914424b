#pragma once

// emconsole --screenshot: renders the main window to a PNG once the directory
// is read and no command runs, then quits the application (exit code 0, or 1
// with the reason on stderr when the directory cannot be read within a
// minute or the file cannot be written).

#include <QString>

namespace em::ui {

class MainWindow;

void shootWhenIdle(MainWindow &window, const QString &file);

} // namespace em::ui
