// The shell, driven as a clerk would: mouse, keyboard, language switch.
#include "common/LanguageManager.h"
#include "common/Settings.h"
#include "pages/PlaceholderPage.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using namespace kakanai;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void opensInJapanese();
    void everyPageReachableByMouse();
    void everyPageReachableByKeyboard();
    void navigationWorksWithArrowKeys();
    void placeholdersSayTheyAreNotAvailable();
    void switchesLanguageFromSettingsPage();
    void invalidSettingsChangeNothing();
    void scannerSettingsAreSaved();
    void fitsSmallCounterScreen();
    void statusBarStartsHonest();

private:
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    QListWidget *navigation() { return m_window->findChild<QListWidget *>(QStringLiteral("navigation")); }
};

void TestMainWindow::init()
{
    m_settings = Settings::temporary();
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("ja")));
    m_window = std::make_unique<MainWindow>(*m_settings, *m_languages,
                                            MainWindow::StoreInfo{QStringLiteral("/tmp/test.sqlite"), 2},
                                            MainWindow::PageWidgets{});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_settings.reset();
}

void TestMainWindow::opensInJapanese()
{
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("書かない窓口")));
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Intake);
    QVERIFY(navigation()->item(0)->text().contains(QStringLiteral("受付")));
    QVERIFY(navigation()->item(int(MainWindow::Page::Settings))->text().contains(QStringLiteral("設定")));
}

void TestMainWindow::everyPageReachableByMouse()
{
    QListWidget *nav = navigation();
    for (MainWindow::Page page : MainWindow::allPages()) {
        QListWidgetItem *item = nav->item(int(page));
        const QRect rect = nav->visualItemRect(item);
        QVERIFY(rect.isValid());
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(m_window->currentPage(), page);
        QVERIFY(m_window->page(page)->isVisible());
    }
}

void TestMainWindow::everyPageReachableByKeyboard()
{
    const QList<MainWindow::Page> pages = MainWindow::allPages();
    // Walk backwards so every shortcut really changes the page.
    for (qsizetype i = pages.size() - 1; i >= 0; --i) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentPage(), pages.at(i));
    }
}

void TestMainWindow::navigationWorksWithArrowKeys()
{
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QTRY_VERIFY(navigation()->hasFocus());
    QTest::keyClick(navigation(), Qt::Key_Down);
    QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Appointments);
    QTest::keyClick(navigation(), Qt::Key_End);
    QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Settings);
}

void TestMainWindow::placeholdersSayTheyAreNotAvailable()
{
    for (MainWindow::Page page : {MainWindow::Page::Appointments, MainWindow::Page::Queue,
                                  MainWindow::Page::Statistics, MainWindow::Page::Outbox, MainWindow::Page::Audit,
                                  MainWindow::Page::Staff}) {
        auto *label = m_window->page(page)->findChild<QLabel *>(QStringLiteral("notAvailable"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("まだ")));
    }
}

void TestMainWindow::switchesLanguageFromSettingsPage()
{
    m_window->showPage(MainWindow::Page::Settings);
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *apply = m_window->findChild<QPushButton *>(QStringLiteral("applySettingsButton"));
    QVERIFY(combo && apply);
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY(navigation()->item(0)->text().contains(QStringLiteral("Intake")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("citizens' desk")));
    QCOMPARE(apply->text(), QStringLiteral("&Save settings"));
    QCOMPARE(m_settings->string(SettingKey::Language), QStringLiteral("en"));

    combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY(navigation()->item(0)->text().contains(QStringLiteral("受付")));
}

void TestMainWindow::scannerSettingsAreSaved()
{
    m_window->showPage(MainWindow::Page::Settings);
    auto *wedge = m_window->findChild<QCheckBox *>(QStringLiteral("keyboardWedgeCheck"));
    auto *port = m_window->findChild<QComboBox *>(QStringLiteral("serialPortCombo"));
    auto *baud = m_window->findChild<QComboBox *>(QStringLiteral("serialBaudCombo"));
    auto *apply = m_window->findChild<QPushButton *>(QStringLiteral("applySettingsButton"));
    auto *message = m_window->findChild<QLabel *>(QStringLiteral("settingsMessage"));
    QVERIFY(wedge && port && baud && apply && message);
    QVERIFY(wedge->isChecked()); // on by default
    QVERIFY(port->currentText().isEmpty());

    // Not a device path: refused, nothing saved.
    port->setCurrentText(QStringLiteral("COM3"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(message->text().contains(QStringLiteral("/dev/serial/by-id")));
    QVERIFY(m_settings->string(SettingKey::ScannerSerialPort).isEmpty());

    const QString device = QStringLiteral("/dev/serial/by-id/usb-Scanner_QR-if00");
    port->setCurrentText(device);
    baud->setCurrentIndex(baud->findData(115200));
    QTest::mouseClick(wedge, Qt::LeftButton, {}, QPoint(8, wedge->height() / 2));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_settings->string(SettingKey::ScannerSerialPort), device);
    QCOMPARE(m_settings->integer(SettingKey::ScannerSerialBaud), 115200);
    QCOMPARE(m_settings->boolean(SettingKey::ScannerKeyboardWedge), false);
    QVERIFY(!message->text().isEmpty());
}

void TestMainWindow::invalidSettingsChangeNothing()
{
    m_window->showPage(MainWindow::Page::Settings);
    auto *zone = m_window->findChild<QComboBox *>(QStringLiteral("timeZoneCombo"));
    auto *terminal = m_window->findChild<QLineEdit *>(QStringLiteral("terminalIdEdit"));
    auto *apply = m_window->findChild<QPushButton *>(QStringLiteral("applySettingsButton"));
    auto *message = m_window->findChild<QLabel *>(QStringLiteral("settingsMessage"));
    QVERIFY(zone && terminal && apply && message);
    terminal->setText(QStringLiteral("counter-09"));
    zone->setCurrentText(QStringLiteral("Mars/Olympus"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(message->text().contains(QStringLiteral("Mars/Olympus")));
    QCOMPARE(m_settings->string(SettingKey::TerminalId), QStringLiteral("counter-01"));
    QCOMPARE(m_settings->string(SettingKey::OfficeTimeZone), QStringLiteral("Asia/Tokyo"));
}

void TestMainWindow::fitsSmallCounterScreen()
{
    const QSize minimum = m_window->minimumSize().expandedTo(m_window->minimumSizeHint());
    QVERIFY2(minimum.width() <= 1366 && minimum.height() <= 768 - 40,
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    m_window->resize(1366, 728);
    QTRY_COMPARE(m_window->size(), QSize(1366, 728));
}

void TestMainWindow::statusBarStartsHonest()
{
    auto *reader = m_window->findChild<QLabel *>(QStringLiteral("readerStatus"));
    QVERIFY(reader);
    QVERIFY(!reader->text().isEmpty());
    m_window->setReaderStatus(QStringLiteral("x"));
    QCOMPARE(reader->text(), QStringLiteral("x"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
