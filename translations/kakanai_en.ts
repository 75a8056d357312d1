<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditAnchor</name>
    <message>
        <source>The audit checkpoint does not verify with the old record key, so it was not sealed again with the new one. Check the audit log (kakanai-cli audit verify).</source>
        <translation>The audit checkpoint does not verify with the old record key, so it was not sealed again with the new one. Check the audit log (kakanai-cli audit verify).</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Daily digest %1: %2</source>
        <translation>Daily digest %1: %2</translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1: %2 (%3 entries before it verified)</source>
        <translation>Audit log BROKEN at entry %1: %2 (%3 entries before it verified)</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entries verified.</source>
        <translation>
            <numerusform>Audit log intact: %n entry verified.</numerusform>
            <numerusform>Audit log intact: %n entries verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log TRUNCATED: %1</source>
        <translation>Audit log TRUNCATED: %1</translation>
    </message>
    <message>
        <source>Audit log BROKEN: %1</source>
        <translation>Audit log BROKEN: %1</translation>
    </message>
    <message>
        <source>Audit checkpoint TAMPERED: %1</source>
        <translation>Audit checkpoint TAMPERED: %1</translation>
    </message>
    <message numerus="yes">
        <source>The chain verified (%n entries), but NOT its end: %1</source>
        <translation>
            <numerusform>The chain verified (%n entry), but NOT its end: %1</numerusform>
            <numerusform>The chain verified (%n entries), but NOT its end: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The checkpoint recorded %1 entries; the newer ones follow by the chain and the checkpoint was moved up.</source>
        <translation>The checkpoint recorded %1 entries; the newer ones follow by the chain and the checkpoint was moved up.</translation>
    </message>
    <message>
        <source>Usage: kakanai-cli [--db FILE] audit verify [--local] [--json]
       kakanai-cli [--db FILE] audit list [--local] [--from SEQ] [--limit N]
The office&apos;s chain (staff, sign-ins, what clerks did), or with --local this PC&apos;s chain (what happened to its records).</source>
        <translation>Usage: kakanai-cli [--db FILE] audit verify [--local] [--json]
       kakanai-cli [--db FILE] audit list [--local] [--from SEQ] [--limit N]
The office&apos;s chain (staff, sign-ins, what clerks did), or with --local this PC&apos;s chain (what happened to its records).</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entries before this one are missing (deleted).</source>
        <translation>Entries before this one are missing (deleted).</translation>
    </message>
    <message>
        <source>The entry numbers are out of order.</source>
        <translation>The entry numbers are out of order.</translation>
    </message>
    <message>
        <source>This entry does not follow the entry before it (an entry was deleted, inserted or moved).</source>
        <translation>This entry does not follow the entry before it (an entry was deleted, inserted or moved).</translation>
    </message>
    <message>
        <source>This entry was changed after it was written.</source>
        <translation>This entry was changed after it was written.</translation>
    </message>
    <message>
        <source>The daily digest of %1 does not match the log.</source>
        <translation>The daily digest of %1 does not match the log.</translation>
    </message>
    <message>
        <source>Whether entries were cut off at the end cannot be checked: %1</source>
        <translation>Whether entries were cut off at the end cannot be checked: %1</translation>
    </message>
    <message>
        <source>The checkpoint (%1) was tampered with: %2</source>
        <translation>The checkpoint (%1) was tampered with: %2</translation>
    </message>
    <message>
        <source>There was no checkpoint (%1): the anchor starts now, at entry %2. Entries cut off before now cannot be seen.</source>
        <translation>There was no checkpoint (%1): the anchor starts now, at entry %2. Entries cut off before now cannot be seen.</translation>
    </message>
    <message numerus="yes">
        <source>The log was cut off: %n entries are missing after entry %1 (the checkpoint of %2 records %3 entries).</source>
        <translation>
            <numerusform>The log was cut off: %n entry is missing after entry %1 (the checkpoint of %2 records %3 entries).</numerusform>
            <numerusform>The log was cut off: %n entries are missing after entry %1 (the checkpoint of %2 records %3 entries).</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 is not the entry the checkpoint recorded: the log was rewritten up to there.</source>
        <translation>Entry %1 is not the entry the checkpoint recorded: the log was rewritten up to there.</translation>
    </message>
</context>
<context>
    <name>BerTlv</name>
    <message>
        <source>The card sent data in an unexpected format.</source>
        <translation>The card sent data in an unexpected format.</translation>
    </message>
</context>
<context>
    <name>CardCommand</name>
    <message>
        <source>Usage: kakanai-cli card readers
       kakanai-cli card tries [--reader NAME] [--matching-b]
       kakanai-cli card read [--reader NAME] [--with-number] --pin-stdin [--confirm-last-try]
       kakanai-cli card read [--reader NAME] --verify-b-stdin [--confirm-last-try]

  readers            list the card readers, one a line, with &quot;card present&quot; or &quot;empty&quot;
  tries              PIN tries left on the card (no try is spent)
  read               read name, address, birth date and sex as one JSON object
  --reader NAME      the reader to use (default: the only reader that holds a card)
  --with-number      also read the individual number (needs the PIN)
  --pin-stdin        read the 4-digit PIN from the first line of standard input
  --verify-b-stdin   read the 14-digit matching code B (照合番号B) from standard input instead
  --confirm-last-try the citizen was warned that a wrong entry now locks the card</source>
        <translation>Usage: kakanai-cli card readers
       kakanai-cli card tries [--reader NAME] [--matching-b]
       kakanai-cli card read [--reader NAME] [--with-number] --pin-stdin [--confirm-last-try]
       kakanai-cli card read [--reader NAME] --verify-b-stdin [--confirm-last-try]

  readers            list the card readers, one a line, with &quot;card present&quot; or &quot;empty&quot;
  tries              PIN tries left on the card (no try is spent)
  read               read name, address, birth date and sex as one JSON object
  --reader NAME      the reader to use (default: the only reader that holds a card)
  --with-number      also read the individual number (needs the PIN)
  --pin-stdin        read the 4-digit PIN from the first line of standard input
  --verify-b-stdin   read the 14-digit matching code B (照合番号B) from standard input instead
  --confirm-last-try the citizen was warned that a wrong entry now locks the card</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>No card reader is connected.</translation>
    </message>
    <message>
        <source>There is no card in any reader. Insert the card.</source>
        <translation>There is no card in any reader. Insert the card.</translation>
    </message>
    <message>
        <source>More than one reader holds a card; choose one with --reader NAME.</source>
        <translation>More than one reader holds a card; choose one with --reader NAME.</translation>
    </message>
    <message>
        <source>The PIN on standard input must be 4 digits.</source>
        <translation>The PIN on standard input must be 4 digits.</translation>
    </message>
    <message>
        <source>Matching code B on standard input must be 14 digits.</source>
        <translation>Matching code B on standard input must be 14 digits.</translation>
    </message>
    <message>
        <source>Run again with --confirm-last-try once the citizen has been warned.</source>
        <translation>Run again with --confirm-last-try once the citizen has been warned.</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message numerus="yes">
        <source>The office store did not answer within %n ms.</source>
        <translation>
            <numerusform>The office store did not answer within %n ms.</numerusform>
            <numerusform>The office store did not answer within %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change feed could not connect to the office store.</source>
        <translation>The change feed could not connect to the office store.</translation>
    </message>
    <message>
        <source>The change feed lost its connection to the office store.</source>
        <translation>The change feed lost its connection to the office store.</translation>
    </message>
    <message>
        <source>The office store ended the change feed&apos;s connection.</source>
        <translation>The office store ended the change feed&apos;s connection.</translation>
    </message>
    <message>
        <source>The office store file cannot be read.</source>
        <translation>The office store file cannot be read.</translation>
    </message>
    <message>
        <source>Changes were missed.</source>
        <translation>Changes were missed.</translation>
    </message>
    <message>
        <source>The office store file was removed or replaced.</source>
        <translation>The office store file was removed or replaced.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: kakanai-cli [--settings FILE] [--db FILE] [--lang ja|en] COMMAND …

Commands:
  db check [--json]     check the local database without changing it
  db backup FILE        write a consistent copy of the live database
  db migrate            bring the database to this program&apos;s schema
  outbox status [--json]  records waiting for the back office
  outbox flush|enqueue|list|resend|export-csv  send now, queue, list, CSV for the resident system (outbox --help)
  card readers|tries|read  list readers, read a My Number card (card --help)
  audit verify [--json] check the audit log&apos;s hash chain; exit 8 if broken
  audit list            print audit entries (--from SEQ --limit N)
  forms list            the form definitions in use (id, Japanese title)
  form fill             fill forms from a card file and write the PDF (form --help)
  qr make|decode|keygen the citizen&apos;s pre-registration QR code: make one, read one (qr --help)
  visit complete        a whole visit: forms from the 手続ナビ, the PDF, the record queued (visit --help)
  staff list|add        list or add staff accounts (staff add ID --name N --role R --password-stdin)
  keys id|rotate|export|import  the record key: its id, a new key for every record, a passphrase-sealed copy (keys --help)
  prereg export DIR     write the citizen&apos;s page (pre-registration QR) to publish (prereg --help)
  office init|check|backup|roles  the office store all PCs share: create or upgrade it, check it,
                        back it up, the counter PCs&apos; role SQL (office --help)
  queue issue|call-next|done|absent|transfer|list|…  the ticket queue: issue, call, list;
                        categories and counters (queue --help)
  stats                 wait-time statistics of the office&apos;s tickets, their CSV (stats --help)
  demo simulate --days N  simulated queue history for demos and benchmarks (demo --help)

Options:
  --version             print the version
  --help                print this help</source>
        <translation>Usage: kakanai-cli [--settings FILE] [--db FILE] [--lang ja|en] COMMAND …

Commands:
  db check [--json]     check the local database without changing it
  db backup FILE        write a consistent copy of the live database
  db migrate            bring the database to this program&apos;s schema
  outbox status [--json]  records waiting for the back office
  outbox flush|enqueue|list|resend|export-csv  send now, queue, list, CSV for the resident system (outbox --help)
  card readers|tries|read  list readers, read a My Number card (card --help)
  audit verify [--json] check the audit log&apos;s hash chain; exit 8 if broken
  audit list            print audit entries (--from SEQ --limit N)
  forms list            the form definitions in use (id, Japanese title)
  form fill             fill forms from a card file and write the PDF (form --help)
  qr make|decode|keygen the citizen&apos;s pre-registration QR code: make one, read one (qr --help)
  visit complete        a whole visit: forms from the 手続ナビ, the PDF, the record queued (visit --help)
  staff list|add        list or add staff accounts (staff add ID --name N --role R --password-stdin)
  keys id|rotate|export|import  the record key: its id, a new key for every record, a passphrase-sealed copy (keys --help)
  prereg export DIR     write the citizen&apos;s page (pre-registration QR) to publish (prereg --help)
  office init|check|backup|roles  the office store all PCs share: create or upgrade it, check it,
                        back it up, the counter PCs&apos; role SQL (office --help)
  queue issue|call-next|done|absent|transfer|list|…  the ticket queue: issue, call, list;
                        categories and counters (queue --help)
  stats                 wait-time statistics of the office&apos;s tickets, their CSV (stats --help)
  demo simulate --days N  simulated queue history for demos and benchmarks (demo --help)

Options:
  --version             print the version
  --help                print this help</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>The Shift_JIS (CP932) converter is not available.</source>
        <translation>The Shift_JIS (CP932) converter is not available.</translation>
    </message>
    <message>
        <source>the value is not a list</source>
        <translation>the value is not a list</translation>
    </message>
    <message>
        <source>the value is not a date</source>
        <translation>the value is not a date</translation>
    </message>
    <message>
        <source>the date cannot be written in the Japanese calendar</source>
        <translation>the date cannot be written in the Japanese calendar</translation>
    </message>
    <message>
        <source>the date cannot be written as an era code</source>
        <translation>the date cannot be written as an era code</translation>
    </message>
    <message>
        <source>the value is not yes/no</source>
        <translation>the value is not yes/no</translation>
    </message>
    <message>
        <source>The text holds characters that Shift_JIS (CP932) cannot represent.</source>
        <translation>The text holds characters that Shift_JIS (CP932) cannot represent.</translation>
    </message>
    <message>
        <source>Unknown encoding.</source>
        <translation>Unknown encoding.</translation>
    </message>
    <message>
        <source>Record %1, column &quot;%2&quot;: %3.</source>
        <translation>Record %1, column &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <source>The CSV mapping file %1 has no columns for the data kind &quot;%2&quot;.</source>
        <translation>The CSV mapping file %1 has no columns for the data kind &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be decrypted, so no file was written. The record key file may be the wrong one; ask the administrator.</source>
        <translation>
            <numerusform>%n record could not be decrypted, so no file was written. The record key file may be the wrong one; ask the administrator.</numerusform>
            <numerusform>%n records could not be decrypted, so no file was written. The record key file may be the wrong one; ask the administrator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1, column &quot;%2&quot;: %3 (U+%4)</source>
        <translation>record %1, column &quot;%2&quot;: %3 (U+%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cannot be written in Shift_JIS (CP932), so no file was written. Correct the record or choose UTF-8:</source>
        <translation>
            <numerusform>%n character cannot be written in Shift_JIS (CP932), so no file was written. Correct the record or choose UTF-8:</numerusform>
            <numerusform>%n characters cannot be written in Shift_JIS (CP932), so no file was written. Correct the record or choose UTF-8:</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file %1 cannot be written: %2</source>
        <translation>The CSV file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Record %1 cannot be read: %2</source>
        <translation>Record %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The CSV file %1 could not be made private (mode 0600).</source>
        <translation>The CSV file %1 could not be made private (mode 0600).</translation>
    </message>
</context>
<context>
    <name>CsvMapping</name>
    <message>
        <source>a column must be an object with &quot;header&quot; and &quot;from&quot;</source>
        <translation>a column must be an object with &quot;header&quot; and &quot;from&quot;</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>the column header is missing or empty</source>
        <translation>the column header is missing or empty</translation>
    </message>
    <message>
        <source>a column header cannot contain a line break</source>
        <translation>a column header cannot contain a line break</translation>
    </message>
    <message>
        <source>&quot;from&quot; must be a source such as &quot;field:name&quot;, or a list of sources</source>
        <translation>&quot;from&quot; must be a source such as &quot;field:name&quot;, or a list of sources</translation>
    </message>
    <message>
        <source>unknown source; use record:uuid, record:createdAt, record:terminalId, record:staffId, form:id, form:version, field:ID, form:FORM/field:ID, card:NAME or const:TEXT</source>
        <translation>unknown source; use record:uuid, record:createdAt, record:terminalId, record:staffId, form:id, form:version, field:ID, form:FORM/field:ID, card:NAME or const:TEXT</translation>
    </message>
    <message>
        <source>rows of this kind are not made from a form; use form:FORM/field:ID or card:NAME</source>
        <translation>rows of this kind are not made from a form; use form:FORM/field:ID or card:NAME</translation>
    </message>
    <message>
        <source>unknown format; use one of: %1</source>
        <translation>unknown format; use one of: %1</translation>
    </message>
    <message>
        <source>&quot;map&quot; must be an object of value → text</source>
        <translation>&quot;map&quot; must be an object of value → text</translation>
    </message>
    <message>
        <source>the replacement must be text</source>
        <translation>the replacement must be text</translation>
    </message>
    <message>
        <source>a data kind must be an object with &quot;rowPer&quot; and &quot;columns&quot;</source>
        <translation>a data kind must be an object with &quot;rowPer&quot; and &quot;columns&quot;</translation>
    </message>
    <message>
        <source>must be &quot;form&quot; or &quot;card-read&quot;</source>
        <translation>must be &quot;form&quot; or &quot;card-read&quot;</translation>
    </message>
    <message>
        <source>list at least one form id</source>
        <translation>list at least one form id</translation>
    </message>
    <message>
        <source>a form id must be non-empty text</source>
        <translation>a form id must be non-empty text</translation>
    </message>
    <message>
        <source>&quot;forms&quot; is only for rowPer &quot;form&quot;</source>
        <translation>&quot;forms&quot; is only for rowPer &quot;form&quot;</translation>
    </message>
    <message>
        <source>list at least one column</source>
        <translation>list at least one column</translation>
    </message>
    <message>
        <source>at most %1 columns</source>
        <translation>at most %1 columns</translation>
    </message>
    <message>
        <source>this header is used by an earlier column too</source>
        <translation>this header is used by an earlier column too</translation>
    </message>
    <message>
        <source>The CSV mapping file %1 cannot be read: %2</source>
        <translation>The CSV mapping file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The CSV mapping file %1 is too large (at most 1 MiB).</source>
        <translation>The CSV mapping file %1 is too large (at most 1 MiB).</translation>
    </message>
    <message>
        <source>The CSV mapping file %1 is not valid: %2: %3</source>
        <translation>The CSV mapping file %1 is not valid: %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>not valid JSON (%1)</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>the file must hold one JSON object</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>must be &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an object with at least one of ido, kofu, kenmen</source>
        <translation>must be an object with at least one of ido, kofu, kenmen</translation>
    </message>
    <message>
        <source>unknown data kind; use ido, kofu or kenmen</source>
        <translation>unknown data kind; use ido, kofu or kenmen</translation>
    </message>
</context>
<context>
    <name>DailyNumbers</name>
    <message>
        <source>The number series or its band is not valid.</source>
        <translation>The number series or its band is not valid.</translation>
    </message>
    <message>
        <source>All numbers of series %1 for today have been given out (up to %2). Numbers are never given twice; widen the band or use another series.</source>
        <translation>All numbers of series %1 for today have been given out (up to %2). Numbers are never given twice; widen the band or use another series.</translation>
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
    <message>
        <source>The database path is a folder, not a database file.</source>
        <translation>The database path is a folder, not a database file.</translation>
    </message>
    <message>
        <source>There is no database file at this path. Check the path; only &quot;kakanai-cli db migrate&quot; or the first start of Kakanai creates one.</source>
        <translation>There is no database file at this path. Check the path; only &quot;kakanai-cli db migrate&quot; or the first start of Kakanai creates one.</translation>
    </message>
    <message>
        <source>The new database file could not be made private (mode 0600).</source>
        <translation>The new database file could not be made private (mode 0600).</translation>
    </message>
    <message>
        <source>The database is on a read-only disk and its journal (-wal) holds changes not yet in the file, so it cannot be read here. Copy the database with its -wal file to a writable folder.</source>
        <translation>The database is on a read-only disk and its journal (-wal) holds changes not yet in the file, so it cannot be read here. Copy the database with its -wal file to a writable folder.</translation>
    </message>
    <message>
        <source>The backup file could not be made private (mode 0600).</source>
        <translation>The backup file could not be made private (mode 0600).</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
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
    <message>
        <source>Created a new database at %1.</source>
        <translation>Created a new database at %1.</translation>
    </message>
    <message>
        <source>Usage: kakanai-cli [--db FILE] db check [--full] [--json]
       kakanai-cli [--db FILE] db backup TARGET-FILE
       kakanai-cli [--db FILE] db migrate</source>
        <translation>Usage: kakanai-cli [--db FILE] db check [--full] [--json]
       kakanai-cli [--db FILE] db backup TARGET-FILE
       kakanai-cli [--db FILE] db migrate</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Check: %1</translation>
    </message>
    <message>
        <source>Outbox records: every record opens</source>
        <translation>Outbox records: every record opens</translation>
    </message>
    <message numerus="yes">
        <source>Outbox records: %n damaged record(s) do not open</source>
        <translation>
            <numerusform>Outbox records: %n damaged record does not open</numerusform>
            <numerusform>Outbox records: %n damaged records do not open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DefinitionProblem</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: field &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: event &quot;%2&quot;: %3</source>
        <translation>%1: event &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: question &quot;%2&quot;: %3</source>
        <translation>%1: question &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot;: %3</source>
        <translation>%1: key &quot;%2&quot;: %3</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Usage: kakanai-cli demo simulate --days N [--seed S] [--end YYYY-MM-DD] [--arrivals-per-day N] [--json]

Writes simulated queue history (tickets and their events) into the office store, for demos,
statistics and benchmarks; never use it on an office&apos;s real store. The N days end on --end
(default: yesterday); days that already have tickets, and today, are refused.

  --days N              calendar days to simulate (1–3660); only office days get tickets
  --seed S              the same seed gives the same history (default 1)
  --end YYYY-MM-DD      the last day (office date), before today
  --arrivals-per-day N  tickets on an ordinary day (default 180; counters scale with it)
  --json                print the summary as JSON</source>
        <translation>Usage: kakanai-cli demo simulate --days N [--seed S] [--end YYYY-MM-DD] [--arrivals-per-day N] [--json]

Writes simulated queue history (tickets and their events) into the office store, for demos,
statistics and benchmarks; never use it on an office&apos;s real store. The N days end on --end
(default: yesterday); days that already have tickets, and today, are refused.

  --days N              calendar days to simulate (1–3660); only office days get tickets
  --seed S              the same seed gives the same history (default 1)
  --end YYYY-MM-DD      the last day (office date), before today
  --arrivals-per-day N  tickets on an ordinary day (default 180; counters scale with it)
  --json                print the summary as JSON</translation>
    </message>
    <message>
        <source>Simulated %1 to %2 (seed %3). Office days: %4, closed days: %5.</source>
        <translation>Simulated %1 to %2 (seed %3). Office days: %4, closed days: %5.</translation>
    </message>
    <message>
        <source>Tickets: %1, events: %2; no-shows: %3 % of the citizens called.</source>
        <translation>Tickets: %1, events: %2; no-shows: %3 % of the citizens called.</translation>
    </message>
    <message>
        <source>  %1: tickets %2, done %3, no-shows %4 (%5 %), cancelled %6, transferred in %7, turned away %8</source>
        <translation>  %1: tickets %2, done %3, no-shows %4 (%5 %), cancelled %6, transferred in %7, turned away %8</translation>
    </message>
    <message>
        <source>Arrivals turned away because a category&apos;s number band ran out: %1. Widen the bands for this many arrivals.</source>
        <translation>Arrivals turned away because a category&apos;s number band ran out: %1. Widen the bands for this many arrivals.</translation>
    </message>
    <message>
        <source>Written in %1 s (tickets per second: %2).</source>
        <translation>Written in %1 s (tickets per second: %2).</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The saved open visit could not be read with this PC&apos;s record key; it was left in place.</source>
        <translation>The saved open visit could not be read with this PC&apos;s record key; it was left in place.</translation>
    </message>
</context>
<context>
    <name>FieldSources</name>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>QR (pre-registration)</source>
        <translation>QR (pre-registration)</translation>
    </message>
    <message>
        <source>this visit</source>
        <translation>this visit</translation>
    </message>
    <message>
        <source>back office</source>
        <translation>back office</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>form default</source>
        <translation>form default</translation>
    </message>
</context>
<context>
    <name>FieldTypes</name>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>kana (furigana)</source>
        <translation>kana (furigana)</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postal code</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choice</translation>
    </message>
    <message>
        <source>checkbox</source>
        <translation>checkbox</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>individual number</source>
        <translation>individual number</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>household members</source>
        <translation>household members</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>At most %1 characters (this has %2).</source>
        <translation>At most %1 characters (this has %2).</translation>
    </message>
    <message>
        <source>Not in the expected form.</source>
        <translation>Not in the expected form.</translation>
    </message>
    <message>
        <source>Not in the expected form: %1</source>
        <translation>Not in the expected form: %1</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Not a date.</translation>
    </message>
    <message>
        <source>The date cannot be after today.</source>
        <translation>The date cannot be after today.</translation>
    </message>
    <message>
        <source>The date cannot be before today.</source>
        <translation>The date cannot be before today.</translation>
    </message>
    <message>
        <source>Not one of the choices of this field.</source>
        <translation>Not one of the choices of this field.</translation>
    </message>
    <message>
        <source>Not a yes/no value.</source>
        <translation>Not a yes/no value.</translation>
    </message>
    <message>
        <source>Must be ticked.</source>
        <translation>Must be ticked.</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>Not a whole number.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>At least %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>At most %1.</translation>
    </message>
    <message>
        <source>Not a list of household members.</source>
        <translation>Not a list of household members.</translation>
    </message>
    <message>
        <source>A household member has no name.</source>
        <translation>A household member has no name.</translation>
    </message>
    <message>
        <source>Add the children to the household.</source>
        <translation>Add the children to the household.</translation>
    </message>
    <message>
        <source>Add the household members.</source>
        <translation>Add the household members.</translation>
    </message>
    <message>
        <source>Unexpected kind of value.</source>
        <translation>Unexpected kind of value.</translation>
    </message>
</context>
<context>
    <name>FileAuditAnchor</name>
    <message>
        <source>checkpoint file %1</source>
        <translation>checkpoint file %1</translation>
    </message>
    <message>
        <source>No protected memory is available for the audit checkpoint key.</source>
        <translation>No protected memory is available for the audit checkpoint key.</translation>
    </message>
    <message>
        <source>The audit checkpoint file cannot be read.</source>
        <translation>The audit checkpoint file cannot be read.</translation>
    </message>
    <message>
        <source>The checkpoint file is not an audit checkpoint.</source>
        <translation>The checkpoint file is not an audit checkpoint.</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s seal (MAC) does not match: it was changed, or written without this store&apos;s record key.</source>
        <translation>The checkpoint&apos;s seal (MAC) does not match: it was changed, or written without this store&apos;s record key.</translation>
    </message>
    <message>
        <source>The checkpoint belongs to another store (%1).</source>
        <translation>The checkpoint belongs to another store (%1).</translation>
    </message>
    <message>
        <source>The checkpoint does not agree with itself (entry count and newest entry differ).</source>
        <translation>The checkpoint does not agree with itself (entry count and newest entry differ).</translation>
    </message>
    <message>
        <source>The folder for the audit checkpoint cannot be created.</source>
        <translation>The folder for the audit checkpoint cannot be created.</translation>
    </message>
    <message>
        <source>The audit checkpoint file cannot be locked.</source>
        <translation>The audit checkpoint file cannot be locked.</translation>
    </message>
    <message>
        <source>The audit checkpoint file cannot be written.</source>
        <translation>The audit checkpoint file cannot be written.</translation>
    </message>
</context>
<context>
    <name>FileKeyProvider</name>
    <message>
        <source>key file %1</source>
        <translation>key file %1</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>The encryption library could not be started.</translation>
    </message>
    <message>
        <source>The record key file is missing.</source>
        <translation>The record key file is missing.</translation>
    </message>
    <message>
        <source>The record key file is a symbolic link. Replace it with the key file itself.</source>
        <translation>The record key file is a symbolic link. Replace it with the key file itself.</translation>
    </message>
    <message>
        <source>The record key file cannot be opened.</source>
        <translation>The record key file cannot be opened.</translation>
    </message>
    <message>
        <source>The record key file cannot be examined.</source>
        <translation>The record key file cannot be examined.</translation>
    </message>
    <message>
        <source>The record key path is not a regular file.</source>
        <translation>The record key path is not a regular file.</translation>
    </message>
    <message>
        <source>The record key file belongs to another user account. It must belong to the account Kakanai runs as; records stay locked until this is fixed.</source>
        <translation>The record key file belongs to another user account. It must belong to the account Kakanai runs as; records stay locked until this is fixed.</translation>
    </message>
    <message>
        <source>The record key file can be read or changed by other user accounts, so it is not used. Make it private (chmod 600 on the file) and try again.</source>
        <translation>The record key file can be read or changed by other user accounts, so it is not used. Make it private (chmod 600 on the file) and try again.</translation>
    </message>
    <message>
        <source>The record key file has the wrong size; it is damaged or not a Kakanai key file. Restore it from the key backup.</source>
        <translation>The record key file has the wrong size; it is damaged or not a Kakanai key file. Restore it from the key backup.</translation>
    </message>
    <message>
        <source>No protected memory is available for the record key.</source>
        <translation>No protected memory is available for the record key.</translation>
    </message>
    <message>
        <source>The record key file could not be read.</source>
        <translation>The record key file could not be read.</translation>
    </message>
    <message>
        <source>The folder for the record key file cannot be created.</source>
        <translation>The folder for the record key file cannot be created.</translation>
    </message>
    <message>
        <source>The record key file cannot be created.</source>
        <translation>The record key file cannot be created.</translation>
    </message>
    <message>
        <source>The record key file could not be written.</source>
        <translation>The record key file could not be written.</translation>
    </message>
    <message>
        <source>There is a record key file already; it is never overwritten.</source>
        <translation>There is a record key file already; it is never overwritten.</translation>
    </message>
    <message>
        <source>The new record key could not be written.</source>
        <translation>The new record key could not be written.</translation>
    </message>
    <message>
        <source>There is no new record key waiting to be put in place.</source>
        <translation>There is no new record key waiting to be put in place.</translation>
    </message>
    <message>
        <source>The new record key could not be put in place of the old one.</source>
        <translation>The new record key could not be put in place of the old one.</translation>
    </message>
    <message>
        <source>The unused new record key could not be removed.</source>
        <translation>The unused new record key could not be removed.</translation>
    </message>
</context>
<context>
    <name>FormCommand</name>
    <message>
        <source>The %1 file could not be read. Check the path.</source>
        <translation>The %1 file could not be read. Check the path.</translation>
    </message>
    <message>
        <source>The %1 file is too large.</source>
        <translation>The %1 file is too large.</translation>
    </message>
    <message>
        <source>The %1 file is not a JSON object.</source>
        <translation>The %1 file is not a JSON object.</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>The card file lacks &quot;%1&quot; or it is not valid. Use the output of &quot;kakanai-cli card read&quot;.</source>
        <translation>The card file lacks &quot;%1&quot; or it is not valid. Use the output of &quot;kakanai-cli card read&quot;.</translation>
    </message>
    <message>
        <source>pre-registration</source>
        <translation>pre-registration</translation>
    </message>
    <message>
        <source>--today is not a date.</source>
        <translation>--today is not a date.</translation>
    </message>
    <message>
        <source>There is no form &quot;%1&quot;. &quot;kakanai-cli forms list&quot; shows the forms.</source>
        <translation>There is no form &quot;%1&quot;. &quot;kakanai-cli forms list&quot; shows the forms.</translation>
    </message>
    <message>
        <source>None of the chosen forms has a field &quot;%1&quot;.</source>
        <translation>None of the chosen forms has a field &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>values</source>
        <translation>values</translation>
    </message>
    <message>
        <source>The values file must be {&quot;facts&quot;: {…}, &quot;fields&quot;: {…}} with text values; &quot;%1&quot; is not.</source>
        <translation>The values file must be {&quot;facts&quot;: {…}, &quot;fields&quot;: {…}} with text values; &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>%1 %2: an individual number may not be given on the command line, where the process list and the shell history keep it. Put it in a file for --values FILE, or pipe it with --values -.</source>
        <translation>%1 %2: an individual number may not be given on the command line, where the process list and the shell history keep it. Put it in a file for --values FILE, or pipe it with --values -.</translation>
    </message>
    <message>
        <source>Usage: kakanai-cli form fill --form ID [--form ID …] --card CARD.json [--prereg FILE]
                             [--qr-text S | --qr-image FILE]
                             [--fact KEY=VALUE …] [--set FIELD=VALUE …] [--values FILE]
                             [--today DATE] [--pdf OUT.pdf] [--json]

  --form ID          a form to fill (see &quot;forms list&quot;); repeat for several forms; with a
                     QR code the code&apos;s forms are filled, and --form adds more
  --qr-text S        the citizen&apos;s pre-registration code as text (symbols separated by spaces)
  --qr-image FILE    the citizen&apos;s pre-registration code in an image or PDF file
  --card FILE        the JSON printed by &quot;card read&quot; (name, address, birthDate, sex, individualNumber)
  --prereg FILE      the pre-registration as a JSON object of key → value (prereg.* sources)
  --fact KEY=VALUE   a shared fact of the visit (visit.* sources), e.g. --fact moveDate=2024-04-01
  --set FIELD=VALUE  the clerk&apos;s value for a field, in every chosen form that has it (e.g. --set kind=tennyu)
  --values FILE      facts and field values as JSON {&quot;facts&quot;:{…},&quot;fields&quot;:{…}}; - reads standard
                     input. The individual number is accepted only this way, never on the command line
  --today DATE       the office date to use instead of today
  --pdf FILE         also write the forms as an A4 PDF for signing
  --json             print the fields as one JSON object instead of a table</source>
        <translation>Usage: kakanai-cli form fill --form ID [--form ID …] --card CARD.json [--prereg FILE]
                             [--qr-text S | --qr-image FILE]
                             [--fact KEY=VALUE …] [--set FIELD=VALUE …] [--values FILE]
                             [--today DATE] [--pdf OUT.pdf] [--json]

  --form ID          a form to fill (see &quot;forms list&quot;); repeat for several forms; with a
                     QR code the code&apos;s forms are filled, and --form adds more
  --qr-text S        the citizen&apos;s pre-registration code as text (symbols separated by spaces)
  --qr-image FILE    the citizen&apos;s pre-registration code in an image or PDF file
  --card FILE        the JSON printed by &quot;card read&quot; (name, address, birthDate, sex, individualNumber)
  --prereg FILE      the pre-registration as a JSON object of key → value (prereg.* sources)
  --fact KEY=VALUE   a shared fact of the visit (visit.* sources), e.g. --fact moveDate=2024-04-01
  --set FIELD=VALUE  the clerk&apos;s value for a field, in every chosen form that has it (e.g. --set kind=tennyu)
  --values FILE      facts and field values as JSON {&quot;facts&quot;:{…},&quot;fields&quot;:{…}}; - reads standard
                     input. The individual number is accepted only this way, never on the command line
  --today DATE       the office date to use instead of today
  --pdf FILE         also write the forms as an A4 PDF for signing
  --json             print the fields as one JSON object instead of a table</translation>
    </message>
    <message>
        <source>kakanai-cli: warning: the QR code looks like another person&apos;s than the card&apos;s (name or date of birth differ); the card&apos;s facts are used.</source>
        <translation>kakanai-cli: warning: the QR code looks like another person&apos;s than the card&apos;s (name or date of birth differ); the card&apos;s facts are used.</translation>
    </message>
</context>
<context>
    <name>FormDefinitionLoader</name>
    <message>
        <source>missing key &quot;format&quot; (this version reads &quot;format&quot;: %1)</source>
        <translation>missing key &quot;format&quot; (this version reads &quot;format&quot;: %1)</translation>
    </message>
    <message>
        <source>&quot;format&quot; %1 is not supported: this version reads format %2</source>
        <translation>&quot;format&quot; %1 is not supported: this version reads format %2</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(not a number)</translation>
    </message>
    <message>
        <source>the form id must be lower-case letters, digits and hyphens, e.g. &quot;jumin-ido&quot;</source>
        <translation>the form id must be lower-case letters, digits and hyphens, e.g. &quot;jumin-ido&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1 or more</source>
        <translation>&quot;version&quot; must be 1 or more</translation>
    </message>
    <message>
        <source>the form has no fields</source>
        <translation>the form has no fields</translation>
    </message>
    <message>
        <source>a field must be an object</source>
        <translation>a field must be an object</translation>
    </message>
    <message>
        <source>field id &quot;%1&quot; must start with a letter and hold only letters, digits and _</source>
        <translation>field id &quot;%1&quot; must start with a letter and hold only letters, digits and _</translation>
    </message>
    <message>
        <source>a field with this id is already defined</source>
        <translation>a field with this id is already defined</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (known: %2)</source>
        <translation>unknown type &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>&quot;source&quot; must be a string or a list of strings</source>
        <translation>&quot;source&quot; must be a string or a list of strings</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot; (use card.*, visit.*, prereg.* or backoffice.*; see docs/forms.md for the card and visit keys)</source>
        <translation>unknown source &quot;%1&quot; (use card.*, visit.*, prereg.* or backoffice.*; see docs/forms.md for the card and visit keys)</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is listed twice</source>
        <translation>source &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>a %1 field cannot take its value from &quot;%2&quot;, which gives a %3</source>
        <translation>a %1 field cannot take its value from &quot;%2&quot;, which gives a %3</translation>
    </message>
    <message>
        <source>a members field takes its rows from &quot;visit.household&quot; only</source>
        <translation>a members field takes its rows from &quot;visit.household&quot; only</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to a %2 field</source>
        <translation>&quot;%1&quot; does not apply to a %2 field</translation>
    </message>
    <message>
        <source>a choice field needs &quot;options&quot;</source>
        <translation>a choice field needs &quot;options&quot;</translation>
    </message>
    <message>
        <source>option %1 must be an object</source>
        <translation>option %1 must be an object</translation>
    </message>
    <message>
        <source>option %1 needs a &quot;value&quot; of letters, digits, _ and -</source>
        <translation>option %1 needs a &quot;value&quot; of letters, digits, _ and -</translation>
    </message>
    <message>
        <source>option value &quot;%1&quot; is listed twice</source>
        <translation>option value &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>&quot;maxLength&quot; must be between 1 and 1000</source>
        <translation>&quot;maxLength&quot; must be between 1 and 1000</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; is not a valid regular expression: %1</source>
        <translation>&quot;pattern&quot; is not a valid regular expression: %1</translation>
    </message>
    <message>
        <source>&quot;min&quot; is greater than &quot;max&quot;</source>
        <translation>&quot;min&quot; is greater than &quot;max&quot;</translation>
    </message>
    <message>
        <source>&quot;notFuture&quot; and &quot;notPast&quot; together leave only today</source>
        <translation>&quot;notFuture&quot; and &quot;notPast&quot; together leave only today</translation>
    </message>
    <message>
        <source>unknown or repeated column &quot;%1&quot; (known: %2)</source>
        <translation>unknown or repeated column &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>&quot;columns&quot; is empty</source>
        <translation>&quot;columns&quot; is empty</translation>
    </message>
    <message>
        <source>&quot;maxRows&quot; must be between 1 and 20</source>
        <translation>&quot;maxRows&quot; must be between 1 and 20</translation>
    </message>
    <message>
        <source>&quot;filter&quot; must be &quot;all&quot; or &quot;children&quot;</source>
        <translation>&quot;filter&quot; must be &quot;all&quot; or &quot;children&quot;</translation>
    </message>
    <message>
        <source>a choice bound to &quot;card.sex&quot; needs the options &quot;1&quot; (male) and &quot;2&quot; (female)</source>
        <translation>a choice bound to &quot;card.sex&quot; needs the options &quot;1&quot; (male) and &quot;2&quot; (female)</translation>
    </message>
    <message>
        <source>this field cannot have a &quot;default&quot;</source>
        <translation>this field cannot have a &quot;default&quot;</translation>
    </message>
    <message>
        <source>&quot;default&quot; must be a string, number or true/false</source>
        <translation>&quot;default&quot; must be a string, number or true/false</translation>
    </message>
    <message>
        <source>the &quot;default&quot; breaks the field&apos;s rules: %1</source>
        <translation>the &quot;default&quot; breaks the field&apos;s rules: %1</translation>
    </message>
    <message>
        <source>a handwritten field cannot be required: the app never holds its value</source>
        <translation>a handwritten field cannot be required: the app never holds its value</translation>
    </message>
    <message>
        <source>a handwritten field takes no value from a source</source>
        <translation>a handwritten field takes no value from a source</translation>
    </message>
    <message>
        <source>required, but there is no way to fill it: no source, no default, and the clerk may not edit it</source>
        <translation>required, but there is no way to fill it: no source, no default, and the clerk may not edit it</translation>
    </message>
    <message>
        <source>a members field needs &quot;source&quot;: &quot;visit.household&quot;</source>
        <translation>a members field needs &quot;source&quot;: &quot;visit.household&quot;</translation>
    </message>
    <message>
        <source>&quot;when&quot; refers to field &quot;%1&quot;, which this form does not have</source>
        <translation>&quot;when&quot; refers to field &quot;%1&quot;, which this form does not have</translation>
    </message>
    <message>
        <source>&quot;when&quot; refers to field &quot;%1&quot;, which has a condition of its own</source>
        <translation>&quot;when&quot; refers to field &quot;%1&quot;, which has a condition of its own</translation>
    </message>
    <message>
        <source>a condition on a choice needs &quot;in&quot;: [option values]</source>
        <translation>a condition on a choice needs &quot;in&quot;: [option values]</translation>
    </message>
    <message>
        <source>&quot;when&quot; names &quot;%1&quot;, which is not an option of field &quot;%2&quot;</source>
        <translation>&quot;when&quot; names &quot;%1&quot;, which is not an option of field &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a condition on a checkbox needs &quot;is&quot;: true or false</source>
        <translation>a condition on a checkbox needs &quot;is&quot;: true or false</translation>
    </message>
    <message>
        <source>&quot;when&quot; can only refer to a choice or a checkbox, and &quot;%1&quot; is neither</source>
        <translation>&quot;when&quot; can only refer to a choice or a checkbox, and &quot;%1&quot; is neither</translation>
    </message>
    <message>
        <source>the print box needs a width and height above 0 mm</source>
        <translation>the print box needs a width and height above 0 mm</translation>
    </message>
    <message>
        <source>the print box (x %1, y %2, w %3, h %4 mm) is outside the A4 page (%5 × %6 mm)</source>
        <translation>the print box (x %1, y %2, w %3, h %4 mm) is outside the A4 page (%5 × %6 mm)</translation>
    </message>
    <message>
        <source>only &quot;paper&quot;: &quot;A4&quot; is supported</source>
        <translation>only &quot;paper&quot;: &quot;A4&quot; is supported</translation>
    </message>
    <message>
        <source>&quot;orientation&quot; must be &quot;portrait&quot; or &quot;landscape&quot;</source>
        <translation>&quot;orientation&quot; must be &quot;portrait&quot; or &quot;landscape&quot;</translation>
    </message>
    <message>
        <source>&quot;fontSize&quot; must be between 5 and 36 points</source>
        <translation>&quot;fontSize&quot; must be between 5 and 36 points</translation>
    </message>
    <message>
        <source>a print box for a field the form does not have</source>
        <translation>a print box for a field the form does not have</translation>
    </message>
    <message>
        <source>the print box must be an object</source>
        <translation>the print box must be an object</translation>
    </message>
    <message>
        <source>no print box: every field needs one in &quot;print&quot;.&quot;boxes&quot;</source>
        <translation>no print box: every field needs one in &quot;print&quot;.&quot;boxes&quot;</translation>
    </message>
    <message>
        <source>&quot;align&quot; must be left, center or right</source>
        <translation>&quot;align&quot; must be left, center or right</translation>
    </message>
    <message>
        <source>the line leaves the A4 page</source>
        <translation>the line leaves the A4 page</translation>
    </message>
    <message>
        <source>&quot;width&quot; must be above 0 and at most 5 mm</source>
        <translation>&quot;width&quot; must be above 0 and at most 5 mm</translation>
    </message>
    <message>
        <source>the print box overlaps the box of field &quot;%1&quot;</source>
        <translation>the print box overlaps the box of field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the print box overlaps the signature box</source>
        <translation>the print box overlaps the signature box</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>larger than 1 MiB: not a form definition</source>
        <translation>larger than 1 MiB: not a form definition</translation>
    </message>
</context>
<context>
    <name>FormLibrary</name>
    <message>
        <source>the folder for the municipality&apos;s forms does not exist; the built-in forms are used</source>
        <translation>the folder for the municipality&apos;s forms does not exist; the built-in forms are used</translation>
    </message>
    <message>
        <source>another file in the same folder already defines form &quot;%1&quot;</source>
        <translation>another file in the same folder already defines form &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>FormRenderer</name>
    <message>
        <source>The disk is full, so the PDF could not be saved. Free some space and try again.</source>
        <translation>The disk is full, so the PDF could not be saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: this folder may not be written to. Choose another folder.</source>
        <translation>The PDF could not be saved: this folder may not be written to. Choose another folder.</translation>
    </message>
    <message>
        <source>The PDF could not be saved. Check that the folder exists and can be written to.</source>
        <translation>The PDF could not be saved. Check that the folder exists and can be written to.</translation>
    </message>
    <message>
        <source>Forms can only be printed by a program with a graphical environment (internal error).</source>
        <translation>Forms can only be printed by a program with a graphical environment (internal error).</translation>
    </message>
    <message>
        <source>No Japanese font is installed, so the form cannot be printed. Ask the administrator to install the Noto CJK fonts (Debian package fonts-noto-cjk).</source>
        <translation>No Japanese font is installed, so the form cannot be printed. Ask the administrator to install the Noto CJK fonts (Debian package fonts-noto-cjk).</translation>
    </message>
    <message>
        <source>There is no form to print: choose a form first.</source>
        <translation>There is no form to print: choose a form first.</translation>
    </message>
    <message>
        <source>The form &quot;%1&quot; is not part of this visit.</source>
        <translation>The form &quot;%1&quot; is not part of this visit.</translation>
    </message>
    <message>
        <source>The printer or PDF file could not be opened for printing.</source>
        <translation>The printer or PDF file could not be opened for printing.</translation>
    </message>
    <message>
        <source>Printing stopped before every page was done. Print again.</source>
        <translation>Printing stopped before every page was done. Print again.</translation>
    </message>
</context>
<context>
    <name>FormsCommand</name>
    <message>
        <source>Usage: kakanai-cli forms list [--dir OVERRIDE-DIR]</source>
        <translation>Usage: kakanai-cli forms list [--dir OVERRIDE-DIR]</translation>
    </message>
</context>
<context>
    <name>HistorySimulator</name>
    <message>
        <source>Give between 1 and %1 days to simulate.</source>
        <translation>Give between 1 and %1 days to simulate.</translation>
    </message>
    <message>
        <source>Simulated history must end before today: today&apos;s queue is the live one.</source>
        <translation>Simulated history must end before today: today&apos;s queue is the live one.</translation>
    </message>
    <message>
        <source>Arrivals per day must be between 1 and %1.</source>
        <translation>Arrivals per day must be between 1 and %1.</translation>
    </message>
    <message>
        <source>A ticket must be called at least once.</source>
        <translation>A ticket must be called at least once.</translation>
    </message>
    <message>
        <source>The office store has no active ticket category &quot;%1&quot;, which the simulation needs.</source>
        <translation>The office store has no active ticket category &quot;%1&quot;, which the simulation needs.</translation>
    </message>
    <message>
        <source>The office store already has tickets in these days. Simulated history is written only where there are none; nothing was written.</source>
        <translation>The office store already has tickets in these days. Simulated history is written only where there are none; nothing was written.</translation>
    </message>
</context>
<context>
    <name>IndividualNumber</name>
    <message>
        <source>An individual number has 12 digits.</source>
        <translation>An individual number has 12 digits.</translation>
    </message>
    <message>
        <source>This is not a valid individual number (the check digit does not match). Check the digits.</source>
        <translation>This is not a valid individual number (the check digit does not match). Check the digits.</translation>
    </message>
</context>
<context>
    <name>JapaneseDate</name>
    <message>
        <source>This is not a date. Examples: 令和6年4月1日, R6.4.1, 5060401, 2024-04-01.</source>
        <translation>This is not a date. Examples: 令和6年4月1日, R6.4.1, 5060401, 2024-04-01.</translation>
    </message>
    <message>
        <source>Unknown era. Use 明治, 大正, 昭和, 平成 or 令和 (M, T, S, H, R).</source>
        <translation>Unknown era. Use 明治, 大正, 昭和, 平成 or 令和 (M, T, S, H, R).</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>The month must be between 1 and 12.</translation>
    </message>
    <message>
        <source>The day must be between 1 and %1 for this month.</source>
        <translation>The day must be between 1 and %1 for this month.</translation>
    </message>
    <message>
        <source>Dates before 1 January 1873 are not supported.</source>
        <translation>Dates before 1 January 1873 are not supported.</translation>
    </message>
</context>
<context>
    <name>JsonChecker</name>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>not valid JSON at line %1, column %2: %3</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>the file must hold one JSON object</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unknown key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>missing key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; must be a string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; must be a number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; must be a whole number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; must be a list</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; must be an object</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot; (Japanese and English)</source>
        <translation>missing &quot;%1&quot; (Japanese and English)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; is empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or {&quot;ja&quot;: …, &quot;en&quot;: …}</source>
        <translation>&quot;%1&quot; must be a string or {&quot;ja&quot;: …, &quot;en&quot;: …}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be {&quot;ja&quot;: …, &quot;en&quot;: …}</source>
        <translation>&quot;%1&quot; must be {&quot;ja&quot;: …, &quot;en&quot;: …}</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>unknown language &quot;%1&quot; in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no Japanese text (&quot;ja&quot;)</source>
        <translation>&quot;%1&quot; has no Japanese text (&quot;ja&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English text (&quot;en&quot;)</source>
        <translation>&quot;%1&quot; has no English text (&quot;en&quot;)</translation>
    </message>
</context>
<context>
    <name>Kakanai</name>
    <message>
        <source>Kakanai cannot start</source>
        <translation>Kakanai cannot start</translation>
    </message>
    <message>
        <source>Back office: records are not being sent</source>
        <translation>Back office: records are not being sent</translation>
    </message>
</context>
<context>
    <name>KanaNormalizer</name>
    <message>
        <source>Hiragana is not allowed here; use katakana.</source>
        <translation>Hiragana is not allowed here; use katakana.</translation>
    </message>
    <message>
        <source>A voiced sound mark (゛ or ゜) stands on its own; join it to the kana before it.</source>
        <translation>A voiced sound mark (゛ or ゜) stands on its own; join it to the kana before it.</translation>
    </message>
    <message>
        <source>Iteration marks (ゝ ゞ ヽ ヾ) are not allowed; write the kana out.</source>
        <translation>Iteration marks (ゝ ゞ ヽ ヾ) are not allowed; write the kana out.</translation>
    </message>
    <message>
        <source>Half-width katakana is not allowed; use full-width katakana.</source>
        <translation>Half-width katakana is not allowed; use full-width katakana.</translation>
    </message>
    <message>
        <source>This katakana letter (ヷ ヸ ヹ ヺ) is not allowed.</source>
        <translation>This katakana letter (ヷ ヸ ヹ ヺ) is not allowed.</translation>
    </message>
    <message>
        <source>The middle dot (・) is not allowed.</source>
        <translation>The middle dot (・) is not allowed.</translation>
    </message>
    <message>
        <source>Use a full-width space (U+3000) between the family name and the given name.</source>
        <translation>Use a full-width space (U+3000) between the family name and the given name.</translation>
    </message>
    <message>
        <source>Latin letters and digits are not allowed; use katakana.</source>
        <translation>Latin letters and digits are not allowed; use katakana.</translation>
    </message>
    <message>
        <source>Symbols are not allowed.</source>
        <translation>Symbols are not allowed.</translation>
    </message>
    <message>
        <source>Kanji is not allowed here; use katakana.</source>
        <translation>Kanji is not allowed here; use katakana.</translation>
    </message>
    <message>
        <source>This character is not allowed; use katakana.</source>
        <translation>This character is not allowed; use katakana.</translation>
    </message>
    <message>
        <source>The field is empty.</source>
        <translation>The field is empty.</translation>
    </message>
    <message>
        <source>The field starts or ends with a space.</source>
        <translation>The field starts or ends with a space.</translation>
    </message>
    <message>
        <source>Two spaces in a row; use one full-width space.</source>
        <translation>Two spaces in a row; use one full-width space.</translation>
    </message>
</context>
<context>
    <name>KeychainKeyProvider</name>
    <message>
        <source>keychain entry %1 / %2</source>
        <translation>keychain entry %1 / %2</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>The encryption library could not be started.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be locked and waiting for its password: unlock the keychain of this user account (for example by logging in to the desktop again) and start Kakanai again.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. It may be locked and waiting for its password: unlock the keychain of this user account (for example by logging in to the desktop again) and start Kakanai again.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. It may be locked and waiting for its password: unlock the keychain of this user account (for example by logging in to the desktop again) and start Kakanai again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain refused access to the record key. Unlock the keychain of this user account and allow Kakanai to use it, then start Kakanai again.</source>
        <translation>The keychain refused access to the record key. Unlock the keychain of this user account and allow Kakanai to use it, then start Kakanai again.</translation>
    </message>
    <message>
        <source>No keychain service (Secret Service, e.g. gnome-keyring) is running for this user account, so the record key cannot be read. Ask the administrator to start the keychain in the desktop session. Records stay locked until then.</source>
        <translation>No keychain service (Secret Service, e.g. gnome-keyring) is running for this user account, so the record key cannot be read. Ask the administrator to start the keychain in the desktop session. Records stay locked until then.</translation>
    </message>
    <message>
        <source>The keychain could not be used to read or store the record key. Check that the keychain service (Secret Service) is running and unlocked for this user account, then start Kakanai again.</source>
        <translation>The keychain could not be used to read or store the record key. Check that the keychain service (Secret Service) is running and unlocked for this user account, then start Kakanai again.</translation>
    </message>
    <message>
        <source>No protected memory is available for the record key.</source>
        <translation>No protected memory is available for the record key.</translation>
    </message>
    <message>
        <source>The record key in the keychain has the wrong size; it is damaged or was not stored by Kakanai. Restore it from the key backup.</source>
        <translation>The record key in the keychain has the wrong size; it is damaged or was not stored by Kakanai. Restore it from the key backup.</translation>
    </message>
    <message>
        <source>The keychain accepted the new record key but does not return it. Check the keychain service for this user account.</source>
        <translation>The keychain accepted the new record key but does not return it. Check the keychain service for this user account.</translation>
    </message>
    <message>
        <source>The record key is missing from the keychain.</source>
        <translation>The record key is missing from the keychain.</translation>
    </message>
    <message>
        <source>There is a record key in the keychain already; it is never overwritten.</source>
        <translation>There is a record key in the keychain already; it is never overwritten.</translation>
    </message>
    <message>
        <source>There is no new record key waiting to be put in place.</source>
        <translation>There is no new record key waiting to be put in place.</translation>
    </message>
</context>
<context>
    <name>KeychainSecret</name>
    <message>
        <source>The office store&apos;s password is not in the keychain yet. Store it with kakanai-cli office store-password (as this user, on this PC).</source>
        <translation>The office store&apos;s password is not in the keychain yet. Store it with kakanai-cli office store-password (as this user, on this PC).</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be locked: unlock the keychain of this user account and try again.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. It may be locked: unlock the keychain of this user account and try again.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. It may be locked: unlock the keychain of this user account and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain could not be used for the office store&apos;s password. Check that the keychain service (Secret Service) is running and unlocked for this user account.</source>
        <translation>The keychain could not be used for the office store&apos;s password. Check that the keychain service (Secret Service) is running and unlocked for this user account.</translation>
    </message>
    <message>
        <source>There is no such keychain entry.</source>
        <translation>There is no such keychain entry.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <source>The keychain accepted the password but does not return it. Check the keychain service for this user account.</source>
        <translation>The keychain accepted the password but does not return it. Check the keychain service for this user account.</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>Usage: kakanai-cli [--db FILE] keys id
       kakanai-cli [--db FILE] keys rotate
       kakanai-cli [--db FILE] keys export --out FILE   (passphrase on standard input)
       kakanai-cli [--db FILE] keys import FILE         (passphrase on standard input)</source>
        <translation>Usage: kakanai-cli [--db FILE] keys id
       kakanai-cli [--db FILE] keys rotate
       kakanai-cli [--db FILE] keys export --out FILE   (passphrase on standard input)
       kakanai-cli [--db FILE] keys import FILE         (passphrase on standard input)</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>(no key yet)</source>
        <translation>(no key yet)</translation>
    </message>
    <message>
        <source>Key (%1): %2</source>
        <translation>Key (%1): %2</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <source>Pending key of an unfinished rotation: %1</source>
        <translation>Pending key of an unfinished rotation: %1</translation>
    </message>
    <message>
        <source>The record key was changed from %1 to %2.</source>
        <translation>The record key was changed from %1 to %2.</translation>
    </message>
    <message>
        <source>Sealed again: records %1, open-visit drafts %2.</source>
        <translation>Sealed again: records %1, open-visit drafts %2.</translation>
    </message>
    <message>
        <source>Export the new key now (kakanai-cli keys export): earlier key exports do not open these records any more.</source>
        <translation>Export the new key now (kakanai-cli keys export): earlier key exports do not open these records any more.</translation>
    </message>
    <message>
        <source>The record key %1 was written to %2, sealed with the passphrase. Keep the file and the passphrase apart.</source>
        <translation>The record key %1 was written to %2, sealed with the passphrase. Keep the file and the passphrase apart.</translation>
    </message>
    <message>
        <source>The key in this file is the key %1, but this store&apos;s records are sealed with the key %2. Nothing was written.</source>
        <translation>The key in this file is the key %1, but this store&apos;s records are sealed with the key %2. Nothing was written.</translation>
    </message>
    <message>
        <source>The record key %1 is already in place (%2); nothing was changed.</source>
        <translation>The record key %1 is already in place (%2); nothing was changed.</translation>
    </message>
    <message>
        <source>There is another record key in %1 (the key %2; this file holds the key %3). Move the current key away first. Nothing was written.</source>
        <translation>There is another record key in %1 (the key %2; this file holds the key %3). Move the current key away first. Nothing was written.</translation>
    </message>
    <message>
        <source>The record key %1 was put in place (%2).</source>
        <translation>The record key %1 was put in place (%2).</translation>
    </message>
</context>
<context>
    <name>LifeEventNavi</name>
    <message>
        <source>&quot;%1&quot; must be a question id or a list of question ids</source>
        <translation>&quot;%1&quot; must be a question id or a list of question ids</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be 1 for this version</source>
        <translation>&quot;format&quot; must be 1 for this version</translation>
    </message>
    <message>
        <source>a question needs an &quot;id&quot; of letters, digits and _</source>
        <translation>a question needs an &quot;id&quot; of letters, digits and _</translation>
    </message>
    <message>
        <source>a question with this id is already defined</source>
        <translation>a question with this id is already defined</translation>
    </message>
    <message>
        <source>there are no events</source>
        <translation>there are no events</translation>
    </message>
    <message>
        <source>an event needs an &quot;id&quot; of lower-case letters, digits and hyphens</source>
        <translation>an event needs an &quot;id&quot; of lower-case letters, digits and hyphens</translation>
    </message>
    <message>
        <source>an event with this id is already defined</source>
        <translation>an event with this id is already defined</translation>
    </message>
    <message>
        <source>asks question &quot;%1&quot;, which is not in &quot;questions&quot;</source>
        <translation>asks question &quot;%1&quot;, which is not in &quot;questions&quot;</translation>
    </message>
    <message>
        <source>the event lists no procedures</source>
        <translation>the event lists no procedures</translation>
    </message>
    <message>
        <source>procedure %1 needs either &quot;form&quot; or &quot;task&quot;</source>
        <translation>procedure %1 needs either &quot;form&quot; or &quot;task&quot;</translation>
    </message>
    <message>
        <source>procedure %1 names form &quot;%2&quot;, which does not exist</source>
        <translation>procedure %1 names form &quot;%2&quot;, which does not exist</translation>
    </message>
    <message>
        <source>procedure %1 depends on question &quot;%2&quot;, which this event does not ask</source>
        <translation>procedure %1 depends on question &quot;%2&quot;, which this event does not ask</translation>
    </message>
    <message>
        <source>procedure %1: only a form can have &quot;presets&quot;</source>
        <translation>procedure %1: only a form can have &quot;presets&quot;</translation>
    </message>
    <message>
        <source>procedure %1: form &quot;%2&quot; has no field &quot;%3&quot; that can be preset</source>
        <translation>procedure %1: form &quot;%2&quot; has no field &quot;%3&quot; that can be preset</translation>
    </message>
    <message>
        <source>procedure %1: the preset for field &quot;%2&quot; breaks its rules: %3</source>
        <translation>procedure %1: the preset for field &quot;%2&quot; breaks its rules: %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>LocalImport</name>
    <message>
        <source>The audit log of this PC does not verify (entry %1), so it was not moved to the office store. Nothing was changed. Check it with kakanai-cli audit verify --local.</source>
        <translation>The audit log of this PC does not verify (entry %1), so it was not moved to the office store. Nothing was changed. Check it with kakanai-cli audit verify --local.</translation>
    </message>
    <message>
        <source>This PC&apos;s staff and audit log were moved to the office store before. Nothing was changed.</source>
        <translation>This PC&apos;s staff and audit log were moved to the office store before. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>MatchingCodeB</name>
    <message>
        <source>The birth date cannot be written in the Japanese calendar.</source>
        <translation>The birth date cannot be written in the Japanese calendar.</translation>
    </message>
    <message>
        <source>The expiry year must have four digits, as printed on the card.</source>
        <translation>The expiry year must have four digits, as printed on the card.</translation>
    </message>
    <message>
        <source>The security code must be the 4 digits printed on the card.</source>
        <translation>The security code must be the 4 digits printed on the card.</translation>
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
    <name>MyNumberCard</name>
    <message>
        <source>The card gave an unexpected answer. Take the card out, insert it again and repeat the read; if this repeats, the card may be damaged: refer the citizen to the My Number card desk.</source>
        <translation>The card gave an unexpected answer. Take the card out, insert it again and repeat the read; if this repeats, the card may be damaged: refer the citizen to the My Number card desk.</translation>
    </message>
    <message>
        <source>This is not a My Number card (個人番号カード), or its text input application cannot be used. Check the card.</source>
        <translation>This is not a My Number card (個人番号カード), or its text input application cannot be used. Check the card.</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked. The citizen must have it reset at the municipal office&apos;s My Number card desk.</source>
        <translation>The card&apos;s PIN is locked. The citizen must have it reset at the municipal office&apos;s My Number card desk.</translation>
    </message>
    <message>
        <source>Matching code B is locked on this card. The citizen must go to the municipal office&apos;s My Number card desk.</source>
        <translation>Matching code B is locked on this card. The citizen must go to the municipal office&apos;s My Number card desk.</translation>
    </message>
    <message>
        <source>Only one PIN try is left: a wrong PIN now locks the card. Confirm the warning with the citizen before the PIN is sent.</source>
        <translation>Only one PIN try is left: a wrong PIN now locks the card. Confirm the warning with the citizen before the PIN is sent.</translation>
    </message>
    <message>
        <source>Only one try is left for matching code B: a wrong entry now locks it. Confirm the warning before it is sent.</source>
        <translation>Only one try is left for matching code B: a wrong entry now locks it. Confirm the warning before it is sent.</translation>
    </message>
    <message>
        <source>The PIN was wrong and the card&apos;s PIN is now locked. The citizen must have it reset at the municipal office&apos;s My Number card desk.</source>
        <translation>The PIN was wrong and the card&apos;s PIN is now locked. The citizen must have it reset at the municipal office&apos;s My Number card desk.</translation>
    </message>
    <message>
        <source>Matching code B was wrong and is now locked. The citizen must go to the municipal office&apos;s My Number card desk.</source>
        <translation>Matching code B was wrong and is now locked. The citizen must go to the municipal office&apos;s My Number card desk.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong. Tries left: %n.</source>
        <translation>
            <numerusform>The PIN is wrong. Tries left: %n.</numerusform>
            <numerusform>The PIN is wrong. Tries left: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matching code B is wrong. Tries left: %n.</source>
        <translation>
            <numerusform>Matching code B is wrong. Tries left: %n.</numerusform>
            <numerusform>Matching code B is wrong. Tries left: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data read from the card does not match the card&apos;s own check value. Read the card again; if this repeats, do not use the data and refer the citizen to the My Number card desk.</source>
        <translation>The data read from the card does not match the card&apos;s own check value. Read the card again; if this repeats, do not use the data and refer the citizen to the My Number card desk.</translation>
    </message>
    <message>
        <source>The PIN must be 4 digits.</source>
        <translation>The PIN must be 4 digits.</translation>
    </message>
    <message>
        <source>The individual number cannot be read with matching code B; the citizen&apos;s PIN is needed.</source>
        <translation>The individual number cannot be read with matching code B; the citizen&apos;s PIN is needed.</translation>
    </message>
    <message>
        <source>Matching code B must be 14 digits.</source>
        <translation>Matching code B must be 14 digits.</translation>
    </message>
</context>
<context>
    <name>OfficeCommand</name>
    <message>
        <source>A SQLite office store has no password; --password-file is for PostgreSQL.</source>
        <translation>A SQLite office store has no password; --password-file is for PostgreSQL.</translation>
    </message>
    <message>
        <source>Office store: %1</source>
        <translation>Office store: %1</translation>
    </message>
    <message>
        <source>Created a new office store.</source>
        <translation>Created a new office store.</translation>
    </message>
    <message>
        <source>The office store is at schema %1, as this program needs; nothing to apply.</source>
        <translation>The office store is at schema %1, as this program needs; nothing to apply.</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s); the office store is at schema %1.</source>
        <translation>
            <numerusform>Applied %n migration(s); the office store is at schema %1.</numerusform>
            <numerusform>Applied %n migration(s); the office store is at schema %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The counter PCs connect with a least-privilege role. As the PostgreSQL superuser, run this SQL in the database %1 (again after an upgrade that adds tables), for example:
  kakanai-cli office roles | sudo -u postgres psql -d %1 -v ON_ERROR_STOP=1
then make one login role per counter PC as its last lines show (docs/admin/office.md).</source>
        <translation>The counter PCs connect with a least-privilege role. As the PostgreSQL superuser, run this SQL in the database %1 (again after an upgrade that adds tables), for example:
  kakanai-cli office roles | sudo -u postgres psql -d %1 -v ON_ERROR_STOP=1
then make one login role per counter PC as its last lines show (docs/admin/office.md).</translation>
    </message>
    <message>
        <source>Reachable: yes</source>
        <translation>Reachable: yes</translation>
    </message>
    <message>
        <source>Engine: PostgreSQL %1</source>
        <translation>Engine: PostgreSQL %1</translation>
    </message>
    <message>
        <source>Engine: SQLite %1</source>
        <translation>Engine: SQLite %1</translation>
    </message>
    <message>
        <source>Schema: %1 (this program: %2)</source>
        <translation>Schema: %1 (this program: %2)</translation>
    </message>
    <message>
        <source>TLS: not used (a file on this PC)</source>
        <translation>TLS: not used (a file on this PC)</translation>
    </message>
    <message>
        <source>TLS: yes (%1)</source>
        <translation>TLS: yes (%1)</translation>
    </message>
    <message>
        <source>TLS: no, the connection is not encrypted</source>
        <translation>TLS: no, the connection is not encrypted</translation>
    </message>
    <message>
        <source>Latency: %1 ms (median of 7 round trips)</source>
        <translation>Latency: %1 ms (median of 7 round trips)</translation>
    </message>
    <message>
        <source>Warning: the connection to the office store is not encrypted. Use sslmode=verify-full in office/url (docs/admin/office.md).</source>
        <translation>Warning: the connection to the office store is not encrypted. Use sslmode=verify-full in office/url (docs/admin/office.md).</translation>
    </message>
    <message>
        <source>The office store was upgraded by a newer version of Kakanai (schema %1; this program knows up to %2). Install the newer version on this PC.</source>
        <translation>The office store was upgraded by a newer version of Kakanai (schema %1; this program knows up to %2). Install the newer version on this PC.</translation>
    </message>
    <message>
        <source>The office store has schema %1; this program needs %2. The database&apos;s owner upgrades it with kakanai-cli office init.</source>
        <translation>The office store has schema %1; this program needs %2. The database&apos;s owner upgrades it with kakanai-cli office init.</translation>
    </message>
    <message>
        <source>Not done by this program: a PostgreSQL office store is backed up with PostgreSQL&apos;s pg_dump. Run the command above, best on the server as the postgres user (docs/admin/office.md, &quot;Backup and restore&quot;).</source>
        <translation>Not done by this program: a PostgreSQL office store is backed up with PostgreSQL&apos;s pg_dump. Run the command above, best on the server as the postgres user (docs/admin/office.md, &quot;Backup and restore&quot;).</translation>
    </message>
    <message>
        <source>Backup of the office store (schema %1) written to %2</source>
        <translation>Backup of the office store (schema %1) written to %2</translation>
    </message>
    <message>
        <source>Usage: kakanai-cli office init   [--office URL] [--password-file FILE]
       kakanai-cli office check  [--office URL] [--password-file FILE] [--json]
       kakanai-cli office backup [--office URL] TARGET-FILE
       kakanai-cli office roles
       kakanai-cli office import-local [--office URL] [--password-file FILE] [--json]
       kakanai-cli office store-password &lt; PASSWORD

  init    create the office store or bring its schema up to date (run by the database&apos;s owner);
          on PostgreSQL it also prints the SQL for the counter PCs&apos; least-privilege role
  check   reachable?, engine, server version, schema version, TLS, latency; changes nothing
  backup  SQLite: a consistent copy (0600); PostgreSQL: prints the pg_dump command to run
  roles   print the SQL that makes the counter PCs&apos; role (run it as the PostgreSQL superuser)
  import-local  move this PC&apos;s staff accounts and audit log into the office store (once per PC)
  store-password  the role&apos;s password (one line on stdin) into this user&apos;s keychain
                  (used when office/passwordStore is keychain)

  --office URL          the office store instead of the setting office/url:
                        postgresql://ROLE@SERVER[:PORT]/DATABASE[?sslmode=…&amp;sslrootcert=…]
                        or sqlite:/folder/office.sqlite
  --password-file FILE  the role&apos;s password (a 0600 file) instead of office/passwordFile</source>
        <translation>Usage: kakanai-cli office init   [--office URL] [--password-file FILE]
       kakanai-cli office check  [--office URL] [--password-file FILE] [--json]
       kakanai-cli office backup [--office URL] TARGET-FILE
       kakanai-cli office roles
       kakanai-cli office import-local [--office URL] [--password-file FILE] [--json]
       kakanai-cli office store-password &lt; PASSWORD

  init    create the office store or bring its schema up to date (run by the database&apos;s owner);
          on PostgreSQL it also prints the SQL for the counter PCs&apos; least-privilege role
  check   reachable?, engine, server version, schema version, TLS, latency; changes nothing
  backup  SQLite: a consistent copy (0600); PostgreSQL: prints the pg_dump command to run
  roles   print the SQL that makes the counter PCs&apos; role (run it as the PostgreSQL superuser)
  import-local  move this PC&apos;s staff accounts and audit log into the office store (once per PC)
  store-password  the role&apos;s password (one line on stdin) into this user&apos;s keychain
                  (used when office/passwordStore is keychain)

  --office URL          the office store instead of the setting office/url:
                        postgresql://ROLE@SERVER[:PORT]/DATABASE[?sslmode=…&amp;sslrootcert=…]
                        or sqlite:/folder/office.sqlite
  --password-file FILE  the role&apos;s password (a 0600 file) instead of office/passwordFile</translation>
    </message>
    <message>
        <source>The office store&apos;s password is in the keychain (%1). Set office/passwordStore to keychain to use it.</source>
        <translation>The office store&apos;s password is in the keychain (%1). Set office/passwordStore to keychain to use it.</translation>
    </message>
</context>
<context>
    <name>OfficeImportLocal</name>
    <message>
        <source>Moved to the office store %1:</source>
        <translation>Moved to the office store %1:</translation>
    </message>
    <message>
        <source>  staff accounts: %1 added, %2 kept as the office store has them</source>
        <translation>  staff accounts: %1 added, %2 kept as the office store has them</translation>
    </message>
    <message>
        <source>  kept: %1</source>
        <translation>  kept: %1</translation>
    </message>
    <message>
        <source>  audit log: the office&apos;s chain had begun already; this PC&apos;s %1 entries stay in its store (audit verify --local), their head is sealed in the office&apos;s chain</source>
        <translation>  audit log: the office&apos;s chain had begun already; this PC&apos;s %1 entries stay in its store (audit verify --local), their head is sealed in the office&apos;s chain</translation>
    </message>
    <message>
        <source>  audit log: %1 entries copied; the office&apos;s chain goes on from them</source>
        <translation>  audit log: %1 entries copied; the office&apos;s chain goes on from them</translation>
    </message>
</context>
<context>
    <name>OfficeLocation</name>
    <message>
        <source>The office store URL names no absolute file path (sqlite:/folder/office.sqlite).</source>
        <translation>The office store URL names no absolute file path (sqlite:/folder/office.sqlite).</translation>
    </message>
    <message>
        <source>The office store URL is not understood. Use postgresql://role@server/database or sqlite:/folder/office.sqlite.</source>
        <translation>The office store URL is not understood. Use postgresql://role@server/database or sqlite:/folder/office.sqlite.</translation>
    </message>
    <message>
        <source>The office store URL contains a password. Remove it from the URL and put it in the password file (office/passwordFile) instead.</source>
        <translation>The office store URL contains a password. Remove it from the URL and put it in the password file (office/passwordFile) instead.</translation>
    </message>
    <message>
        <source>The office store URL must name the role, the server and the database: postgresql://role@server/database.</source>
        <translation>The office store URL must name the role, the server and the database: postgresql://role@server/database.</translation>
    </message>
    <message>
        <source>The office store URL has an option this program does not know: %1.</source>
        <translation>The office store URL has an option this program does not know: %1.</translation>
    </message>
    <message>
        <source>The office store URL has an unknown sslmode; use verify-full, verify-ca, require or disable.</source>
        <translation>The office store URL has an unknown sslmode; use verify-full, verify-ca, require or disable.</translation>
    </message>
</context>
<context>
    <name>OfficeMigrations</name>
    <message>
        <source>An office migration file has an invalid name.</source>
        <translation>An office migration file has an invalid name.</translation>
    </message>
    <message>
        <source>Two office migrations have the same number.</source>
        <translation>Two office migrations have the same number.</translation>
    </message>
    <message>
        <source>The office migrations are not numbered 1, 2, 3, …</source>
        <translation>The office migrations are not numbered 1, 2, 3, …</translation>
    </message>
    <message>
        <source>An office migration needs one file for both engines or one file per engine.</source>
        <translation>An office migration needs one file for both engines or one file per engine.</translation>
    </message>
    <message>
        <source>An office migration could not be read.</source>
        <translation>An office migration could not be read.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Another record with the same id is already in the outbox; this one was not queued.</source>
        <translation>Another record with the same id is already in the outbox; this one was not queued.</translation>
    </message>
    <message>
        <source>There is no record with this id in the outbox.</source>
        <translation>There is no record with this id in the outbox.</translation>
    </message>
    <message>
        <source>There is no rejected record with this id in the outbox.</source>
        <translation>There is no rejected record with this id in the outbox.</translation>
    </message>
    <message>
        <source>The record of this outbox entry is missing from the store.</source>
        <translation>The record of this outbox entry is missing from the store.</translation>
    </message>
    <message>
        <source>A stored record opened, but it is not this entry&apos;s record document.</source>
        <translation>A stored record opened, but it is not this entry&apos;s record document.</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>No protected memory is available.</source>
        <translation>No protected memory is available.</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Waiting to be sent: %1</translation>
    </message>
    <message>
        <source>Being sent: %1</source>
        <translation>Being sent: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Sent: %1</translation>
    </message>
    <message>
        <source>Rejected by the back office: %1</source>
        <translation>Rejected by the back office: %1</translation>
    </message>
    <message>
        <source>Oldest waiting record: queued %1 seconds ago</source>
        <translation>Oldest waiting record: queued %1 seconds ago</translation>
    </message>
    <message>
        <source>attempts: %1</source>
        <translation>attempts: %1</translation>
    </message>
    <message>
        <source>The record file cannot be read.</source>
        <translation>The record file cannot be read.</translation>
    </message>
    <message>
        <source>already queued</source>
        <translation>already queued</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>Rejected by the back office (HTTP %1): %2: %3</source>
        <translation>Rejected by the back office (HTTP %1): %2: %3</translation>
    </message>
    <message>
        <source>The back office refused the access token (HTTP %1); check the setting %2.</source>
        <translation>The back office refused the access token (HTTP %1); check the setting %2.</translation>
    </message>
    <message>
        <source>Sent now: %1, rejected now: %2, still waiting: %3</source>
        <translation>Sent now: %1, rejected now: %2, still waiting: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be sent before the time limit; they stay queued.</source>
        <translation>
            <numerusform>%n record could not be sent before the time limit; they stay queued.</numerusform>
            <numerusform>%n records could not be sent before the time limit; they stay queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be sent; they stay queued.</source>
        <translation>
            <numerusform>%n record could not be sent; they stay queued.</numerusform>
            <numerusform>%n records could not be sent; they stay queued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued again: %1</source>
        <translation>Queued again: %1</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from must not be after --to.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1</source>
        <translation>
            <numerusform>Wrote %n row to %1</numerusform>
            <numerusform>Wrote %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kakanai-cli outbox status [--json]
       kakanai-cli outbox list [--state pending|sending|sent|rejected|damaged] [--limit N] [--json]
       kakanai-cli outbox enqueue FILE...   (FILE - reads standard input)
       kakanai-cli outbox flush [--timeout SECONDS]
       kakanai-cli outbox resend UUID
       kakanai-cli outbox export-damaged --out NEW-FOLDER
       kakanai-cli outbox export-csv --kind ido|kofu|kenmen --out FILE [--encoding utf-8|utf-8-bom|cp932]
                  [--mapping FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--state STATE]...</source>
        <translation>Usage: kakanai-cli outbox status [--json]
       kakanai-cli outbox list [--state pending|sending|sent|rejected|damaged] [--limit N] [--json]
       kakanai-cli outbox enqueue FILE...   (FILE - reads standard input)
       kakanai-cli outbox flush [--timeout SECONDS]
       kakanai-cli outbox resend UUID
       kakanai-cli outbox export-damaged --out NEW-FOLDER
       kakanai-cli outbox export-csv --kind ido|kofu|kenmen --out FILE [--encoding utf-8|utf-8-bom|cp932]
                  [--mapping FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--state STATE]...</translation>
    </message>
    <message>
        <source>Damaged, not sent: %1</source>
        <translation>Damaged, not sent: %1</translation>
    </message>
    <message>
        <source>The record file is a folder. Name the record files in it instead.</source>
        <translation>The record file is a folder. Name the record files in it instead.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged record(s) need attention; they are not sent. Save them with &quot;kakanai-cli outbox export-damaged --out NEW-FOLDER&quot; for recovery.</source>
        <translation>
            <numerusform>%n damaged record needs attention; it is not sent. Save it with &quot;kakanai-cli outbox export-damaged --out NEW-FOLDER&quot; for recovery.</numerusform>
            <numerusform>%n damaged records need attention; they are not sent. Save them with &quot;kakanai-cli outbox export-damaged --out NEW-FOLDER&quot; for recovery.</numerusform>
        </translation>
    </message>
    <message>
        <source>A file for a damaged record could not be written.</source>
        <translation>A file for a damaged record could not be written.</translation>
    </message>
    <message>
        <source>The folder already exists; name a new one.</source>
        <translation>The folder already exists; name a new one.</translation>
    </message>
    <message>
        <source>There are no damaged records; nothing was written.</source>
        <translation>There are no damaged records; nothing was written.</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>The folder cannot be created.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n damaged record(s) to %1</source>
        <translation>
            <numerusform>Wrote %n damaged record to %1</numerusform>
            <numerusform>Wrote %n damaged records to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartCollector</name>
    <message>
        <source>This QR code belongs to another application than the parts scanned so far.</source>
        <translation>This QR code belongs to another application than the parts scanned so far.</translation>
    </message>
    <message>
        <source>Part %1 of the QR code was scanned already.</source>
        <translation>Part %1 of the QR code was scanned already.</translation>
    </message>
    <message>
        <source>No QR code was scanned.</source>
        <translation>No QR code was scanned.</translation>
    </message>
    <message>
        <source>Parts %1 of %2 of the QR code are missing.</source>
        <translation>Parts %1 of %2 of the QR code are missing.</translation>
    </message>
    <message>
        <source>The parts of the QR code do not fit together. Scan them again.</source>
        <translation>The parts of the QR code do not fit together. Scan them again.</translation>
    </message>
</context>
<context>
    <name>PcscErrors</name>
    <message>
        <source>The smart card service stopped while the card was being read. Read the card again; if this repeats, ask IT support to check the smart card service (pcscd).</source>
        <translation>The smart card service stopped while the card was being read. Read the card again; if this repeats, ask IT support to check the smart card service (pcscd).</translation>
    </message>
    <message>
        <source>The smart card service (pcscd) is not running. Ask IT support to start it.</source>
        <translation>The smart card service (pcscd) is not running. Ask IT support to start it.</translation>
    </message>
    <message>
        <source>The connection to the smart card service was lost. Read the card again.</source>
        <translation>The connection to the smart card service was lost. Read the card again.</translation>
    </message>
    <message>
        <source>No card reader is connected. Check the reader&apos;s cable.</source>
        <translation>No card reader is connected. Check the reader&apos;s cable.</translation>
    </message>
    <message>
        <source>The card reader is not available. Check its cable, or choose another reader.</source>
        <translation>The card reader is not available. Check its cable, or choose another reader.</translation>
    </message>
    <message>
        <source>The card reader is not ready. Wait a moment and try again.</source>
        <translation>The card reader is not ready. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>There is no card in the reader. Insert the card, chip first.</source>
        <translation>There is no card in the reader. Insert the card, chip first.</translation>
    </message>
    <message>
        <source>The card was removed while it was being read. Insert it again and repeat the read.</source>
        <translation>The card was removed while it was being read. Insert it again and repeat the read.</translation>
    </message>
    <message>
        <source>The reader lost contact with the card. Insert it again and repeat the read.</source>
        <translation>The reader lost contact with the card. Insert it again and repeat the read.</translation>
    </message>
    <message>
        <source>Another program is using the card. Close that program, or wait a moment and try again.</source>
        <translation>Another program is using the card. Close that program, or wait a moment and try again.</translation>
    </message>
    <message>
        <source>Another program reset the card. Read the card again.</source>
        <translation>Another program reset the card. Read the card again.</translation>
    </message>
    <message>
        <source>The card does not answer. Check that it is inserted correctly (chip first), then try again.</source>
        <translation>The card does not answer. Check that it is inserted correctly (chip first), then try again.</translation>
    </message>
    <message>
        <source>This card cannot be read by this reader. Check that it is a My Number card.</source>
        <translation>This card cannot be read by this reader. Check that it is a My Number card.</translation>
    </message>
    <message>
        <source>The card operation was cancelled.</source>
        <translation>The card operation was cancelled.</translation>
    </message>
    <message>
        <source>The card reader did not answer in time.</source>
        <translation>The card reader did not answer in time.</translation>
    </message>
    <message>
        <source>The smart card service reported an internal error. Try again; if this repeats, ask IT support.</source>
        <translation>The smart card service reported an internal error. Try again; if this repeats, ask IT support.</translation>
    </message>
</context>
<context>
    <name>PcscTransport</name>
    <message>
        <source>A card connection is already open.</source>
        <translation>A card connection is already open.</translation>
    </message>
    <message>
        <source>There is no card connection.</source>
        <translation>There is no card connection.</translation>
    </message>
    <message>
        <source>Internal error: malformed command for the card.</source>
        <translation>Internal error: malformed command for the card.</translation>
    </message>
    <message numerus="yes">
        <source>The card reader did not answer within %n second(s). Take the card out, put it back and read it again; if this happens again, check the reader.</source>
        <translation>
            <numerusform>The card reader did not answer within %n second. Take the card out, put it back and read it again; if this happens again, check the reader.</numerusform>
            <numerusform>The card reader did not answer within %n seconds. Take the card out, put it back and read it again; if this happens again, check the reader.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfTextMap</name>
    <message>
        <source>The PDF could not be finished: its text layer could not be written. Try again; if this happens again, tell the administrator.</source>
        <translation>The PDF could not be finished: its text layer could not be written. Try again; if this happens again, tell the administrator.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Counter clerk</source>
        <translation>Counter clerk</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>PersonName</name>
    <message>
        <source>Choose where the family name ends: after 1 to %1 characters.</source>
        <translation>Choose where the family name ends: after 1 to %1 characters.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The telephone number is empty.</source>
        <translation>The telephone number is empty.</translation>
    </message>
    <message>
        <source>A telephone number may contain only digits and hyphens.</source>
        <translation>A telephone number may contain only digits and hyphens.</translation>
    </message>
    <message>
        <source>A telephone number starts with 0.</source>
        <translation>A telephone number starts with 0.</translation>
    </message>
    <message>
        <source>International call prefixes (010, 00…) are not accepted; enter a Japanese number.</source>
        <translation>International call prefixes (010, 00…) are not accepted; enter a Japanese number.</translation>
    </message>
    <message>
        <source>Numbers starting with 020 (machine-to-machine lines) are not accepted.</source>
        <translation>Numbers starting with 020 (machine-to-machine lines) are not accepted.</translation>
    </message>
    <message>
        <source>Only mobile (070, 080, 090), IP (050) and 0800 numbers have 11 digits.</source>
        <translation>Only mobile (070, 080, 090), IP (050) and 0800 numbers have 11 digits.</translation>
    </message>
    <message>
        <source>Mobile (070, 080, 090) and IP (050) numbers have 11 digits.</source>
        <translation>Mobile (070, 080, 090) and IP (050) numbers have 11 digits.</translation>
    </message>
    <message>
        <source>0800 numbers have 11 digits.</source>
        <translation>0800 numbers have 11 digits.</translation>
    </message>
    <message>
        <source>A telephone number has 10 digits, or 11 for mobile and IP phones.</source>
        <translation>A telephone number has 10 digits, or 11 for mobile and IP phones.</translation>
    </message>
</context>
<context>
    <name>PostalCode</name>
    <message>
        <source>The postal code is empty.</source>
        <translation>The postal code is empty.</translation>
    </message>
    <message>
        <source>A postal code has seven digits, as in 123-4567.</source>
        <translation>A postal code has seven digits, as in 123-4567.</translation>
    </message>
    <message>
        <source>Write the postal code as 123-4567.</source>
        <translation>Write the postal code as 123-4567.</translation>
    </message>
</context>
<context>
    <name>PreRegApplier</name>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>The code names the life event &quot;%1&quot;, which this office&apos;s 手続ナビ does not have.</source>
        <translation>The code names the life event &quot;%1&quot;, which this office&apos;s 手続ナビ does not have.</translation>
    </message>
    <message>
        <source>The code needs the form &quot;%1&quot;, which this office does not have.</source>
        <translation>The code needs the form &quot;%1&quot;, which this office does not have.</translation>
    </message>
    <message>
        <source>The code was made for version %1 of the form &quot;%2&quot;; this office uses version %3.</source>
        <translation>The code was made for version %1 of the form &quot;%2&quot;; this office uses version %3.</translation>
    </message>
    <message>
        <source>Household member %1 in the code cannot be used: %2</source>
        <translation>Household member %1 in the code cannot be used: %2</translation>
    </message>
</context>
<context>
    <name>PreRegCodec</name>
    <message>
        <source>The application is larger than %1 bytes.</source>
        <translation>The application is larger than %1 bytes.</translation>
    </message>
</context>
<context>
    <name>PreRegCommand</name>
    <message>
        <source>Usage: kakanai-cli prereg export DIR [--force] [--forms-dir DIR]

Writes the citizen&apos;s page into DIR: a static web page, to publish as it is, on which citizens
fill in their application before the visit and get a QR code to bring to the counter.
Nothing typed on the page leaves the citizen&apos;s phone.

  --force            write into a DIR that is not empty (the page&apos;s files are replaced,
                     other files are left alone)
  --forms-dir DIR    the municipality&apos;s forms and navi/ folder (default: the setting
                     forms/overrideDir)</source>
        <translation>Usage: kakanai-cli prereg export DIR [--force] [--forms-dir DIR]

Writes the citizen&apos;s page into DIR: a static web page, to publish as it is, on which citizens
fill in their application before the visit and get a QR code to bring to the counter.
Nothing typed on the page leaves the citizen&apos;s phone.

  --force            write into a DIR that is not empty (the page&apos;s files are replaced,
                     other files are left alone)
  --forms-dir DIR    the municipality&apos;s forms and navi/ folder (default: the setting
                     forms/overrideDir)</translation>
    </message>
    <message>
        <source>Cannot create a folder for the page.</source>
        <translation>Cannot create a folder for the page.</translation>
    </message>
    <message>
        <source>Cannot write a file of the page: %1</source>
        <translation>Cannot write a file of the page: %1</translation>
    </message>
    <message>
        <source>The page was not written: correct the form definitions first.</source>
        <translation>The page was not written: correct the form definitions first.</translation>
    </message>
    <message>
        <source>The folder is not empty; use --force to write into it.</source>
        <translation>The folder is not empty; use --force to write into it.</translation>
    </message>
    <message>
        <source>The page is missing from this program.</source>
        <translation>The page is missing from this program.</translation>
    </message>
    <message numerus="yes">
        <source>The citizen&apos;s page is in %1: %n form(s), %2 life event(s). Publish the folder as it is.</source>
        <translation>
            <numerusform>The citizen&apos;s page is in %1: %n form(s), %2 life event(s). Publish the folder as it is.</numerusform>
            <numerusform>The citizen&apos;s page is in %1: %n form(s), %2 life event(s). Publish the folder as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreRegMessage</name>
    <message>
        <source>The QR code holds no application.</source>
        <translation>The QR code holds no application.</translation>
    </message>
    <message>
        <source>This QR code uses features of a newer Kakanai. Update Kakanai, or ask the citizen for a new code.</source>
        <translation>This QR code uses features of a newer Kakanai. Update Kakanai, or ask the citizen for a new code.</translation>
    </message>
    <message>
        <source>The QR code&apos;s application is cut short.</source>
        <translation>The QR code&apos;s application is cut short.</translation>
    </message>
    <message>
        <source>The QR code&apos;s signature does not match its content under a trusted key (key id %1). The code was changed after it was issued; do not use it.</source>
        <translation>The QR code&apos;s signature does not match its content under a trusted key (key id %1). The code was changed after it was issued; do not use it.</translation>
    </message>
    <message>
        <source>The QR code&apos;s application is larger than %1 bytes.</source>
        <translation>The QR code&apos;s application is larger than %1 bytes.</translation>
    </message>
    <message>
        <source>The QR code&apos;s application is damaged (compression).</source>
        <translation>The QR code&apos;s application is damaged (compression).</translation>
    </message>
</context>
<context>
    <name>PreRegistration</name>
    <message>
        <source>(not a valid id)</source>
        <translation>(not a valid id)</translation>
    </message>
    <message>
        <source>The QR code&apos;s application is not in the expected form (at %1).</source>
        <translation>The QR code&apos;s application is not in the expected form (at %1).</translation>
    </message>
    <message>
        <source>The QR code holds a value that is not valid for %1.</source>
        <translation>The QR code holds a value that is not valid for %1.</translation>
    </message>
    <message>
        <source>The QR code&apos;s application has the unknown entry %1 in %2.</source>
        <translation>The QR code&apos;s application has the unknown entry %1 in %2.</translation>
    </message>
    <message>
        <source>A value in the QR code is longer than %1 characters (%2).</source>
        <translation>A value in the QR code is longer than %1 characters (%2).</translation>
    </message>
    <message>
        <source>A value in the QR code holds control characters (%1).</source>
        <translation>A value in the QR code holds control characters (%1).</translation>
    </message>
    <message>
        <source>The QR code&apos;s application is not valid UTF-8 text.</source>
        <translation>The QR code&apos;s application is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>The QR code&apos;s application is not valid JSON (at byte %1).</source>
        <translation>The QR code&apos;s application is not valid JSON (at byte %1).</translation>
    </message>
    <message>
        <source>The QR code is not a pre-registration of format %1.</source>
        <translation>The QR code is not a pre-registration of format %1.</translation>
    </message>
    <message>
        <source>The QR code names %1 life events; at most %2 are allowed.</source>
        <translation>The QR code names %1 life events; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The QR code names the life event %1, which this office&apos;s 手続ナビ does not know.</source>
        <translation>The QR code names the life event %1, which this office&apos;s 手続ナビ does not know.</translation>
    </message>
    <message>
        <source>The QR code answers the question %1, which its life events do not ask.</source>
        <translation>The QR code answers the question %1, which its life events do not ask.</translation>
    </message>
    <message>
        <source>The QR code names %1 forms; at most %2 are allowed.</source>
        <translation>The QR code names %1 forms; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The QR code names the form %1, which this office does not have.</source>
        <translation>The QR code names the form %1, which this office does not have.</translation>
    </message>
    <message>
        <source>The QR code was made for version %1 of the form %2; this office uses version %3. Ask the citizen to make the code again.</source>
        <translation>The QR code was made for version %1 of the form %2; this office uses version %3. Ask the citizen to make the code again.</translation>
    </message>
    <message>
        <source>The QR code sets the fact %1, which a code may not set.</source>
        <translation>The QR code sets the fact %1, which a code may not set.</translation>
    </message>
    <message>
        <source>The QR code lists %1 household members; at most %2 are allowed.</source>
        <translation>The QR code lists %1 household members; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The QR code fills the form %1, which it does not name in its forms.</source>
        <translation>The QR code fills the form %1, which it does not name in its forms.</translation>
    </message>
    <message>
        <source>The QR code fills the field %1, which the form %2 does not have.</source>
        <translation>The QR code fills the field %1, which the form %2 does not have.</translation>
    </message>
</context>
<context>
    <name>QrCommand</name>
    <message>
        <source>Usage: kakanai-cli qr make --event EVENT [--event …] --fields FILE.json (--png OUT.png | --text)
                           [--sign-key FILE] [--part-bytes N]
       kakanai-cli qr decode (--text STRING | --image FILE) [--json]
       kakanai-cli qr keygen --out FILE [--label LABEL]

  make     the citizen&apos;s pre-registration code (docs/qr-format.md) from a JSON file with
           &quot;answers&quot;, &quot;person&quot;, &quot;facts&quot;, &quot;household&quot;, &quot;fields&quot;, &quot;values&quot;; &quot;forms&quot; may be
           left out (the 手続ナビ checklist of the events gives them)
  --png    the symbols as one PNG image (several symbols are numbered 1/N …)
  --text   the text of each symbol, one per line
  --sign-key FILE  sign the code with a municipal server&apos;s key (made by &quot;qr keygen&quot;)
  decode   read a code: from its text (several symbols separated by spaces) or from an
           image or PDF file; prints what it says, or exits non-zero and says why
  keygen   a new Ed25519 signing key in FILE (never overwritten) and the line for
           [prereg] trustedKeys that makes offices trust it</source>
        <translation>Usage: kakanai-cli qr make --event EVENT [--event …] --fields FILE.json (--png OUT.png | --text)
                           [--sign-key FILE] [--part-bytes N]
       kakanai-cli qr decode (--text STRING | --image FILE) [--json]
       kakanai-cli qr keygen --out FILE [--label LABEL]

  make     the citizen&apos;s pre-registration code (docs/qr-format.md) from a JSON file with
           &quot;answers&quot;, &quot;person&quot;, &quot;facts&quot;, &quot;household&quot;, &quot;fields&quot;, &quot;values&quot;; &quot;forms&quot; may be
           left out (the 手続ナビ checklist of the events gives them)
  --png    the symbols as one PNG image (several symbols are numbered 1/N …)
  --text   the text of each symbol, one per line
  --sign-key FILE  sign the code with a municipal server&apos;s key (made by &quot;qr keygen&quot;)
  decode   read a code: from its text (several symbols separated by spaces) or from an
           image or PDF file; prints what it says, or exits non-zero and says why
  keygen   a new Ed25519 signing key in FILE (never overwritten) and the line for
           [prereg] trustedKeys that makes offices trust it</translation>
    </message>
    <message>
        <source>The signing key file cannot be read.</source>
        <translation>The signing key file cannot be read.</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>fields</translation>
    </message>
    <message>
        <source>The PNG file could not be written.</source>
        <translation>The PNG file could not be written.</translation>
    </message>
    <message>
        <source>signature: verified (%1)</source>
        <translation>signature: verified (%1)</translation>
    </message>
    <message>
        <source>signature: not verified (key %1 is not trusted here)</source>
        <translation>signature: not verified (key %1 is not trusted here)</translation>
    </message>
    <message>
        <source>signature: none (made by the citizen)</source>
        <translation>signature: none (made by the citizen)</translation>
    </message>
    <message>
        <source>symbols: %1</source>
        <translation>symbols: %1</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>events: %1</translation>
    </message>
    <message>
        <source>forms: %1</source>
        <translation>forms: %1</translation>
    </message>
    <message>
        <source>The key file already exists; it is never overwritten.</source>
        <translation>The key file already exists; it is never overwritten.</translation>
    </message>
    <message>
        <source>The key file could not be written.</source>
        <translation>The key file could not be written.</translation>
    </message>
    <message>
        <source>Secret key written to %1 (keep it on the signing server only).</source>
        <translation>Secret key written to %1 (keep it on the signing server only).</translation>
    </message>
    <message>
        <source>For [prereg] trustedKeys:</source>
        <translation>For [prereg] trustedKeys:</translation>
    </message>
</context>
<context>
    <name>QrImageReader</name>
    <message>
        <source>The image is empty.</source>
        <translation>The image is empty.</translation>
    </message>
    <message>
        <source>The QR code reader failed on this image.</source>
        <translation>The QR code reader failed on this image.</translation>
    </message>
    <message>
        <source>The QR code does not hold text, so it is not a code Kakanai reads.</source>
        <translation>The QR code does not hold text, so it is not a code Kakanai reads.</translation>
    </message>
    <message>
        <source>No QR code was found. Use a sharper, evenly lit picture in which the whole code is visible.</source>
        <translation>No QR code was found. Use a sharper, evenly lit picture in which the whole code is visible.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>The file could not be opened.</translation>
    </message>
    <message>
        <source>The PDF could not be read; it may be damaged.</source>
        <translation>The PDF could not be read; it may be damaged.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Open it, and print or save it without the password first.</source>
        <translation>The PDF is protected by a password. Open it, and print or save it without the password first.</translation>
    </message>
    <message>
        <source>The PDF has no page that could be read.</source>
        <translation>The PDF has no page that could be read.</translation>
    </message>
    <message>
        <source>The file is neither an image nor a PDF.</source>
        <translation>The file is neither an image nor a PDF.</translation>
    </message>
</context>
<context>
    <name>QrImageWriter</name>
    <message>
        <source>There is no text to put in a QR code.</source>
        <translation>There is no text to put in a QR code.</translation>
    </message>
    <message>
        <source>The QR code&apos;s module size is out of range.</source>
        <translation>The QR code&apos;s module size is out of range.</translation>
    </message>
    <message>
        <source>The text is too long for one QR code.</source>
        <translation>The text is too long for one QR code.</translation>
    </message>
    <message>
        <source>The text cannot be put in a QR code.</source>
        <translation>The text cannot be put in a QR code.</translation>
    </message>
</context>
<context>
    <name>QrSymbols</name>
    <message>
        <source>There is nothing to put in a QR code.</source>
        <translation>There is nothing to put in a QR code.</translation>
    </message>
    <message>
        <source>A QR code cannot hold less than one byte.</source>
        <translation>A QR code cannot hold less than one byte.</translation>
    </message>
    <message>
        <source>The parts of this QR code would be longer than %1 characters.</source>
        <translation>The parts of this QR code would be longer than %1 characters.</translation>
    </message>
    <message>
        <source>The application needs %1 QR codes; at most %2 are allowed.</source>
        <translation>The application needs %1 QR codes; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The scanned text is longer than a QR code can hold (%1 characters).</source>
        <translation>The scanned text is longer than a QR code can hold (%1 characters).</translation>
    </message>
    <message>
        <source>The scanned text is empty.</source>
        <translation>The scanned text is empty.</translation>
    </message>
    <message>
        <source>This is not a Kakanai pre-registration QR code.</source>
        <translation>This is not a Kakanai pre-registration QR code.</translation>
    </message>
    <message>
        <source>This QR code is in format version %1; this Kakanai reads version %2. Update Kakanai, or ask the citizen for a new code.</source>
        <translation>This QR code is in format version %1; this Kakanai reads version %2. Update Kakanai, or ask the citizen for a new code.</translation>
    </message>
    <message>
        <source>The QR code was not read correctly (unexpected characters). Scan it again.</source>
        <translation>The QR code was not read correctly (unexpected characters). Scan it again.</translation>
    </message>
    <message>
        <source>The QR code was not read completely. Scan it again.</source>
        <translation>The QR code was not read completely. Scan it again.</translation>
    </message>
    <message>
        <source>The QR code was not read correctly (checksum). Scan it again.</source>
        <translation>The QR code was not read correctly (checksum). Scan it again.</translation>
    </message>
    <message>
        <source>The QR code says it is part %1 of %2.</source>
        <translation>The QR code says it is part %1 of %2.</translation>
    </message>
    <message>
        <source>No QR code was scanned.</source>
        <translation>No QR code was scanned.</translation>
    </message>
    <message>
        <source>%1 QR codes were scanned; one application has at most %2.</source>
        <translation>%1 QR codes were scanned; one application has at most %2.</translation>
    </message>
    <message>
        <source>The QR codes scanned belong to different applications.</source>
        <translation>The QR codes scanned belong to different applications.</translation>
    </message>
    <message>
        <source>Part %1 of the QR code was scanned twice.</source>
        <translation>Part %1 of the QR code was scanned twice.</translation>
    </message>
    <message>
        <source>Parts %1 of %2 of the QR code are missing.</source>
        <translation>Parts %1 of %2 of the QR code are missing.</translation>
    </message>
    <message>
        <source>The parts of the QR code do not fit together. Scan them again.</source>
        <translation>The parts of the QR code do not fit together. Scan them again.</translation>
    </message>
</context>
<context>
    <name>QueueCategories</name>
    <message>
        <source>A category code is 1 to 24 characters: lower-case letters a–z, digits, - and _.</source>
        <translation>A category code is 1 to 24 characters: lower-case letters a–z, digits, - and _.</translation>
    </message>
    <message>
        <source>A ticket prefix is one or two capital letters A–Z.</source>
        <translation>A ticket prefix is one or two capital letters A–Z.</translation>
    </message>
    <message>
        <source>Ticket numbers are between 0 and 9999.</source>
        <translation>Ticket numbers are between 0 and 9999.</translation>
    </message>
    <message>
        <source>The first number of the band must not be after its last number.</source>
        <translation>The first number of the band must not be after its last number.</translation>
    </message>
    <message>
        <source>The Japanese name is 1 to 40 characters.</source>
        <translation>The Japanese name is 1 to 40 characters.</translation>
    </message>
    <message>
        <source>The English name is 1 to 60 characters.</source>
        <translation>The English name is 1 to 60 characters.</translation>
    </message>
    <message>
        <source>A procedure is a 手続ナビ form id without spaces.</source>
        <translation>A procedure is a 手続ナビ form id without spaces.</translation>
    </message>
    <message>
        <source>The prefix %1 is already the category “%2”&apos;s; each category needs its own.</source>
        <translation>The prefix %1 is already the category “%2”&apos;s; each category needs its own.</translation>
    </message>
    <message>
        <source>Tickets with the prefix %1 of another category were given out today; use it from tomorrow.</source>
        <translation>Tickets with the prefix %1 of another category were given out today; use it from tomorrow.</translation>
    </message>
    <message>
        <source>This role may not change ticket categories: on PostgreSQL the counter PCs&apos; role only reads them. Run this command as the administrator, with the office store owner&apos;s role in office/url (docs/admin/office.md).</source>
        <translation>This role may not change ticket categories: on PostgreSQL the counter PCs&apos; role only reads them. Run this command as the administrator, with the office store owner&apos;s role in office/url (docs/admin/office.md).</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>Usage: kakanai-cli queue issue (--category CODE | --procedures &quot;ID ID&quot;) [--priority none|accessibility|appointment] [--staff ID] [--json]
       kakanai-cli queue call-next|recall|start|absent --counter N [--staff ID] [--json]
       kakanai-cli queue done --counter N [--visit UUID] [--staff ID] [--json]
       kakanai-cli queue transfer --ticket A012|UUID [--to-category CODE] [--to-counter N] [--staff ID] [--json]
       kakanai-cli queue cancel --ticket A012|UUID [--staff ID] [--json]
       kakanai-cli queue list [--state waiting|called|…] [--json]
       kakanai-cli queue categories [--json]
       kakanai-cli queue counters [--json]
       kakanai-cli queue counter set N [--name-ja NAME] [--name-en NAME] [--categories &quot;CODE CODE&quot;]
       kakanai-cli queue category set CODE --prefix A --first 1 --last 499 --name-ja NAME --name-en NAME [--procedures &quot;ID ID&quot;] [--order N]

  The office store of the settings (office/url). The CLI has no printer: issue gives a
  ticket without a slip. --staff names who acts (recorded in the ticket&apos;s events); the
  CLI acts with the role Supervisor. category set needs the office store owner&apos;s role.</source>
        <translation>Usage: kakanai-cli queue issue (--category CODE | --procedures &quot;ID ID&quot;) [--priority none|accessibility|appointment] [--staff ID] [--json]
       kakanai-cli queue call-next|recall|start|absent --counter N [--staff ID] [--json]
       kakanai-cli queue done --counter N [--visit UUID] [--staff ID] [--json]
       kakanai-cli queue transfer --ticket A012|UUID [--to-category CODE] [--to-counter N] [--staff ID] [--json]
       kakanai-cli queue cancel --ticket A012|UUID [--staff ID] [--json]
       kakanai-cli queue list [--state waiting|called|…] [--json]
       kakanai-cli queue categories [--json]
       kakanai-cli queue counters [--json]
       kakanai-cli queue counter set N [--name-ja NAME] [--name-en NAME] [--categories &quot;CODE CODE&quot;]
       kakanai-cli queue category set CODE --prefix A --first 1 --last 499 --name-ja NAME --name-en NAME [--procedures &quot;ID ID&quot;] [--order N]

  The office store of the settings (office/url). The CLI has no printer: issue gives a
  ticket without a slip. --staff names who acts (recorded in the ticket&apos;s events); the
  CLI acts with the role Supervisor. category set needs the office store owner&apos;s role.</translation>
    </message>
    <message>
        <source>The setting office/timeZone is not a time zone.</source>
        <translation>The setting office/timeZone is not a time zone.</translation>
    </message>
    <message>
        <source>queue issue needs either --category or --procedures.</source>
        <translation>queue issue needs either --category or --procedures.</translation>
    </message>
    <message>
        <source>--category needs a category code (queue categories).</source>
        <translation>--category needs a category code (queue categories).</translation>
    </message>
    <message>
        <source>--procedures needs at least one 手続ナビ form id.</source>
        <translation>--procedures needs at least one 手続ナビ form id.</translation>
    </message>
    <message>
        <source>The priority is none, accessibility or appointment.</source>
        <translation>The priority is none, accessibility or appointment.</translation>
    </message>
    <message>
        <source>Ticket %1 (%2) issued without a slip: kakanai-cli has no printer.</source>
        <translation>Ticket %1 (%2) issued without a slip: kakanai-cli has no printer.</translation>
    </message>
    <message>
        <source>People ahead: %1</source>
        <translation>People ahead: %1</translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: about %n minute(s)</source>
        <translation>
            <numerusform>Estimated wait: about %n minute</numerusform>
            <numerusform>Estimated wait: about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated wait: not known (no counter is open for it)</source>
        <translation>Estimated wait: not known (no counter is open for it)</translation>
    </message>
    <message>
        <source>This command needs --counter N (the counter&apos;s ID).</source>
        <translation>This command needs --counter N (the counter&apos;s ID).</translation>
    </message>
    <message>
        <source>Counter %1 calls %2.</source>
        <translation>Counter %1 calls %2.</translation>
    </message>
    <message>
        <source>Counter %1 calls %2 again (call %3 of %4).</source>
        <translation>Counter %1 calls %2 again (call %3 of %4).</translation>
    </message>
    <message>
        <source>Counter %1 is serving %2.</source>
        <translation>Counter %1 is serving %2.</translation>
    </message>
    <message>
        <source>%1 is done at counter %2.</source>
        <translation>%1 is done at counter %2.</translation>
    </message>
    <message>
        <source>%1 did not come after %2 call(s): no-show.</source>
        <translation>%1 did not come after %2 call(s): no-show.</translation>
    </message>
    <message>
        <source>%1 did not come; it waits again in the queue (call %2 of %3).</source>
        <translation>%1 did not come; it waits again in the queue (call %2 of %3).</translation>
    </message>
    <message>
        <source>--visit needs a visit&apos;s UUID.</source>
        <translation>--visit needs a visit&apos;s UUID.</translation>
    </message>
    <message>
        <source>queue transfer needs --ticket A012 or the ticket&apos;s UUID.</source>
        <translation>queue transfer needs --ticket A012 or the ticket&apos;s UUID.</translation>
    </message>
    <message>
        <source>queue transfer needs --to-category, --to-counter, or both.</source>
        <translation>queue transfer needs --to-category, --to-counter, or both.</translation>
    </message>
    <message>
        <source>%1 now waits for %2, keeping its place from %3.</source>
        <translation>%1 now waits for %2, keeping its place from %3.</translation>
    </message>
    <message>
        <source>%1 now waits for %2 at counter %3, keeping its place from %4.</source>
        <translation>%1 now waits for %2 at counter %3, keeping its place from %4.</translation>
    </message>
    <message>
        <source>queue cancel needs --ticket A012 or the ticket&apos;s UUID.</source>
        <translation>queue cancel needs --ticket A012 or the ticket&apos;s UUID.</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 is cancelled.</translation>
    </message>
    <message>
        <source>Unknown state; use pending, waiting, called, serving, done, no-show or cancelled.</source>
        <translation>Unknown state; use pending, waiting, called, serving, done, no-show or cancelled.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 is given twice.</translation>
    </message>
    <message>
        <source>queue %1 does not take %2.</source>
        <translation>queue %1 does not take %2.</translation>
    </message>
</context>
<context>
    <name>QueueSetupCommand</name>
    <message>
        <source>%1 needs a whole number.</source>
        <translation>%1 needs a whole number.</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>all categories</translation>
    </message>
    <message>
        <source>Counter %1 added.</source>
        <translation>Counter %1 added.</translation>
    </message>
    <message>
        <source>Counter %1 changed.</source>
        <translation>Counter %1 changed.</translation>
    </message>
    <message>
        <source>queue category set needs %1.</source>
        <translation>queue category set needs %1.</translation>
    </message>
    <message>
        <source>Category %1 added: %2.</source>
        <translation>Category %1 added: %2.</translation>
    </message>
    <message>
        <source>Category %1 changed: %2.</source>
        <translation>Category %1 changed: %2.</translation>
    </message>
    <message>
        <source>Today&apos;s tickets continue in the new band after %1.</source>
        <translation>Today&apos;s tickets continue in the new band after %1.</translation>
    </message>
    <message>
        <source>Numbers up to %1 were given out today, past the end of the new band: today&apos;s tickets keep the old band, the new one starts tomorrow.</source>
        <translation>Numbers up to %1 were given out today, past the end of the new band: today&apos;s tickets keep the old band, the new one starts tomorrow.</translation>
    </message>
</context>
<context>
    <name>QueueStatistics</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1:00</source>
        <translation>%1:00</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>The record is not valid: &quot;%1&quot; is missing or wrong.</source>
        <translation>The record is not valid: &quot;%1&quot; is missing or wrong.</translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation>The record is not a JSON object.</translation>
    </message>
</context>
<context>
    <name>RecordCipher</name>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>The encryption library could not be started.</translation>
    </message>
    <message>
        <source>The record could not be encrypted.</source>
        <translation>The record could not be encrypted.</translation>
    </message>
    <message>
        <source>A stored record is not in the encrypted format this program knows. It was left as it is.</source>
        <translation>A stored record is not in the encrypted format this program knows. It was left as it is.</translation>
    </message>
    <message>
        <source>A stored record could not be decrypted: the record key file is not the one it was saved with, or the stored data was changed. Nothing was deleted; ask the administrator to restore the right key file.</source>
        <translation>A stored record could not be decrypted: the record key file is not the one it was saved with, or the stored data was changed. Nothing was deleted; ask the administrator to restore the right key file.</translation>
    </message>
</context>
<context>
    <name>RecordDocument</name>
    <message>
        <source>The record is larger than 1 MiB and cannot be sent.</source>
        <translation>The record is larger than 1 MiB and cannot be sent.</translation>
    </message>
</context>
<context>
    <name>RecordKeyBinding</name>
    <message>
        <source>The record key is missing (%1), but this store&apos;s records are sealed with the key %2. No new key was made and nothing was written. Restore the key from the key backup.</source>
        <translation>The record key is missing (%1), but this store&apos;s records are sealed with the key %2. No new key was made and nothing was written. Restore the key from the key backup.</translation>
    </message>
    <message>
        <source>The record key is missing (%1), but this store holds sealed records. No new key was made and nothing was written. Restore the key from the key backup.</source>
        <translation>The record key is missing (%1), but this store holds sealed records. No new key was made and nothing was written. Restore the key from the key backup.</translation>
    </message>
    <message>
        <source>The record key in %1 is the key %2, but this store&apos;s records are sealed with the key %3. Nothing was written. Put the right key back (from the key backup).</source>
        <translation>The record key in %1 is the key %2, but this store&apos;s records are sealed with the key %3. Nothing was written. Put the right key back (from the key backup).</translation>
    </message>
    <message>
        <source>The record key in %1 (key %2) does not open the records of this store. Nothing was written. Put the right key back (from the key backup).</source>
        <translation>The record key in %1 (key %2) does not open the records of this store. Nothing was written. Put the right key back (from the key backup).</translation>
    </message>
    <message>
        <source>The record key was being changed while the store was opened. Try again.</source>
        <translation>The record key was being changed while the store was opened. Try again.</translation>
    </message>
</context>
<context>
    <name>RecordKeyExport</name>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters. Nothing was written.</source>
        <translation>
            <numerusform>The passphrase must have at least %n character. Nothing was written.</numerusform>
            <numerusform>The passphrase must have at least %n characters. Nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>The encryption library could not be started.</translation>
    </message>
    <message>
        <source>The key export file already exists; choose a new name. Nothing was written.</source>
        <translation>The key export file already exists; choose a new name. Nothing was written.</translation>
    </message>
    <message>
        <source>No protected memory is available for the record key.</source>
        <translation>No protected memory is available for the record key.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the key with the passphrase.</source>
        <translation>Not enough memory to protect the key with the passphrase.</translation>
    </message>
    <message>
        <source>The folder for the key export file cannot be created.</source>
        <translation>The folder for the key export file cannot be created.</translation>
    </message>
    <message>
        <source>The key export file cannot be created.</source>
        <translation>The key export file cannot be created.</translation>
    </message>
    <message>
        <source>The key export file could not be written.</source>
        <translation>The key export file could not be written.</translation>
    </message>
    <message>
        <source>The key export file does not exist.</source>
        <translation>The key export file does not exist.</translation>
    </message>
    <message>
        <source>The key export file cannot be opened.</source>
        <translation>The key export file cannot be opened.</translation>
    </message>
    <message>
        <source>This is not a Kakanai key export file, or it is damaged. Nothing was written.</source>
        <translation>This is not a Kakanai key export file, or it is damaged. Nothing was written.</translation>
    </message>
    <message>
        <source>The passphrase does not open this key export file (or the file was changed). Nothing was written.</source>
        <translation>The passphrase does not open this key export file (or the file was changed). Nothing was written.</translation>
    </message>
</context>
<context>
    <name>RecordKeyRotation</name>
    <message>
        <source>The open-visit draft %1 does not open with the current record key (damaged or sealed with another key). The key was not changed and nothing was written.</source>
        <translation>The open-visit draft %1 does not open with the current record key (damaged or sealed with another key). The key was not changed and nothing was written.</translation>
    </message>
    <message>
        <source>The record %1 does not open with the current record key (damaged or sealed with another key). The key was not changed and nothing was written.</source>
        <translation>The record %1 does not open with the current record key (damaged or sealed with another key). The key was not changed and nothing was written.</translation>
    </message>
    <message>
        <source>Kakanai or `kakanai-cli outbox flush` is using this store. Close Kakanai and stop scheduled kakanai-cli jobs on this PC, then rotate the key.</source>
        <translation>Kakanai or `kakanai-cli outbox flush` is using this store. Close Kakanai and stop scheduled kakanai-cli jobs on this PC, then rotate the key.</translation>
    </message>
    <message>
        <source>No protected memory is available for the record key.</source>
        <translation>No protected memory is available for the record key.</translation>
    </message>
    <message>
        <source>The records are now sealed with the new record key %1, but it could not be put in place of the old key (%2). It waits beside it as the pending key: do not delete it. The next start of Kakanai or kakanai-cli puts it in place.</source>
        <translation>The records are now sealed with the new record key %1, but it could not be put in place of the old key (%2). It waits beside it as the pending key: do not delete it. The next start of Kakanai or kakanai-cli puts it in place.</translation>
    </message>
</context>
<context>
    <name>RecordPurger</name>
    <message>
        <source>Sent records must be kept for at least one day.</source>
        <translation>Sent records must be kept for at least one day.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>The form &quot;%1&quot; of this record is not available in the version it was filled in with.</source>
        <translation>The form &quot;%1&quot; of this record is not available in the version it was filled in with.</translation>
    </message>
</context>
<context>
    <name>ResponseClassifier</name>
    <message>
        <source>The back office already holds this record with different contents (HTTP %1, key-reused).</source>
        <translation>The back office already holds this record with different contents (HTTP %1, key-reused).</translation>
    </message>
    <message>
        <source>The back office could not read the record (HTTP %1, invalid-record).</source>
        <translation>The back office could not read the record (HTTP %1, invalid-record).</translation>
    </message>
    <message>
        <source>The record is larger than the back office accepts (HTTP 413).</source>
        <translation>The record is larger than the back office accepts (HTTP 413).</translation>
    </message>
    <message>
        <source>The back office rejected the record (HTTP %1).</source>
        <translation>The back office rejected the record (HTTP %1).</translation>
    </message>
    <message>
        <source>The back office rejected the record (HTTP %1, code %2).</source>
        <translation>The back office rejected the record (HTTP %1, code %2).</translation>
    </message>
    <message>
        <source>The back office refused the connection.</source>
        <translation>The back office refused the connection.</translation>
    </message>
    <message>
        <source>The back office&apos;s host name was not found.</source>
        <translation>The back office&apos;s host name was not found.</translation>
    </message>
    <message>
        <source>The back office did not answer in time.</source>
        <translation>The back office did not answer in time.</translation>
    </message>
    <message>
        <source>The connection to the back office was closed.</source>
        <translation>The connection to the back office was closed.</translation>
    </message>
    <message>
        <source>The secure connection to the back office failed (TLS).</source>
        <translation>The secure connection to the back office failed (TLS).</translation>
    </message>
    <message>
        <source>The back office&apos;s certificate key does not match the pinned key.</source>
        <translation>The back office&apos;s certificate key does not match the pinned key.</translation>
    </message>
    <message>
        <source>The request to the back office was cancelled.</source>
        <translation>The request to the back office was cancelled.</translation>
    </message>
    <message>
        <source>Network error while talking to the back office.</source>
        <translation>Network error while talking to the back office.</translation>
    </message>
    <message>
        <source>The back office refused the access token (HTTP %1).</source>
        <translation>The back office refused the access token (HTTP %1).</translation>
    </message>
    <message>
        <source>The back office asked to try again later (HTTP %1).</source>
        <translation>The back office asked to try again later (HTTP %1).</translation>
    </message>
    <message>
        <source>The back office answered HTTP %1 without the promised confirmation.</source>
        <translation>The back office answered HTTP %1 without the promised confirmation.</translation>
    </message>
    <message>
        <source>The back office answered HTTP %1, which the contract does not define.</source>
        <translation>The back office answered HTTP %1, which the contract does not define.</translation>
    </message>
    <message>
        <source>The back office answered the lookup with HTTP 200 without the promised confirmation.</source>
        <translation>The back office answered the lookup with HTTP 200 without the promised confirmation.</translation>
    </message>
    <message>
        <source>The back office answered the lookup with HTTP %1, which the contract does not define.</source>
        <translation>The back office answered the lookup with HTTP %1, which the contract does not define.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>A signing key must be %1 bytes long.</source>
        <translation>A signing key must be %1 bytes long.</translation>
    </message>
    <message>
        <source>The signing key is damaged: its public half does not belong to its secret half.</source>
        <translation>The signing key is damaged: its public half does not belong to its secret half.</translation>
    </message>
</context>
<context>
    <name>SourceCatalog</name>
    <message>
        <source>name as on the card (family and given name)</source>
        <translation>name as on the card (family and given name)</translation>
    </message>
    <message>
        <source>address as on the card</source>
        <translation>address as on the card</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>sex, as the ISO 5218 code 1, 2 or 9</source>
        <translation>sex, as the ISO 5218 code 1, 2 or 9</translation>
    </message>
    <message>
        <source>individual number (read only when a chosen form needs it)</source>
        <translation>individual number (read only when a chosen form needs it)</translation>
    </message>
    <message>
        <source>the date of the visit</source>
        <translation>the date of the visit</translation>
    </message>
    <message>
        <source>the household members added in this visit</source>
        <translation>the household members added in this visit</translation>
    </message>
    <message>
        <source>furigana of the person&apos;s name (confirmed with the person)</source>
        <translation>furigana of the person&apos;s name (confirmed with the person)</translation>
    </message>
    <message>
        <source>phone number for contact</source>
        <translation>phone number for contact</translation>
    </message>
    <message>
        <source>date of the move (異動日), also the planned date for 転出</source>
        <translation>date of the move (異動日), also the planned date for 転出</translation>
    </message>
    <message>
        <source>the new address in this municipality (転入, 転居)</source>
        <translation>the new address in this municipality (転入, 転居)</translation>
    </message>
    <message>
        <source>the address moved to (転出先)</source>
        <translation>the address moved to (転出先)</translation>
    </message>
    <message>
        <source>postal code of the new address</source>
        <translation>postal code of the new address</translation>
    </message>
    <message>
        <source>the previous address, when not the card&apos;s</source>
        <translation>the previous address, when not the card&apos;s</translation>
    </message>
    <message>
        <source>name of the head of household (世帯主)</source>
        <translation>name of the head of household (世帯主)</translation>
    </message>
    <message>
        <source>relationship to the head of household (続柄)</source>
        <translation>relationship to the head of household (続柄)</translation>
    </message>
    <message>
        <source>name of the person who notifies, when not the person</source>
        <translation>name of the person who notifies, when not the person</translation>
    </message>
    <message>
        <source>registered domicile (本籍)</source>
        <translation>registered domicile (本籍)</translation>
    </message>
    <message>
        <source>head of the family register (筆頭者)</source>
        <translation>head of the family register (筆頭者)</translation>
    </message>
    <message>
        <source>bank for payments</source>
        <translation>bank for payments</translation>
    </message>
    <message>
        <source>bank branch</source>
        <translation>bank branch</translation>
    </message>
    <message>
        <source>account type (an option value, e.g. futsu)</source>
        <translation>account type (an option value, e.g. futsu)</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>account number</translation>
    </message>
    <message>
        <source>account holder in katakana</source>
        <translation>account holder in katakana</translation>
    </message>
</context>
<context>
    <name>StaffCommand</name>
    <message>
        <source>Usage: kakanai-cli [--db FILE] staff list
       kakanai-cli [--db FILE] staff add ID --name NAME --role clerk|reception|supervisor|administrator --password-stdin</source>
        <translation>Usage: kakanai-cli [--db FILE] staff list
       kakanai-cli [--db FILE] staff add ID --name NAME --role clerk|reception|supervisor|administrator --password-stdin</translation>
    </message>
    <message>
        <source>Staff member %1 added.</source>
        <translation>Staff member %1 added.</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>The password needs at least 8 characters, with both letters and digits.</source>
        <translation>The password needs at least 8 characters, with both letters and digits.</translation>
    </message>
    <message>
        <source>A staff ID has 1 to 32 letters, digits, dots, hyphens or underscores.</source>
        <translation>A staff ID has 1 to 32 letters, digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name.</source>
        <translation>Enter the staff member&apos;s name.</translation>
    </message>
    <message>
        <source>The password could not be processed (out of memory).</source>
        <translation>The password could not be processed (out of memory).</translation>
    </message>
    <message>
        <source>This staff ID is already in use.</source>
        <translation>This staff ID is already in use.</translation>
    </message>
    <message>
        <source>The staff ID or the password is wrong.</source>
        <translation>The staff ID or the password is wrong.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong passwords. Try again in %n minute(s), or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>This account is locked after too many wrong passwords. Try again in %n minute, or ask an administrator to reset the password.</numerusform>
            <numerusform>This account is locked after too many wrong passwords. Try again in %n minutes, or ask an administrator to reset the password.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong passwords: this account is now locked for %n minute.</numerusform>
            <numerusform>Too many wrong passwords: this account is now locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Choose a password different from the current one.</translation>
    </message>
    <message>
        <source>There is no staff member with this ID.</source>
        <translation>There is no staff member with this ID.</translation>
    </message>
</context>
<context>
    <name>StatisticsReportPdf</name>
    <message>
        <source>Wait-time statistics</source>
        <translation>Wait-time statistics</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Office: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>Compared with: %1</translation>
    </message>
    <message>
        <source>Grouped by: %1</source>
        <translation>Grouped by: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Made: %1</translation>
    </message>
    <message>
        <source>NOT CURRENT: the last reading failed (%1).</source>
        <translation>NOT CURRENT: the last reading failed (%1).</translation>
    </message>
    <message>
        <source>The report could not be written to this file.</source>
        <translation>The report could not be written to this file.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Usage: kakanai-cli stats --from YYYY-MM-DD --to YYYY-MM-DD [--by day|hour|weekday|category|counter|staff|staff-on-duty] [--service-levels &quot;15 30&quot;] [--json]
       kakanai-cli stats export-events --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.csv</source>
        <translation>Usage: kakanai-cli stats --from YYYY-MM-DD --to YYYY-MM-DD [--by day|hour|weekday|category|counter|staff|staff-on-duty] [--service-levels &quot;15 30&quot;] [--json]
       kakanai-cli stats export-events --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.csv</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>arrivals</source>
        <translation>arrivals</translation>
    </message>
    <message>
        <source>served</source>
        <translation>served</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>no-shows</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>wait mean (min)</source>
        <translation>wait mean (min)</translation>
    </message>
    <message>
        <source>wait median (min)</source>
        <translation>wait median (min)</translation>
    </message>
    <message>
        <source>wait p90 (min)</source>
        <translation>wait p90 (min)</translation>
    </message>
    <message>
        <source>service mean (min)</source>
        <translation>service mean (min)</translation>
    </message>
    <message>
        <source>service median (min)</source>
        <translation>service median (min)</translation>
    </message>
    <message>
        <source>service p90 (min)</source>
        <translation>service p90 (min)</translation>
    </message>
    <message>
        <source>within %1 min (%)</source>
        <translation>within %1 min (%)</translation>
    </message>
    <message>
        <source>estimate error (min)</source>
        <translation>estimate error (min)</translation>
    </message>
    <message>
        <source>staff on duty</source>
        <translation>staff on duty</translation>
    </message>
    <message>
        <source>--from and --to must be dates written YYYY-MM-DD.</source>
        <translation>--from and --to must be dates written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from must not be after --to.</translation>
    </message>
    <message>
        <source>--by must be one of day, hour, weekday, category, counter, staff, staff-on-duty.</source>
        <translation>--by must be one of day, hour, weekday, category, counter, staff, staff-on-duty.</translation>
    </message>
    <message>
        <source>--service-levels must be 1 to 4 whole minutes, rising, e.g. &quot;15 30&quot;.</source>
        <translation>--service-levels must be 1 to 4 whole minutes, rising, e.g. &quot;15 30&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) written.</source>
        <translation>
            <numerusform>%n ticket(s) written.</numerusform>
            <numerusform>%n ticket(s) written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketEventsCsv</name>
    <message>
        <source>The disk is full: the CSV file could not be written.</source>
        <translation>The disk is full: the CSV file could not be written.</translation>
    </message>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>The CSV file could not be written.</translation>
    </message>
    <message>
        <source>The CSV file could not be created: check that its folder exists and may be written to.</source>
        <translation>The CSV file could not be created: check that its folder exists and may be written to.</translation>
    </message>
</context>
<context>
    <name>TicketFactsReader</name>
    <message>
        <source>The period is not valid: its first day must not be after its last.</source>
        <translation>The period is not valid: its first day must not be after its last.</translation>
    </message>
    <message>
        <source>The tickets could not be read from the office store.</source>
        <translation>The tickets could not be read from the office store.</translation>
    </message>
</context>
<context>
    <name>TicketImage</name>
    <message>
        <source>The ticket&apos;s status address is too long for a QR code on this paper. Ask the administrator to shorten the board address.</source>
        <translation>The ticket&apos;s status address is too long for a QR code on this paper. Ask the administrator to shorten the board address.</translation>
    </message>
    <message>
        <source>The ticket paper width must be between %1 and %2 dots (384 for 58 mm paper, 576 for 80 mm).</source>
        <translation>The ticket paper width must be between %1 and %2 dots (384 for 58 mm paper, 576 for 80 mm).</translation>
    </message>
    <message>
        <source>No Japanese font is installed, so tickets cannot be printed. Ask the administrator to install the Noto CJK fonts (Debian package fonts-noto-cjk).</source>
        <translation>No Japanese font is installed, so tickets cannot be printed. Ask the administrator to install the Noto CJK fonts (Debian package fonts-noto-cjk).</translation>
    </message>
</context>
<context>
    <name>TicketPrinterErrors</name>
    <message>
        <source>The ticket printer cannot be reached. Check that it is switched on and its network cable is plugged in, then reprint.</source>
        <translation>The ticket printer cannot be reached. Check that it is switched on and its network cable is plugged in, then reprint.</translation>
    </message>
    <message>
        <source>The ticket printer is not connected. Check that it is switched on and its cable is plugged in, then reprint.</source>
        <translation>The ticket printer is not connected. Check that it is switched on and its cable is plugged in, then reprint.</translation>
    </message>
    <message>
        <source>This program may not use the ticket printer (no permission for its device). Ask the administrator.</source>
        <translation>This program may not use the ticket printer (no permission for its device). Ask the administrator.</translation>
    </message>
    <message>
        <source>The ticket printer set up for this PC is not available. Check that it is switched on, or ask the administrator to check the printer setting.</source>
        <translation>The ticket printer set up for this PC is not available. Check that it is switched on, or ask the administrator to check the printer setting.</translation>
    </message>
    <message>
        <source>The ticket printer is out of paper. Load a new roll, then reprint.</source>
        <translation>The ticket printer is out of paper. Load a new roll, then reprint.</translation>
    </message>
    <message>
        <source>The ticket printer ran out of paper while printing. Load a new roll, then reprint.</source>
        <translation>The ticket printer ran out of paper while printing. Load a new roll, then reprint.</translation>
    </message>
    <message>
        <source>The ticket printer&apos;s cover is open. Close it, then reprint.</source>
        <translation>The ticket printer&apos;s cover is open. Close it, then reprint.</translation>
    </message>
    <message>
        <source>The ticket printer is offline or reports an error. Check its lights and the paper (a jam, the cutter); if that does not help, switch it off and on, then reprint.</source>
        <translation>The ticket printer is offline or reports an error. Check its lights and the paper (a jam, the cutter); if that does not help, switch it off and on, then reprint.</translation>
    </message>
    <message>
        <source>The ticket printer does not answer. Check that it is switched on and shows no error light, then reprint.</source>
        <translation>The ticket printer does not answer. Check that it is switched on and shows no error light, then reprint.</translation>
    </message>
    <message>
        <source>The ticket printer gave an answer that is not understood. Ask the administrator to check that the printer setting names an ESC/POS receipt printer.</source>
        <translation>The ticket printer gave an answer that is not understood. Ask the administrator to check that the printer setting names an ESC/POS receipt printer.</translation>
    </message>
    <message>
        <source>The connection to the ticket printer broke off, so the ticket may not have printed completely. Check the printer, then reprint.</source>
        <translation>The connection to the ticket printer broke off, so the ticket may not have printed completely. Check the printer, then reprint.</translation>
    </message>
    <message>
        <source>The ticket printer did not take the whole ticket. Check the paper, the cover and its lights, then reprint.</source>
        <translation>The ticket printer did not take the whole ticket. Check the paper, the cover and its lights, then reprint.</translation>
    </message>
    <message>
        <source>The ticket printer took the ticket but did not confirm it. Check that the slip came out complete; if not, reprint.</source>
        <translation>The ticket printer took the ticket but did not confirm it. Check that the slip came out complete; if not, reprint.</translation>
    </message>
    <message>
        <source>The ticket could not be prepared for printing. Ask the administrator to check the ticket printer settings.</source>
        <translation>The ticket could not be prepared for printing. Ask the administrator to check the ticket printer settings.</translation>
    </message>
</context>
<context>
    <name>TicketPrinterSetting</name>
    <message>
        <source>The ticket printer setting is not understood. Use &quot;none&quot;, &quot;escpos-net://HOST:9100&quot;, &quot;escpos-device:///dev/usb/lp0&quot; or &quot;system:PRINTER NAME&quot;.</source>
        <translation>The ticket printer setting is not understood. Use &quot;none&quot;, &quot;escpos-net://HOST:9100&quot;, &quot;escpos-device:///dev/usb/lp0&quot; or &quot;system:PRINTER NAME&quot;.</translation>
    </message>
</context>
<context>
    <name>TicketStateMachine</name>
    <message numerus="yes">
        <source>It has been called %n time(s), the most allowed: mark it absent instead.</source>
        <translation>
            <numerusform>It has been called %n time, the most allowed: mark it absent instead.</numerusform>
            <numerusform>It has been called %n times, the most allowed: mark it absent instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>A ticket that is %1 cannot be given “%2”.</source>
        <translation>A ticket that is %1 cannot be given “%2”.</translation>
    </message>
    <message>
        <source>being printed</source>
        <translation>being printed</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>being served</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation>a no-show</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>issue</translation>
    </message>
    <message>
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>recall</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfer</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>cancel</translation>
    </message>
</context>
<context>
    <name>TrustedKeys</name>
    <message>
        <source>Trusted key %1 of the pre-registration settings is not &quot;label:key&quot; with a 32-byte public key in Base64.</source>
        <translation>Trusted key %1 of the pre-registration settings is not &quot;label:key&quot; with a 32-byte public key in Base64.</translation>
    </message>
    <message>
        <source>A trusted key needs a label and a 32-byte public key.</source>
        <translation>A trusted key needs a label and a 32-byte public key.</translation>
    </message>
</context>
<context>
    <name>UnavailableAuditAnchor</name>
    <message>
        <source>no audit checkpoint</source>
        <translation>no audit checkpoint</translation>
    </message>
</context>
<context>
    <name>UploaderLock</name>
    <message>
        <source>The uploader lock file cannot be created next to the database.</source>
        <translation>The uploader lock file cannot be created next to the database.</translation>
    </message>
    <message>
        <source>Another Kakanai program is already sending this computer&apos;s records (process %1).</source>
        <translation>Another Kakanai program is already sending this computer&apos;s records (process %1).</translation>
    </message>
    <message>
        <source>The uploader lock file cannot be locked.</source>
        <translation>The uploader lock file cannot be locked.</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>There is no shared fact &quot;%1&quot;.</source>
        <translation>There is no shared fact &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The shared fact &quot;%1&quot; is set by the visit itself.</source>
        <translation>The shared fact &quot;%1&quot; is set by the visit itself.</translation>
    </message>
    <message>
        <source>Read the furigana to the person and tick &quot;confirmed&quot;.</source>
        <translation>Read the furigana to the person and tick &quot;confirmed&quot;.</translation>
    </message>
    <message>
        <source>A household member needs a name.</source>
        <translation>A household member needs a name.</translation>
    </message>
    <message>
        <source>The date of birth cannot be after today.</source>
        <translation>The date of birth cannot be after today.</translation>
    </message>
    <message>
        <source>There is no such household member.</source>
        <translation>There is no such household member.</translation>
    </message>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>There is no form &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Form &quot;%1&quot; has no field &quot;%2&quot; that can be preset.</source>
        <translation>Form &quot;%1&quot; has no field &quot;%2&quot; that can be preset.</translation>
    </message>
    <message>
        <source>The preset for field &quot;%1&quot; of form &quot;%2&quot; is not valid.</source>
        <translation>The preset for field &quot;%1&quot; of form &quot;%2&quot; is not valid.</translation>
    </message>
    <message>
        <source>Form &quot;%1&quot; is not part of this visit.</source>
        <translation>Form &quot;%1&quot; is not part of this visit.</translation>
    </message>
    <message>
        <source>Form &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>Form &quot;%1&quot; has no field &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The person writes this field by hand on the paper.</source>
        <translation>The person writes this field by hand on the paper.</translation>
    </message>
    <message>
        <source>This field cannot be changed at the counter.</source>
        <translation>This field cannot be changed at the counter.</translation>
    </message>
    <message>
        <source>This field does not hold an individual number.</source>
        <translation>This field does not hold an individual number.</translation>
    </message>
    <message>
        <source>Choose at least one procedure before completing the visit.</source>
        <translation>Choose at least one procedure before completing the visit.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still need attention before the visit can be completed.</source>
        <translation>
            <numerusform>%n field still need attention before the visit can be completed.</numerusform>
            <numerusform>%n fields still need attention before the visit can be completed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved visit has a format this version does not know.</source>
        <translation>The saved visit has a format this version does not know.</translation>
    </message>
</context>
<context>
    <name>VisitCommand</name>
    <message>
        <source>There is no life event &quot;%1&quot;.</source>
        <translation>There is no life event &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The life event needs no form here.</source>
        <translation>The life event needs no form here.</translation>
    </message>
    <message numerus="yes">
        <source>Visit completed: record %1 (printed digest %2), %n form(s); &quot;kakanai-cli outbox flush&quot; sends it.</source>
        <translation>
            <numerusform>Visit completed: record %1 (printed digest %2), %n form; &quot;kakanai-cli outbox flush&quot; sends it.</numerusform>
            <numerusform>Visit completed: record %1 (printed digest %2), %n forms; &quot;kakanai-cli outbox flush&quot; sends it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kakanai-cli visit complete --card CARD.json --event ID [--answer QUESTION=yes|no …]
                                 [--prereg FILE] [--fact KEY=VALUE …] [--set FIELD=VALUE …]
                                 [--values FILE] --pdf OUT.pdf [--staff ID] [--json]

A whole visit without a screen: the forms of the 手続ナビ&apos;s life event are filled from the card,
the pre-registration and the facts, printed to OUT.pdf for the signature, and the very record
that was printed is queued, encrypted, for the back office (&quot;outbox flush&quot; sends it).

  --card FILE          the JSON printed by &quot;card read&quot;
  --event ID           the life event (tennyu, tenshutsu, tenkyo, birth, marriage, death, disaster)
  --answer Q=yes|no    an answer to one of the event&apos;s questions (unanswered = no)
  --prereg FILE        the pre-registration as a JSON object of key → value
  --fact KEY=VALUE     a shared fact of the visit, e.g. --fact moveDate=R8.11.20
  --set FIELD=VALUE    the clerk&apos;s value for a field, in every form that has it
  --values FILE        facts and field values as JSON {&quot;facts&quot;:{…},&quot;fields&quot;:{…}}; - reads standard
                       input. The individual number is accepted only this way, never on the command line
  --pdf FILE           the forms as printed for the signature (required: the record is the paper)
  --staff ID           the staff id written to the record and the audit log (default: cli)
  --json               print the result as one JSON object</source>
        <translation>Usage: kakanai-cli visit complete --card CARD.json --event ID [--answer QUESTION=yes|no …]
                                 [--prereg FILE] [--fact KEY=VALUE …] [--set FIELD=VALUE …]
                                 [--values FILE] --pdf OUT.pdf [--staff ID] [--json]

A whole visit without a screen: the forms of the 手続ナビ&apos;s life event are filled from the card,
the pre-registration and the facts, printed to OUT.pdf for the signature, and the very record
that was printed is queued, encrypted, for the back office (&quot;outbox flush&quot; sends it).

  --card FILE          the JSON printed by &quot;card read&quot;
  --event ID           the life event (tennyu, tenshutsu, tenkyo, birth, marriage, death, disaster)
  --answer Q=yes|no    an answer to one of the event&apos;s questions (unanswered = no)
  --prereg FILE        the pre-registration as a JSON object of key → value
  --fact KEY=VALUE     a shared fact of the visit, e.g. --fact moveDate=R8.11.20
  --set FIELD=VALUE    the clerk&apos;s value for a field, in every form that has it
  --values FILE        facts and field values as JSON {&quot;facts&quot;:{…},&quot;fields&quot;:{…}}; - reads standard
                       input. The individual number is accepted only this way, never on the command line
  --pdf FILE           the forms as printed for the signature (required: the record is the paper)
  --staff ID           the staff id written to the record and the audit log (default: cli)
  --json               print the result as one JSON object</translation>
    </message>
</context>
<context>
    <name>Wareki</name>
    <message>
        <source>The Japanese calendar is not available on this computer.</source>
        <translation>The Japanese calendar is not available on this computer.</translation>
    </message>
    <message>
        <source>Dates before 1 January 1873 (明治6年1月1日) are not supported: Japan used the lunisolar calendar until then.</source>
        <translation>Dates before 1 January 1873 (明治6年1月1日) are not supported: Japan used the lunisolar calendar until then.</translation>
    </message>
    <message>
        <source>This date is not in the %1 era, which runs from %2 to %3.</source>
        <translation>This date is not in the %1 era, which runs from %2 to %3.</translation>
    </message>
    <message>
        <source>This date is not in the %1 era, which began on %2.</source>
        <translation>This date is not in the %1 era, which began on %2.</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>This is not a valid date.</translation>
    </message>
    <message>
        <source>This date is in an era this version of the program does not know.</source>
        <translation>This date is in an era this version of the program does not know.</translation>
    </message>
    <message>
        <source>The Japanese calendar gave an unexpected answer.</source>
        <translation>The Japanese calendar gave an unexpected answer.</translation>
    </message>
    <message>
        <source>Unknown era.</source>
        <translation>Unknown era.</translation>
    </message>
    <message>
        <source>The year of the era must be 1 (元年) or more.</source>
        <translation>The year of the era must be 1 (元年) or more.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>The month must be between 1 and 12.</translation>
    </message>
    <message>
        <source>The day must be between 1 and %1 for this month.</source>
        <translation>The day must be between 1 and %1 for this month.</translation>
    </message>
    <message>
        <source>The year of the era does not fit in two digits.</source>
        <translation>The year of the era does not fit in two digits.</translation>
    </message>
</context>
<context>
    <name>kakanai::AuditPage</name>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The audit log is BROKEN at entry %1: %2</source>
        <translation>The audit log is BROKEN at entry %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries checked).</source>
        <translation>
            <numerusform>The audit log is intact (%n entry checked).</numerusform>
            <numerusform>The audit log is intact (%n entries checked).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries.</source>
        <translation>
            <numerusform>Exported %n entry.</numerusform>
            <numerusform>Exported %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>&amp;Check the chain</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record / target</source>
        <translation>Record / target</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Entries of the audit log are MISSING: %1</source>
        <translation>Entries of the audit log are MISSING: %1</translation>
    </message>
    <message>
        <source>The audit log was REWRITTEN: %1</source>
        <translation>The audit log was REWRITTEN: %1</translation>
    </message>
    <message>
        <source>The audit checkpoint was TAMPERED WITH: %1</source>
        <translation>The audit checkpoint was TAMPERED WITH: %1</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact (%n entries), but whether entries are missing at its end was not checked: %1</source>
        <translation>
            <numerusform>The chain is intact (%n entry), but whether entries are missing at its end was not checked: %1</numerusform>
            <numerusform>The chain is intact (%n entries), but whether entries are missing at its end was not checked: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakanai::BoardWindow</name>
    <message>
        <source>Calling board</source>
        <translation>Calling board</translation>
    </message>
</context>
<context>
    <name>kakanai::CameraScanDialog</name>
    <message>
        <source>Read a QR code with the camera</source>
        <translation>Read a QR code with the camera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <source>No camera was found. Connect a camera and it will appear here, or read the code with a scanner or from an image file.</source>
        <translation>No camera was found. Connect a camera and it will appear here, or read the code with a scanner or from an image file.</translation>
    </message>
    <message>
        <source>Hold the QR code in front of the camera, flat and still, until it is read. A code in several parts: show each part in turn.</source>
        <translation>Hold the QR code in front of the camera, flat and still, until it is read. A code in several parts: show each part in turn.</translation>
    </message>
    <message>
        <source>The camera could not be started. Choose another camera, or read the code with a scanner or from an image file.</source>
        <translation>The camera could not be started. Choose another camera, or read the code with a scanner or from an image file.</translation>
    </message>
    <message numerus="yes">
        <source>%n QR code(s) read.</source>
        <translation>
            <numerusform>%n QR code(s) read.</numerusform>
            <numerusform>%n QR code(s) read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakanai::CardPanel</name>
    <message>
        <source>The smart card service is not running. Ask the administrator (pcscd).</source>
        <translation>The smart card service is not running. Ask the administrator (pcscd).</translation>
    </message>
    <message>
        <source>No card reader found. Check the reader&apos;s cable.</source>
        <translation>No card reader found. Check the reader&apos;s cable.</translation>
    </message>
    <message>
        <source>A card is in the reader.</source>
        <translation>A card is in the reader.</translation>
    </message>
    <message>
        <source>Put the card on the reader.</source>
        <translation>Put the card on the reader.</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>Checking the card…</translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was sent to the card.</source>
        <translation>Reading was cancelled. Nothing was sent to the card.</translation>
    </message>
    <message>
        <source>Reading the card… Please do not remove it.</source>
        <translation>Reading the card… Please do not remove it.</translation>
    </message>
    <message>
        <source>Card read with the security code. Return the card to the citizen.</source>
        <translation>Card read with the security code. Return the card to the citizen.</translation>
    </message>
    <message>
        <source>Card read. Return the card to the citizen.</source>
        <translation>Card read. Return the card to the citizen.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Tries left: %1. Press “Read card” to try again.</source>
        <translation>The PIN is wrong. Tries left: %1. Press “Read card” to try again.</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Not read (only when the procedure needs it)</source>
        <translation>Not read (only when the procedure needs it)</translation>
    </message>
    <message>
        <source>&amp;Hide number</source>
        <translation>&amp;Hide number</translation>
    </message>
    <message>
        <source>&amp;Show number</source>
        <translation>&amp;Show number</translation>
    </message>
    <message>
        <source>The visit that was interrupted is back.</source>
        <translation>The visit that was interrupted is back.</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>My Number card</translation>
    </message>
    <message>
        <source>Also read the individual &amp;number (only when the procedure needs it)</source>
        <translation>Also read the individual &amp;number (only when the procedure needs it)</translation>
    </message>
    <message>
        <source>&amp;Read card</source>
        <translation>&amp;Read card</translation>
    </message>
    <message>
        <source>PIN &amp;forgotten…</source>
        <translation>PIN &amp;forgotten…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Individual number:</source>
        <translation>Individual number:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>birth date: 和暦 (Gregorian)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kakanai::FieldRow</name>
    <message>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>(none: add them under “Household”)</source>
        <translation>(none: add them under “Household”)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Original: %1 (%2)</source>
        <translation>Original: %1 (%2)</translation>
    </message>
    <message>
        <source>Back to the value from the card or the form (undo the correction)</source>
        <translation>Back to the value from the card or the form (undo the correction)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Written by the person on the paper</source>
        <translation>Written by the person on the paper</translation>
    </message>
    <message>
        <source>e.g. R6.4.1 or 令和6年4月1日</source>
        <translation>e.g. R6.4.1 or 令和6年4月1日</translation>
    </message>
    <message>
        <source>e.g. 123-4567</source>
        <translation>e.g. 123-4567</translation>
    </message>
    <message>
        <source>e.g. 090-1234-5678</source>
        <translation>e.g. 090-1234-5678</translation>
    </message>
    <message>
        <source>katakana or hiragana</source>
        <translation>katakana or hiragana</translation>
    </message>
</context>
<context>
    <name>kakanai::FirstAdministratorScreen</name>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>The two passwords differ. Type them again.</translation>
    </message>
    <message>
        <source>First start: create the administrator</source>
        <translation>First start: create the administrator</translation>
    </message>
    <message>
        <source>No staff accounts exist on this counter PC yet. Create the administrator account; the administrator then adds the counter staff. Passwords need at least 8 characters with letters and digits.</source>
        <translation>No staff accounts exist on this counter PC yet. Create the administrator account; the administrator then adds the counter staff. Passwords need at least 8 characters with letters and digits.</translation>
    </message>
    <message>
        <source>&amp;Staff ID:</source>
        <translation>&amp;Staff ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <source>C&amp;reate administrator</source>
        <translation>C&amp;reate administrator</translation>
    </message>
</context>
<context>
    <name>kakanai::IntakePage</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Choosing procedures and filling the forms is not available in this version yet. The card facts read above are shown only; they are not saved.</source>
        <translation>Choosing procedures and filling the forms is not available in this version yet. The card facts read above are shown only; they are not saved.</translation>
    </message>
    <message>
        <source>Cancel this visit</source>
        <translation>Cancel this visit</translation>
    </message>
    <message>
        <source>Cancel this visit? Nothing is saved and the screen is emptied.</source>
        <translation>Cancel this visit? Nothing is saved and the screen is emptied.</translation>
    </message>
    <message>
        <source>Choose the forms first.</source>
        <translation>Choose the forms first.</translation>
    </message>
    <message>
        <source>Save the forms as PDF</source>
        <translation>Save the forms as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was saved.</source>
        <translation>The PDF was saved.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>The visit was completed and saved. Next citizen, please.</source>
        <translation>The visit was completed and saved. Next citizen, please.</translation>
    </message>
    <message>
        <source>A chosen form needs the individual number: read the card with the number (the box above is ticked).</source>
        <translation>A chosen form needs the individual number: read the card with the number (the box above is ticked).</translation>
    </message>
    <message>
        <source>Print &amp;preview…</source>
        <translation>Print &amp;preview…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Complete intake</source>
        <translation>&amp;Complete intake</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Cancel visit</translation>
    </message>
    <message>
        <source>Your open visit was saved and is back on the screen.</source>
        <translation>Your open visit was saved and is back on the screen.</translation>
    </message>
    <message>
        <source>Your open visit is back. These forms changed meanwhile; choose them again: %1</source>
        <translation>Your open visit is back. These forms changed meanwhile; choose them again: %1</translation>
    </message>
    <message>
        <source>Not printed yet</source>
        <translation>Not printed yet</translation>
    </message>
    <message>
        <source>Printed for the signature</source>
        <translation>Printed for the signature</translation>
    </message>
    <message>
        <source>Changed after printing: print again</source>
        <translation>Changed after printing: print again</translation>
    </message>
    <message>
        <source>The QR code filled the visit. Check the fields marked QR with the person.</source>
        <translation>The QR code filled the visit. Check the fields marked QR with the person.</translation>
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
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Here supervisors will see who did what at this counter.</source>
        <translation>Here supervisors will see who did what at this counter.</translation>
    </message>
    <message>
        <source>Here administrators will manage the staff accounts.</source>
        <translation>Here administrators will manage the staff accounts.</translation>
    </message>
    <message>
        <source>Back office: connected</source>
        <translation>Back office: connected</translation>
    </message>
    <message>
        <source>Back office: not reachable, will retry</source>
        <translation>Back office: not reachable, will retry</translation>
    </message>
    <message>
        <source>Back office: access refused — ask the administrator to check the token</source>
        <translation>Back office: access refused — ask the administrator to check the token</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Outbox: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reader(s)</source>
        <translation>
            <numerusform>%n reader</numerusform>
            <numerusform>%n readers</numerusform>
        </translation>
    </message>
    <message>
        <source>Card reader: service not running</source>
        <translation>Card reader: service not running</translation>
    </message>
    <message>
        <source>Card reader: none connected</source>
        <translation>Card reader: none connected</translation>
    </message>
    <message>
        <source>Card reader: %1 — card present</source>
        <translation>Card reader: %1 — card present</translation>
    </message>
    <message>
        <source>Card reader: %1 — no card</source>
        <translation>Card reader: %1 — no card</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Change password…</translation>
    </message>
</context>
<context>
    <name>kakanai::MatchingCodeBDialog</name>
    <message>
        <source>Read the card without the PIN</source>
        <translation>Read the card without the PIN</translation>
    </message>
    <message>
        <source>For a citizen who forgot the PIN. Copy these three items from the front of the card. Only name, address, birth date and sex can be read this way.</source>
        <translation>For a citizen who forgot the PIN. Copy these three items from the front of the card. Only name, address, birth date and sex can be read this way.</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>&amp;Expiry year of the card:</source>
        <translation>&amp;Expiry year of the card:</translation>
    </message>
    <message>
        <source>&amp;Security code (4 digits):</source>
        <translation>&amp;Security code (4 digits):</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Era date on the card: %1</source>
        <translation>Era date on the card: %1</translation>
    </message>
    <message>
        <source>This birth date cannot be used for this check.</source>
        <translation>This birth date cannot be used for this check.</translation>
    </message>
</context>
<context>
    <name>kakanai::NaviPanel</name>
    <message>
        <source>Form: %1</source>
        <translation>Form: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Task: %1</translation>
    </message>
    <message>
        <source>Procedure guide</source>
        <translation>Procedure guide</translation>
    </message>
    <message>
        <source>1. What happened? (life event)</source>
        <translation>1. What happened? (life event)</translation>
    </message>
    <message>
        <source>2. Ask the person (tick for yes)</source>
        <translation>2. Ask the person (tick for yes)</translation>
    </message>
    <message>
        <source>3. Procedures (untick what is not done today)</source>
        <translation>3. Procedures (untick what is not done today)</translation>
    </message>
    <message>
        <source>&amp;Start these forms</source>
        <translation>&amp;Start these forms</translation>
    </message>
</context>
<context>
    <name>kakanai::OfficeFeedStatus</name>
    <message>
        <source>Connecting to the office store…</source>
        <translation>Connecting to the office store…</translation>
    </message>
    <message>
        <source>The program reconnects by itself and then reads everything again.</source>
        <translation>The program reconnects by itself and then reads everything again.</translation>
    </message>
    <message>
        <source>⚠ Updates stopped</source>
        <translation>⚠ Updates stopped</translation>
    </message>
    <message>
        <source>Office information may be out of date.</source>
        <translation>Office information may be out of date.</translation>
    </message>
</context>
<context>
    <name>kakanai::OfficeStore</name>
    <message>
        <source>The office store&apos;s password file does not exist.</source>
        <translation>The office store&apos;s password file does not exist.</translation>
    </message>
    <message>
        <source>The office store&apos;s password file can be read by others. Make it private (chmod 600) and change the password, which others may have seen.</source>
        <translation>The office store&apos;s password file can be read by others. Make it private (chmod 600) and change the password, which others may have seen.</translation>
    </message>
    <message>
        <source>The office store&apos;s password file cannot be read.</source>
        <translation>The office store&apos;s password file cannot be read.</translation>
    </message>
    <message>
        <source>The office store&apos;s password file is empty.</source>
        <translation>The office store&apos;s password file is empty.</translation>
    </message>
    <message>
        <source>The office store path is a folder, not a file.</source>
        <translation>The office store path is a folder, not a file.</translation>
    </message>
    <message>
        <source>There is no office store at this path. Create it with kakanai-cli office init.</source>
        <translation>There is no office store at this path. Create it with kakanai-cli office init.</translation>
    </message>
    <message>
        <source>The folder for the office store cannot be created.</source>
        <translation>The folder for the office store cannot be created.</translation>
    </message>
    <message>
        <source>The office store has schema %1; this program needs %2. An administrator upgrades it with kakanai-cli office init.</source>
        <translation>The office store has schema %1; this program needs %2. An administrator upgrades it with kakanai-cli office init.</translation>
    </message>
    <message>
        <source>The office store could not be upgraded to schema %1. Nothing was changed.</source>
        <translation>The office store could not be upgraded to schema %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>This role may not change the office store&apos;s schema. Run kakanai-cli office init as the database&apos;s owner. Nothing was changed.</source>
        <translation>This role may not change the office store&apos;s schema. Run kakanai-cli office init as the database&apos;s owner. Nothing was changed.</translation>
    </message>
    <message>
        <source>The connection to the office store was lost while a change was being saved; it is not known whether it was saved. Check before doing it again.</source>
        <translation>The connection to the office store was lost while a change was being saved; it is not known whether it was saved. Check before doing it again.</translation>
    </message>
    <message numerus="yes">
        <source>Other counters changed the same data at the same moment, %n time(s) in a row. Nothing was changed; try again.</source>
        <translation>
            <numerusform>Other counters changed the same data at the same moment, %n time in a row. Nothing was changed; try again.</numerusform>
            <numerusform>Other counters changed the same data at the same moment, %n times in a row. Nothing was changed; try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office store cannot be reached (server stopped or network cut). Work that needs it waits; the program keeps trying.</source>
        <translation>The office store cannot be reached (server stopped or network cut). Work that needs it waits; the program keeps trying.</translation>
    </message>
    <message>
        <source>The office store refused this PC&apos;s role or password. Ask the administrator to check office/url and the password file.</source>
        <translation>The office store refused this PC&apos;s role or password. Ask the administrator to check office/url and the password file.</translation>
    </message>
    <message>
        <source>The office database named in office/url does not exist on the server.</source>
        <translation>The office database named in office/url does not exist on the server.</translation>
    </message>
    <message>
        <source>Another counter changed the same data at the same moment.</source>
        <translation>Another counter changed the same data at the same moment.</translation>
    </message>
    <message>
        <source>The office store did not answer in time. Nothing was changed; try again.</source>
        <translation>The office store did not answer in time. Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>The office store refused the change because it would break one of its rules.</source>
        <translation>The office store refused the change because it would break one of its rules.</translation>
    </message>
    <message>
        <source>The office store&apos;s disk is full. Nothing was changed.</source>
        <translation>The office store&apos;s disk is full. Nothing was changed.</translation>
    </message>
    <message>
        <source>This PC&apos;s role may not do this in the office store.</source>
        <translation>This PC&apos;s role may not do this in the office store.</translation>
    </message>
    <message>
        <source>The office store&apos;s TLS connection failed: the server&apos;s certificate could not be verified or TLS is not offered. Check sslmode and sslrootcert in office/url.</source>
        <translation>The office store&apos;s TLS connection failed: the server&apos;s certificate could not be verified or TLS is not offered. Check sslmode and sslrootcert in office/url.</translation>
    </message>
    <message>
        <source>The office store reported an error. Nothing was changed.</source>
        <translation>The office store reported an error. Nothing was changed.</translation>
    </message>
    <message>
        <source>A PostgreSQL office store is backed up with the server&apos;s own tool, for example:
  pg_dump --format=custom --host=%1 --port=%2 --username=%3 --file=%4 %5
(docs/admin/office.md, &quot;Backup and restore&quot;).</source>
        <translation>A PostgreSQL office store is backed up with the server&apos;s own tool, for example:
  pg_dump --format=custom --host=%1 --port=%2 --username=%3 --file=%4 %5
(docs/admin/office.md, &quot;Backup and restore&quot;).</translation>
    </message>
    <message>
        <source>The office store&apos;s password file belongs to another user account. It must belong to the account that runs Kakanai.</source>
        <translation>The office store&apos;s password file belongs to another user account. It must belong to the account that runs Kakanai.</translation>
    </message>
</context>
<context>
    <name>kakanai::OutboxPage</name>
    <message>
        <source>Sending now…</source>
        <translation>Sending now…</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Waiting: %1</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Sending: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Sent: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Queue the selected rejected record again</source>
        <translation>Queue the selected rejected record again</translation>
    </message>
    <message>
        <source>Only a supervisor may resend a rejected record</source>
        <translation>Only a supervisor may resend a rejected record</translation>
    </message>
    <message>
        <source>Only a supervisor may resend a rejected record.</source>
        <translation>Only a supervisor may resend a rejected record.</translation>
    </message>
    <message>
        <source>The record was queued again and will be sent shortly.</source>
        <translation>The record was queued again and will be sent shortly.</translation>
    </message>
    <message>
        <source>Export CSV for the resident records system</source>
        <translation>Export CSV for the resident records system</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Your role may not export records.</source>
        <translation>Your role may not export records.</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>The first day must not be after the last day.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s).</source>
        <translation>
            <numerusform>Exported %n row.</numerusform>
            <numerusform>Exported %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Resend</translation>
    </message>
    <message>
        <source>CSV for the resident records system:</source>
        <translation>CSV for the resident records system:</translation>
    </message>
    <message>
        <source>Only these days</source>
        <translation>Only these days</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Last error / reason for rejection</source>
        <translation>Last error / reason for rejection</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>Change of residence (異動届)</source>
        <translation>Change of residence (異動届)</translation>
    </message>
    <message>
        <source>Certificate requests (証明書交付申請)</source>
        <translation>Certificate requests (証明書交付申請)</translation>
    </message>
    <message>
        <source>Card face data (券面事項)</source>
        <translation>Card face data (券面事項)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 with BOM (Excel)</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>Damaged: %1</translation>
    </message>
    <message>
        <source>These records cannot be opened and are not sent. Ask the administrator (kakanai-cli outbox export-damaged).</source>
        <translation>These records cannot be opened and are not sent. Ask the administrator (kakanai-cli outbox export-damaged).</translation>
    </message>
    <message>
        <source>Damaged – not sent, ask the administrator</source>
        <translation>Damaged – not sent, ask the administrator</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
</context>
<context>
    <name>kakanai::OutboxStatusBadge</name>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Waiting to be sent: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 being sent, %3 sent, %4 rejected</source>
        <translation>Outbox: %1 waiting, %2 being sent, %3 sent, %4 rejected</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>Damaged: %1</translation>
    </message>
</context>
<context>
    <name>kakanai::PasswordChangeDialog</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Enter the new password.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Enter the new password again.</source>
        <translation>The two new passwords are not the same. Enter the new password again.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>Change the password of %1.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <source>At least 8 characters, with both letters and digits.</source>
        <translation>At least 8 characters, with both letters and digits.</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>C&amp;hange</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kakanai::PinDialog</name>
    <message>
        <source>PIN of the My Number card</source>
        <translation>PIN of the My Number card</translation>
    </message>
    <message>
        <source>Please enter the 4-digit PIN of your card (the PIN for form input; usually the same 4 digits as for identity verification).</source>
        <translation>Please enter the 4-digit PIN of your card (the PIN for form input; usually the same 4 digits as for identity verification).</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>Tries left: %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <source>Only one try is left. If this PIN is wrong, the card is locked and must be unlocked at the My Number card desk. Please make sure of the PIN before you continue.</source>
        <translation>Only one try is left. If this PIN is wrong, the card is locked and must be unlocked at the My Number card desk. Please make sure of the PIN before you continue.</translation>
    </message>
    <message>
        <source>Clerk: I explained this to the citizen, who wants to try</source>
        <translation>Clerk: I explained this to the citizen, who wants to try</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
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
    <name>kakanai::PreRegPanel</name>
    <message>
        <source>The intake is not ready for QR codes.</source>
        <translation>The intake is not ready for QR codes.</translation>
    </message>
    <message>
        <source>Open the QR code</source>
        <translation>Open the QR code</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.pdf)</source>
        <translation>Images and PDF (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Part %1 of %2 read; scan the others (missing: %3).</source>
        <translation>Part %1 of %2 read; scan the others (missing: %3).</translation>
    </message>
    <message numerus="yes">
        <source>QR code applied: %1 (%n symbol(s)).</source>
        <translation>
            <numerusform>QR code applied: %1 (%n symbol).</numerusform>
            <numerusform>QR code applied: %1 (%n symbols).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature verified: %1</source>
        <translation>Signature verified: %1</translation>
    </message>
    <message>
        <source>Signed with a key this office does not trust (key %1): not verified.</source>
        <translation>Signed with a key this office does not trust (key %1): not verified.</translation>
    </message>
    <message>
        <source>Made by the citizen (not signed).</source>
        <translation>Made by the citizen (not signed).</translation>
    </message>
    <message>
        <source>%1: card &quot;%2&quot;, QR code &quot;%3&quot;</source>
        <translation>%1: card &quot;%2&quot;, QR code &quot;%3&quot;</translation>
    </message>
    <message>
        <source>The QR code differs from the card; the card&apos;s facts are used:</source>
        <translation>The QR code differs from the card; the card&apos;s facts are used:</translation>
    </message>
    <message>
        <source>This QR code seems to be another person&apos;s than the card holder&apos;s (name or date of birth differ). Check with the person before going on.</source>
        <translation>This QR code seems to be another person&apos;s than the card holder&apos;s (name or date of birth differ). Check with the person before going on.</translation>
    </message>
    <message>
        <source>Pre-registration QR code</source>
        <translation>Pre-registration QR code</translation>
    </message>
    <message>
        <source>Scan the citizen&apos;s QR code with the scanner at any time on this page, or open it from a file or the camera.</source>
        <translation>Scan the citizen&apos;s QR code with the scanner at any time on this page, or open it from a file or the camera.</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>From a &amp;file…</translation>
    </message>
    <message>
        <source>With the ca&amp;mera…</source>
        <translation>With the ca&amp;mera…</translation>
    </message>
</context>
<context>
    <name>kakanai::QtHttpTransport</name>
    <message>
        <source>The back-office address is not an http:// or https:// address.</source>
        <translation>The back-office address is not an http:// or https:// address.</translation>
    </message>
    <message>
        <source>The CA bundle for the back office cannot be read or holds no certificate.</source>
        <translation>The CA bundle for the back office cannot be read or holds no certificate.</translation>
    </message>
</context>
<context>
    <name>kakanai::QueuePage</name>
    <message>
        <source>This PC calls no tickets (no counter set in Settings).</source>
        <translation>This PC calls no tickets (no counter set in Settings).</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>情報更新停止中: the queue shown may be out of date</source>
        <translation>情報更新停止中: the queue shown may be out of date</translation>
    </message>
    <message>
        <source>Call next (F5)</source>
        <translation>Call next (F5)</translation>
    </message>
    <message>
        <source>Recall (F6)</source>
        <translation>Recall (F6)</translation>
    </message>
    <message>
        <source>Start (F7)</source>
        <translation>Start (F7)</translation>
    </message>
    <message>
        <source>Done (F8)</source>
        <translation>Done (F8)</translation>
    </message>
    <message>
        <source>Absent (F9)</source>
        <translation>Absent (F9)</translation>
    </message>
    <message>
        <source>Transfer… (F10)</source>
        <translation>Transfer… (F10)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Waited (min)</source>
        <translation>Waited (min)</translation>
    </message>
    <message>
        <source>For counter</source>
        <translation>For counter</translation>
    </message>
    <message>
        <source>Issue a ticket</source>
        <translation>Issue a ticket</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>No priority</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Without a slip</source>
        <translation>Without a slip</translation>
    </message>
    <message>
        <source>Reprint slip</source>
        <translation>Reprint slip</translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation>Cancel ticket</translation>
    </message>
    <message>
        <source>Called %1.</source>
        <translation>Called %1.</translation>
    </message>
    <message>
        <source>Called %1 again.</source>
        <translation>Called %1 again.</translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>Serving %1.</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation>%1 is done.</translation>
    </message>
    <message>
        <source>%1 is done; its visit is linked.</source>
        <translation>%1 is done; its visit is linked.</translation>
    </message>
    <message>
        <source>%1 did not come after the last call: marked as a no-show.</source>
        <translation>%1 did not come after the last call: marked as a no-show.</translation>
    </message>
    <message>
        <source>%1 is absent: back in the queue.</source>
        <translation>%1 is absent: back in the queue.</translation>
    </message>
    <message>
        <source>Choose a ticket to transfer.</source>
        <translation>Choose a ticket to transfer.</translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation>Category: %1 (%2)</translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation>Counter: %1</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Send the ticket to:</source>
        <translation>Send the ticket to:</translation>
    </message>
    <message>
        <source>%1 is transferred; it keeps its place.</source>
        <translation>%1 is transferred; it keeps its place.</translation>
    </message>
    <message>
        <source>%1 was not issued: %2</source>
        <translation>%1 was not issued: %2</translation>
    </message>
    <message numerus="yes">
        <source>Issued %1: %n person(s) ahead.</source>
        <translation>
            <numerusform>Issued %1: %n person ahead.</numerusform>
            <numerusform>Issued %1: %n people ahead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a ticket to reprint.</source>
        <translation>Choose a ticket to reprint.</translation>
    </message>
    <message>
        <source>No ticket printer is set up.</source>
        <translation>No ticket printer is set up.</translation>
    </message>
    <message>
        <source>Reprinted %1.</source>
        <translation>Reprinted %1.</translation>
    </message>
    <message>
        <source>Choose a ticket to cancel.</source>
        <translation>Choose a ticket to cancel.</translation>
    </message>
    <message>
        <source>%1 is cancelled (kept in the history).</source>
        <translation>%1 is cancelled (kept in the history).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No ticket at this counter</source>
        <translation>No ticket at this counter</translation>
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
    <message>
        <source>Give the serial scanner&apos;s port as a device path, for example /dev/serial/by-id/usb-…, or leave it empty.</source>
        <translation>Give the serial scanner&apos;s port as a device path, for example /dev/serial/by-id/usb-…, or leave it empty.</translation>
    </message>
    <message>
        <source>Settings saved. The QR scanner settings apply from the next start of Kakanai.</source>
        <translation>Settings saved. The QR scanner settings apply from the next start of Kakanai.</translation>
    </message>
    <message>
        <source>QR &amp;keyboard scanner:</source>
        <translation>QR &amp;keyboard scanner:</translation>
    </message>
    <message>
        <source>Recognise a 2-D scanner typing as a keyboard on the intake page</source>
        <translation>Recognise a 2-D scanner typing as a keyboard on the intake page</translation>
    </message>
    <message>
        <source>QR serial scanner &amp;port:</source>
        <translation>QR serial scanner &amp;port:</translation>
    </message>
    <message>
        <source>Empty: no serial scanner. Prefer the /dev/serial/by-id/… name: it stays the same when the scanner is plugged in elsewhere.</source>
        <translation>Empty: no serial scanner. Prefer the /dev/serial/by-id/… name: it stays the same when the scanner is plugged in elsewhere.</translation>
    </message>
    <message>
        <source>Serial scanner &amp;baud rate:</source>
        <translation>Serial scanner &amp;baud rate:</translation>
    </message>
</context>
<context>
    <name>kakanai::SignInScreen</name>
    <message>
        <source>The open visit of %1 will be kept and comes back when they sign in again.</source>
        <translation>The open visit of %1 will be kept and comes back when they sign in again.</translation>
    </message>
    <message>
        <source>Enter your staff ID and password.</source>
        <translation>Enter your staff ID and password.</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <source>Sign in to Kakanai</source>
        <translation>Sign in to Kakanai</translation>
    </message>
    <message>
        <source>Locked for %1 (%2). Enter the password to continue.</source>
        <translation>Locked for %1 (%2). Enter the password to continue.</translation>
    </message>
    <message>
        <source>&amp;Staff ID:</source>
        <translation>&amp;Staff ID:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>Sign in as &amp;another staff member</source>
        <translation>Sign in as &amp;another staff member</translation>
    </message>
</context>
<context>
    <name>kakanai::StaffPage</name>
    <message>
        <source>Only an administrator can manage staff.</source>
        <translation>Only an administrator can manage staff.</translation>
    </message>
    <message>
        <source>%1 was added. Give them the password in person; they can change it later.</source>
        <translation>%1 was added. Give them the password in person; they can change it later.</translation>
    </message>
    <message>
        <source>Choose a staff member in the list first.</source>
        <translation>Choose a staff member in the list first.</translation>
    </message>
    <message>
        <source>The password of %1 was set and the account unlocked.</source>
        <translation>The password of %1 was set and the account unlocked.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Staff &amp;ID:</source>
        <translation>Staff &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Add staff member</source>
        <translation>&amp;Add staff member</translation>
    </message>
    <message>
        <source>Set new pass&amp;word for the selected</source>
        <translation>Set new pass&amp;word for the selected</translation>
    </message>
</context>
<context>
    <name>kakanai::StatisticsPage</name>
    <message>
        <source>The first day of the period must not be after its last.</source>
        <translation>The first day of the period must not be after its last.</translation>
    </message>
    <message>
        <source>The first day of the compared period must not be after its last.</source>
        <translation>The first day of the compared period must not be after its last.</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1
The figures below are from an earlier reading (%2) and are NOT current.</source>
        <translation>The statistics could not be read: %1
The figures below are from an earlier reading (%2) and are NOT current.</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation>The statistics could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s).</source>
        <translation>
            <numerusform>%1: %n ticket(s).</numerusform>
            <numerusform>%1: %n ticket(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Compared with %1.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Wait mean (min)</source>
        <translation>Wait mean (min)</translation>
    </message>
    <message>
        <source>Wait median (min)</source>
        <translation>Wait median (min)</translation>
    </message>
    <message>
        <source>Wait 90% (min)</source>
        <translation>Wait 90% (min)</translation>
    </message>
    <message>
        <source>Service mean (min)</source>
        <translation>Service mean (min)</translation>
    </message>
    <message>
        <source>Service median (min)</source>
        <translation>Service median (min)</translation>
    </message>
    <message>
        <source>Service 90% (min)</source>
        <translation>Service 90% (min)</translation>
    </message>
    <message>
        <source>Within %1 min (%)</source>
        <translation>Within %1 min (%)</translation>
    </message>
    <message>
        <source>Estimated wait (min)</source>
        <translation>Estimated wait (min)</translation>
    </message>
    <message>
        <source>Actual wait (min)</source>
        <translation>Actual wait (min)</translation>
    </message>
    <message>
        <source>Estimate error (min)</source>
        <translation>Estimate error (min)</translation>
    </message>
    <message>
        <source>Estimate bias (min)</source>
        <translation>Estimate bias (min)</translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation>Staff on duty</translation>
    </message>
    <message>
        <source>Δ Arrivals</source>
        <translation>Δ Arrivals</translation>
    </message>
    <message>
        <source>Δ Served</source>
        <translation>Δ Served</translation>
    </message>
    <message>
        <source>Δ No-shows</source>
        <translation>Δ No-shows</translation>
    </message>
    <message>
        <source>Δ Wait mean (min)</source>
        <translation>Δ Wait mean (min)</translation>
    </message>
    <message>
        <source>Δ Wait median (min)</source>
        <translation>Δ Wait median (min)</translation>
    </message>
    <message>
        <source>Δ Wait 90% (min)</source>
        <translation>Δ Wait 90% (min)</translation>
    </message>
    <message>
        <source>Δ Service median (min)</source>
        <translation>Δ Service median (min)</translation>
    </message>
    <message>
        <source>Δ Within %1 min (points)</source>
        <translation>Δ Within %1 min (points)</translation>
    </message>
    <message>
        <source>Δ Estimate error (min)</source>
        <translation>Δ Estimate error (min)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>Within %1 min</source>
        <translation>Within %1 min</translation>
    </message>
    <message>
        <source>Estimated (mean)</source>
        <translation>Estimated (mean)</translation>
    </message>
    <message>
        <source>Actual (mean)</source>
        <translation>Actual (mean)</translation>
    </message>
    <message>
        <source> (NOT CURRENT)</source>
        <translation> (NOT CURRENT)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Export the statistics</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Save the statistics report</source>
        <translation>Save the statistics report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Compare with…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>&amp;PDF report…</translation>
    </message>
    <message>
        <source>Period…</source>
        <translation>Period…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Whole period</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>By hour</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>By weekday</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>By counter</source>
        <translation>By counter</translation>
    </message>
    <message>
        <source>By staff</source>
        <translation>By staff</translation>
    </message>
    <message>
        <source>By staff on duty</source>
        <translation>By staff on duty</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Arrivals and served</source>
        <translation>Arrivals and served</translation>
    </message>
    <message>
        <source>Wait (minutes)</source>
        <translation>Wait (minutes)</translation>
    </message>
    <message>
        <source>Called within the service levels (%)</source>
        <translation>Called within the service levels (%)</translation>
    </message>
    <message>
        <source>Estimated and actual wait (minutes)</source>
        <translation>Estimated and actual wait (minutes)</translation>
    </message>
</context>
<context>
    <name>kakanai::VisitEditor</name>
    <message>
        <source>An individual number has 12 digits.</source>
        <translation>An individual number has 12 digits.</translation>
    </message>
    <message>
        <source>Your role may not show the individual number in clear.</source>
        <translation>Your role may not show the individual number in clear.</translation>
    </message>
    <message>
        <source>The date of birth is not a date (e.g. R6.4.1 or 令和6年4月1日).</source>
        <translation>The date of birth is not a date (e.g. R6.4.1 or 令和6年4月1日).</translation>
    </message>
    <message>
        <source>No form chosen yet: use the procedure guide.</source>
        <translation>No form chosen yet: use the procedure guide.</translation>
    </message>
    <message>
        <source>Every field is ready. Print for the signature, then complete.</source>
        <translation>Every field is ready. Print for the signature, then complete.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need checking (click to go there)</source>
        <translation>
            <numerusform>%n item need checking (click to go there)</numerusform>
            <numerusform>%n items need checking (click to go there)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared facts (entered once, used by every form)</source>
        <translation>Shared facts (entered once, used by every form)</translation>
    </message>
    <message>
        <source>Reading (furigana) confirmed with the person</source>
        <translation>Reading (furigana) confirmed with the person</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Date of birth (R6.4.1)</source>
        <translation>Date of birth (R6.4.1)</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Shared facts and household</source>
        <translation>Shared facts and household</translation>
    </message>
    <message>
        <source>Remove this form</source>
        <translation>Remove this form</translation>
    </message>
</context>
<context>
    <name>kakanai::board::BoardServer</name>
    <message>
        <source>The web board&apos;s address is not a valid IP address.</source>
        <translation>The web board&apos;s address is not a valid IP address.</translation>
    </message>
    <message>
        <source>The web board is already listening.</source>
        <translation>The web board is already listening.</translation>
    </message>
    <message>
        <source>The web board cannot listen on %1. Another program may be using this port: choose another port (board/webPort) or stop that program.</source>
        <translation>The web board cannot listen on %1. Another program may be using this port: choose another port (board/webPort) or stop that program.</translation>
    </message>
</context>
<context>
    <name>kakanai::intake::Housekeeping</name>
    <message>
        <source>Only a supervisor may send a rejected record again.</source>
        <translation>Only a supervisor may send a rejected record again.</translation>
    </message>
</context>
<context>
    <name>kakanai::intake::IntakeSession</name>
    <message>
        <source>Choose the forms first.</source>
        <translation>Choose the forms first.</translation>
    </message>
    <message>
        <source>Record %1 · %2</source>
        <comment>foot of the printed form: record id start, digest start</comment>
        <translation>Record %1 · %2</translation>
    </message>
    <message>
        <source>Your role may not complete a visit. Ask a clerk of the desk.</source>
        <translation>Your role may not complete a visit. Ask a clerk of the desk.</translation>
    </message>
    <message>
        <source>Print the forms for the citizen&apos;s signature first: the record is what was signed.</source>
        <translation>Print the forms for the citizen&apos;s signature first: the record is what was signed.</translation>
    </message>
    <message>
        <source>The forms changed after they were printed. Print them again and have the new paper signed.</source>
        <translation>The forms changed after they were printed. Print them again and have the new paper signed.</translation>
    </message>
    <message>
        <source>The visit could not be saved: %1
The forms stay on the screen; try again.</source>
        <translation>The visit could not be saved: %1
The forms stay on the screen; try again.</translation>
    </message>
    <message>
        <source>The open visit could not be saved on this PC (%1). Keep working; complete the visit as soon as possible.</source>
        <translation>The open visit could not be saved on this PC (%1). Keep working; complete the visit as soon as possible.</translation>
    </message>
    <message>
        <source>The saved open visit has a format this version does not know.</source>
        <translation>The saved open visit has a format this version does not know.</translation>
    </message>
</context>
<context>
    <name>kakanai::queue::QueueService</name>
    <message>
        <source>A %1 may not do this with queue tickets.</source>
        <translation>A %1 may not do this with queue tickets.</translation>
    </message>
    <message>
        <source>There is no ticket category “%1”.</source>
        <translation>There is no ticket category “%1”.</translation>
    </message>
    <message>
        <source>No ticket category serves these procedures; choose one.</source>
        <translation>No ticket category serves these procedures; choose one.</translation>
    </message>
    <message>
        <source>A counter needs an ID of 1 to 16 characters.</source>
        <translation>A counter needs an ID of 1 to 16 characters.</translation>
    </message>
    <message>
        <source>This PC has no counter set: set queue/counter (Settings) to call tickets.</source>
        <translation>This PC has no counter set: set queue/counter (Settings) to call tickets.</translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation>There is no ticket %1 today.</translation>
    </message>
    <message>
        <source>Counter %1 has no ticket called or being served.</source>
        <translation>Counter %1 has no ticket called or being served.</translation>
    </message>
    <message>
        <source>All numbers of “%1” for today have been given out (%2 to %3). No number is given twice: ask an administrator to widen the band (kakanai-cli queue category).</source>
        <translation>All numbers of “%1” for today have been given out (%2 to %3). No number is given twice: ask an administrator to widen the band (kakanai-cli queue category).</translation>
    </message>
    <message>
        <source>Ticket %1 is already in the queue; cancel it instead.</source>
        <translation>Ticket %1 is already in the queue; cancel it instead.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: there is nothing to reprint.</source>
        <translation>Ticket %1 is %2: there is nothing to reprint.</translation>
    </message>
    <message>
        <source>Counter %1 still has ticket %2 (%3): finish it or mark it absent first.</source>
        <translation>Counter %1 still has ticket %2 (%3): finish it or mark it absent first.</translation>
    </message>
    <message>
        <source>Nobody is waiting for counter %1.</source>
        <translation>Nobody is waiting for counter %1.</translation>
    </message>
    <message>
        <source>Say where the ticket goes: a category, a counter, or both.</source>
        <translation>Say where the ticket goes: a category, a counter, or both.</translation>
    </message>
    <message>
        <source>That is not a visit ID.</source>
        <translation>That is not a visit ID.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only a ticket being served or done is linked to a visit.</source>
        <translation>Ticket %1 is %2: only a ticket being served or done is linked to a visit.</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>Ticket %1: %2</translation>
    </message>
    <message>
        <source>Ticket %1 was changed at another counter; look again.</source>
        <translation>Ticket %1 was changed at another counter; look again.</translation>
    </message>
</context>
<context>
    <name>kakanai::scan::SerialScanner</name>
    <message>
        <source>The scanner&apos;s port cannot be opened: no permission. Ask the administrator to add this account to the group of the serial ports (dialout).</source>
        <translation>The scanner&apos;s port cannot be opened: no permission. Ask the administrator to add this account to the group of the serial ports (dialout).</translation>
    </message>
    <message>
        <source>The scanner was disconnected. Kakanai will use it again as soon as it is plugged in.</source>
        <translation>The scanner was disconnected. Kakanai will use it again as soon as it is plugged in.</translation>
    </message>
    <message>
        <source>A scan was too long and was ignored. Scan the code again.</source>
        <translation>A scan was too long and was ignored. Scan the code again.</translation>
    </message>
    <message>
        <source>The scanner sent text that could not be read (not UTF-8) and it was ignored. Check the scanner&apos;s character set, then scan again.</source>
        <translation>The scanner sent text that could not be read (not UTF-8) and it was ignored. Check the scanner&apos;s character set, then scan again.</translation>
    </message>
</context>
</TS>
