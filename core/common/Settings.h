#pragma once

#include <QString>
#include <QVariant>

#include <memory>

class QSettings;
class QTemporaryDir;

namespace kakanai {

// Every setting the application reads, with its default in one table
// (Settings.cpp). Code never spells a settings key as a string.
enum class SettingKey {
    Language,              // "ja" or "en"
    OfficeTimeZone,        // IANA name, default Asia/Tokyo
    OfficeName,            // shown on printouts and the calling board
    TerminalId,            // which counter PC this is (audit, outbox)
    DatabasePath,          // empty = <AppDataLocation>/kakanai.sqlite
    DatabaseBusyTimeoutMs, // how long to wait for a lock before reporting "locked"
    CardReaderName,        // empty = first reader with a card
    CardApduTimeoutMs,     // longest wait for the reader's answer to one card command; 0 = no limit
    BackOfficeUrl,
    BackOfficeCaBundle,    // PEM file with the office's CA certificates; empty = the system's
    BackOfficePublicKeyPin,// base64 SHA-256 of the server's public key (SPKI), optional "sha256/" prefix; empty = no pin
    BackOfficeToken,       // bearer token; empty = no Authorization header
    BackOfficeTimeoutMs,   // per HTTP request
    OutboxBackoffFloorMs,  // first retry delay bound; doubles per attempt (full jitter)
    OutboxBackoffCapMs,    // the largest retry delay bound
    OutboxBatchSize,       // records claimed and sent together
    OutboxPurgeAfterDays,  // sent records are deleted from this PC after this many days (RecordPurger)
    RecordKeyFile,         // record encryption key; empty = <AppDataLocation>/record.key
    IdleLockMinutes,
    KioskMode,
    FormsOverrideDir,      // the municipality's own/edited form definitions; empty = built-in only
    CsvMappingFile,        // the administrator's CSV mapping for export (docs/csv-mapping.md); empty = built-in
    RecordKeyStore,        // where the record key lives: "file" (RecordKeyFile) or "keychain" (Secret Service)
    AuditAnchorDir,        // where the audit log's checkpoint is kept; empty = the settings file's folder
    PreRegTrustedKeys,     // "label:BASE64;label:BASE64": Ed25519 public keys of servers that sign QR codes
    ScannerKeyboardWedge,  // recognise a 2-D scanner typing as a keyboard on the intake page
    ScannerSerialPort,     // serial (USB-COM) QR scanner device, e.g. /dev/serial/by-id/…; empty = none
    ScannerSerialBaud,     // its baud rate
    OfficeUrl,             // the office store: empty = office.sqlite beside the local store; postgresql://… (docs/admin/office.md)
    OfficePasswordFile,    // a 0600 file holding the office store role's password; empty = none (TLS client certificate, .pgpass)
    OfficePasswordStore,   // where that password is: "file" (OfficePasswordFile) or "keychain" (Secret Service)
    OfficeTimeoutMs,       // connect and statement timeout of the office store; the change feed's liveness bound
    // The queue (docs/queue.md)
    QueueCounterId,        // this PC's counter ("3"); empty = this PC calls no tickets (reception, board)
    QueueMaxCalls,         // calls before "absent" makes a ticket a no-show (1 call + recalls)
    QueueServiceLevels,    // minutes, space separated: the shares served within them (statistics)
    QueueDefaultServiceMinutes, // the wait estimate's service time before there is any history
    TicketPrinter,         // "none", "escpos-net://HOST:9100", "escpos-device:///dev/usb/lp0", "system:NAME" (docs/admin/ticket-printers.md)
    TicketPaperWidthDots,  // the receipt printer's print width: 384 (58 mm) or 576 (80 mm)
    BoardWebAddress,       // where the web board and 混雑状況 listen: 127.0.0.1, or 0.0.0.0 for the office LAN
    BoardWebPort,          // 0 = no web board
    BoardPublicUrl,        // the address the tickets' QR codes point to; empty = http://<this host>:<port>
    BoardRecentCount,      // how many recently called numbers the board lists
};

class Settings {
public:
    // Settings in the standard per-user location (organisation "Kakanai").
    Settings();
    // Settings in a given INI file (admins can pre-seed one; tests use a temp file).
    explicit Settings(const QString &iniFile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // A settings store in a fresh temporary directory, removed with the object.
    static std::unique_ptr<Settings> temporary();

    QVariant value(SettingKey key) const;
    QString string(SettingKey key) const { return value(key).toString(); }
    int integer(SettingKey key) const { return value(key).toInt(); }
    bool boolean(SettingKey key) const { return value(key).toBool(); }

    // Rejects a value of the wrong type or out of range, leaving the old value.
    bool setValue(SettingKey key, const QVariant &value);
    void reset(SettingKey key);
    bool isSet(SettingKey key) const;

    static QVariant defaultValue(SettingKey key);
    static QString keyName(SettingKey key);

    QString fileName() const;
    void sync();

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace kakanai
