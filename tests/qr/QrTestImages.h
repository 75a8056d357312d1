#pragma once

// Test images for the QR tests and the benchmark's shapes: random Base32
// texts shaped like the pre-registration format, and a symbol placed on a
// bigger, greyer background the way a camera or a scan shows it.
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QString>
#include <QTransform>

namespace kakanai::qr::test {

// "KKN1" + `length` − 4 characters of the RFC 4648 Base32 alphabet.
inline QString kakanaiLikeText(int length, QRandomGenerator &random)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString text = QStringLiteral("KKN1");
    while (text.size() < length)
        text.append(QLatin1Char(alphabet[random.bounded(32)]));
    return text;
}

// `symbol` drawn with `transform` (around its centre) in the middle of a
// `size` canvas of paper grey.
inline QImage onCanvas(const QImage &symbol, QSize size, const QTransform &transform, QColor paper = QColor(235, 235, 230))
{
    QImage canvas(size, QImage::Format_RGB32);
    canvas.fill(paper);
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(size.width() / 2.0, size.height() / 2.0);
    painter.setTransform(transform, true);
    painter.drawImage(QPointF(-symbol.width() / 2.0, -symbol.height() / 2.0), symbol);
    painter.end();
    return canvas;
}

} // namespace kakanai::qr::test
