// Abstracts as feeds publish them (HTML, escaped HTML, Markdown, plain text): htmltotext.h.
#include "fuzzsupport.h"

#include "feed/htmltotext.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    AttendFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Feeds reach these functions as QString, decoded from UTF-8 by the readers.
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Attend::looksLikeHtml(text);
    Attend::decodeHtmlEntities(text);
    Attend::htmlToPlainText(text);
    return 0;
}
