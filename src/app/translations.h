#pragma once

class QCoreApplication;
class QLocale;

namespace Attend {

/**
 * Installs Attend's catalogue for the locale's interface languages (QLocale::uiLanguages(), which
 * follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG), from the resources (:/i18n), and Qt's own
 * catalogues (qtbase, qtdeclarative) from QLibraryInfo::TranslationsPath where the system has them.
 * A language Attend has no catalogue for gets English, with its plural forms ("1 session").
 * Calling it again replaces what an earlier call installed.
 * Returns whether Attend has a catalogue for one of the locale's languages (English included).
 */
bool installTranslations(QCoreApplication &app, const QLocale &locale);

/** The same for QLocale::system(): what runAttend calls right after creating the application. */
bool installTranslations(QCoreApplication &app);

} // namespace Attend
