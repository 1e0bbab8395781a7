#include "handovermessage.h"

#include <QStringDecoder>
#include <QtEndian>

namespace Attend {

namespace {

void appendU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendU16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}

/** Reads the body front to back; every read is checked against what is left. */
class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }

    std::optional<quint32> u32()
    {
        if (left() < 4)
            return std::nullopt;
        const quint32 value = qFromBigEndian<quint32>(m_bytes.data() + m_at);
        m_at += 4;
        return value;
    }
    std::optional<quint16> u16()
    {
        if (left() < 2)
            return std::nullopt;
        const quint16 value = qFromBigEndian<quint16>(m_bytes.data() + m_at);
        m_at += 2;
        return value;
    }
    std::optional<QByteArrayView> bytes(quint32 size)
    {
        if (left() < qsizetype(size))
            return std::nullopt;
        const QByteArrayView view = m_bytes.sliced(m_at, size);
        m_at += size;
        return view;
    }
    qsizetype left() const { return m_bytes.size() - m_at; }

private:
    QByteArrayView m_bytes;
    qsizetype m_at = 0;
};

} // namespace

QByteArray encodeHandOverMessage(const QStringList &arguments)
{
    if (arguments.size() > maxHandOverArguments)
        return {};
    QByteArray body;
    appendU16(body, quint16(arguments.size()));
    for (const QString &argument : arguments) {
        const QByteArray utf8 = argument.toUtf8();
        if (body.size() + 4 + utf8.size() > maxHandOverBodyBytes)
            return {};
        appendU32(body, quint32(utf8.size()));
        body.append(utf8);
    }
    QByteArray frame;
    frame.reserve(handOverHeaderBytes + body.size());
    appendU32(frame, quint32(body.size()));
    frame.append(body);
    return frame;
}

std::optional<qsizetype> handOverFrameSize(const QByteArray &header)
{
    if (header.size() < handOverHeaderBytes)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(header.constData());
    if (length > quint32(maxHandOverBodyBytes))
        return std::nullopt;
    return handOverHeaderBytes + qsizetype(length);
}

std::optional<QStringList> decodeHandOverMessage(const QByteArray &frame)
{
    const std::optional<qsizetype> size = handOverFrameSize(frame);
    if (!size || frame.size() != *size)
        return std::nullopt;
    Reader reader(QByteArrayView(frame).sliced(handOverHeaderBytes));
    const std::optional<quint16> count = reader.u16();
    if (!count || *count > maxHandOverArguments)
        return std::nullopt;
    QStringList arguments;
    arguments.reserve(*count); // bounded by the check above, never by what the peer claims alone
    for (quint16 i = 0; i < *count; ++i) {
        const std::optional<quint32> length = reader.u32();
        if (!length)
            return std::nullopt;
        const std::optional<QByteArrayView> utf8 = reader.bytes(*length);
        if (!utf8)
            return std::nullopt;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString argument = decoder.decode(*utf8);
        if (decoder.hasError())
            return std::nullopt;
        arguments.append(std::move(argument));
    }
    if (reader.left() != 0)
        return std::nullopt; // one message per frame: trailing bytes mean the peer speaks something else
    return arguments;
}

} // namespace Attend
