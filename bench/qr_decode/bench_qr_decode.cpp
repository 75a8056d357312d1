// How fast and how well do we read QR codes from webcam frames, next to zbar?
//  1. Makes 1280×720 frames (fixed seed), each with one symbol on a sheet of
//     paper on a desk: 150, 400 or 1,100 alphanumeric characters ("KKN1" +
//     Base32, as the pre-registration format writes them), with one kind of
//     distortion each: none, blur, rotation, perspective, noise, low
//     contrast, glare, and combinations. Saves them as PNG.
//  2. Ours: QrImageReader::readImage on the loaded QImage, with the options
//     the webcam path uses (no inverted pass); timed alone and with the PNG
//     load. A frame counts as read when the one text found is the original.
//  3. zbar: `zbarimg --xml -q -Sdisable -Sqrcode.enable` run once over every
//     file (its start is paid once, on a warm-up file that is not counted);
//     its time per file is the gap between two files' results on its
//     line-buffered output (stdbuf -oL).
//  4. Prints per distortion: frames read and mean ms per frame for both, and
//     ours/zbar; then the rate per text length, then zxing option variants.
// Asserts nothing about speed. Goal (the issue): ours ≤ 0.5 × zbar's time and
// a success rate ≥ zbar's.
//   bench_qr_decode [--frames N] [--seed S] [--dir PATH] [--no-variants]
//   bench_qr_decode --read-dir PATH   only reads every frame-*.png there as the
//     webcam path does and prints how many gave a text: one whole process to
//     time against `zbarimg` over the same files, start-up and PNG loads in both.
#include "QrImageReader.h"
#include "QrImageWriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRadialGradient>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <vector>

using namespace kakanai::qr;

namespace {

enum Distortion : unsigned {
    None = 0,
    Blur = 1,
    Rotation = 2,
    Perspective = 4,
    Noise = 8,
    LowContrast = 16,
    Glare = 32,
};

struct Kind {
    QString name;
    unsigned distortions;
};

const std::vector<Kind> &kinds()
{
    static const std::vector<Kind> all = {
        {QStringLiteral("clean"), None},
        {QStringLiteral("blur"), Blur},
        {QStringLiteral("rotation"), Rotation},
        {QStringLiteral("perspective"), Perspective},
        {QStringLiteral("noise"), Noise},
        {QStringLiteral("low contrast"), LowContrast},
        {QStringLiteral("glare"), Glare},
        {QStringLiteral("blur+noise"), Blur | Noise},
        {QStringLiteral("rotation+perspective"), Rotation | Perspective},
        {QStringLiteral("low contrast+noise"), LowContrast | Noise},
        {QStringLiteral("glare+blur+rotation"), Glare | Blur | Rotation},
    };
    return all;
}

struct Frame {
    QString file;
    QString text;
    int kind = 0;
    int lengthClass = 0;
};

const int kLengths[] = {150, 400, 1100};

QString randomText(int length, QRandomGenerator &random)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString text = QStringLiteral("KKN1");
    while (text.size() < length)
        text.append(QLatin1Char(alphabet[random.bounded(32)]));
    return text;
}

// Three box-blur passes approximate a Gaussian of sigma ≈ radius.
void blur(QImage &image, int radius)
{
    const int w = image.width();
    const int h = image.height();
    std::vector<QRgb> line(static_cast<size_t>(std::max(w, h)));
    auto pass = [&](QRgb *data, int count, int step) {
        for (int i = 0; i < count; ++i)
            line[static_cast<size_t>(i)] = data[i * step];
        for (int i = 0; i < count; ++i) {
            int r = 0, g = 0, b = 0, n = 0;
            for (int k = std::max(0, i - radius); k <= std::min(count - 1, i + radius); ++k) {
                const QRgb p = line[static_cast<size_t>(k)];
                r += qRed(p);
                g += qGreen(p);
                b += qBlue(p);
                ++n;
            }
            data[i * step] = qRgb(r / n, g / n, b / n);
        }
    };
    for (int round = 0; round < 3; ++round) {
        for (int y = 0; y < h; ++y)
            pass(reinterpret_cast<QRgb *>(image.scanLine(y)), w, 1);
        auto *bits = reinterpret_cast<QRgb *>(image.bits());
        const int stride = static_cast<int>(image.bytesPerLine() / 4);
        for (int x = 0; x < w; ++x)
            pass(bits + x, h, stride);
    }
}

double gaussian(QRandomGenerator &random)
{
    // Box–Muller: portable, so the frames are the same everywhere.
    const double u = std::max(random.generateDouble(), 1e-12);
    const double v = random.generateDouble();
    return std::sqrt(-2 * std::log(u)) * std::cos(2 * std::numbers::pi * v);
}

void addNoise(QImage &image, double sigma, QRandomGenerator &random)
{
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            // Sensor noise is mostly in brightness; a little per channel.
            const double common = sigma * gaussian(random);
            auto channel = [&](int value) {
                return std::clamp(static_cast<int>(value + common + sigma * 0.3 * gaussian(random)), 0, 255);
            };
            line[x] = qRgb(channel(qRed(line[x])), channel(qGreen(line[x])), channel(qBlue(line[x])));
        }
    }
}

void lowerContrast(QImage &image, int low, int high)
{
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            auto channel = [&](int v) { return low + v * (high - low) / 255; };
            line[x] = qRgb(channel(qRed(line[x])), channel(qGreen(line[x])), channel(qBlue(line[x])));
        }
    }
}

// One frame: a desk, a sheet with the symbol, the distortions.
QImage makeFrame(const QString &text, unsigned distortions, QRandomGenerator &random)
{
    const QSize size(1280, 720);
    const auto symbol = QrImageWriter::makeImage(text, 4);
    if (!symbol)
        qFatal("cannot draw a symbol");

    QImage frame(size, QImage::Format_RGB32);
    QPainter painter(&frame);
    QLinearGradient desk(0, 0, size.width(), size.height());
    desk.setColorAt(0, QColor(120, 100, 80));
    desk.setColorAt(1, QColor(70, 60, 50));
    painter.fillRect(frame.rect(), desk);
    for (int i = 0; i < 8; ++i) {
        painter.fillRect(random.bounded(size.width()), random.bounded(size.height()), random.bounded(40, 200),
                         random.bounded(20, 120), QColor::fromHsv(random.bounded(360), 60, random.bounded(60, 200)));
    }

    // The symbol 45–65 % of the frame's height, on a sheet a little larger.
    const double symbolSide = size.height() * (0.45 + 0.2 * random.generateDouble());
    const double sheetSide = symbolSide * 1.25;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(size.width() / 2.0 + random.bounded(-120, 120), size.height() / 2.0 + random.bounded(-20, 20));
    if (distortions & Rotation)
        painter.rotate((random.bounded(2) ? 1 : -1) * (10 + 35 * random.generateDouble()));
    else
        painter.rotate(-3 + 6 * random.generateDouble());  // nobody holds a sheet perfectly straight
    if (distortions & Perspective) {
        // Tilted away from the camera: one edge 15–30 % shorter, on a random side.
        const double h = sheetSide / 2;
        const double squeeze = h * (0.15 + 0.15 * random.generateDouble());
        const QPolygonF square({QPointF(-h, -h), QPointF(h, -h), QPointF(h, h), QPointF(-h, h)});
        QPolygonF seen = square;
        const int edge = random.bounded(4);
        seen[edge].rx() += (seen[edge].x() < 0 ? squeeze : -squeeze) * (edge % 2 == 0 ? 1 : 0);
        seen[edge].ry() += (seen[edge].y() < 0 ? squeeze : -squeeze) * (edge % 2 == 1 ? 1 : 0);
        const int next = (edge + 1) % 4;
        seen[next].rx() += (seen[next].x() < 0 ? squeeze : -squeeze) * (edge % 2 == 0 ? 1 : 0);
        seen[next].ry() += (seen[next].y() < 0 ? squeeze : -squeeze) * (edge % 2 == 1 ? 1 : 0);
        QTransform tilt;
        if (QTransform::quadToQuad(square, seen, tilt))
            painter.setTransform(tilt, true);
    }
    painter.fillRect(QRectF(-sheetSide / 2, -sheetSide / 2, sheetSide, sheetSide), QColor(245, 245, 240));
    painter.drawImage(QRectF(-symbolSide / 2, -symbolSide / 2, symbolSide, symbolSide), *symbol);
    painter.resetTransform();
    if (distortions & Glare) {
        // A lamp's reflection on glossy paper: a bright blob over part of the code.
        const QPointF centre(size.width() / 2.0 + random.bounded(-150, 150), size.height() / 2.0 + random.bounded(-150, 150));
        const double radius = symbolSide * (0.25 + 0.2 * random.generateDouble());
        QRadialGradient glare(centre, radius);
        glare.setColorAt(0, QColor(255, 255, 255, 220));
        glare.setColorAt(0.5, QColor(255, 255, 250, 150));
        glare.setColorAt(1, QColor(255, 255, 255, 0));
        painter.setBrush(glare);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(centre, radius, radius);
    }
    painter.end();

    if (distortions & LowContrast)
        lowerContrast(frame, 90 + random.bounded(20), 150 + random.bounded(20));
    if (distortions & Blur)
        blur(frame, 1 + random.bounded(2));
    if (distortions & Noise)
        addNoise(frame, 10 + 10 * random.generateDouble(), random);
    return frame;
}

struct Tally {
    int frames = 0;
    int oursRead = 0;
    int zbarRead = 0;
    double oursDecodeMs = 0;
    double oursLoadMs = 0;
    double zbarMs = 0;
};

struct ZbarRun {
    bool ran = false;
    QString problem;
    std::map<QString, QStringList> texts;  // file -> texts
    std::map<QString, double> ms;          // file -> ms
    double totalMs = 0;
};

ZbarRun runZbar(const QString &warmUp, const std::vector<Frame> &frames)
{
    ZbarRun run;
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    const QString stdbuf = QStandardPaths::findExecutable(QStringLiteral("stdbuf"));
    if (zbarimg.isEmpty() || stdbuf.isEmpty()) {
        run.problem = QStringLiteral("zbarimg or stdbuf not found (scripts/setup-debian.sh --test installs zbar-tools)");
        return run;
    }
    QStringList arguments{QStringLiteral("-oL"), zbarimg, QStringLiteral("--xml"), QStringLiteral("-q"),
                          QStringLiteral("-Sdisable"), QStringLiteral("-Sqrcode.enable"), warmUp};
    for (const Frame &frame : frames)
        arguments << frame.file;

    QProcess process;
    QElapsedTimer clock;
    std::vector<std::pair<QString, qint64>> done;  // href, ns when its </source> arrived
    QByteArray output;
    QByteArray pending;
    QString currentHref;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    clock.start();
    process.start(stdbuf, arguments);
    if (!process.waitForStarted()) {
        run.problem = QStringLiteral("zbarimg did not start");
        return run;
    }
    // Timestamps per file from the line-buffered output, as it arrives.
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        if (process.bytesAvailable() == 0)
            process.waitForReadyRead(50);
        const QByteArray chunk = process.readAllStandardOutput();
        const qint64 now = clock.nsecsElapsed();
        output += chunk;
        pending += chunk;
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            if (line.startsWith("<source href='")) {
                const qsizetype end = line.indexOf('\'', 14);
                currentHref = QString::fromUtf8(line.mid(14, end - 14));
            } else if (line.startsWith("</source>")) {
                done.emplace_back(currentHref, now);
            }
        }
    }
    process.waitForFinished();
    run.totalMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    // Exit status 4: some file had no symbol; anything else above 0 is a failure.
    if (process.exitStatus() != QProcess::NormalExit || (process.exitCode() != 0 && process.exitCode() != 4)) {
        run.problem = QStringLiteral("zbarimg failed (exit %1): %2")
                          .arg(process.exitCode())
                          .arg(QString::fromLocal8Bit(process.readAllStandardError()).left(300));
        return run;
    }
    for (size_t i = 1; i < done.size(); ++i)
        run.ms[done[i].first] = static_cast<double>(done[i].second - done[i - 1].second) / 1e6;

    // The results themselves, from the whole XML.
    QXmlStreamReader xml(output);
    QString href;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("source"))
            href = xml.attributes().value(QLatin1String("href")).toString();
        else if (xml.isStartElement() && xml.name() == QLatin1String("data"))
            run.texts[href].append(xml.readElementText());
    }
    if (xml.hasError()) {
        run.problem = QStringLiteral("zbarimg's XML could not be read: %1").arg(xml.errorString());
        return run;
    }
    run.ran = true;
    return run;
}

struct Variant {
    QString name;
    QrImageReader::Options options;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("frames"), QStringLiteral("frames per distortion"), QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("S"), QStringLiteral("1203")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("folder for the PNG frames (kept)"), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("no-variants"), QStringLiteral("skip the zxing option variants")});
    parser.addOption({QStringLiteral("read-dir"), QStringLiteral("only read the frames in PATH"), QStringLiteral("PATH")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("read-dir"))) {
        QrImageReader::Options webcam;
        webcam.tryInverted = false;
        webcam.tryHalfSize = false;
        const QrImageReader reader(webcam);
        const QDir folder(parser.value(QStringLiteral("read-dir")));
        int files = 0;
        int read = 0;
        for (const QString &name : folder.entryList({QStringLiteral("frame-*.png")}, QDir::Files, QDir::Name)) {
            ++files;
            if (reader.readImage(QImage(folder.filePath(name))).has_value())
                ++read;
        }
        out << "read " << read << " of " << files << " frames\n";
        return files > 0 ? 0 : 1;
    }
    const int perKind = std::max(1, parser.value(QStringLiteral("frames")).toInt());
    QRandomGenerator random(parser.value(QStringLiteral("seed")).toUInt());

    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    QDir().mkpath(dir);

    // 1. Frames.
    std::vector<Frame> frames;
    for (int k = 0; k < static_cast<int>(kinds().size()); ++k) {
        for (int i = 0; i < perKind; ++i) {
            Frame frame;
            frame.kind = k;
            frame.lengthClass = static_cast<int>(frames.size() % 3);  // every length under every distortion
            frame.text = randomText(kLengths[frame.lengthClass], random);
            frame.file = QDir(dir).filePath(QStringLiteral("frame-%1-%2.png").arg(k, 2, 10, QLatin1Char('0')).arg(i, 3, 10, QLatin1Char('0')));
            if (!makeFrame(frame.text, kinds()[static_cast<size_t>(k)].distortions, random).save(frame.file))
                qFatal("cannot save a frame");
            frames.push_back(frame);
        }
    }
    QImage blank(64, 64, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QString warmUp = QDir(dir).filePath(QStringLiteral("warm-up.png"));
    blank.save(warmUp);
    out << "bench_qr_decode: " << frames.size() << " frames of 1280x720 (" << perKind << " per distortion; texts of "
        << kLengths[0] << "/" << kLengths[1] << "/" << kLengths[2] << " chars), seed "
        << parser.value(QStringLiteral("seed")) << ", in " << dir << "\n";

    // 2. Ours, as the webcam path reads (no inverted pass).
    QrImageReader::Options webcam;
    webcam.tryInverted = false;
    webcam.tryHalfSize = false;
    const QrImageReader reader(webcam);
    std::vector<Tally> byKind(kinds().size());
    std::vector<Tally> byLength(3);
    std::vector<bool> oursOk(frames.size());
    for (size_t i = 0; i < frames.size(); ++i) {
        const Frame &frame = frames[i];
        QElapsedTimer timer;
        timer.start();
        const QImage image(frame.file);
        const double loadMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const auto texts = reader.readImage(image);
        const double decodeMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        oursOk[i] = texts && *texts == QStringList{frame.text};
        for (Tally *t : {&byKind[static_cast<size_t>(frame.kind)], &byLength[static_cast<size_t>(frame.lengthClass)]}) {
            ++t->frames;
            t->oursRead += oursOk[i] ? 1 : 0;
            t->oursDecodeMs += decodeMs;
            t->oursLoadMs += loadMs + decodeMs;
        }
    }

    // 3. zbar, once over everything.
    const ZbarRun zbar = runZbar(warmUp, frames);
    if (!zbar.ran)
        out << "zbar: not compared: " << zbar.problem << "\n";
    for (size_t i = 0; zbar.ran && i < frames.size(); ++i) {
        const Frame &frame = frames[i];
        const auto texts = zbar.texts.find(frame.file);
        const bool ok = texts != zbar.texts.end() && texts->second == QStringList{frame.text};
        const auto ms = zbar.ms.find(frame.file);
        for (Tally *t : {&byKind[static_cast<size_t>(frame.kind)], &byLength[static_cast<size_t>(frame.lengthClass)]}) {
            t->zbarRead += ok ? 1 : 0;
            t->zbarMs += ms != zbar.ms.end() ? ms->second : 0;
        }
    }

    // 4. Tables.
    auto row = [&](const QString &name, const Tally &t) {
        const double n = std::max(1, t.frames);
        out << qSetFieldWidth(22) << Qt::left << name << qSetFieldWidth(0) << Qt::right
            << QStringLiteral("%1 %2/%3 %4/%5 %6 %7 %8")
                   .arg(t.frames, 4)
                   .arg(t.oursRead, 4).arg(t.frames, -4)
                   .arg(t.zbarRead, 4).arg(t.frames, -4)
                   .arg(t.oursDecodeMs / n, 10, 'f', 1)
                   .arg(t.oursLoadMs / n, 12, 'f', 1)
                   .arg(zbar.ran ? t.zbarMs / n : 0.0, 9, 'f', 1)
            << QStringLiteral("  %1  %2")
                   .arg(zbar.ran && t.zbarMs > 0 ? t.oursDecodeMs / t.zbarMs : 0.0, 6, 'f', 2)
                   .arg(zbar.ran && t.zbarMs > 0 ? t.oursLoadMs / t.zbarMs : 0.0, 6, 'f', 2)
            << "\n";
    };
    const QString header = QStringLiteral("%1    n  ours ok   zbar ok  ours ms  ours+load ms  zbar ms  ratio  ratio+load\n")
                               .arg(QString(), -22);
    out << "\nper distortion (ms are means per frame; ratio = ours / zbar; zbar's ms include its PNG load)\n" << header;
    Tally all;
    for (size_t k = 0; k < kinds().size(); ++k) {
        row(kinds()[k].name, byKind[k]);
        all.frames += byKind[k].frames;
        all.oursRead += byKind[k].oursRead;
        all.zbarRead += byKind[k].zbarRead;
        all.oursDecodeMs += byKind[k].oursDecodeMs;
        all.oursLoadMs += byKind[k].oursLoadMs;
        all.zbarMs += byKind[k].zbarMs;
    }
    row(QStringLiteral("all"), all);
    out << "\nper text length\n" << header;
    for (size_t l = 0; l < 3; ++l)
        row(QStringLiteral("%1 chars").arg(kLengths[l]), byLength[l]);
    if (zbar.ran)
        out << "\nzbarimg: one process over " << frames.size() + 1 << " files, " << QString::number(zbar.totalMs, 'f', 0)
            << " ms in all (" << QString::number(zbar.totalMs / static_cast<double>(frames.size() + 1), 'f', 1)
            << " ms a file including its start)\n";

    // 5. zxing option variants on the same files (decode only).
    if (!parser.isSet(QStringLiteral("no-variants"))) {
        std::vector<Variant> variants;
        auto variant = [&](const QString &name, bool harder, bool rotate, bool downscale, bool inverted,
                           int factor = 3, bool global = false, bool half = false) {
            QrImageReader::Options o;
            o.tryHalfSize = half;
            o.downscaleFactor = factor;
            o.globalHistogram = global;
            o.tryHarder = harder;
            o.tryRotate = rotate;
            o.tryDownscale = downscale;
            o.tryInverted = inverted;
            variants.push_back({name, o});
        };
        variant(QStringLiteral("webcam (harder, rotate, downscale)"), true, true, true, false);
        variant(QStringLiteral("+ inverted pass"), true, true, true, true);
        variant(QStringLiteral("no rotate"), true, false, true, false);
        variant(QStringLiteral("no harder"), false, true, true, false);
        variant(QStringLiteral("no downscale"), true, true, false, false);
        variant(QStringLiteral("no harder, no rotate"), false, false, true, false);
        variant(QStringLiteral("downscale by 2"), true, true, true, false, 2);
        variant(QStringLiteral("downscale by 4"), true, true, true, false, 4);
        variant(QStringLiteral("global histogram"), true, true, true, false, 3, true);
        variant(QStringLiteral("half-size retry"), true, true, true, false, 3, false, true);
        variant(QStringLiteral("half-size retry, no harder"), false, true, true, false, 3, false, true);
        out << "\nzxing options, all frames (decode only)\n";
        for (const Variant &v : variants) {
            const QrImageReader variantReader(v.options);
            int ok = 0;
            double ms = 0;
            for (const Frame &frame : frames) {
                const QImage image(frame.file);
                QElapsedTimer timer;
                timer.start();
                const auto texts = variantReader.readImage(image);
                ms += static_cast<double>(timer.nsecsElapsed()) / 1e6;
                ok += texts && *texts == QStringList{frame.text} ? 1 : 0;
            }
            out << qSetFieldWidth(36) << Qt::left << v.name << qSetFieldWidth(0) << Qt::right
                << QStringLiteral("%1/%2  %3 ms\n").arg(ok, 4).arg(frames.size()).arg(ms / static_cast<double>(frames.size()), 7, 'f', 1);
        }
    }
    return 0;
}
