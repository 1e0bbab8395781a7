#pragma once

#include <QByteArrayView>
#include <QString>
#include <string_view>

struct XML_ParserStruct;

namespace Attend {

/**
 * Reads a whole XML document with expat and hands its elements and text to a Handler, in UTF-8.
 *
 * expat rather than QXmlStreamReader because reading was half of opening a feed: Qt 6.4's reader
 * appends text one QChar at a time, where expat hands over runs of bytes. Names are local names
 * (namespaces processed, as QXmlStreamReader::name() gives them), attribute values are normalized
 * and entities expanded by expat; entity expansion is bounded (no "billion laughs"), nothing
 * outside the document is ever loaded, and elements may nest at most maxDepth deep.
 */
class XmlPushReader
{
public:
    class Handler
    {
    public:
        /** attributes: name, value, name, value, ..., nullptr (local names, UTF-8). */
        virtual void startElement(std::string_view name, const char *const *attributes) = 0;
        virtual void endElement() = 0;
        /** A run of text, CDATA or expanded entity: one element's text may come in many runs. */
        virtual void text(std::string_view utf8) = 0;

    protected:
        ~Handler() = default;
    };

    struct Position {
        qint64 line = 0;
        qint64 column = 0;
    };

    XmlPushReader(Handler &handler, int maxDepth);
    ~XmlPushReader();
    XmlPushReader(const XmlPushReader &) = delete;
    XmlPushReader &operator=(const XmlPushReader &) = delete;

    /** Reads all of document; false when it is not well-formed XML or a handler called stop(). */
    bool read(QByteArrayView document);

    /** From a handler: reading ends here, failing with message at the current position. */
    void stop(const QString &message);

    /** Where the reader is now (in a handler) or where it failed, 1-based. */
    Position position() const;
    QString errorMessage() const { return m_errorMessage; }
    Position errorPosition() const { return m_errorPosition; }

    /**
     * Where a piece of text, CDATA, comment, processing instruction or tag runs longer than
     * maxBytes, or -1: a byte scan before reading, since expat would hold such a piece (an
     * attribute, for one) whole, even in an element the handler skips.
     */
    static qsizetype oversizedPiece(QByteArrayView data, qsizetype maxBytes);

    /** The value of the attribute called name, or nullptr when there is none. */
    static const char *attribute(const char *const *attributes, std::string_view name);

private:
    void setUpParser();
    bool parse(QByteArrayView document);
    static void onStart(void *self, const char *name, const char **attributes);
    static void onEnd(void *self, const char *name);
    static void onText(void *self, const char *text, int length);
    QString expatErrorMessage() const;

    Handler &m_handler;
    XML_ParserStruct *m_parser;
    int m_maxDepth;
    int m_depth = 0;
    bool m_stopped = false;
    QString m_errorMessage;
    Position m_errorPosition;
    QByteArray m_unknownEncoding; // one expat does not read itself, as the document names it
};

} // namespace Attend
