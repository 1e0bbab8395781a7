#include "fontwarmup.h"

#include <QFontDatabase>
#include <QStringList>

namespace Attend {

FontDatabaseWarmUp::FontDatabaseWarmUp()
    : m_worker([] { QFontDatabase::families(); })
{
}

FontDatabaseWarmUp::~FontDatabaseWarmUp()
{
    m_worker.join();
}

} // namespace Attend
