<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: kakanai-cli [--settings FILE] [--db FILE] [--lang ja|en] COMMAND …

Commands:
  db check [--json]     check the local database without changing it
  db backup FILE        write a consistent copy of the live database
  db migrate            bring the database to this program&apos;s schema

Options:
  --version             print the version
  --help                print this help</source>
        <translation>Usage: kakanai-cli [--settings FILE] [--db FILE] [--lang ja|en] COMMAND …

Commands:
  db check [--json]     check the local database without changing it
  db backup FILE        write a consistent copy of the live database
  db migrate            bring the database to this program&apos;s schema

Options:
  --version             print the version
  --help                print this help</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database is in use by another program and could not be locked. Close the other program (or wait a moment) and try again. The file was not changed.</source>
        <translation>The database is in use by another program and could not be locked. Close the other program (or wait a moment) and try again. The file was not changed.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved by this step; what was saved before is safe. Free some space and try again.</source>
        <translation>The disk is full. Nothing was saved by this step; what was saved before is safe. Free some space and try again.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (input/output error). Check the disk. The file was not changed.</source>
        <translation>The database file could not be read or written (input/output error). Check the disk. The file was not changed.</translation>
    </message>
    <message>
        <source>The database file cannot be opened for writing. Check the folder and its permissions.</source>
        <translation>The database file cannot be opened for writing. Check the folder and its permissions.</translation>
    </message>
    <message>
        <source>The database file is damaged. It has been left as it is; ask the administrator to restore the latest backup (kakanai-cli db check tells more).</source>
        <translation>The database file is damaged. It has been left as it is; ask the administrator to restore the latest backup (kakanai-cli db check tells more).</translation>
    </message>
    <message>
        <source>The database reported an unexpected error.</source>
        <translation>The database reported an unexpected error.</translation>
    </message>
    <message>
        <source>The folder for the database cannot be created.</source>
        <translation>The folder for the database cannot be created.</translation>
    </message>
    <message numerus="yes">
        <source>The database file is damaged (%n problem(s) found). It has been left as it is; ask the administrator to restore the latest backup.</source>
        <translation>
            <numerusform>The database file is damaged (%n problem found). It has been left as it is; ask the administrator to restore the latest backup.</numerusform>
            <numerusform>The database file is damaged (%n problems found). It has been left as it is; ask the administrator to restore the latest backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no database file at this path.</source>
        <translation>There is no database file at this path.</translation>
    </message>
    <message>
        <source>The backup file already exists; choose a new name.</source>
        <translation>The backup file already exists; choose a new name.</translation>
    </message>
    <message>
        <source>The folder for the backup cannot be created.</source>
        <translation>The folder for the backup cannot be created.</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Usage: kakanai-cli [--db FILE] db check [--json]
       kakanai-cli [--db FILE] db backup TARGET-FILE
       kakanai-cli [--db FILE] db migrate</source>
        <translation>Usage: kakanai-cli [--db FILE] db check [--json]
       kakanai-cli [--db FILE] db backup TARGET-FILE
       kakanai-cli [--db FILE] db migrate</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema: %1 (this program: %2)</source>
        <translation>Schema: %1 (this program: %2)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integrity: ok</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: damaged (%n problem(s))</source>
        <translation>
            <numerusform>Integrity: damaged (%n problem)</numerusform>
            <numerusform>Integrity: damaged (%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was written by a newer version of Kakanai; this version will not open it.</source>
        <translation>The database was written by a newer version of Kakanai; this version will not open it.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <source>Database is at schema %1.</source>
        <translation>Database is at schema %1.</translation>
    </message>
</context>
<context>
    <name>Kakanai</name>
    <message>
        <source>Kakanai cannot start</source>
        <translation>Kakanai cannot start</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>A migration file has an invalid name.</source>
        <translation>A migration file has an invalid name.</translation>
    </message>
    <message>
        <source>A migration could not be read.</source>
        <translation>A migration could not be read.</translation>
    </message>
    <message>
        <source>The built-in migrations are not numbered 1, 2, 3, …</source>
        <translation>The built-in migrations are not numbered 1, 2, 3, …</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Kakanai (schema %1; this program knows up to %2). Install the newer version. The database has not been changed.</source>
        <translation>The database was written by a newer version of Kakanai (schema %1; this program knows up to %2). Install the newer version. The database has not been changed.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to schema %1. Nothing was changed.</source>
        <translation>The database could not be upgraded to schema %1. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>kakanai::MainWindow</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Here the clerk will read the citizen&apos;s My Number card, scan the pre-registration QR code, choose the procedures and check the pre-filled forms.</source>
        <translation>Here the clerk will read the citizen&apos;s My Number card, scan the pre-registration QR code, choose the procedures and check the pre-filled forms.</translation>
    </message>
    <message>
        <source>Here reception will book visit slots and check in citizens who booked.</source>
        <translation>Here reception will book visit slots and check in citizens who booked.</translation>
    </message>
    <message>
        <source>Here staff will issue tickets by procedure, call the next citizen and drive the calling board.</source>
        <translation>Here staff will issue tickets by procedure, call the next citizen and drive the calling board.</translation>
    </message>
    <message>
        <source>Here supervisors will see waiting and service times by day, hour and procedure.</source>
        <translation>Here supervisors will see waiting and service times by day, hour and procedure.</translation>
    </message>
    <message>
        <source>Here staff will see the completed records waiting to be sent to the back office, and the ones it rejected.</source>
        <translation>Here staff will see the completed records waiting to be sent to the back office, and the ones it rejected.</translation>
    </message>
    <message>
        <source>Kakanai — citizens&apos; desk</source>
        <translation>Kakanai — citizens&apos; desk</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Card reader: not connected</source>
        <translation>Card reader: not connected</translation>
    </message>
    <message>
        <source>Back office: not checked</source>
        <translation>Back office: not checked</translation>
    </message>
    <message>
        <source>Outbox: —</source>
        <translation>Outbox: —</translation>
    </message>
</context>
<context>
    <name>kakanai::PlaceholderPage</name>
    <message>
        <source>This part of Kakanai is not available in this version yet. Nothing you do here is saved.</source>
        <translation>This part of Kakanai is not available in this version yet. Nothing you do here is saved.</translation>
    </message>
</context>
<context>
    <name>kakanai::SettingsPage</name>
    <message>
        <source>Enter a terminal ID (for example counter-01).</source>
        <translation>Enter a terminal ID (for example counter-01).</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone. Choose one from the list (for example Asia/Tokyo).</source>
        <translation>“%1” is not a known time zone. Choose one from the list (for example Asia/Tokyo).</translation>
    </message>
    <message>
        <source>Settings saved. A new time zone applies to new tickets and statistics.</source>
        <translation>Settings saved. A new time zone applies to new tickets and statistics.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Terminal ID:</source>
        <translation>&amp;Terminal ID:</translation>
    </message>
    <message>
        <source>&amp;Office name:</source>
        <translation>&amp;Office name:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Settings file:</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (schema %2)</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Office time &amp;zone:</source>
        <translation>Office time &amp;zone:</translation>
    </message>
</context>
</TS>
