#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Attend {

/** The cards' search highlight for QML: see highlightWordStarts() in domain/searchtext.h. */
class SearchHighlighter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit SearchHighlighter(QObject *parent = nullptr);

    /** The text escaped for StyledText, the word starts that match `words` (folded) in <b>. */
    Q_INVOKABLE static QString html(const QString &text, const QStringList &words);
};

} // namespace Attend
