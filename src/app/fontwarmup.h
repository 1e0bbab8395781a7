#pragma once

#include <thread>

namespace Attend {

/**
 * Reads the system's font list (fontconfig's configuration and cache: a twelfth of the
 * instructions to the first frame) on a worker thread, while the main thread loads the agenda
 * and the QML; the first label then finds it read. Qt's font database guards itself with a mutex,
 * so a label that comes first only waits for the worker. Made after the QApplication and
 * destroyed before it: the worker is joined, never left running into Qt's teardown.
 */
class FontDatabaseWarmUp
{
public:
    FontDatabaseWarmUp();
    ~FontDatabaseWarmUp();
    FontDatabaseWarmUp(const FontDatabaseWarmUp &) = delete;
    FontDatabaseWarmUp &operator=(const FontDatabaseWarmUp &) = delete;

private:
    std::thread m_worker;
};

} // namespace Attend
