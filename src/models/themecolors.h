#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Attend {

/** WCAG 2.1 relative luminance of an opaque sRGB colour (alpha is ignored). */
double relativeLuminance(const QColor &color);
/** WCAG 2.1 contrast ratio of two opaque colours, 1 to 21. */
double contrastRatio(const QColor &a, const QColor &b);
/** `over` painted with `alpha` on `under`: what the eye sees of a translucent colour. */
QColor blend(const QColor &over, const QColor &under, double alpha);
/** The lowest contrast of `color` against any of `backgrounds`. */
double lowestContrast(const QColor &color, const QList<QColor> &backgrounds);
/**
 * `color` moved in lightness (hue kept) away from `backgrounds` until it has `ratio` against every
 * one of them; unchanged when it already has. All backgrounds must be on one side (all light or
 * all dark), as a theme's card backgrounds are.
 */
QColor withContrast(const QColor &color, const QList<QColor> &backgrounds, double ratio);
/**
 * The colour of a track: a hue of its own from a stable hash of the name (FNV-1a over its UTF-8,
 * not qHash, which is seeded per process), then made readable as text (4.5:1) on every one of
 * `backgrounds`. The same name gives the same colour in every run and on every machine.
 */
QColor trackColor(const QString &track, const QList<QColor> &backgrounds);

/** One text colour on one background the theme defines, by the Theme.qml property names. */
struct ThemeColorPair {
    const char *foreground;
    const char *background;
    double minimumRatio; // 4.5 text, 3.0 large/bold text and non-text (focus ring, track stripe)
};

/**
 * The colours the interface paints, derived from a palette (the desktop's, light, dark or high
 * contrast) by rules that keep every text at 4.5:1 on its background. C++ rather than QML so the
 * contrast test checks these very rules on any palette; Theme.qml forwards them to the pages.
 */
class ThemeColors : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool dark READ dark NOTIFY changed)
    Q_PROPERTY(QColor cardBackground READ cardBackground NOTIFY changed)
    Q_PROPERTY(QColor pastCardBackground READ pastCardBackground NOTIFY changed)
    Q_PROPERTY(QColor bookmarkedCardBackground READ bookmarkedCardBackground NOTIFY changed)
    Q_PROPERTY(QColor cardBorder READ cardBorder NOTIFY changed)
    Q_PROPERTY(QColor text READ text NOTIFY changed)
    Q_PROPERTY(QColor secondaryText READ secondaryText NOTIFY changed)
    Q_PROPERTY(QColor pastText READ pastText NOTIFY changed)
    Q_PROPERTY(QColor warningText READ warningText NOTIFY changed)
    Q_PROPERTY(QColor linkText READ linkText NOTIFY changed)
    Q_PROPERTY(QColor accentText READ accentText NOTIFY changed)
    Q_PROPERTY(QColor selectionBackground READ selectionBackground NOTIFY changed)
    Q_PROPERTY(QColor selectionText READ selectionText NOTIFY changed)
    Q_PROPERTY(QColor badgeBackground READ badgeBackground NOTIFY changed)
    Q_PROPERTY(QColor badgeText READ badgeText NOTIFY changed)
    Q_PROPERTY(QColor nowBadgeBackground READ nowBadgeBackground NOTIFY changed)
    Q_PROPERTY(QColor nowBadgeText READ nowBadgeText NOTIFY changed)
    Q_PROPERTY(QColor warningBadgeBackground READ warningBadgeBackground NOTIFY changed)
    Q_PROPERTY(QColor warningBadgeText READ warningBadgeText NOTIFY changed)
    Q_PROPERTY(QColor focusRing READ focusRing NOTIFY changed)
    Q_PROPERTY(QColor gridLine READ gridLine NOTIFY changed)
    Q_PROPERTY(QColor infoBarBackground READ infoBarBackground NOTIFY changed)
    Q_PROPERTY(QColor infoBarText READ infoBarText NOTIFY changed)
    Q_PROPERTY(QColor warningBarBackground READ warningBarBackground NOTIFY changed)
    Q_PROPERTY(QColor warningBarText READ warningBarText NOTIFY changed)
    Q_PROPERTY(QColor window READ window NOTIFY changed)

public:
    /** Follows the application's palette (and its changes) when `followApplication`. */
    explicit ThemeColors(QObject *parent = nullptr, bool followApplication = true);

    /** The rules, applied to one palette (its Active group). */
    void setPalette(const QPalette &palette);

    bool dark() const { return m_dark; }
    QColor cardBackground() const { return m_cardBackground; }
    QColor pastCardBackground() const { return m_pastCardBackground; }
    QColor bookmarkedCardBackground() const { return m_bookmarkedCardBackground; }
    QColor cardBorder() const { return m_cardBorder; }
    QColor text() const { return m_text; }
    QColor secondaryText() const { return m_secondaryText; }
    QColor pastText() const { return m_pastText; }
    QColor warningText() const { return m_warningText; }
    QColor linkText() const { return m_linkText; }
    QColor accentText() const { return m_accentText; }
    QColor selectionBackground() const { return m_selectionBackground; }
    QColor selectionText() const { return m_selectionText; }
    QColor badgeBackground() const { return m_badgeBackground; }
    QColor badgeText() const { return m_badgeText; }
    QColor nowBadgeBackground() const { return m_nowBadgeBackground; }
    QColor nowBadgeText() const { return m_nowBadgeText; }
    QColor warningBadgeBackground() const { return m_warningBadgeBackground; }
    QColor warningBadgeText() const { return m_warningBadgeText; }
    QColor focusRing() const { return m_focusRing; }
    QColor gridLine() const { return m_gridLine; }
    /** An info bar (a notice above the content): a tint of the accent, its text and icon. */
    QColor infoBarBackground() const { return m_infoBarBackground; }
    QColor infoBarText() const { return m_infoBarText; }
    /** A warning bar (a feed that failed, a problem to act on): a tint of the warning orange. */
    QColor warningBarBackground() const { return m_warningBarBackground; }
    QColor warningBarText() const { return m_warningBarText; }
    QColor window() const { return m_window; }

    /** Every card background a session can have (plain, past, bookmarked). */
    QList<QColor> cardBackgrounds() const;
    /** The track's colour on this theme's cards (see Attend::trackColor). */
    Q_INVOKABLE QColor trackColor(const QString &track) const;

    /** Every text/background pair the theme defines, with the ratio each must reach. */
    static QList<ThemeColorPair> pairs();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_dark = false;
    QColor m_cardBackground;
    QColor m_pastCardBackground;
    QColor m_bookmarkedCardBackground;
    QColor m_cardBorder;
    QColor m_text;
    QColor m_secondaryText;
    QColor m_pastText;
    QColor m_warningText;
    QColor m_linkText;
    QColor m_accentText;
    QColor m_selectionBackground;
    QColor m_selectionText;
    QColor m_badgeBackground;
    QColor m_badgeText;
    QColor m_nowBadgeBackground;
    QColor m_nowBadgeText;
    QColor m_warningBadgeBackground;
    QColor m_warningBadgeText;
    QColor m_focusRing;
    QColor m_gridLine;
    QColor m_infoBarBackground;
    QColor m_infoBarText;
    QColor m_warningBarBackground;
    QColor m_warningBarText;
    QColor m_window;
};

} // namespace Attend
