#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Attend {

/**
 * Feed text as StyledText for QML, built where a test can hold it: every character of the feed
 * escaped, only Attend's own tags added (see domain/searchtext.h).
 */
class SafeMarkup : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit SafeMarkup(QObject *parent = nullptr);

    /** The text escaped for StyledText, the word starts that match `words` (folded) in <b>. */
    Q_INVOKABLE static QString html(const QString &text, const QStringList &words);
    /** An abstract with its http(s) addresses as links (see linkifyPlainText). */
    Q_INVOKABLE static QString linkified(const QString &text);
    /** Whether a link from such text may be opened (http or https with a host). */
    Q_INVOKABLE static bool isWebLink(const QString &address);
};

} // namespace Attend
