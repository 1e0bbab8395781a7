#include "cancellation.h"

#include <QRegularExpression>

namespace Attend {

namespace {
const QString markerWords = QStringLiteral("(cancell?ed|abgesagt|entf[äa]llt|annul[ée]e?|cancelad[ao])");
}

bool titleSaysCancelled(const QString &title)
{
    // Organisers put the word first ("CANCELLED: …", "[Cancelled] …", "Canceled - …") or last in
    // brackets ("… (cancelled)"). "Cancelled plans: a retrospective" is a real title, so a leading
    // word counts only when bracketed, followed by a separator, alone, or shouted in capitals.
    static const QRegularExpression leading(QStringLiteral(R"(^\s*([\[(]?)\s*%1\s*([\])]?)\s*(.?))").arg(markerWords),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression trailing(QStringLiteral(R"([\[(]\s*%1\s*[\])]\s*$)").arg(markerWords),
                                             QRegularExpression::CaseInsensitiveOption);
    if (trailing.match(title).hasMatch())
        return true;
    const QRegularExpressionMatch match = leading.match(title);
    if (!match.hasMatch())
        return false;
    const bool bracketed = !match.captured(1).isEmpty() && !match.captured(3).isEmpty();
    const QString next = match.captured(4);
    const bool separated = next.isEmpty() || QStringLiteral(":-–—!").contains(next);
    const QString word = match.captured(2);
    const bool shouted = word == word.toUpper();
    return bracketed || separated || shouted;
}

} // namespace Attend
