#include "themecolors.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace Attend {

namespace {

double channel(double value)
{
    // WCAG 2.1 "relative luminance": the sRGB transfer function, linearised.
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

bool isLight(const QColor &color)
{
    // Light when black text on it would contrast more than white text.
    const double l = relativeLuminance(color);
    return (l + 0.05) / 0.05 > 1.05 / (l + 0.05);
}

constexpr double kText = 4.5;
constexpr double kNonText = 3.0;

} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blend(const QColor &over, const QColor &under, double alpha)
{
    const QColor o = over.toRgb();
    const QColor u = under.toRgb();
    return QColor::fromRgbF(float(o.redF() * alpha + u.redF() * (1 - alpha)),
                            float(o.greenF() * alpha + u.greenF() * (1 - alpha)),
                            float(o.blueF() * alpha + u.blueF() * (1 - alpha)));
}

double lowestContrast(const QColor &color, const QList<QColor> &backgrounds)
{
    double lowest = 21;
    for (const QColor &background : backgrounds)
        lowest = std::min(lowest, contrastRatio(color, background));
    return lowest;
}

QColor withContrast(const QColor &color, const QList<QColor> &backgrounds, double ratio)
{
    if (backgrounds.isEmpty() || lowestContrast(color, backgrounds) >= ratio)
        return color.toRgb();
    const bool darken = isLight(backgrounds.constFirst());
    float hue = 0, saturation = 0, lightness = 0, alpha = 0;
    color.toHsl().getHslF(&hue, &saturation, &lightness, &alpha);
    // Small steps in HSL lightness keep the hue and stop at the first colour that is enough, so
    // a colour changes no more than it must. Black or white end the walk: both reach 4.5:1 on
    // any background whose other side is the light/dark one chosen above.
    for (int step = 0; step < 100; ++step) {
        lightness = std::clamp(lightness + (darken ? -0.01f : 0.01f), 0.0f, 1.0f);
        const QColor candidate = QColor::fromHslF(hue < 0 ? 0 : hue, saturation, lightness).toRgb();
        if (lowestContrast(candidate, backgrounds) >= ratio || lightness <= 0 || lightness >= 1)
            return candidate;
    }
    return darken ? QColor(Qt::black) : QColor(Qt::white);
}

QColor trackColor(const QString &track, const QList<QColor> &backgrounds)
{
    quint32 hash = 2166136261u; // FNV-1a, 32 bit
    const QByteArray bytes = track.toUtf8();
    for (const char byte : bytes) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    // 36 hues 10° apart, so near names still land on visibly different colours; a saturation
    // strong enough to tell tracks apart, a lightness in the middle before contrast is applied.
    const float hue = float(hash % 36) / 36.0f;
    const float saturation = 0.55f + float((hash / 36) % 4) * 0.1f;
    return withContrast(QColor::fromHslF(hue, saturation, 0.5f), backgrounds, kText);
}

ThemeColors::ThemeColors(QObject *parent, bool followApplication)
    : QObject(parent)
{
    setPalette(QGuiApplication::palette());
    if (followApplication && QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool ThemeColors::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange)
        setPalette(QGuiApplication::palette());
    return QObject::eventFilter(watched, event);
}

void ThemeColors::setPalette(const QPalette &palette)
{
    const auto role = [&palette](QPalette::ColorRole r) { return palette.color(QPalette::Active, r).toRgb(); };
    const QColor base = role(QPalette::Base);
    const QColor window = role(QPalette::Window);
    const QColor text = role(QPalette::Text);
    const QColor highlight = role(QPalette::Highlight);

    m_window = window;
    m_dark = !isLight(window);
    m_cardBackground = base;
    // Past: a muted, slightly sunken card (a tint of the text colour), never translucent text.
    m_pastCardBackground = blend(text, base, 0.06);
    m_bookmarkedCardBackground = blend(highlight, base, m_dark ? 0.22 : 0.12);
    m_cardBorder = blend(text, base, 0.22);
    m_gridLine = blend(text, base, 0.14);

    const QList<QColor> cards = cardBackgrounds();
    const QList<QColor> surfaces = cards + QList<QColor>{window};
    m_text = withContrast(text, surfaces, kText);
    m_secondaryText = withContrast(blend(text, base, 0.72), surfaces, kText);
    m_pastText = withContrast(blend(text, base, 0.78), surfaces, kText);
    // The warning orange of before, kept where it reads and darkened or lightened where not.
    const QColor warningOrange = m_dark ? QColor(0xff, 0x8c, 0x42) : QColor(0xd9, 0x48, 0x0f);
    m_warningText = withContrast(warningOrange, surfaces, kText);
    m_linkText = withContrast(role(QPalette::Link), surfaces, kText);
    // Time headings in the accent colour: the palette's highlight, as text it must read as text.
    m_accentText = withContrast(highlight, surfaces, kText);

    // Fusion's own highlight (#308cc6) under white text is 3.7:1: darken it until the text reads.
    m_selectionText = role(QPalette::HighlightedText);
    m_selectionBackground = withContrast(highlight, {m_selectionText}, kText);
    m_nowBadgeText = m_selectionText;
    m_nowBadgeBackground = m_selectionBackground;
    m_badgeBackground = blend(text, base, 0.12);
    m_badgeText = withContrast(text, {m_badgeBackground}, kText);
    // Bars: a light tint under the body text, so the message reads as text and the tint as the kind.
    m_infoBarBackground = blend(highlight, window, m_dark ? 0.24 : 0.14);
    m_infoBarText = withContrast(text, {m_infoBarBackground}, kText);
    m_warningBarBackground = blend(warningOrange, window, m_dark ? 0.24 : 0.16);
    m_warningBarText = withContrast(text, {m_warningBarBackground}, kText);
    // "Moved", "Clash": a warning tint with its own text colour, so the badge reads on any row,
    // the selected one too (orange text on the selection was 1.2:1).
    m_warningBadgeBackground = blend(m_warningText, base, m_dark ? 0.24 : 0.14);
    m_warningBadgeText = withContrast(m_dark ? m_text : m_warningText.darker(140), {m_warningBadgeBackground}, kText);
    // Round every control, on a card, the window or a bar.
    m_focusRing = withContrast(highlight, surfaces + QList<QColor>{m_infoBarBackground, m_warningBarBackground}, kNonText);
    Q_EMIT changed();
}

QList<QColor> ThemeColors::cardBackgrounds() const
{
    return {m_cardBackground, m_pastCardBackground, m_bookmarkedCardBackground};
}

QColor ThemeColors::trackColor(const QString &track) const
{
    return Attend::trackColor(track, cardBackgrounds());
}

QList<ThemeColorPair> ThemeColors::pairs()
{
    QList<ThemeColorPair> list;
    for (const char *background : {"cardBackground", "pastCardBackground", "bookmarkedCardBackground", "window"}) {
        for (const char *foreground : {"text", "secondaryText", "pastText", "warningText", "linkText", "accentText"})
            list.append({foreground, background, kText});
        list.append({"focusRing", background, kNonText});
    }
    list.append({"selectionText", "selectionBackground", kText});
    list.append({"badgeText", "badgeBackground", kText});
    list.append({"nowBadgeText", "nowBadgeBackground", kText});
    list.append({"infoBarText", "infoBarBackground", kText});
    list.append({"warningBarText", "warningBarBackground", kText});
    // The focus ring goes round the bars' buttons too.
    list.append({"focusRing", "infoBarBackground", kNonText});
    list.append({"focusRing", "warningBarBackground", kNonText});
    list.append({"warningBadgeText", "warningBadgeBackground", kText});
    return list;
}

} // namespace Attend
