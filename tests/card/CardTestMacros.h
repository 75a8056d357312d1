#pragma once
// Insert / eject a virtual card and wait until PC/SC has seen it (no fixed sleeps).
// `vcard` is a kakanai::test::VirtualCard, `watch` a ReaderWatch on the same reader.
// pcscd polls vpcd readers every ~0.4 s; the generous timeouts are for loaded CI machines.

#define KAKANAI_INSERT(vcard, watch, port, person, ...)                                                       \
    do {                                                                                                       \
        const QString insertError_ =                                                                           \
            ::kakanai::test::insertCard((vcard), (watch), (port), (person), QStringList{__VA_ARGS__});         \
        QVERIFY2(insertError_.isEmpty(), qPrintable(insertError_));                                            \
    } while (false)

#define KAKANAI_EJECT(vcard, watch)                                                                            \
    do {                                                                                                       \
        (vcard).stop();                                                                                        \
        QTRY_VERIFY2_WITH_TIMEOUT(!(watch).cardPresent(), qPrintable((watch).describe()), 20000);             \
    } while (false)
