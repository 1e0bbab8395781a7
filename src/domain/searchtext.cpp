#include "searchtext.h"

namespace Attend {

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        // Combining marks are what NFKD split accents into; dropping them makes "é" match "e".
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        folded.append(c);
    }
    // Simple case folding keeps "ß"; people type "ss" for it.
    return folded.toCaseFolded().replace(QChar(0x00DF), QStringLiteral("ss"));
}

} // namespace Attend
