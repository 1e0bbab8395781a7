#include "safemarkup.h"

#include "domain/searchtext.h"
#include "domain/weblink.h"

namespace Attend {

SafeMarkup::SafeMarkup(QObject *parent)
    : QObject(parent)
{
}

QString SafeMarkup::html(const QString &text, const QStringList &words)
{
    return highlightWordStarts(text, words);
}

QString SafeMarkup::linkified(const QString &text)
{
    return linkifyPlainText(text);
}

bool SafeMarkup::isWebLink(const QString &address)
{
    return Attend::isWebLink(address);
}

} // namespace Attend
