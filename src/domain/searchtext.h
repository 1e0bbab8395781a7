#pragma once

#include <QString>

namespace Attend {

/**
 * Folds text for matching as people type: case-folded, accents removed ("Université" -> "universite"),
 * ligatures and compatibility forms decomposed (NFKD). Search text and haystack both go through this.
 */
QString foldForSearch(const QString &text);

} // namespace Attend
