#pragma once

// Reads ESC/POS bytes back into commands, the way a printer would take them
// apart: what the tests check the captured jobs against. Knows the commands
// Kakanai sends and nothing else.

#include <QByteArray>
#include <QImage>
#include <QList>

#include <algorithm>
#include <cstring>
#include <optional>

namespace kakanai::testing {

struct EscPosCommand {
    enum class Kind { Initialize, Feed, Cut, Raster, StatusRequest, Unknown };
    Kind kind = Kind::Unknown;
    int value = 0;     // Feed: lines; Cut: m; StatusRequest: n; Unknown: the byte
    QImage band;       // Raster: black (0) / white (255), widthBytes × 8 wide
    qsizetype offset = 0;
};

// One command at `pos`, or nullopt when the bytes there are not complete yet.
inline std::optional<EscPosCommand> nextEscPosCommand(const QByteArray &bytes, qsizetype pos)
{
    const auto at = [&](qsizetype i) { return quint8(bytes[pos + i]); };
    const qsizetype left = bytes.size() - pos;
    if (left < 1)
        return std::nullopt;
    EscPosCommand command;
    command.offset = pos;
    if (at(0) == 0x1b) {
        if (left < 2)
            return std::nullopt;
        if (at(1) == '@') {
            command.kind = EscPosCommand::Kind::Initialize;
            return command;
        }
        if (at(1) == 'd') {
            if (left < 3)
                return std::nullopt;
            command.kind = EscPosCommand::Kind::Feed;
            command.value = at(2);
            return command;
        }
    } else if (at(0) == 0x1d) {
        if (left < 3)
            return std::nullopt;
        if (at(1) == 'V') {
            command.kind = EscPosCommand::Kind::Cut;
            command.value = at(2);
            return command;
        }
        if (at(1) == 'v' && at(2) == '0') {
            if (left < 8)
                return std::nullopt;
            const int widthBytes = at(4) | (at(5) << 8);
            const int lines = at(6) | (at(7) << 8);
            if (left < 8 + qsizetype(widthBytes) * lines)
                return std::nullopt;
            command.kind = EscPosCommand::Kind::Raster;
            command.value = at(3);
            command.band = QImage(widthBytes * 8, lines, QImage::Format_Grayscale8);
            for (int y = 0; y < lines; ++y) {
                uchar *row = command.band.scanLine(y);
                for (int x = 0; x < widthBytes * 8; ++x) {
                    const quint8 packed = at(8 + y * widthBytes + x / 8);
                    row[x] = (packed & (0x80 >> (x % 8))) ? 0 : 255;
                }
            }
            return command;
        }
    } else if (at(0) == 0x10) {
        if (left < 3)
            return std::nullopt;
        if (at(1) == 0x04) {
            command.kind = EscPosCommand::Kind::StatusRequest;
            command.value = at(2);
            return command;
        }
    }
    command.kind = EscPosCommand::Kind::Unknown;
    command.value = at(0);
    return command;
}

inline qsizetype escPosCommandSize(const EscPosCommand &command)
{
    switch (command.kind) {
    case EscPosCommand::Kind::Initialize: return 2;
    case EscPosCommand::Kind::Feed:
    case EscPosCommand::Kind::Cut:
    case EscPosCommand::Kind::StatusRequest: return 3;
    case EscPosCommand::Kind::Raster:
        return 8 + qsizetype(command.band.width() / 8) * command.band.height();
    case EscPosCommand::Kind::Unknown: return 1;
    }
    return 1;
}

// Every complete command in `bytes`.
inline QList<EscPosCommand> parseEscPos(const QByteArray &bytes)
{
    QList<EscPosCommand> commands;
    qsizetype pos = 0;
    while (auto command = nextEscPosCommand(bytes, pos)) {
        pos += escPosCommandSize(*command);
        commands.append(*command);
    }
    return commands;
}

// The raster bands stacked into one image (cut to `width` dots when given).
inline QImage stackRasterBands(const QList<EscPosCommand> &commands, int width = -1)
{
    int height = 0;
    int bandWidth = 0;
    for (const auto &command : commands) {
        if (command.kind == EscPosCommand::Kind::Raster) {
            height += command.band.height();
            bandWidth = std::max(bandWidth, command.band.width());
        }
    }
    QImage image(width > 0 ? width : bandWidth, height, QImage::Format_Grayscale8);
    image.fill(255);
    int y = 0;
    for (const auto &command : commands) {
        if (command.kind != EscPosCommand::Kind::Raster)
            continue;
        for (int line = 0; line < command.band.height(); ++line, ++y)
            memcpy(image.scanLine(y), command.band.constScanLine(line),
                   size_t(std::min(image.width(), command.band.width())));
    }
    return image;
}

} // namespace kakanai::testing
