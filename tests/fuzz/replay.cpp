// Runs a fuzz target over every file of the folders in $EM_FUZZ_REPLAY
// (colon-separated) or given as arguments: the seed corpus and the inputs that
// once crashed, replayed by the normal test suite in every build. A crash or a
// sanitizer report fails the test, and the last line names the input.

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QStringList folders;
    for (int i = 1; i < argc; ++i)
        folders << QString::fromLocal8Bit(argv[i]);
    if (folders.isEmpty())
        folders = qEnvironmentVariable("EM_FUZZ_REPLAY").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (folders.isEmpty()) {
        std::fprintf(stderr, "usage: replay FOLDER... (or EM_FUZZ_REPLAY=FOLDER:FOLDER)\n");
        return 2;
    }
    int inputs = 0;
    for (const QString &folder : std::as_const(folders)) {
        QFileInfo info(folder);
        const QStringList files = info.isDir()
            ? QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)
            : QStringList {};
        if (!info.exists()) // a target without saved crashes has no regressions folder
            continue;
        for (const QString &name : files) {
            const QString path = QDir(folder).filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "replay: cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
                return 1;
            }
            const QByteArray data = file.readAll();
            std::fprintf(stderr, "replay: %s\n", qPrintable(path));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++inputs;
        }
    }
    std::printf("replay: %d inputs, no crash\n", inputs);
    return inputs > 0 ? 0 : 1;
}
