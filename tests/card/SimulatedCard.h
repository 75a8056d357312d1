#pragma once
// A small card model for unit tests of MyNumberCard: enough of the text
// input AP to answer SELECT / VERIFY / READ BINARY / GET RESPONSE, with knobs
// for the awkward behaviours of real cards. Used as a FakeCardTransport responder.

#include "TestCardFiles.h"

#include "common/Error.h"

#include <QHash>

#include <algorithm>

namespace kakanai::test {

struct SimulatedCard {
    QByteArray pin = QByteArrayLiteral("1234");
    QByteArray codeB = QByteArrayLiteral("55021720352285");
    int pinTries = 3;
    int codeBTries = 3;
    QHash<quint16, QByteArray> files;

    // Behaviours.
    int maxChunk = 256;        // READ BINARY returns at most this many bytes
    int sixCAbove = 0;         // > 0: READ BINARY with Le above this → 6C <this>
    int sixOneAfter = 0;       // > 0: READ BINARY returns this many bytes + 61 xx, rest by GET RESPONSE
    bool first6F00 = false;    // the first APDU answers 6F 00
    int apdus = 0;

    // State.
    bool appSelected = false;
    quint16 ef = 0;
    bool pinOk = false;
    bool codeBOk = false;
    QByteArray pending;        // for GET RESPONSE

    static QByteArray sw(quint16 s)
    {
        QByteArray r;
        r.append(static_cast<char>(s >> 8));
        r.append(static_cast<char>(s & 0xFF));
        return r;
    }

    void setPerson(const BasicInfo &info, const QByteArray &number = QByteArrayLiteral("123456789018"))
    {
        files[0x0001] = ef0001(number);
        files[0x0002] = ef0002(info, 1024);
        files[0x0003] = ef0003(files[0x0001], files[0x0002]);
    }

    Result<QByteArray> operator()(const QByteArray &apdu)
    {
        ++apdus;
        if (first6F00 && apdus == 1)
            return sw(0x6F00);
        const auto ins = static_cast<quint8>(apdu.at(1));
        const auto p1 = static_cast<quint8>(apdu.at(2));
        const auto p2 = static_cast<quint8>(apdu.at(3));
        if (ins == 0xA4 && p1 == 0x04) {
            if (apdu.mid(5) != hex("D3 92 10 00 31 00 01 01 04 08"))
                return sw(0x6A82);
            appSelected = true;
            ef = 0;
            return sw(0x9000);
        }
        if (ins == 0xA4 && p1 == 0x02) {
            const quint16 fid = static_cast<quint16>((static_cast<quint8>(apdu.at(5)) << 8) | static_cast<quint8>(apdu.at(6)));
            if (!appSelected || (fid != 0x0011 && fid != 0x0015 && !files.contains(fid)))
                return sw(0x6A82);
            ef = fid;
            return sw(0x9000);
        }
        if (ins == 0x20) {
            int &tries = ef == 0x0011 ? pinTries : codeBTries;
            bool &ok = ef == 0x0011 ? pinOk : codeBOk;
            const QByteArray &secret = ef == 0x0011 ? pin : codeB;
            if (apdu.size() == 4)
                return tries == 0 ? sw(0x6984) : sw(static_cast<quint16>(0x63C0 | tries));
            if (tries == 0)
                return sw(0x6984);
            if (apdu.mid(5) == secret) {
                tries = 3;
                ok = true;
                return sw(0x9000);
            }
            --tries;
            return sw(static_cast<quint16>(0x63C0 | tries));
        }
        if (ins == 0xC0) {
            const int le = static_cast<quint8>(apdu.at(4)) == 0 ? 256 : static_cast<quint8>(apdu.at(4));
            QByteArray out = pending.left(le);
            pending.remove(0, out.size());
            return out + (pending.isEmpty() ? sw(0x9000) : sw(static_cast<quint16>(0x6100 | std::min<qsizetype>(pending.size(), 255))));
        }
        if (ins == 0xB0) {
            if (!files.contains(ef))
                return sw(0x6986);
            if ((ef == 0x0002 && !pinOk && !codeBOk) || (ef == 0x0001 && !pinOk) || (ef == 0x0003 && !pinOk && !codeBOk))
                return sw(0x6982);
            const int offset = (p1 << 8) | p2;
            const int le = static_cast<quint8>(apdu.at(4)) == 0 ? 256 : static_cast<quint8>(apdu.at(4));
            const QByteArray &content = files.value(ef);
            if (offset >= content.size())
                return sw(0x6B00);
            if (sixCAbove > 0 && le > sixCAbove)
                return sw(static_cast<quint16>(0x6C00 | sixCAbove));
            const int n = std::min({le, maxChunk, static_cast<int>(content.size()) - offset});
            const QByteArray data = content.mid(offset, n);
            if (sixOneAfter > 0 && data.size() > sixOneAfter) {
                pending = data.mid(sixOneAfter);
                return data.left(sixOneAfter) + sw(static_cast<quint16>(0x6100 | std::min<qsizetype>(pending.size(), 255)));
            }
            return data + sw(0x9000);
        }
        return sw(0x6D00);
    }
};

} // namespace kakanai::test
