#include "session.h"

namespace Attend {

QStringList Session::speakerNames() const
{
    QStringList names;
    names.reserve(speakers.size());
    for (const Speaker &speaker : speakers)
        names.append(speaker.name);
    return names;
}

} // namespace Attend
