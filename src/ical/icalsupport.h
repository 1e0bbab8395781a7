#pragma once

#include <libical/ical.h>

#include <memory>

namespace Attend {

/** Starts and leaves libical's per-thread error state clean, and keeps a bad file from aborting. */
class IcalErrorScope
{
public:
    IcalErrorScope()
        : m_wasFatal(icalerror_get_errors_are_fatal())
    {
        icalerror_set_errors_are_fatal(0);
        icalerror_clear_errno();
    }
    ~IcalErrorScope()
    {
        icalerror_clear_errno();
        icalerror_set_errors_are_fatal(m_wasFatal);
    }
    IcalErrorScope(const IcalErrorScope &) = delete;
    IcalErrorScope &operator=(const IcalErrorScope &) = delete;

private:
    int m_wasFatal;
};

/** Owns a libical component tree: freed once, on every path out. */
struct IcalComponentDeleter {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using IcalComponentPtr = std::unique_ptr<icalcomponent, IcalComponentDeleter>;

} // namespace Attend
