// Test helper for tst_draft_crash: opens the store in the folder given as the
// only argument, signs in c001, reads the virtual card, chooses 転入, fills what
// the card cannot know and prints for the signature — all through the
// IntakeSession, as the counter application does — then says "ready" and
// waits to be killed. Nothing is completed.
#include "IntakeFixture.h"

#include <QCoreApplication>
#include <QSignalSpy>

#include <cstdio>

using namespace kakanai;
using namespace kakanai::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: intake_draft_writer <store folder>\n", stderr);
        return 2;
    }
    auto persons = vcard::PersonFile::load(qEnvironmentVariable("KAKANAI_SOURCE_DIR")
                                           + QStringLiteral("/tests/data/persons.json"));
    if (!persons) {
        std::fputs("persons.json not readable\n", stderr);
        return 2;
    }
    Counter counter(persons->at(0), QString::fromLocal8Bit(argv[1]));
    if (!counter.store->isValid() || !counter.signIn(QStringLiteral("c001"))) {
        std::fputs("store or sign-in failed\n", stderr);
        return 2;
    }
    QSignalSpy read(counter.cards.get(), &CardSession::readFinished);
    MyNumberCard::ReadOptions options;
    options.withIndividualNumber = true;
    counter.cards->read(QStringLiteral("Virtual PCD 00 00"),
                        *SecureBuffer::fromDigits(QString::fromLatin1(persons->at(0).pin)), options);
    if (!read.wait(10000) || !read.at(0).at(0).toBool()) {
        std::fputs("card not read\n", stderr);
        return 2;
    }
    if (!counter.session->addForms(counter.navi->checklist(QStringLiteral("tennyu"), {}))
        || !fillTennyuFacts(counter.session->visit())) {
        std::fputs("visit not filled\n", stderr);
        return 2;
    }
    counter.session->noteEdited();
    auto frozen = counter.session->freezeForSignature();
    if (!frozen) {
        std::fputs("not frozen\n", stderr);
        return 2;
    }
    std::printf("ready %s\n", qPrintable(frozen->record().id));
    std::fflush(stdout);
    return app.exec(); // until SIGKILL
}
