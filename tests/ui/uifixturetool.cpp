// Writes the console's test fixture directory to PATH, for looking at the
// console with real data: em_ui_fixture PATH [LAB_SERVERS] [--no-feed].

#include <cstdio>

#include <QCoreApplication>
#include <QStringList>

#include "uifixture.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool noFeed = args.removeAll(QStringLiteral("--no-feed")) > 0;
    if (args.isEmpty() || args.size() > 2) {
        std::fprintf(stderr, "usage: em_ui_fixture PATH [LAB_SERVERS] [--no-feed]\n");
        return 2;
    }
    const int lab = args.size() == 2 ? args.at(1).toInt() : 0;
    auto built
        = noFeed ? em::test::UiFixture::buildWithoutFeed(args.at(0), lab) : em::test::UiFixture::build(args.at(0), lab);
    if (!built) {
        std::fprintf(stderr, "em_ui_fixture: %s\n", qPrintable(built.error().message));
        return 1;
    }
    return 0;
}
