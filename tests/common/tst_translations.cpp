// Japanese is the primary language: every message must be translated, keep
// its placeholders, and keep its keyboard mnemonic if the source has one.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
    bool unfinished = false;
};

// Reads every <message> of a .ts file. A <translation> holds either text or
// <numerusform> children, so it is read token by token.
QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return {};
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, {}, {}, false};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                current.unfinished = !type.isEmpty();
                QString text;
                while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement
                                         && xml.name() == QLatin1String("translation"))) {
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations.append(xml.readElementText());
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (current.translations.isEmpty())
                    current.translations.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&[^&\\s]"));
    return re.match(text).hasMatch();
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void japaneseIsComplete();
    void englishIsComplete();

private:
    void checkFile(const QString &file, bool requireDifferent);
};

void TestTranslations::checkFile(const QString &file, bool requireDifferent)
{
    const QString path = qEnvironmentVariable("KAKANAI_SOURCE_DIR") + QStringLiteral("/translations/") + file;
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 20);
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
        QVERIFY2(!m.translations.isEmpty(), qPrintable(QStringLiteral("no translation: ") + where));
        for (const QString &t : std::as_const(m.translations)) {
            QVERIFY2(!t.trimmed().isEmpty(), qPrintable(QStringLiteral("empty translation: ") + where));
            QVERIFY2(placeholders(t) == placeholders(m.source),
                     qPrintable(QStringLiteral("placeholders differ: ") + where));
            QVERIFY2(hasMnemonic(t) == hasMnemonic(m.source), qPrintable(QStringLiteral("mnemonic lost: ") + where));
            if (requireDifferent && m.source.contains(QRegularExpression(QStringLiteral("[a-z]{4,} [a-z]{3,}"))))
                QVERIFY2(t != m.source, qPrintable(QStringLiteral("left in English: ") + where));
        }
    }
}

void TestTranslations::japaneseIsComplete()
{
    checkFile(QStringLiteral("kakanai_ja.ts"), true);
}

void TestTranslations::englishIsComplete()
{
    checkFile(QStringLiteral("kakanai_en.ts"), false);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
