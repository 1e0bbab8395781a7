#include "searchhighlighter.h"

#include "domain/searchtext.h"

namespace Attend {

SearchHighlighter::SearchHighlighter(QObject *parent)
    : QObject(parent)
{
}

QString SearchHighlighter::html(const QString &text, const QStringList &words)
{
    return highlightWordStarts(text, words);
}

} // namespace Attend
