#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Attend {

namespace {
// Names the translators this file installs, so that a second call can take them out again.
const QString translatorName = QStringLiteral("attend-translator");

bool install(QCoreApplication &app, const QLocale &locale, const QString &catalogue, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(translatorName);
    if (!translator->load(locale, catalogue, QStringLiteral("_"), directory) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}
} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    for (QTranslator *earlier : app.findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }

    // Qt's own strings (standard dialog buttons, the command-line parser's help), where installed.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    install(app, locale, QStringLiteral("qtbase"), qtDirectory);
    install(app, locale, QStringLiteral("qtdeclarative"), qtDirectory);

    // Attend's own, built into the resources by translations/CMakeLists.txt.
    const QString attendDirectory = QStringLiteral(":/i18n");
    if (install(app, locale, QStringLiteral("attend"), attendDirectory))
        return true;
    // Any other language (and the C locale) reads English: its catalogue holds the plural forms.
    install(app, QLocale(QLocale::English), QStringLiteral("attend"), attendDirectory);
    return false;
}

bool installTranslations(QCoreApplication &app)
{
    return installTranslations(app, QLocale::system());
}

} // namespace Attend
