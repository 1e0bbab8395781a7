#include "xmlpushreader.h"

#include <QStringDecoder>

// Debian's libexpat is built with DTD support (its expat_config.h says so); expat.h declares the
// entity expansion limits only where the includer says that too.
#define XML_DTD 1
#include <expat.h>

namespace Attend {

namespace {

// expat gives a namespaced name as "URI<separator>local"; a character no XML name or URI may hold.
constexpr char namespaceSeparator = '\x01';

std::string_view localName(const char *name)
{
    const std::string_view full(name);
    const std::size_t separator = full.rfind(namespaceSeparator);
    return separator == std::string_view::npos ? full : full.substr(separator + 1);
}

/**
 * Past this much text produced by entities, expat checks how far entities multiply the document
 * (at most 100 times, its default). Real feeds declare no entities; expat's own threshold (8 MB)
 * would let a small document expand into more than a field may hold before it is caught.
 */
constexpr unsigned long long entityCheckAfterBytes = 64 * 1024;

/**
 * expat reads UTF-8, UTF-16, ISO-8859-1 and US-ASCII itself. For another encoding (windows-1252,
 * Shift_JIS...) it asks here: keep the name and decline, and read() reads the document again,
 * decoded by Qt, as QXmlStreamReader did.
 */
int noteUnknownEncoding(void *name, const XML_Char *declared, XML_Encoding *)
{
    *static_cast<QByteArray *>(name) = QByteArray(declared);
    return XML_STATUS_ERROR;
}

} // namespace

XmlPushReader::XmlPushReader(Handler &handler, int maxDepth)
    : m_handler(handler)
    , m_parser(XML_ParserCreateNS(nullptr, namespaceSeparator))
    , m_maxDepth(maxDepth)
{
    Q_CHECK_PTR(m_parser);
    setUpParser();
}

void XmlPushReader::setUpParser()
{
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, &XmlPushReader::onStart, &XmlPushReader::onEnd);
    XML_SetCharacterDataHandler(m_parser, &XmlPushReader::onText);
    XML_SetUnknownEncodingHandler(m_parser, &noteUnknownEncoding, &m_unknownEncoding);
    XML_SetBillionLaughsAttackProtectionActivationThreshold(m_parser, entityCheckAfterBytes);
}

XmlPushReader::~XmlPushReader()
{
    XML_ParserFree(m_parser);
}

bool XmlPushReader::read(QByteArrayView document)
{
    if (parse(document))
        return true;
    if (m_stopped || XML_GetErrorCode(m_parser) != XML_ERROR_UNKNOWN_ENCODING)
        return false;
    // Declined before the first element: nothing has reached the handler yet.
    QStringDecoder decoder(m_unknownEncoding.constData());
    if (!decoder.isValid())
        return false;
    const QByteArray utf8 = QString(decoder.decode(document)).toUtf8();
    if (decoder.hasError()) {
        m_errorMessage = QStringLiteral("the document is not valid %1, the encoding it declares").arg(QString::fromLatin1(m_unknownEncoding));
        return false;
    }
    XML_ParserReset(m_parser, "UTF-8"); // overrides the encoding the document declares
    setUpParser();
    return parse(utf8);
}

bool XmlPushReader::parse(QByteArrayView document)
{
    // One call for the whole document, marked final: expat reads the bytes where they are.
    // (Its length is an int: feeds are capped far below 2 GB, see FeedLimits.)
    const XML_Status status = XML_Parse(m_parser, document.data(), int(document.size()), XML_TRUE);
    if (m_stopped)
        return false;
    if (status != XML_STATUS_OK) {
        m_errorMessage = expatErrorMessage();
        m_errorPosition = position();
        return false;
    }
    return true;
}

void XmlPushReader::stop(const QString &message)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_errorMessage = message;
    m_errorPosition = position();
    XML_StopParser(m_parser, XML_FALSE);
}

XmlPushReader::Position XmlPushReader::position() const
{
    return {qint64(XML_GetCurrentLineNumber(m_parser)), qint64(XML_GetCurrentColumnNumber(m_parser)) + 1};
}

qsizetype XmlPushReader::oversizedPiece(QByteArrayView data, qsizetype maxBytes)
{
    const qsizetype size = data.size();
    qsizetype pieceStart = 0;
    const auto tooLong = [maxBytes](qsizetype length) { return length > maxBytes; };
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data.at(i);
        if (c == '<') {
            // Sections that may hold '<' and '>': one piece from their start to their end.
            static const std::pair<QByteArrayView, QByteArrayView> sections[] = {{"<![CDATA[", "]]>"}, {"<!--", "-->"}, {"<?", "?>"}};
            bool inSection = false;
            for (const auto &[open, close] : sections) {
                if (data.sliced(i).startsWith(open)) {
                    qsizetype end = data.indexOf(close, i + open.size());
                    end = end < 0 ? size : end + close.size();
                    if (tooLong(end - i))
                        return i;
                    pieceStart = end;
                    i = end - 1;
                    inSection = true;
                    break;
                }
            }
            if (inSection)
                continue;
        }
        if (c == '<' || c == '>') {
            if (tooLong(i - pieceStart))
                return pieceStart;
            pieceStart = i + 1;
        }
    }
    return tooLong(size - pieceStart) ? pieceStart : -1;
}

const char *XmlPushReader::attribute(const char *const *attributes, std::string_view name)
{
    for (; *attributes; attributes += 2) {
        if (localName(attributes[0]) == name)
            return attributes[1];
    }
    return nullptr;
}

void XmlPushReader::onStart(void *self, const char *name, const char **attributes)
{
    auto *reader = static_cast<XmlPushReader *>(self);
    if (reader->m_stopped)
        return; // expat may still report what it had in hand when stopped
    if (++reader->m_depth > reader->m_maxDepth) {
        reader->stop(QStringLiteral("elements nest deeper than %1 levels").arg(reader->m_maxDepth));
        return;
    }
    reader->m_handler.startElement(localName(name), attributes);
}

void XmlPushReader::onEnd(void *self, const char *)
{
    auto *reader = static_cast<XmlPushReader *>(self);
    if (reader->m_stopped)
        return;
    --reader->m_depth;
    reader->m_handler.endElement();
}

void XmlPushReader::onText(void *self, const char *text, int length)
{
    auto *reader = static_cast<XmlPushReader *>(self);
    if (!reader->m_stopped)
        reader->m_handler.text(std::string_view(text, std::size_t(length)));
}

QString XmlPushReader::expatErrorMessage() const
{
    const XML_Error code = XML_GetErrorCode(m_parser);
    switch (code) {
    case XML_ERROR_AMPLIFICATION_LIMIT_BREACH:
        return QStringLiteral("entities expand to far more text than the document holds (refused as an entity expansion attack)");
    case XML_ERROR_UNKNOWN_ENCODING:
        return QStringLiteral("the document's encoding, %1, is not one Attend knows").arg(QString::fromLatin1(m_unknownEncoding));
    default:
        return QString::fromUtf8(XML_ErrorString(code));
    }
}

} // namespace Attend
