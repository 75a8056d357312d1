<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AuditAnchor</name>
    <message>
        <source>The audit checkpoint does not verify with the old record key, so it was not sealed again with the new one. Check the audit log (kakanai-cli audit verify).</source>
        <translation>監査チェックポイントが古い記録鍵で検証できないため、新しい鍵で封印し直しませんでした。監査ログを確認してください（kakanai-cli audit verify）。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Daily digest %1: %2</source>
        <translation>日次ダイジェスト %1: %2</translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1: %2 (%3 entries before it verified)</source>
        <translation>監査ログがエントリ %1 で破損しています: %2（それより前の %3 件は検証済み）</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entries verified.</source>
        <translation>
            <numerusform>監査ログは正常です: %n 件のエントリを検証しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log TRUNCATED: %1</source>
        <translation>監査ログの末尾が切り取られています: %1</translation>
    </message>
    <message>
        <source>Audit log BROKEN: %1</source>
        <translation>監査ログが破損しています: %1</translation>
    </message>
    <message>
        <source>Audit checkpoint TAMPERED: %1</source>
        <translation>監査ログのチェックポイントが改ざんされています: %1</translation>
    </message>
    <message numerus="yes">
        <source>The chain verified (%n entries), but NOT its end: %1</source>
        <translation>
            <numerusform>チェーンは検証できました（%n 件）が、末尾は検証できていません: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The checkpoint recorded %1 entries; the newer ones follow by the chain and the checkpoint was moved up.</source>
        <translation>チェックポイントには %1 件が記録されていました。それより新しいエントリはチェーンで検証でき、チェックポイントを更新しました。</translation>
    </message>
    <message>
        <source>Usage: kakanai-cli [--db FILE] audit verify [--local] [--json]
       kakanai-cli [--db FILE] audit list [--local] [--from SEQ] [--limit N]
The office&apos;s chain (staff, sign-ins, what clerks did), or with --local this PC&apos;s chain (what happened to its records).</source>
        <translation>使い方: kakanai-cli [--db ファイル] audit verify [--local] [--json]
       kakanai-cli [--db ファイル] audit list [--local] [--from 番号] [--limit 件数]
事務所の記録の連鎖（職員、サインイン、職員の操作）。--local を付けるとこのPCの連鎖（記録に起きたこと）。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entries before this one are missing (deleted).</source>
        <translation>このエントリより前のエントリが欠落しています（削除されています）。</translation>
    </message>
    <message>
        <source>The entry numbers are out of order.</source>
        <translation>エントリ番号の順序が正しくありません。</translation>
    </message>
    <message>
        <source>This entry does not follow the entry before it (an entry was deleted, inserted or moved).</source>
        <translation>このエントリは直前のエントリとつながっていません（エントリが削除、挿入、または移動されています）。</translation>
    </message>
    <message>
        <source>This entry was changed after it was written.</source>
        <translation>このエントリは書き込み後に変更されています。</translation>
    </message>
    <message>
        <source>The daily digest of %1 does not match the log.</source>
        <translation>%1 の日次ダイジェストがログと一致しません。</translation>
    </message>
    <message>
        <source>Whether entries were cut off at the end cannot be checked: %1</source>
        <translation>末尾のエントリが切り取られていないかを確認できません: %1</translation>
    </message>
    <message>
        <source>The checkpoint (%1) was tampered with: %2</source>
        <translation>チェックポイント（%1）が改ざんされています: %2</translation>
    </message>
    <message>
        <source>There was no checkpoint (%1): the anchor starts now, at entry %2. Entries cut off before now cannot be seen.</source>
        <translation>チェックポイント（%1）がありませんでした。アンカーはエントリ %2 の時点から始まります。これより前に切り取られたエントリは検出できません。</translation>
    </message>
    <message numerus="yes">
        <source>The log was cut off: %n entries are missing after entry %1 (the checkpoint of %2 records %3 entries).</source>
        <translation>
            <numerusform>ログの末尾が切り取られています: エントリ %1 より後の %n 件がありません（%2 のチェックポイントには %3 件が記録されています）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 is not the entry the checkpoint recorded: the log was rewritten up to there.</source>
        <translation>エントリ %1 がチェックポイントに記録されたエントリと一致しません。ログはそこまで書き換えられています。</translation>
    </message>
</context>
<context>
    <name>BerTlv</name>
    <message>
        <source>The card sent data in an unexpected format.</source>
        <translation>カードから想定外の形式のデータが送られてきました。</translation>
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
        <translation>使い方: kakanai-cli card readers
        kakanai-cli card tries [--reader NAME] [--matching-b]
        kakanai-cli card read [--reader NAME] [--with-number] --pin-stdin [--confirm-last-try]
        kakanai-cli card read [--reader NAME] --verify-b-stdin [--confirm-last-try]

  readers            カードリーダーを1行に1台ずつ、&quot;card present&quot;（カードあり）または &quot;empty&quot;（カードなし）と共に表示
  tries              カードの暗証番号の残り試行回数を表示（試行回数は消費しません）
  read               氏名・住所・生年月日・性別を1つの JSON オブジェクトとして読み取る
  --reader NAME      使用するカードリーダー（既定: カードが入っている唯一のリーダー）
  --with-number      個人番号も読み取る（暗証番号が必要）
  --pin-stdin        4桁の暗証番号を標準入力の1行目から読み取る
  --verify-b-stdin   代わりに14桁の照合番号Bを標準入力から読み取る
  --confirm-last-try 次に誤るとカードがロックされることを住民に説明済み</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>カードリーダーが接続されていません。</translation>
    </message>
    <message>
        <source>There is no card in any reader. Insert the card.</source>
        <translation>どのカードリーダーにもカードがありません。カードを挿入してください。</translation>
    </message>
    <message>
        <source>More than one reader holds a card; choose one with --reader NAME.</source>
        <translation>複数のカードリーダーにカードが入っています。--reader NAME でリーダーを1台指定してください。</translation>
    </message>
    <message>
        <source>The PIN on standard input must be 4 digits.</source>
        <translation>標準入力から渡す暗証番号は4桁の数字にしてください。</translation>
    </message>
    <message>
        <source>Matching code B on standard input must be 14 digits.</source>
        <translation>標準入力から渡す照合番号Bは14桁の数字にしてください。</translation>
    </message>
    <message>
        <source>Run again with --confirm-last-try once the citizen has been warned.</source>
        <translation>住民に注意事項を説明した後、--confirm-last-try を付けて再実行してください。</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message numerus="yes">
        <source>The office store did not answer within %n ms.</source>
        <translation>
            <numerusform>事務所ストアが %n ミリ秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The change feed could not connect to the office store.</source>
        <translation>変更通知が事務所ストアに接続できませんでした。</translation>
    </message>
    <message>
        <source>The change feed lost its connection to the office store.</source>
        <translation>変更通知と事務所ストアの接続が切れました。</translation>
    </message>
    <message>
        <source>The office store ended the change feed&apos;s connection.</source>
        <translation>事務所ストアが変更通知の接続を切断しました。</translation>
    </message>
    <message>
        <source>The office store file cannot be read.</source>
        <translation>事務所ストアのファイルを読み取れません。</translation>
    </message>
    <message>
        <source>Changes were missed.</source>
        <translation>取りこぼした変更があります。</translation>
    </message>
    <message>
        <source>The office store file was removed or replaced.</source>
        <translation>事務所ストアのファイルが削除されたか、置き換えられました。</translation>
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
        <translation>使い方: kakanai-cli [--settings ファイル] [--db ファイル] [--lang ja|en] コマンド …

コマンド:
  db check [--json]     ローカルデータベースを変更せずに検査する
  db backup ファイル    稼働中のデータベースの整合したコピーを書き出す
  db migrate            データベースをこのプログラムのスキーマに更新する
  outbox status [--json]  基幹システムへの送信待ちの記録
  outbox flush|enqueue|list|resend|export-csv  今すぐ送信・登録・一覧・再送・住民記録システム用 CSV (outbox --help)
  card readers|tries|read  リーダーの一覧、マイナンバーカードの読取 (card --help)
  audit verify [--json] 監査ログのハッシュ連鎖を検査する。壊れていれば終了コード 8
  audit list            監査記録を表示する (--from 番号 --limit 件数)
  forms list            使用中の申請書定義 (ID、日本語名)
  form fill             カードファイルから申請書を作成し、PDF を書き出す (form --help)
  qr make|decode|keygen 市民の事前申請QRコード：作成・読取 (qr --help)
  visit complete        受付を一件通して行う：手続ナビの申請書、PDF、記録の送信待ち登録 (visit --help)
  staff list|add        職員アカウントの一覧・追加 (staff add ID --name 氏名 --role 役割 --password-stdin)
  keys id|rotate|export|import  記録用鍵：鍵 ID の表示、全記録の新しい鍵への切替、パスフレーズで保護したコピー (keys --help)
  prereg export ディレクトリ  公開用の市民向け事前申請ページ（QR）を書き出す (prereg --help)
  office init|check|backup|roles  全端末で共有する事務所ストア：作成・更新、検査、バックアップ、
                        窓口端末用ロールの SQL (office --help)
  queue issue|call-next|done|absent|transfer|list|…  整理券の待ち行列：発行・呼出・一覧、
                        区分と窓口 (queue --help)
  stats                 事務所の番号札の待ち時間統計、その CSV (stats --help)
  demo simulate --days N  デモとベンチマーク用の順番待ち履歴のシミュレーション (demo --help)

オプション:
  --version             バージョンを表示する
  --help                このヘルプを表示する</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>The Shift_JIS (CP932) converter is not available.</source>
        <translation>Shift_JIS（CP932）の変換機能を利用できません。</translation>
    </message>
    <message>
        <source>the value is not a list</source>
        <translation>値がリストではありません</translation>
    </message>
    <message>
        <source>the value is not a date</source>
        <translation>値が日付ではありません</translation>
    </message>
    <message>
        <source>the date cannot be written in the Japanese calendar</source>
        <translation>この日付は和暦で表せません</translation>
    </message>
    <message>
        <source>the date cannot be written as an era code</source>
        <translation>この日付は元号コード形式で表せません</translation>
    </message>
    <message>
        <source>the value is not yes/no</source>
        <translation>はい／いいえの値ではありません</translation>
    </message>
    <message>
        <source>The text holds characters that Shift_JIS (CP932) cannot represent.</source>
        <translation>Shift_JIS（CP932）で表せない文字が含まれています。</translation>
    </message>
    <message>
        <source>Unknown encoding.</source>
        <translation>不明な文字コードです。</translation>
    </message>
    <message>
        <source>Record %1, column &quot;%2&quot;: %3.</source>
        <translation>記録 %1、列「%2」: %3。</translation>
    </message>
    <message>
        <source>The CSV mapping file %1 has no columns for the data kind &quot;%2&quot;.</source>
        <translation>CSV マッピングファイル %1 には、データ種別 &quot;%2&quot; の列がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be decrypted, so no file was written. The record key file may be the wrong one; ask the administrator.</source>
        <translation>
            <numerusform>%n 件の記録を復号できなかったため、ファイルは書き出していません。記録用鍵ファイルが正しくない可能性があります。管理者に連絡してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1, column &quot;%2&quot;: %3 (U+%4)</source>
        <translation>記録 %1、列「%2」: %3（U+%4）</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cannot be written in Shift_JIS (CP932), so no file was written. Correct the record or choose UTF-8:</source>
        <translation>
            <numerusform>Shift_JIS（CP932）で書き出せない文字が %n 文字あるため、ファイルは書き出していません。記録を修正するか、UTF-8 を選んでください:</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file %1 cannot be written: %2</source>
        <translation>CSV ファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Record %1 cannot be read: %2</source>
        <translation>記録 %1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>The CSV file %1 could not be made private (mode 0600).</source>
        <translation>CSV ファイル %1 を本人専用（モード 0600）にできませんでした。</translation>
    </message>
</context>
<context>
    <name>CsvMapping</name>
    <message>
        <source>a column must be an object with &quot;header&quot; and &quot;from&quot;</source>
        <translation>列は &quot;header&quot; と &quot;from&quot; を持つオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>不明なキー</translation>
    </message>
    <message>
        <source>the column header is missing or empty</source>
        <translation>列見出しがないか、空です</translation>
    </message>
    <message>
        <source>a column header cannot contain a line break</source>
        <translation>列見出しに改行は使用できません</translation>
    </message>
    <message>
        <source>&quot;from&quot; must be a source such as &quot;field:name&quot;, or a list of sources</source>
        <translation>&quot;from&quot; は &quot;field:name&quot; などの取得元、または取得元のリストで指定してください</translation>
    </message>
    <message>
        <source>unknown source; use record:uuid, record:createdAt, record:terminalId, record:staffId, form:id, form:version, field:ID, form:FORM/field:ID, card:NAME or const:TEXT</source>
        <translation>不明な取得元（record:uuid、record:createdAt、record:terminalId、record:staffId、form:id、form:version、field:ID、form:FORM/field:ID、card:NAME、const:TEXT のいずれかを使用してください）</translation>
    </message>
    <message>
        <source>rows of this kind are not made from a form; use form:FORM/field:ID or card:NAME</source>
        <translation>この種別の行は申請書から作成されません。form:FORM/field:ID または card:NAME を使用してください</translation>
    </message>
    <message>
        <source>unknown format; use one of: %1</source>
        <translation>不明な形式（使用可能: %1）</translation>
    </message>
    <message>
        <source>&quot;map&quot; must be an object of value → text</source>
        <translation>&quot;map&quot; は「値 → 置換後のテキスト」のオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>the replacement must be text</source>
        <translation>置換後の値は文字列で指定してください</translation>
    </message>
    <message>
        <source>a data kind must be an object with &quot;rowPer&quot; and &quot;columns&quot;</source>
        <translation>データ種別は &quot;rowPer&quot; と &quot;columns&quot; を持つオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>must be &quot;form&quot; or &quot;card-read&quot;</source>
        <translation>&quot;form&quot; または &quot;card-read&quot; で指定してください</translation>
    </message>
    <message>
        <source>list at least one form id</source>
        <translation>申請書 ID を1つ以上指定してください</translation>
    </message>
    <message>
        <source>a form id must be non-empty text</source>
        <translation>申請書 ID は空でない文字列で指定してください</translation>
    </message>
    <message>
        <source>&quot;forms&quot; is only for rowPer &quot;form&quot;</source>
        <translation>&quot;forms&quot; は rowPer が &quot;form&quot; の場合のみ指定できます</translation>
    </message>
    <message>
        <source>list at least one column</source>
        <translation>列を1つ以上指定してください</translation>
    </message>
    <message>
        <source>at most %1 columns</source>
        <translation>列は %1 個以内にしてください</translation>
    </message>
    <message>
        <source>this header is used by an earlier column too</source>
        <translation>この見出しは前の列でも使用されています</translation>
    </message>
    <message>
        <source>The CSV mapping file %1 cannot be read: %2</source>
        <translation>CSV マッピングファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The CSV mapping file %1 is too large (at most 1 MiB).</source>
        <translation>CSV マッピングファイル %1 が大きすぎます（上限 1 MiB）。</translation>
    </message>
    <message>
        <source>The CSV mapping file %1 is not valid: %2: %3</source>
        <translation>CSV マッピングファイル %1 が正しくありません: %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行目、%2 列目</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON として正しくありません（%1）</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>ファイルには JSON オブジェクトを1つだけ記述してください</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>&quot;%1&quot; で指定してください</translation>
    </message>
    <message>
        <source>must be an object with at least one of ido, kofu, kenmen</source>
        <translation>ido、kofu、kenmen のうち1つ以上を持つオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>unknown data kind; use ido, kofu or kenmen</source>
        <translation>不明なデータ種別（ido、kofu、kenmen のいずれかを使用してください）</translation>
    </message>
</context>
<context>
    <name>DailyNumbers</name>
    <message>
        <source>The number series or its band is not valid.</source>
        <translation>番号の系列または範囲が正しくありません。</translation>
    </message>
    <message>
        <source>All numbers of series %1 for today have been given out (up to %2). Numbers are never given twice; widen the band or use another series.</source>
        <translation>系列 %1 の本日の番号はすべて発行済みです（%2 まで）。番号は二度発行しません。範囲を広げるか、別の系列を使ってください。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database is in use by another program and could not be locked. Close the other program (or wait a moment) and try again. The file was not changed.</source>
        <translation>データベースが他のプログラムで使用中のため、ロックできませんでした。他のプログラムを終了するか、少し待ってから再度お試しください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved by this step; what was saved before is safe. Free some space and try again.</source>
        <translation>ディスクの空き容量がありません。この操作では何も保存されていません（それ以前に保存した内容は無事です）。空き容量を確保してから再度お試しください。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (input/output error). Check the disk. The file was not changed.</source>
        <translation>データベースファイルを読み書きできませんでした（入出力エラー）。ディスクを確認してください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>The database file cannot be opened for writing. Check the folder and its permissions.</source>
        <translation>データベースファイルを書き込み用に開けません。フォルダーとそのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The database file is damaged. It has been left as it is; ask the administrator to restore the latest backup (kakanai-cli db check tells more).</source>
        <translation>データベースファイルが破損しています。ファイルはそのまま残してあります。管理者に最新のバックアップからの復元を依頼してください（詳細は kakanai-cli db check で確認できます）。</translation>
    </message>
    <message>
        <source>The database reported an unexpected error.</source>
        <translation>データベースで予期しないエラーが発生しました。</translation>
    </message>
    <message>
        <source>The folder for the database cannot be created.</source>
        <translation>データベース用のフォルダーを作成できません。</translation>
    </message>
    <message numerus="yes">
        <source>The database file is damaged (%n problem(s) found). It has been left as it is; ask the administrator to restore the latest backup.</source>
        <translation>
            <numerusform>データベースファイルが破損しています（問題 %n 件）。ファイルはそのまま残してあります。管理者に最新のバックアップからの復元を依頼してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no database file at this path.</source>
        <translation>指定された場所にデータベースファイルがありません。</translation>
    </message>
    <message>
        <source>The backup file already exists; choose a new name.</source>
        <translation>バックアップファイルが既に存在します。別の名前を指定してください。</translation>
    </message>
    <message>
        <source>The folder for the backup cannot be created.</source>
        <translation>バックアップ用のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>The database path is a folder, not a database file.</source>
        <translation>データベースのパスはフォルダーです。データベースファイルではありません。</translation>
    </message>
    <message>
        <source>There is no database file at this path. Check the path; only &quot;kakanai-cli db migrate&quot; or the first start of Kakanai creates one.</source>
        <translation>このパスにデータベースファイルがありません。パスを確認してください。データベースを作成するのは &quot;kakanai-cli db migrate&quot; と Kakanai の初回起動だけです。</translation>
    </message>
    <message>
        <source>The new database file could not be made private (mode 0600).</source>
        <translation>新しいデータベースファイルを本人専用（モード 0600）にできませんでした。</translation>
    </message>
    <message>
        <source>The database is on a read-only disk and its journal (-wal) holds changes not yet in the file, so it cannot be read here. Copy the database with its -wal file to a writable folder.</source>
        <translation>データベースは読み取り専用のディスクにあり、ジャーナル（-wal）にファイルへ未反映の変更があるため、ここでは読めません。データベースを -wal ファイルと一緒に書き込めるフォルダーへコピーしてください。</translation>
    </message>
    <message>
        <source>The backup file could not be made private (mode 0600).</source>
        <translation>バックアップファイルを本人専用（モード 0600）にできませんでした。</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>Schema: %1 (this program: %2)</source>
        <translation>スキーマ: %1（このプログラム: %2）</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>整合性: 正常</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: damaged (%n problem(s))</source>
        <translation>
            <numerusform>整合性: 破損（問題 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was written by a newer version of Kakanai; this version will not open it.</source>
        <translation>このデータベースは新しいバージョンの Kakanai で作成されています。このバージョンでは開きません。</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>バックアップを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Database is at schema %1.</source>
        <translation>データベースのスキーマは %1 です。</translation>
    </message>
    <message>
        <source>Created a new database at %1.</source>
        <translation>%1 に新しいデータベースを作成しました。</translation>
    </message>
    <message>
        <source>Usage: kakanai-cli [--db FILE] db check [--full] [--json]
       kakanai-cli [--db FILE] db backup TARGET-FILE
       kakanai-cli [--db FILE] db migrate</source>
        <translation>使い方: kakanai-cli [--db ファイル] db check [--full] [--json]
        kakanai-cli [--db ファイル] db backup 出力ファイル
        kakanai-cli [--db ファイル] db migrate</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>検査方法: %1</translation>
    </message>
    <message>
        <source>Outbox records: every record opens</source>
        <translation>送信待ち記録: すべての記録を開けました</translation>
    </message>
    <message numerus="yes">
        <source>Outbox records: %n damaged record(s) do not open</source>
        <translation>
            <numerusform>送信待ち記録: 破損した記録 %n 件を開けません</numerusform>
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
        <translation>%1: 項目 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: event &quot;%2&quot;: %3</source>
        <translation>%1: ライフイベント &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: question &quot;%2&quot;: %3</source>
        <translation>%1: 質問 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot;: %3</source>
        <translation>%1: キー &quot;%2&quot;: %3</translation>
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
        <translation>使い方: kakanai-cli demo simulate --days N [--seed S] [--end YYYY-MM-DD] [--arrivals-per-day N] [--json]

シミュレーションによる順番待ちの履歴（番号札とそのイベント）を事務所ストアに書き込みます。デモ、
統計、ベンチマーク用です。実際の事務所のストアには使わないでください。N 日間は --end で終わります
（既定: 昨日）。番号札がすでにある日と今日は拒否します。

  --days N              シミュレーションする暦日数 (1〜3660)。番号札は開庁日にだけ発行されます
  --seed S              同じシードなら同じ履歴になります (既定 1)
  --end YYYY-MM-DD      最終日（事務所の日付）。今日より前
  --arrivals-per-day N  通常の日の番号札の数 (既定 180。窓口数もこれに合わせて増えます)
  --json                概要を JSON で表示する</translation>
    </message>
    <message>
        <source>Simulated %1 to %2 (seed %3). Office days: %4, closed days: %5.</source>
        <translation>%1〜%2 をシミュレーションしました（シード %3）。開庁日: %4、閉庁日: %5。</translation>
    </message>
    <message>
        <source>Tickets: %1, events: %2; no-shows: %3 % of the citizens called.</source>
        <translation>番号札: %1、イベント: %2。呼び出した来庁者のうち不在（no-show）: %3 %。</translation>
    </message>
    <message>
        <source>  %1: tickets %2, done %3, no-shows %4 (%5 %), cancelled %6, transferred in %7, turned away %8</source>
        <translation>  %1: 番号札 %2、完了 %3、不在 %4（%5 %）、取消 %6、転送受入 %7、受付不可 %8</translation>
    </message>
    <message>
        <source>Arrivals turned away because a category&apos;s number band ran out: %1. Widen the bands for this many arrivals.</source>
        <translation>区分の番号帯を使い切ったため受け付けられなかった来庁者: %1。この来庁者数には番号帯を広げてください。</translation>
    </message>
    <message>
        <source>Written in %1 s (tickets per second: %2).</source>
        <translation>%1 秒で書き込みました（1 秒あたりの番号札: %2）。</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The saved open visit could not be read with this PC&apos;s record key; it was left in place.</source>
        <translation>保存されていた受付途中のデータを、このPCの記録用の鍵で読み取れませんでした。データはそのまま残してあります。</translation>
    </message>
</context>
<context>
    <name>FieldSources</name>
    <message>
        <source>empty</source>
        <translation>空欄</translation>
    </message>
    <message>
        <source>card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>QR (pre-registration)</source>
        <translation>QR（事前登録）</translation>
    </message>
    <message>
        <source>this visit</source>
        <translation>今回の受付</translation>
    </message>
    <message>
        <source>back office</source>
        <translation>基幹システム</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>窓口職員</translation>
    </message>
    <message>
        <source>form default</source>
        <translation>申請書の既定値</translation>
    </message>
</context>
<context>
    <name>FieldTypes</name>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>kana (furigana)</source>
        <translation>カナ（フリガナ）</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>checkbox</source>
        <translation>チェックボックス</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>individual number</source>
        <translation>個人番号</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>household members</source>
        <translation>世帯員</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>Required.</source>
        <translation>必須項目です。</translation>
    </message>
    <message>
        <source>At most %1 characters (this has %2).</source>
        <translation>%1 文字以内で入力してください（現在 %2 文字）。</translation>
    </message>
    <message>
        <source>Not in the expected form.</source>
        <translation>形式が正しくありません。</translation>
    </message>
    <message>
        <source>Not in the expected form: %1</source>
        <translation>形式が正しくありません: %1</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>日付として正しくありません。</translation>
    </message>
    <message>
        <source>The date cannot be after today.</source>
        <translation>今日より後の日付は指定できません。</translation>
    </message>
    <message>
        <source>The date cannot be before today.</source>
        <translation>今日より前の日付は指定できません。</translation>
    </message>
    <message>
        <source>Not one of the choices of this field.</source>
        <translation>この項目の選択肢にない値です。</translation>
    </message>
    <message>
        <source>Not a yes/no value.</source>
        <translation>はい／いいえの値ではありません。</translation>
    </message>
    <message>
        <source>Must be ticked.</source>
        <translation>チェックが必要です。</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>整数ではありません。</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>%1 以上にしてください。</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>%1 以下にしてください。</translation>
    </message>
    <message>
        <source>Not a list of household members.</source>
        <translation>世帯員の一覧ではありません。</translation>
    </message>
    <message>
        <source>A household member has no name.</source>
        <translation>氏名のない世帯員がいます。</translation>
    </message>
    <message>
        <source>Add the children to the household.</source>
        <translation>世帯に子を追加してください。</translation>
    </message>
    <message>
        <source>Add the household members.</source>
        <translation>世帯員を追加してください。</translation>
    </message>
    <message>
        <source>Unexpected kind of value.</source>
        <translation>想定外の種類の値です。</translation>
    </message>
</context>
<context>
    <name>FileAuditAnchor</name>
    <message>
        <source>checkpoint file %1</source>
        <translation>チェックポイントファイル %1</translation>
    </message>
    <message>
        <source>No protected memory is available for the audit checkpoint key.</source>
        <translation>監査チェックポイントの鍵に使える保護メモリがありません。</translation>
    </message>
    <message>
        <source>The audit checkpoint file cannot be read.</source>
        <translation>監査チェックポイントのファイルを読み取れません。</translation>
    </message>
    <message>
        <source>The checkpoint file is not an audit checkpoint.</source>
        <translation>チェックポイントファイルが監査チェックポイントの形式ではありません。</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s seal (MAC) does not match: it was changed, or written without this store&apos;s record key.</source>
        <translation>チェックポイントの封印（MAC）が一致しません。変更されたか、このストアの記録用鍵を使わずに書かれたものです。</translation>
    </message>
    <message>
        <source>The checkpoint belongs to another store (%1).</source>
        <translation>このチェックポイントは別のストア（%1）のものです。</translation>
    </message>
    <message>
        <source>The checkpoint does not agree with itself (entry count and newest entry differ).</source>
        <translation>チェックポイントの内容に矛盾があります（エントリ数と最新エントリが一致しません）。</translation>
    </message>
    <message>
        <source>The folder for the audit checkpoint cannot be created.</source>
        <translation>監査チェックポイント用のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>The audit checkpoint file cannot be locked.</source>
        <translation>監査チェックポイントのファイルをロックできません。</translation>
    </message>
    <message>
        <source>The audit checkpoint file cannot be written.</source>
        <translation>監査チェックポイントのファイルに書き込めません。</translation>
    </message>
</context>
<context>
    <name>FileKeyProvider</name>
    <message>
        <source>key file %1</source>
        <translation>鍵ファイル %1</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>暗号ライブラリを起動できませんでした。</translation>
    </message>
    <message>
        <source>The record key file is missing.</source>
        <translation>記録用鍵ファイルがありません。</translation>
    </message>
    <message>
        <source>The record key file is a symbolic link. Replace it with the key file itself.</source>
        <translation>記録用鍵ファイルがシンボリックリンクになっています。鍵ファイルそのものに置き換えてください。</translation>
    </message>
    <message>
        <source>The record key file cannot be opened.</source>
        <translation>記録用鍵ファイルを開けません。</translation>
    </message>
    <message>
        <source>The record key file cannot be examined.</source>
        <translation>記録用鍵ファイルの状態を確認できません。</translation>
    </message>
    <message>
        <source>The record key path is not a regular file.</source>
        <translation>記録用鍵のパスが通常のファイルではありません。</translation>
    </message>
    <message>
        <source>The record key file belongs to another user account. It must belong to the account Kakanai runs as; records stay locked until this is fixed.</source>
        <translation>記録用鍵ファイルの所有者が別のユーザーアカウントになっています。Kakanai を実行するアカウントの所有にする必要があります。修正されるまで、記録はロックされたままです。</translation>
    </message>
    <message>
        <source>The record key file can be read or changed by other user accounts, so it is not used. Make it private (chmod 600 on the file) and try again.</source>
        <translation>記録用鍵ファイルが他のユーザーアカウントから読み取りまたは変更できる状態のため、使用しません。ファイルを非公開にして（ファイルに chmod 600）、再度お試しください。</translation>
    </message>
    <message>
        <source>The record key file has the wrong size; it is damaged or not a Kakanai key file. Restore it from the key backup.</source>
        <translation>記録用鍵ファイルのサイズが正しくありません。破損しているか、Kakanai の鍵ファイルではありません。鍵のバックアップから復元してください。</translation>
    </message>
    <message>
        <source>No protected memory is available for the record key.</source>
        <translation>記録用鍵のための保護されたメモリを利用できません。</translation>
    </message>
    <message>
        <source>The record key file could not be read.</source>
        <translation>記録用鍵ファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The folder for the record key file cannot be created.</source>
        <translation>記録用鍵ファイルのフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>The record key file cannot be created.</source>
        <translation>記録用鍵ファイルを作成できません。</translation>
    </message>
    <message>
        <source>The record key file could not be written.</source>
        <translation>記録用鍵ファイルに書き込めませんでした。</translation>
    </message>
    <message>
        <source>There is a record key file already; it is never overwritten.</source>
        <translation>記録用鍵ファイルはすでにあります。上書きはしません。</translation>
    </message>
    <message>
        <source>The new record key could not be written.</source>
        <translation>新しい記録用鍵を書き込めませんでした。</translation>
    </message>
    <message>
        <source>There is no new record key waiting to be put in place.</source>
        <translation>配置を待っている新しい記録用鍵はありません。</translation>
    </message>
    <message>
        <source>The new record key could not be put in place of the old one.</source>
        <translation>新しい記録用鍵を古い鍵の代わりに配置できませんでした。</translation>
    </message>
    <message>
        <source>The unused new record key could not be removed.</source>
        <translation>使われなかった新しい記録用鍵を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>FormCommand</name>
    <message>
        <source>The %1 file could not be read. Check the path.</source>
        <translation>%1ファイルを読み込めませんでした。パスを確認してください。</translation>
    </message>
    <message>
        <source>The %1 file is too large.</source>
        <translation>%1ファイルが大きすぎます。</translation>
    </message>
    <message>
        <source>The %1 file is not a JSON object.</source>
        <translation>%1ファイルが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>The card file lacks &quot;%1&quot; or it is not valid. Use the output of &quot;kakanai-cli card read&quot;.</source>
        <translation>カードファイルに &quot;%1&quot; がないか、正しくありません。&quot;kakanai-cli card read&quot; の出力を使用してください。</translation>
    </message>
    <message>
        <source>pre-registration</source>
        <translation>事前登録</translation>
    </message>
    <message>
        <source>--today is not a date.</source>
        <translation>--today の値が日付ではありません。</translation>
    </message>
    <message>
        <source>There is no form &quot;%1&quot;. &quot;kakanai-cli forms list&quot; shows the forms.</source>
        <translation>申請書 &quot;%1&quot; はありません。申請書の一覧は &quot;kakanai-cli forms list&quot; で確認できます。</translation>
    </message>
    <message>
        <source>None of the chosen forms has a field &quot;%1&quot;.</source>
        <translation>選択したどの申請書にも項目 &quot;%1&quot; がありません。</translation>
    </message>
    <message>
        <source>values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>The values file must be {&quot;facts&quot;: {…}, &quot;fields&quot;: {…}} with text values; &quot;%1&quot; is not.</source>
        <translation>値ファイルは文字列の値を持つ {&quot;facts&quot;: {…}, &quot;fields&quot;: {…}} でなければなりません。&quot;%1&quot; が違います。</translation>
    </message>
    <message>
        <source>%1 %2: an individual number may not be given on the command line, where the process list and the shell history keep it. Put it in a file for --values FILE, or pipe it with --values -.</source>
        <translation>%1 %2: 個人番号はコマンドラインで渡せません（プロセス一覧とシェルの履歴に残ります）。--values ファイル で渡すファイルに書くか、--values - でパイプから渡してください。</translation>
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
        <translation>使い方: kakanai-cli form fill --form ID [--form ID …] --card カード.json [--prereg ファイル]
                              [--qr-text S | --qr-image ファイル]
                              [--fact キー=値 …] [--set 項目=値 …] [--values ファイル]
                              [--today 日付] [--pdf 出力.pdf] [--json]

  --form ID          作成する申請書（&quot;forms list&quot; を参照）。複数の申請書は繰り返し指定する。
                     QRコードがあるときはQRの申請書を作成し、--form でさらに追加する
  --qr-text S        市民の事前申請QRコードのテキスト（複数のシンボルは空白で区切る）
  --qr-image ファイル  市民の事前申請QRコードを含む画像または PDF
  --card ファイル    &quot;card read&quot; が出力した JSON（name, address, birthDate, sex, individualNumber）
  --prereg ファイル  事前登録データ。キー → 値の JSON オブジェクト（prereg.* の取得元）
  --fact キー=値     受付の共通項目（visit.* の取得元）。例: --fact moveDate=2024-04-01
  --set 項目=値      窓口職員が入力する項目の値。選択した申請書のうち、その項目があるすべてに適用（例: --set kind=tennyu）
  --values ファイル  共通項目と項目の値を JSON {&quot;facts&quot;:{…},&quot;fields&quot;:{…}} で渡す。- は標準入力から読む。
                     個人番号はこの方法でだけ受け付け、コマンドラインでは受け付けない
  --today 日付       今日の代わりに使用する受付日
  --pdf ファイル     申請書を署名用の A4 PDF としても書き出す
  --json             項目を表ではなく1つの JSON オブジェクトとして表示する</translation>
    </message>
    <message>
        <source>kakanai-cli: warning: the QR code looks like another person&apos;s than the card&apos;s (name or date of birth differ); the card&apos;s facts are used.</source>
        <translation>kakanai-cli: 警告: QRコードはカードの方とは別の人のものと思われます（氏名または生年月日が異なります）。カードの内容を使用します。</translation>
    </message>
</context>
<context>
    <name>FormDefinitionLoader</name>
    <message>
        <source>missing key &quot;format&quot; (this version reads &quot;format&quot;: %1)</source>
        <translation>キー &quot;format&quot; がありません（このバージョンが読み込めるのは &quot;format&quot;: %1 です）</translation>
    </message>
    <message>
        <source>&quot;format&quot; %1 is not supported: this version reads format %2</source>
        <translation>&quot;format&quot; %1 には対応していません（このバージョンが読み込めるのは format %2 です）</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>（数値ではありません）</translation>
    </message>
    <message>
        <source>the form id must be lower-case letters, digits and hyphens, e.g. &quot;jumin-ido&quot;</source>
        <translation>申請書 ID は英小文字・数字・ハイフンで指定してください（例: &quot;jumin-ido&quot;）</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1 or more</source>
        <translation>&quot;version&quot; は 1 以上にしてください</translation>
    </message>
    <message>
        <source>the form has no fields</source>
        <translation>申請書に項目がありません</translation>
    </message>
    <message>
        <source>a field must be an object</source>
        <translation>項目はオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>field id &quot;%1&quot; must start with a letter and hold only letters, digits and _</source>
        <translation>項目 ID &quot;%1&quot; は英字で始め、英字・数字・_ のみで指定してください</translation>
    </message>
    <message>
        <source>a field with this id is already defined</source>
        <translation>この ID の項目は既に定義されています</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (known: %2)</source>
        <translation>不明な種類 &quot;%1&quot;（使用可能: %2）</translation>
    </message>
    <message>
        <source>&quot;source&quot; must be a string or a list of strings</source>
        <translation>&quot;source&quot; は文字列または文字列のリストで指定してください</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot; (use card.*, visit.*, prereg.* or backoffice.*; see docs/forms.md for the card and visit keys)</source>
        <translation>不明な取得元 &quot;%1&quot;（card.*、visit.*、prereg.*、backoffice.* のいずれかを使用してください。card と visit のキーは docs/forms.md を参照）</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is listed twice</source>
        <translation>取得元 &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>a %1 field cannot take its value from &quot;%2&quot;, which gives a %3</source>
        <translation>%1 の項目には、%3 を返す &quot;%2&quot; の値を使用できません</translation>
    </message>
    <message>
        <source>a members field takes its rows from &quot;visit.household&quot; only</source>
        <translation>世帯員の項目の行は &quot;visit.household&quot; からのみ取得できます</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to a %2 field</source>
        <translation>&quot;%1&quot; は %2 の項目には指定できません</translation>
    </message>
    <message>
        <source>a choice field needs &quot;options&quot;</source>
        <translation>選択の項目には &quot;options&quot; が必要です</translation>
    </message>
    <message>
        <source>option %1 must be an object</source>
        <translation>選択肢 %1 はオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>option %1 needs a &quot;value&quot; of letters, digits, _ and -</source>
        <translation>選択肢 %1 には英字・数字・_・- からなる &quot;value&quot; が必要です</translation>
    </message>
    <message>
        <source>option value &quot;%1&quot; is listed twice</source>
        <translation>選択肢の値 &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>&quot;maxLength&quot; must be between 1 and 1000</source>
        <translation>&quot;maxLength&quot; は 1～1000 の範囲で指定してください</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; is not a valid regular expression: %1</source>
        <translation>&quot;pattern&quot; が正しい正規表現ではありません: %1</translation>
    </message>
    <message>
        <source>&quot;min&quot; is greater than &quot;max&quot;</source>
        <translation>&quot;min&quot; が &quot;max&quot; より大きくなっています</translation>
    </message>
    <message>
        <source>&quot;notFuture&quot; and &quot;notPast&quot; together leave only today</source>
        <translation>&quot;notFuture&quot; と &quot;notPast&quot; を両方指定すると、今日の日付しか入力できません</translation>
    </message>
    <message>
        <source>unknown or repeated column &quot;%1&quot; (known: %2)</source>
        <translation>不明または重複した列 &quot;%1&quot;（使用可能: %2）</translation>
    </message>
    <message>
        <source>&quot;columns&quot; is empty</source>
        <translation>&quot;columns&quot; が空です</translation>
    </message>
    <message>
        <source>&quot;maxRows&quot; must be between 1 and 20</source>
        <translation>&quot;maxRows&quot; は 1～20 の範囲で指定してください</translation>
    </message>
    <message>
        <source>&quot;filter&quot; must be &quot;all&quot; or &quot;children&quot;</source>
        <translation>&quot;filter&quot; は &quot;all&quot; または &quot;children&quot; で指定してください</translation>
    </message>
    <message>
        <source>a choice bound to &quot;card.sex&quot; needs the options &quot;1&quot; (male) and &quot;2&quot; (female)</source>
        <translation>&quot;card.sex&quot; に結び付けた選択の項目には、選択肢 &quot;1&quot;（男）と &quot;2&quot;（女）が必要です</translation>
    </message>
    <message>
        <source>this field cannot have a &quot;default&quot;</source>
        <translation>この項目には &quot;default&quot; を指定できません</translation>
    </message>
    <message>
        <source>&quot;default&quot; must be a string, number or true/false</source>
        <translation>&quot;default&quot; は文字列、数値、true/false のいずれかで指定してください</translation>
    </message>
    <message>
        <source>the &quot;default&quot; breaks the field&apos;s rules: %1</source>
        <translation>&quot;default&quot; が項目の規則に違反しています: %1</translation>
    </message>
    <message>
        <source>a handwritten field cannot be required: the app never holds its value</source>
        <translation>手書きの項目は必須にできません（アプリはその値を保持しないため）</translation>
    </message>
    <message>
        <source>a handwritten field takes no value from a source</source>
        <translation>手書きの項目は取得元から値を受け取れません</translation>
    </message>
    <message>
        <source>required, but there is no way to fill it: no source, no default, and the clerk may not edit it</source>
        <translation>必須ですが、入力する方法がありません（取得元も既定値もなく、窓口職員も編集できません）</translation>
    </message>
    <message>
        <source>a members field needs &quot;source&quot;: &quot;visit.household&quot;</source>
        <translation>世帯員の項目には &quot;source&quot;: &quot;visit.household&quot; が必要です</translation>
    </message>
    <message>
        <source>&quot;when&quot; refers to field &quot;%1&quot;, which this form does not have</source>
        <translation>&quot;when&quot; が参照している項目 &quot;%1&quot; はこの申請書にありません</translation>
    </message>
    <message>
        <source>&quot;when&quot; refers to field &quot;%1&quot;, which has a condition of its own</source>
        <translation>&quot;when&quot; が参照している項目 &quot;%1&quot; には、それ自体に条件があります</translation>
    </message>
    <message>
        <source>a condition on a choice needs &quot;in&quot;: [option values]</source>
        <translation>選択の項目に対する条件には &quot;in&quot;: [選択肢の値] が必要です</translation>
    </message>
    <message>
        <source>&quot;when&quot; names &quot;%1&quot;, which is not an option of field &quot;%2&quot;</source>
        <translation>&quot;when&quot; で指定された &quot;%1&quot; は項目 &quot;%2&quot; の選択肢ではありません</translation>
    </message>
    <message>
        <source>a condition on a checkbox needs &quot;is&quot;: true or false</source>
        <translation>チェックボックスに対する条件には &quot;is&quot;: true または false が必要です</translation>
    </message>
    <message>
        <source>&quot;when&quot; can only refer to a choice or a checkbox, and &quot;%1&quot; is neither</source>
        <translation>&quot;when&quot; で参照できるのは選択またはチェックボックスの項目のみですが、&quot;%1&quot; はどちらでもありません</translation>
    </message>
    <message>
        <source>the print box needs a width and height above 0 mm</source>
        <translation>印字枠の幅と高さは 0 mm より大きくしてください</translation>
    </message>
    <message>
        <source>the print box (x %1, y %2, w %3, h %4 mm) is outside the A4 page (%5 × %6 mm)</source>
        <translation>印字枠（x %1、y %2、幅 %3、高さ %4 mm）が A4 用紙（%5 × %6 mm）からはみ出しています</translation>
    </message>
    <message>
        <source>only &quot;paper&quot;: &quot;A4&quot; is supported</source>
        <translation>&quot;paper&quot; は &quot;A4&quot; のみ対応しています</translation>
    </message>
    <message>
        <source>&quot;orientation&quot; must be &quot;portrait&quot; or &quot;landscape&quot;</source>
        <translation>&quot;orientation&quot; は &quot;portrait&quot; または &quot;landscape&quot; で指定してください</translation>
    </message>
    <message>
        <source>&quot;fontSize&quot; must be between 5 and 36 points</source>
        <translation>&quot;fontSize&quot; は 5～36 ポイントの範囲で指定してください</translation>
    </message>
    <message>
        <source>a print box for a field the form does not have</source>
        <translation>申請書にない項目の印字枠です</translation>
    </message>
    <message>
        <source>the print box must be an object</source>
        <translation>印字枠はオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>no print box: every field needs one in &quot;print&quot;.&quot;boxes&quot;</source>
        <translation>印字枠がありません（すべての項目に &quot;print&quot;.&quot;boxes&quot; での印字枠が必要です）</translation>
    </message>
    <message>
        <source>&quot;align&quot; must be left, center or right</source>
        <translation>&quot;align&quot; は left、center、right のいずれかで指定してください</translation>
    </message>
    <message>
        <source>the line leaves the A4 page</source>
        <translation>線が A4 用紙からはみ出しています</translation>
    </message>
    <message>
        <source>&quot;width&quot; must be above 0 and at most 5 mm</source>
        <translation>&quot;width&quot; は 0 より大きく 5 mm 以下で指定してください</translation>
    </message>
    <message>
        <source>the print box overlaps the box of field &quot;%1&quot;</source>
        <translation>印字枠が項目 &quot;%1&quot; の印字枠と重なっています</translation>
    </message>
    <message>
        <source>the print box overlaps the signature box</source>
        <translation>印字枠が署名欄と重なっています</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>larger than 1 MiB: not a form definition</source>
        <translation>1 MiB を超えています（申請書定義ではありません）</translation>
    </message>
</context>
<context>
    <name>FormLibrary</name>
    <message>
        <source>the folder for the municipality&apos;s forms does not exist; the built-in forms are used</source>
        <translation>自治体の申請書用フォルダーがありません。組み込みの申請書を使用します</translation>
    </message>
    <message>
        <source>another file in the same folder already defines form &quot;%1&quot;</source>
        <translation>同じフォルダー内の別のファイルで、申請書 &quot;%1&quot; が既に定義されています</translation>
    </message>
</context>
<context>
    <name>FormRenderer</name>
    <message>
        <source>The disk is full, so the PDF could not be saved. Free some space and try again.</source>
        <translation>ディスクの空き容量が不足しているため、PDF を保存できませんでした。空き容量を確保してから再度お試しください。</translation>
    </message>
    <message>
        <source>The PDF could not be saved: this folder may not be written to. Choose another folder.</source>
        <translation>PDF を保存できませんでした。このフォルダーには書き込めない可能性があります。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The PDF could not be saved. Check that the folder exists and can be written to.</source>
        <translation>PDF を保存できませんでした。フォルダーが存在し、書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>Forms can only be printed by a program with a graphical environment (internal error).</source>
        <translation>申請書を印刷できるのは、グラフィカル環境で動作するプログラムのみです（内部エラー）。</translation>
    </message>
    <message>
        <source>No Japanese font is installed, so the form cannot be printed. Ask the administrator to install the Noto CJK fonts (Debian package fonts-noto-cjk).</source>
        <translation>日本語フォントがインストールされていないため、申請書を印刷できません。管理者に Noto CJK フォント（Debian パッケージ fonts-noto-cjk）のインストールを依頼してください。</translation>
    </message>
    <message>
        <source>There is no form to print: choose a form first.</source>
        <translation>印刷する申請書がありません。先に申請書を選んでください。</translation>
    </message>
    <message>
        <source>The form &quot;%1&quot; is not part of this visit.</source>
        <translation>申請書「%1」はこの受付に含まれていません。</translation>
    </message>
    <message>
        <source>The printer or PDF file could not be opened for printing.</source>
        <translation>印刷のためにプリンターまたは PDF ファイルを開けませんでした。</translation>
    </message>
    <message>
        <source>Printing stopped before every page was done. Print again.</source>
        <translation>すべてのページを印刷する前に印刷が中断されました。もう一度印刷してください。</translation>
    </message>
</context>
<context>
    <name>FormsCommand</name>
    <message>
        <source>Usage: kakanai-cli forms list [--dir OVERRIDE-DIR]</source>
        <translation>使い方: kakanai-cli forms list [--dir 上書きフォルダ]</translation>
    </message>
</context>
<context>
    <name>HistorySimulator</name>
    <message>
        <source>Give between 1 and %1 days to simulate.</source>
        <translation>シミュレーションする日数は 1〜%1 日で指定してください。</translation>
    </message>
    <message>
        <source>Simulated history must end before today: today&apos;s queue is the live one.</source>
        <translation>シミュレーションの履歴は昨日までの日付にしてください。今日の順番待ちは実際の運用のものです。</translation>
    </message>
    <message>
        <source>Arrivals per day must be between 1 and %1.</source>
        <translation>1 日あたりの来庁者数は 1〜%1 で指定してください。</translation>
    </message>
    <message>
        <source>A ticket must be called at least once.</source>
        <translation>番号札は少なくとも 1 回は呼び出す設定にしてください。</translation>
    </message>
    <message>
        <source>The office store has no active ticket category &quot;%1&quot;, which the simulation needs.</source>
        <translation>事務所ストアに、シミュレーションに必要な番号札の区分「%1」がありません（または無効です）。</translation>
    </message>
    <message>
        <source>The office store already has tickets in these days. Simulated history is written only where there are none; nothing was written.</source>
        <translation>事務所ストアにはこの期間の番号札がすでにあります。シミュレーションの履歴は番号札のない日にだけ書き込みます。何も書き込んでいません。</translation>
    </message>
</context>
<context>
    <name>IndividualNumber</name>
    <message>
        <source>An individual number has 12 digits.</source>
        <translation>個人番号は12桁です。</translation>
    </message>
    <message>
        <source>This is not a valid individual number (the check digit does not match). Check the digits.</source>
        <translation>正しい個人番号ではありません（チェックデジットが一致しません）。数字を確認してください。</translation>
    </message>
</context>
<context>
    <name>JapaneseDate</name>
    <message>
        <source>This is not a date. Examples: 令和6年4月1日, R6.4.1, 5060401, 2024-04-01.</source>
        <translation>日付として認識できません。入力例: 令和6年4月1日、R6.4.1、5060401、2024-04-01。</translation>
    </message>
    <message>
        <source>Unknown era. Use 明治, 大正, 昭和, 平成 or 令和 (M, T, S, H, R).</source>
        <translation>不明な元号です。明治、大正、昭和、平成、令和（M、T、S、H、R）のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>月は1～12の範囲で入力してください。</translation>
    </message>
    <message>
        <source>The day must be between 1 and %1 for this month.</source>
        <translation>この月の日は1～%1の範囲で入力してください。</translation>
    </message>
    <message>
        <source>Dates before 1 January 1873 are not supported.</source>
        <translation>1873年1月1日より前の日付には対応していません。</translation>
    </message>
</context>
<context>
    <name>JsonChecker</name>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON として正しくありません（%1 行目、%2 列目）: %3</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>ファイルには JSON オブジェクトを1つだけ記述してください</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>不明なキー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>キー &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; は文字列で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; は true または false で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; は数値で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; は整数で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; はリストで指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; はオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot; (Japanese and English)</source>
        <translation>&quot;%1&quot;（日本語と英語）がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; が空です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or {&quot;ja&quot;: …, &quot;en&quot;: …}</source>
        <translation>&quot;%1&quot; は文字列または {&quot;ja&quot;: …, &quot;en&quot;: …} で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be {&quot;ja&quot;: …, &quot;en&quot;: …}</source>
        <translation>&quot;%1&quot; は {&quot;ja&quot;: …, &quot;en&quot;: …} で指定してください</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>&quot;%2&quot; に不明な言語 &quot;%1&quot; があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no Japanese text (&quot;ja&quot;)</source>
        <translation>&quot;%1&quot; に日本語のテキスト（&quot;ja&quot;）がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English text (&quot;en&quot;)</source>
        <translation>&quot;%1&quot; に英語のテキスト（&quot;en&quot;）がありません</translation>
    </message>
</context>
<context>
    <name>Kakanai</name>
    <message>
        <source>Kakanai cannot start</source>
        <translation>Kakanai を起動できません</translation>
    </message>
    <message>
        <source>Back office: records are not being sent</source>
        <translation>基幹システム: 記録が送信されていません</translation>
    </message>
</context>
<context>
    <name>KanaNormalizer</name>
    <message>
        <source>Hiragana is not allowed here; use katakana.</source>
        <translation>ここではひらがなは使えません。カタカナで入力してください。</translation>
    </message>
    <message>
        <source>A voiced sound mark (゛ or ゜) stands on its own; join it to the kana before it.</source>
        <translation>濁点・半濁点（゛または゜）が単独で入力されています。直前のカナと組み合わせてください。</translation>
    </message>
    <message>
        <source>Iteration marks (ゝ ゞ ヽ ヾ) are not allowed; write the kana out.</source>
        <translation>繰り返し記号（ゝ ゞ ヽ ヾ）は使えません。カナを繰り返して入力してください。</translation>
    </message>
    <message>
        <source>Half-width katakana is not allowed; use full-width katakana.</source>
        <translation>半角カタカナは使えません。全角カタカナで入力してください。</translation>
    </message>
    <message>
        <source>This katakana letter (ヷ ヸ ヹ ヺ) is not allowed.</source>
        <translation>このカタカナ（ヷ ヸ ヹ ヺ）は使えません。</translation>
    </message>
    <message>
        <source>The middle dot (・) is not allowed.</source>
        <translation>中点（・）は使えません。</translation>
    </message>
    <message>
        <source>Use a full-width space (U+3000) between the family name and the given name.</source>
        <translation>氏と名の間には全角空白（U+3000）を入れてください。</translation>
    </message>
    <message>
        <source>Latin letters and digits are not allowed; use katakana.</source>
        <translation>英字と数字は使えません。カタカナで入力してください。</translation>
    </message>
    <message>
        <source>Symbols are not allowed.</source>
        <translation>記号は使えません。</translation>
    </message>
    <message>
        <source>Kanji is not allowed here; use katakana.</source>
        <translation>ここでは漢字は使えません。カタカナで入力してください。</translation>
    </message>
    <message>
        <source>This character is not allowed; use katakana.</source>
        <translation>この文字は使えません。カタカナで入力してください。</translation>
    </message>
    <message>
        <source>The field is empty.</source>
        <translation>入力されていません。</translation>
    </message>
    <message>
        <source>The field starts or ends with a space.</source>
        <translation>先頭または末尾に空白があります。</translation>
    </message>
    <message>
        <source>Two spaces in a row; use one full-width space.</source>
        <translation>空白が2つ続いています。全角空白1つにしてください。</translation>
    </message>
</context>
<context>
    <name>KeychainKeyProvider</name>
    <message>
        <source>keychain entry %1 / %2</source>
        <translation>キーチェーンの項目 %1 / %2</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>暗号ライブラリを起動できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be locked and waiting for its password: unlock the keychain of this user account (for example by logging in to the desktop again) and start Kakanai again.</source>
        <translation>
            <numerusform>キーチェーンが %n 秒以内に応答しませんでした。ロックされていてパスワード入力を待っている可能性があります。このユーザーアカウントのキーチェーンのロックを解除してから（例: デスクトップに再度ログインする）、Kakanai をもう一度起動してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain refused access to the record key. Unlock the keychain of this user account and allow Kakanai to use it, then start Kakanai again.</source>
        <translation>キーチェーンが記録の鍵へのアクセスを拒否しました。このユーザーアカウントのキーチェーンのロックを解除し、Kakanai の利用を許可してから、もう一度起動してください。</translation>
    </message>
    <message>
        <source>No keychain service (Secret Service, e.g. gnome-keyring) is running for this user account, so the record key cannot be read. Ask the administrator to start the keychain in the desktop session. Records stay locked until then.</source>
        <translation>このユーザーアカウントでキーチェーンサービス（Secret Service、例: gnome-keyring）が動作していないため、記録の鍵を読み取れません。デスクトップのセッションでキーチェーンを起動するよう管理者に依頼してください。それまで記録は読み取れないままです。</translation>
    </message>
    <message>
        <source>The keychain could not be used to read or store the record key. Check that the keychain service (Secret Service) is running and unlocked for this user account, then start Kakanai again.</source>
        <translation>キーチェーンで記録の鍵を読み取る、または保存することができませんでした。このユーザーアカウントでキーチェーンサービス（Secret Service）が動作し、ロックが解除されていることを確認してから、Kakanai をもう一度起動してください。</translation>
    </message>
    <message>
        <source>No protected memory is available for the record key.</source>
        <translation>記録用鍵のための保護されたメモリを利用できません。</translation>
    </message>
    <message>
        <source>The record key in the keychain has the wrong size; it is damaged or was not stored by Kakanai. Restore it from the key backup.</source>
        <translation>キーチェーン内の記録の鍵の長さが正しくありません。壊れているか、Kakanai が保存したものではありません。鍵のバックアップから復元してください。</translation>
    </message>
    <message>
        <source>The keychain accepted the new record key but does not return it. Check the keychain service for this user account.</source>
        <translation>キーチェーンは新しい記録の鍵を受け付けましたが、読み出せません。このユーザーアカウントのキーチェーンサービスを確認してください。</translation>
    </message>
    <message>
        <source>The record key is missing from the keychain.</source>
        <translation>キーチェーンに記録用鍵がありません。</translation>
    </message>
    <message>
        <source>There is a record key in the keychain already; it is never overwritten.</source>
        <translation>キーチェーンにはすでに記録用鍵があります。上書きはしません。</translation>
    </message>
    <message>
        <source>There is no new record key waiting to be put in place.</source>
        <translation>配置を待っている新しい記録用鍵はありません。</translation>
    </message>
</context>
<context>
    <name>KeychainSecret</name>
    <message>
        <source>The office store&apos;s password is not in the keychain yet. Store it with kakanai-cli office store-password (as this user, on this PC).</source>
        <translation>事務所ストアのパスワードがまだキーチェーンにありません。kakanai-cli office store-password で保存してください（このユーザーで、このPCで）。</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be locked: unlock the keychain of this user account and try again.</source>
        <translation>
            <numerusform>キーチェーンが %n 秒以内に応答しませんでした。ロックされている可能性があります。このユーザーのキーチェーンのロックを解除して、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain could not be used for the office store&apos;s password. Check that the keychain service (Secret Service) is running and unlocked for this user account.</source>
        <translation>事務所ストアのパスワードにキーチェーンを使えませんでした。このユーザーのキーチェーンサービス（Secret Service）が動作し、ロックが解除されているか確認してください。</translation>
    </message>
    <message>
        <source>There is no such keychain entry.</source>
        <translation>そのキーチェーン項目はありません。</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>パスワードが空です。</translation>
    </message>
    <message>
        <source>The keychain accepted the password but does not return it. Check the keychain service for this user account.</source>
        <translation>キーチェーンはパスワードを受け付けましたが、読み出せません。このユーザーのキーチェーンサービスを確認してください。</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>Usage: kakanai-cli [--db FILE] keys id
       kakanai-cli [--db FILE] keys rotate
       kakanai-cli [--db FILE] keys export --out FILE   (passphrase on standard input)
       kakanai-cli [--db FILE] keys import FILE         (passphrase on standard input)</source>
        <translation>使い方: kakanai-cli [--db ファイル] keys id
        kakanai-cli [--db ファイル] keys rotate
        kakanai-cli [--db ファイル] keys export --out ファイル   (パスフレーズは標準入力から)
        kakanai-cli [--db ファイル] keys import ファイル         (パスフレーズは標準入力から)</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>パスフレーズ: </translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>保存先: %1</translation>
    </message>
    <message>
        <source>(no key yet)</source>
        <translation>(鍵はまだありません)</translation>
    </message>
    <message>
        <source>Key (%1): %2</source>
        <translation>鍵 (%1): %2</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(ありません)</translation>
    </message>
    <message>
        <source>Pending key of an unfinished rotation: %1</source>
        <translation>完了していない鍵の切替の保留中の鍵: %1</translation>
    </message>
    <message>
        <source>The record key was changed from %1 to %2.</source>
        <translation>記録用鍵を %1 から %2 に切り替えました。</translation>
    </message>
    <message>
        <source>Sealed again: records %1, open-visit drafts %2.</source>
        <translation>暗号化し直した件数: 記録 %1、受付中の下書き %2。</translation>
    </message>
    <message>
        <source>Export the new key now (kakanai-cli keys export): earlier key exports do not open these records any more.</source>
        <translation>新しい鍵を今すぐ書き出してください (kakanai-cli keys export)。以前に書き出した鍵では、これらの記録はもう復号できません。</translation>
    </message>
    <message>
        <source>The record key %1 was written to %2, sealed with the passphrase. Keep the file and the passphrase apart.</source>
        <translation>記録用鍵 %1 をパスフレーズで保護して %2 に書き出しました。ファイルとパスフレーズは別々の場所に保管してください。</translation>
    </message>
    <message>
        <source>The key in this file is the key %1, but this store&apos;s records are sealed with the key %2. Nothing was written.</source>
        <translation>このファイルの鍵は鍵 %1 ですが、この保存先の記録は鍵 %2 で暗号化されています。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The record key %1 is already in place (%2); nothing was changed.</source>
        <translation>記録用鍵 %1 はすでに配置されています (%2)。何も変更していません。</translation>
    </message>
    <message>
        <source>There is another record key in %1 (the key %2; this file holds the key %3). Move the current key away first. Nothing was written.</source>
        <translation>%1 には別の記録用鍵があります (鍵 %2。このファイルの鍵は %3)。先に現在の鍵を別の場所へ移してください。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The record key %1 was put in place (%2).</source>
        <translation>記録用鍵 %1 を配置しました (%2)。</translation>
    </message>
</context>
<context>
    <name>LifeEventNavi</name>
    <message>
        <source>&quot;%1&quot; must be a question id or a list of question ids</source>
        <translation>&quot;%1&quot; は質問 ID または質問 ID のリストで指定してください</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be 1 for this version</source>
        <translation>このバージョンでは &quot;format&quot; は 1 にしてください</translation>
    </message>
    <message>
        <source>a question needs an &quot;id&quot; of letters, digits and _</source>
        <translation>質問には英字・数字・_ からなる &quot;id&quot; が必要です</translation>
    </message>
    <message>
        <source>a question with this id is already defined</source>
        <translation>この ID の質問は既に定義されています</translation>
    </message>
    <message>
        <source>there are no events</source>
        <translation>ライフイベントがありません</translation>
    </message>
    <message>
        <source>an event needs an &quot;id&quot; of lower-case letters, digits and hyphens</source>
        <translation>ライフイベントには英小文字・数字・ハイフンからなる &quot;id&quot; が必要です</translation>
    </message>
    <message>
        <source>an event with this id is already defined</source>
        <translation>この ID のライフイベントは既に定義されています</translation>
    </message>
    <message>
        <source>asks question &quot;%1&quot;, which is not in &quot;questions&quot;</source>
        <translation>&quot;questions&quot; にない質問 &quot;%1&quot; を使用しています</translation>
    </message>
    <message>
        <source>the event lists no procedures</source>
        <translation>このライフイベントには手続がありません</translation>
    </message>
    <message>
        <source>procedure %1 needs either &quot;form&quot; or &quot;task&quot;</source>
        <translation>手続 %1 には &quot;form&quot; または &quot;task&quot; のどちらかが必要です</translation>
    </message>
    <message>
        <source>procedure %1 names form &quot;%2&quot;, which does not exist</source>
        <translation>手続 %1 で指定された申請書 &quot;%2&quot; は存在しません</translation>
    </message>
    <message>
        <source>procedure %1 depends on question &quot;%2&quot;, which this event does not ask</source>
        <translation>手続 %1 は、このライフイベントで使用していない質問 &quot;%2&quot; に依存しています</translation>
    </message>
    <message>
        <source>procedure %1: only a form can have &quot;presets&quot;</source>
        <translation>手続 %1: &quot;presets&quot; を指定できるのは申請書のみです</translation>
    </message>
    <message>
        <source>procedure %1: form &quot;%2&quot; has no field &quot;%3&quot; that can be preset</source>
        <translation>手続 %1: 申請書 &quot;%2&quot; には、事前に値を設定できる項目 &quot;%3&quot; がありません</translation>
    </message>
    <message>
        <source>procedure %1: the preset for field &quot;%2&quot; breaks its rules: %3</source>
        <translation>手続 %1: 項目 &quot;%2&quot; の事前設定値が項目の規則に違反しています: %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>LocalImport</name>
    <message>
        <source>The audit log of this PC does not verify (entry %1), so it was not moved to the office store. Nothing was changed. Check it with kakanai-cli audit verify --local.</source>
        <translation>このPCの監査ログが検証できないため（記録 %1）、事務所ストアに移しませんでした。何も変更していません。kakanai-cli audit verify --local で確認してください。</translation>
    </message>
    <message>
        <source>This PC&apos;s staff and audit log were moved to the office store before. Nothing was changed.</source>
        <translation>このPCの職員と監査ログは既に事務所ストアに移されています。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>MatchingCodeB</name>
    <message>
        <source>The birth date cannot be written in the Japanese calendar.</source>
        <translation>この生年月日は和暦で表せません。</translation>
    </message>
    <message>
        <source>The expiry year must have four digits, as printed on the card.</source>
        <translation>有効期限の年は、カードに記載されているとおり4桁で入力してください。</translation>
    </message>
    <message>
        <source>The security code must be the 4 digits printed on the card.</source>
        <translation>セキュリティコードは、カードに記載されている4桁の数字を入力してください。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>A migration file has an invalid name.</source>
        <translation>移行ファイルの名前が正しくありません。</translation>
    </message>
    <message>
        <source>A migration could not be read.</source>
        <translation>移行ファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The built-in migrations are not numbered 1, 2, 3, …</source>
        <translation>組み込みの移行ファイルが 1, 2, 3, … の連番になっていません。</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Kakanai (schema %1; this program knows up to %2). Install the newer version. The database has not been changed.</source>
        <translation>このデータベースは新しいバージョンの Kakanai で作成されています（スキーマ %1。このプログラムは %2 まで対応）。新しいバージョンをインストールしてください。データベースは変更されていません。</translation>
    </message>
    <message>
        <source>The database could not be upgraded to schema %1. Nothing was changed.</source>
        <translation>データベースをスキーマ %1 に更新できませんでした。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>MyNumberCard</name>
    <message>
        <source>The card gave an unexpected answer. Take the card out, insert it again and repeat the read; if this repeats, the card may be damaged: refer the citizen to the My Number card desk.</source>
        <translation>カードから想定外の応答がありました。カードを取り出して再度挿入し、もう一度読み取ってください。繰り返し発生する場合はカードが破損している可能性があります。住民の方をマイナンバーカード窓口へご案内ください。</translation>
    </message>
    <message>
        <source>This is not a My Number card (個人番号カード), or its text input application cannot be used. Check the card.</source>
        <translation>マイナンバーカード（個人番号カード）ではないか、券面事項入力補助アプリケーションを使用できません。カードを確認してください。</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked. The citizen must have it reset at the municipal office&apos;s My Number card desk.</source>
        <translation>カードの暗証番号がロックされています。住民の方は、市区町村役場のマイナンバーカード窓口で暗証番号の再設定を受ける必要があります。</translation>
    </message>
    <message>
        <source>Matching code B is locked on this card. The citizen must go to the municipal office&apos;s My Number card desk.</source>
        <translation>このカードの照合番号Bはロックされています。住民の方は、市区町村役場のマイナンバーカード窓口に行く必要があります。</translation>
    </message>
    <message>
        <source>Only one PIN try is left: a wrong PIN now locks the card. Confirm the warning with the citizen before the PIN is sent.</source>
        <translation>暗証番号の残り試行回数は1回です。次に誤るとカードがロックされます。暗証番号を送信する前に、住民の方とこの注意事項を確認してください。</translation>
    </message>
    <message>
        <source>Only one try is left for matching code B: a wrong entry now locks it. Confirm the warning before it is sent.</source>
        <translation>照合番号Bの残り試行回数は1回です。次に誤るとロックされます。送信する前に、この注意事項を確認してください。</translation>
    </message>
    <message>
        <source>The PIN was wrong and the card&apos;s PIN is now locked. The citizen must have it reset at the municipal office&apos;s My Number card desk.</source>
        <translation>暗証番号が誤っていたため、カードの暗証番号がロックされました。住民の方は、市区町村役場のマイナンバーカード窓口で暗証番号の再設定を受ける必要があります。</translation>
    </message>
    <message>
        <source>Matching code B was wrong and is now locked. The citizen must go to the municipal office&apos;s My Number card desk.</source>
        <translation>照合番号Bが誤っていたため、ロックされました。住民の方は、市区町村役場のマイナンバーカード窓口に行く必要があります。</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong. Tries left: %n.</source>
        <translation>
            <numerusform>暗証番号が違います。残り試行回数: %n 回。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matching code B is wrong. Tries left: %n.</source>
        <translation>
            <numerusform>照合番号Bが違います。残り試行回数: %n 回。</numerusform>
        </translation>
    </message>
    <message>
        <source>The data read from the card does not match the card&apos;s own check value. Read the card again; if this repeats, do not use the data and refer the citizen to the My Number card desk.</source>
        <translation>カードから読み取ったデータが、カード自体の検証値と一致しません。もう一度読み取ってください。繰り返し発生する場合は、このデータを使用せず、住民の方をマイナンバーカード窓口へご案内ください。</translation>
    </message>
    <message>
        <source>The PIN must be 4 digits.</source>
        <translation>暗証番号は4桁の数字で入力してください。</translation>
    </message>
    <message>
        <source>The individual number cannot be read with matching code B; the citizen&apos;s PIN is needed.</source>
        <translation>照合番号Bでは個人番号を読み取れません。住民の方の暗証番号が必要です。</translation>
    </message>
    <message>
        <source>Matching code B must be 14 digits.</source>
        <translation>照合番号Bは14桁の数字で入力してください。</translation>
    </message>
</context>
<context>
    <name>OfficeCommand</name>
    <message>
        <source>A SQLite office store has no password; --password-file is for PostgreSQL.</source>
        <translation>SQLite の事務所ストアにパスワードはありません。--password-file は PostgreSQL 用です。</translation>
    </message>
    <message>
        <source>Office store: %1</source>
        <translation>事務所ストア: %1</translation>
    </message>
    <message>
        <source>Created a new office store.</source>
        <translation>事務所ストアを新しく作成しました。</translation>
    </message>
    <message>
        <source>The office store is at schema %1, as this program needs; nothing to apply.</source>
        <translation>事務所ストアはこのプログラムが必要とするスキーマ %1 です。適用するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s); the office store is at schema %1.</source>
        <translation>
            <numerusform>%n 件の移行を適用しました。事務所ストアはスキーマ %1 です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The counter PCs connect with a least-privilege role. As the PostgreSQL superuser, run this SQL in the database %1 (again after an upgrade that adds tables), for example:
  kakanai-cli office roles | sudo -u postgres psql -d %1 -v ON_ERROR_STOP=1
then make one login role per counter PC as its last lines show (docs/admin/office.md).</source>
        <translation>窓口端末は最小権限のロールで接続します。PostgreSQL のスーパーユーザーで、データベース %1 に対してこの SQL を実行してください（表が増える更新の後にも再度実行します）。例:
  kakanai-cli office roles | sudo -u postgres psql -d %1 -v ON_ERROR_STOP=1
その後、最後の行のとおり窓口端末ごとにログインロールを作成してください（docs/admin/office.md）。</translation>
    </message>
    <message>
        <source>Reachable: yes</source>
        <translation>接続: 可</translation>
    </message>
    <message>
        <source>Engine: PostgreSQL %1</source>
        <translation>エンジン: PostgreSQL %1</translation>
    </message>
    <message>
        <source>Engine: SQLite %1</source>
        <translation>エンジン: SQLite %1</translation>
    </message>
    <message>
        <source>Schema: %1 (this program: %2)</source>
        <translation>スキーマ: %1（このプログラム: %2）</translation>
    </message>
    <message>
        <source>TLS: not used (a file on this PC)</source>
        <translation>TLS: 使用しない（この PC 上のファイル）</translation>
    </message>
    <message>
        <source>TLS: yes (%1)</source>
        <translation>TLS: 使用中（%1）</translation>
    </message>
    <message>
        <source>TLS: no, the connection is not encrypted</source>
        <translation>TLS: なし。接続は暗号化されていません</translation>
    </message>
    <message>
        <source>Latency: %1 ms (median of 7 round trips)</source>
        <translation>応答時間: %1 ms（7 回の往復の中央値）</translation>
    </message>
    <message>
        <source>Warning: the connection to the office store is not encrypted. Use sslmode=verify-full in office/url (docs/admin/office.md).</source>
        <translation>警告: 事務所ストアへの接続は暗号化されていません。office/url で sslmode=verify-full を指定してください（docs/admin/office.md）。</translation>
    </message>
    <message>
        <source>The office store was upgraded by a newer version of Kakanai (schema %1; this program knows up to %2). Install the newer version on this PC.</source>
        <translation>事務所ストアは新しいバージョンの Kakanai で更新されています（スキーマ %1。このプログラムは %2 まで対応）。この PC に新しいバージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>The office store has schema %1; this program needs %2. The database&apos;s owner upgrades it with kakanai-cli office init.</source>
        <translation>事務所ストアのスキーマは %1 ですが、このプログラムには %2 が必要です。データベースの所有者が kakanai-cli office init で更新してください。</translation>
    </message>
    <message>
        <source>Not done by this program: a PostgreSQL office store is backed up with PostgreSQL&apos;s pg_dump. Run the command above, best on the server as the postgres user (docs/admin/office.md, &quot;Backup and restore&quot;).</source>
        <translation>このプログラムでは行いません: PostgreSQL の事務所ストアは PostgreSQL の pg_dump でバックアップします。上のコマンドを、できればサーバー上で postgres ユーザーとして実行してください（docs/admin/office.md の「Backup and restore」）。</translation>
    </message>
    <message>
        <source>Backup of the office store (schema %1) written to %2</source>
        <translation>事務所ストア（スキーマ %1）のバックアップを %2 に書き出しました</translation>
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
        <translation>使い方: kakanai-cli office init   [--office URL] [--password-file ファイル]
       kakanai-cli office check  [--office URL] [--password-file ファイル] [--json]
       kakanai-cli office backup [--office URL] 保存先ファイル
       kakanai-cli office roles
       kakanai-cli office import-local [--office URL] [--password-file ファイル] [--json]
       kakanai-cli office store-password &lt; パスワード

  init    事務所ストアを作成する、またはスキーマを最新にする（データベースの所有者が実行）。
          PostgreSQL では窓口端末用の最小権限ロールの SQL も表示する
  check   接続可否、エンジン、サーバーのバージョン、スキーマのバージョン、TLS、応答時間。何も変更しない
  backup  SQLite: 整合したコピー（0600）。PostgreSQL: 実行すべき pg_dump コマンドを表示する
  roles   窓口端末用ロールを作る SQL を表示する（PostgreSQL のスーパーユーザーで実行する）
  import-local  このPCの職員アカウントと監査ログを事務所ストアに移す（PCごとに一度）
  store-password  ロールのパスワード（標準入力の1行）をこのユーザーのキーチェーンに保存する
                  （office/passwordStore が keychain のときに使う）

  --office URL          設定 office/url の代わりに使う事務所ストア:
                        postgresql://ロール@サーバー[:ポート]/データベース[?sslmode=…&amp;sslrootcert=…]
                        または sqlite:/フォルダー/office.sqlite
  --password-file ファイル  office/passwordFile の代わりに使うロールのパスワード（0600 のファイル）</translation>
    </message>
    <message>
        <source>The office store&apos;s password is in the keychain (%1). Set office/passwordStore to keychain to use it.</source>
        <translation>事務所ストアのパスワードをキーチェーンに保存しました（%1）。使うには office/passwordStore を keychain にしてください。</translation>
    </message>
</context>
<context>
    <name>OfficeImportLocal</name>
    <message>
        <source>Moved to the office store %1:</source>
        <translation>事務所ストア %1 に移しました:</translation>
    </message>
    <message>
        <source>  staff accounts: %1 added, %2 kept as the office store has them</source>
        <translation>  職員アカウント: %1 件を追加、%2 件は事務所ストアのものを維持</translation>
    </message>
    <message>
        <source>  kept: %1</source>
        <translation>  維持: %1</translation>
    </message>
    <message>
        <source>  audit log: the office&apos;s chain had begun already; this PC&apos;s %1 entries stay in its store (audit verify --local), their head is sealed in the office&apos;s chain</source>
        <translation>  監査ログ: 事務所の連鎖は既に始まっていたため、このPCの %1 件はこのPCのストアに残し（audit verify --local）、その末尾を事務所の連鎖に封印しました</translation>
    </message>
    <message>
        <source>  audit log: %1 entries copied; the office&apos;s chain goes on from them</source>
        <translation>  監査ログ: %1 件をコピーしました。事務所の連鎖はその続きから始まります</translation>
    </message>
</context>
<context>
    <name>OfficeLocation</name>
    <message>
        <source>The office store URL names no absolute file path (sqlite:/folder/office.sqlite).</source>
        <translation>事務所ストアのURLに絶対パスがありません（sqlite:/フォルダ/office.sqlite）。</translation>
    </message>
    <message>
        <source>The office store URL is not understood. Use postgresql://role@server/database or sqlite:/folder/office.sqlite.</source>
        <translation>事務所ストアのURLを解釈できません。postgresql://ロール@サーバー/データベース または sqlite:/フォルダ/office.sqlite の形で指定してください。</translation>
    </message>
    <message>
        <source>The office store URL contains a password. Remove it from the URL and put it in the password file (office/passwordFile) instead.</source>
        <translation>事務所ストアのURLにパスワードが含まれています。URLから削除し、パスワードファイル（office/passwordFile）に記載してください。</translation>
    </message>
    <message>
        <source>The office store URL must name the role, the server and the database: postgresql://role@server/database.</source>
        <translation>事務所ストアのURLにはロール、サーバー、データベースが必要です: postgresql://ロール@サーバー/データベース</translation>
    </message>
    <message>
        <source>The office store URL has an option this program does not know: %1.</source>
        <translation>事務所ストアのURLに不明なオプションがあります: %1</translation>
    </message>
    <message>
        <source>The office store URL has an unknown sslmode; use verify-full, verify-ca, require or disable.</source>
        <translation>事務所ストアのURLの sslmode が不明です。verify-full、verify-ca、require、disable のいずれかを指定してください。</translation>
    </message>
</context>
<context>
    <name>OfficeMigrations</name>
    <message>
        <source>An office migration file has an invalid name.</source>
        <translation>事務所ストアの移行ファイルの名前が正しくありません。</translation>
    </message>
    <message>
        <source>Two office migrations have the same number.</source>
        <translation>事務所ストアの移行に同じ番号が二つあります。</translation>
    </message>
    <message>
        <source>The office migrations are not numbered 1, 2, 3, …</source>
        <translation>事務所ストアの移行の番号が 1, 2, 3, … と連続していません。</translation>
    </message>
    <message>
        <source>An office migration needs one file for both engines or one file per engine.</source>
        <translation>事務所ストアの移行には、両エンジン共通のファイル一つか、エンジンごとに一つずつのファイルが必要です。</translation>
    </message>
    <message>
        <source>An office migration could not be read.</source>
        <translation>事務所ストアの移行を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Another record with the same id is already in the outbox; this one was not queued.</source>
        <translation>同じ ID の別の記録が既に送信待ちにあります。この記録は登録されませんでした。</translation>
    </message>
    <message>
        <source>There is no record with this id in the outbox.</source>
        <translation>この ID の記録は送信待ちにありません。</translation>
    </message>
    <message>
        <source>There is no rejected record with this id in the outbox.</source>
        <translation>この ID の受付拒否された記録は送信一覧にありません。</translation>
    </message>
    <message>
        <source>The record of this outbox entry is missing from the store.</source>
        <translation>この送信項目の記録がデータベースにありません。</translation>
    </message>
    <message>
        <source>A stored record opened, but it is not this entry&apos;s record document.</source>
        <translation>保存された記録を開けましたが、この項目の記録文書ではありません。</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>No protected memory is available.</source>
        <translation>保護されたメモリを利用できません。</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>送信待ち: %1</translation>
    </message>
    <message>
        <source>Being sent: %1</source>
        <translation>送信中: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>送信済み: %1</translation>
    </message>
    <message>
        <source>Rejected by the back office: %1</source>
        <translation>基幹システムで受付拒否: %1</translation>
    </message>
    <message>
        <source>Oldest waiting record: queued %1 seconds ago</source>
        <translation>最も古い送信待ちの記録: %1 秒前に登録</translation>
    </message>
    <message>
        <source>attempts: %1</source>
        <translation>試行回数: %1</translation>
    </message>
    <message>
        <source>The record file cannot be read.</source>
        <translation>記録ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>already queued</source>
        <translation>既に送信待ちに登録済み</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>送信待ちに登録</translation>
    </message>
    <message>
        <source>Rejected by the back office (HTTP %1): %2: %3</source>
        <translation>基幹システムが受け付けませんでした（HTTP %1）: %2: %3</translation>
    </message>
    <message>
        <source>The back office refused the access token (HTTP %1); check the setting %2.</source>
        <translation>基幹システムがアクセストークンを拒否しました（HTTP %1）。設定 %2 を確認してください。</translation>
    </message>
    <message>
        <source>Sent now: %1, rejected now: %2, still waiting: %3</source>
        <translation>今回送信: %1、今回受付拒否: %2、引き続き送信待ち: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be sent before the time limit; they stay queued.</source>
        <translation>
            <numerusform>制限時間内に %n 件の記録を送信できませんでした。これらの記録は送信待ちのまま残ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be sent; they stay queued.</source>
        <translation>
            <numerusform>%n 件の記録を送信できませんでした。これらの記録は送信待ちのまま残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued again: %1</source>
        <translation>再度送信待ちに登録しました: %1</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from には --to より後の日付を指定できません。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1</source>
        <translation>
            <numerusform>%1 に %n 行を書き出しました</numerusform>
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
        <translation>使い方: kakanai-cli outbox status [--json]
        kakanai-cli outbox list [--state pending|sending|sent|rejected|damaged] [--limit 件数] [--json]
        kakanai-cli outbox enqueue ファイル...   （ファイルに - を指定すると標準入力から読み込む）
        kakanai-cli outbox flush [--timeout 秒数]
        kakanai-cli outbox resend UUID
        kakanai-cli outbox export-damaged --out 新しいフォルダー
        kakanai-cli outbox export-csv --kind ido|kofu|kenmen --out ファイル [--encoding utf-8|utf-8-bom|cp932]
                   [--mapping ファイル] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--state 状態]...</translation>
    </message>
    <message>
        <source>Damaged, not sent: %1</source>
        <translation>破損のため未送信: %1</translation>
    </message>
    <message>
        <source>The record file is a folder. Name the record files in it instead.</source>
        <translation>記録ファイルとしてフォルダーが指定されました。フォルダー内の記録ファイルを指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged record(s) need attention; they are not sent. Save them with &quot;kakanai-cli outbox export-damaged --out NEW-FOLDER&quot; for recovery.</source>
        <translation>
            <numerusform>破損した記録が %n 件あり、対応が必要です。これらは送信されません。復旧のため &quot;kakanai-cli outbox export-damaged --out 新しいフォルダー&quot; で保存してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>A file for a damaged record could not be written.</source>
        <translation>破損した記録のファイルを書き込めませんでした。</translation>
    </message>
    <message>
        <source>The folder already exists; name a new one.</source>
        <translation>フォルダーが既に存在します。新しいフォルダー名を指定してください。</translation>
    </message>
    <message>
        <source>There are no damaged records; nothing was written.</source>
        <translation>破損した記録はありません。何も書き出していません。</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>フォルダーを作成できません。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n damaged record(s) to %1</source>
        <translation>
            <numerusform>%1 に破損した記録 %n 件を書き出しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartCollector</name>
    <message>
        <source>This QR code belongs to another application than the parts scanned so far.</source>
        <translation>このQRコードは、これまでに読み取った部分とは別の申請のものです。</translation>
    </message>
    <message>
        <source>Part %1 of the QR code was scanned already.</source>
        <translation>QRコードの%1個目はすでに読み取っています。</translation>
    </message>
    <message>
        <source>No QR code was scanned.</source>
        <translation>QRコードが読み取られていません。</translation>
    </message>
    <message>
        <source>Parts %1 of %2 of the QR code are missing.</source>
        <translation>QRコード%2個のうち、%1個目が読み取られていません。</translation>
    </message>
    <message>
        <source>The parts of the QR code do not fit together. Scan them again.</source>
        <translation>QRコードの各部分がつながりません。もう一度読み取ってください。</translation>
    </message>
</context>
<context>
    <name>PcscErrors</name>
    <message>
        <source>The smart card service stopped while the card was being read. Read the card again; if this repeats, ask IT support to check the smart card service (pcscd).</source>
        <translation>カードの読み取り中にスマートカードサービスが停止しました。もう一度読み取ってください。繰り返し発生する場合は、情報システム担当にスマートカードサービス（pcscd）の確認を依頼してください。</translation>
    </message>
    <message>
        <source>The smart card service (pcscd) is not running. Ask IT support to start it.</source>
        <translation>スマートカードサービス（pcscd）が起動していません。情報システム担当に起動を依頼してください。</translation>
    </message>
    <message>
        <source>The connection to the smart card service was lost. Read the card again.</source>
        <translation>スマートカードサービスとの接続が切れました。もう一度カードを読み取ってください。</translation>
    </message>
    <message>
        <source>No card reader is connected. Check the reader&apos;s cable.</source>
        <translation>カードリーダーが接続されていません。カードリーダーのケーブルを確認してください。</translation>
    </message>
    <message>
        <source>The card reader is not available. Check its cable, or choose another reader.</source>
        <translation>カードリーダーを使用できません。ケーブルを確認するか、別のカードリーダーを選んでください。</translation>
    </message>
    <message>
        <source>The card reader is not ready. Wait a moment and try again.</source>
        <translation>カードリーダーの準備ができていません。少し待ってから再度お試しください。</translation>
    </message>
    <message>
        <source>There is no card in the reader. Insert the card, chip first.</source>
        <translation>カードリーダーにカードがありません。カードを IC チップ側から挿入してください。</translation>
    </message>
    <message>
        <source>The card was removed while it was being read. Insert it again and repeat the read.</source>
        <translation>読み取り中にカードが取り出されました。もう一度挿入して、読み取り直してください。</translation>
    </message>
    <message>
        <source>The reader lost contact with the card. Insert it again and repeat the read.</source>
        <translation>カードリーダーとカードの接触が途切れました。もう一度挿入して、読み取り直してください。</translation>
    </message>
    <message>
        <source>Another program is using the card. Close that program, or wait a moment and try again.</source>
        <translation>別のプログラムがカードを使用しています。そのプログラムを終了するか、少し待ってから再度お試しください。</translation>
    </message>
    <message>
        <source>Another program reset the card. Read the card again.</source>
        <translation>別のプログラムがカードをリセットしました。もう一度カードを読み取ってください。</translation>
    </message>
    <message>
        <source>The card does not answer. Check that it is inserted correctly (chip first), then try again.</source>
        <translation>カードが応答しません。正しく挿入されているか（IC チップ側から）確認してから、再度お試しください。</translation>
    </message>
    <message>
        <source>This card cannot be read by this reader. Check that it is a My Number card.</source>
        <translation>このカードはこのカードリーダーでは読み取れません。マイナンバーカードであることを確認してください。</translation>
    </message>
    <message>
        <source>The card operation was cancelled.</source>
        <translation>カードの操作は中止されました。</translation>
    </message>
    <message>
        <source>The card reader did not answer in time.</source>
        <translation>カードリーダーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The smart card service reported an internal error. Try again; if this repeats, ask IT support.</source>
        <translation>スマートカードサービスで内部エラーが発生しました。再度お試しください。繰り返し発生する場合は、情報システム担当にお問い合わせください。</translation>
    </message>
</context>
<context>
    <name>PcscTransport</name>
    <message>
        <source>A card connection is already open.</source>
        <translation>カードとの接続は既に開いています。</translation>
    </message>
    <message>
        <source>There is no card connection.</source>
        <translation>カードとの接続がありません。</translation>
    </message>
    <message>
        <source>Internal error: malformed command for the card.</source>
        <translation>内部エラー: カードへのコマンドの形式が正しくありません。</translation>
    </message>
    <message numerus="yes">
        <source>The card reader did not answer within %n second(s). Take the card out, put it back and read it again; if this happens again, check the reader.</source>
        <translation>
            <numerusform>カードリーダーが %n 秒以内に応答しませんでした。カードを取り出して入れ直し、もう一度読み取ってください。繰り返す場合はリーダーを点検してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfTextMap</name>
    <message>
        <source>The PDF could not be finished: its text layer could not be written. Try again; if this happens again, tell the administrator.</source>
        <translation>PDF を完成できませんでした（PDF の文字情報を書き込めませんでした）。もう一度お試しください。繰り返し起きる場合は管理者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Counter clerk</source>
        <translation>窓口職員</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>総合案内</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>係長等</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
</context>
<context>
    <name>PersonName</name>
    <message>
        <source>Choose where the family name ends: after 1 to %1 characters.</source>
        <translation>氏の終わりの位置を選んでください（1～%1 文字目）。</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The telephone number is empty.</source>
        <translation>電話番号が入力されていません。</translation>
    </message>
    <message>
        <source>A telephone number may contain only digits and hyphens.</source>
        <translation>電話番号には数字とハイフンのみ使用できます。</translation>
    </message>
    <message>
        <source>A telephone number starts with 0.</source>
        <translation>電話番号は 0 から始まります。</translation>
    </message>
    <message>
        <source>International call prefixes (010, 00…) are not accepted; enter a Japanese number.</source>
        <translation>国際電話の識別番号（010、00…）は使用できません。国内の電話番号を入力してください。</translation>
    </message>
    <message>
        <source>Numbers starting with 020 (machine-to-machine lines) are not accepted.</source>
        <translation>020 で始まる番号（機器間通信用）は使用できません。</translation>
    </message>
    <message>
        <source>Only mobile (070, 080, 090), IP (050) and 0800 numbers have 11 digits.</source>
        <translation>11桁になるのは、携帯電話（070、080、090）、IP 電話（050）、0800 の番号のみです。</translation>
    </message>
    <message>
        <source>Mobile (070, 080, 090) and IP (050) numbers have 11 digits.</source>
        <translation>携帯電話（070、080、090）と IP 電話（050）の番号は11桁です。</translation>
    </message>
    <message>
        <source>0800 numbers have 11 digits.</source>
        <translation>0800 の番号は11桁です。</translation>
    </message>
    <message>
        <source>A telephone number has 10 digits, or 11 for mobile and IP phones.</source>
        <translation>電話番号は10桁です（携帯電話と IP 電話は11桁）。</translation>
    </message>
</context>
<context>
    <name>PostalCode</name>
    <message>
        <source>The postal code is empty.</source>
        <translation>郵便番号が入力されていません。</translation>
    </message>
    <message>
        <source>A postal code has seven digits, as in 123-4567.</source>
        <translation>郵便番号は 123-4567 のように7桁です。</translation>
    </message>
    <message>
        <source>Write the postal code as 123-4567.</source>
        <translation>郵便番号は 123-4567 の形式で入力してください。</translation>
    </message>
</context>
<context>
    <name>PreRegApplier</name>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>適用不能</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>The code names the life event &quot;%1&quot;, which this office&apos;s 手続ナビ does not have.</source>
        <translation>QRコードのライフイベント「%1」は、この窓口の手続ナビにありません。</translation>
    </message>
    <message>
        <source>The code needs the form &quot;%1&quot;, which this office does not have.</source>
        <translation>QRコードの申請書「%1」は、この窓口にありません。</translation>
    </message>
    <message>
        <source>The code was made for version %1 of the form &quot;%2&quot;; this office uses version %3.</source>
        <translation>QRコードは申請書「%2」の版 %1 用に作られています。この窓口の版は %3 です。</translation>
    </message>
    <message>
        <source>Household member %1 in the code cannot be used: %2</source>
        <translation>QRコードの世帯員 %1 人目は使えません: %2</translation>
    </message>
</context>
<context>
    <name>PreRegCodec</name>
    <message>
        <source>The application is larger than %1 bytes.</source>
        <translation>申請内容が%1バイトを超えています。</translation>
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
        <translation>使い方: kakanai-cli prereg export フォルダ [--force] [--forms-dir フォルダ]

市民向け事前申請ページをフォルダに書き出します。そのまま公開できる静的な Web ページで、市民は来庁前に
申請内容を入力し、窓口に持参する QR コードを作成します。ページで入力された内容は市民の端末の外に出ません。

  --force            空でないフォルダにも書き出す（ページのファイルは置き換え、
                     それ以外のファイルはそのまま残す）
  --forms-dir フォルダ  自治体の申請書定義と navi/ フォルダ（既定: 設定
                     forms/overrideDir）</translation>
    </message>
    <message>
        <source>Cannot create a folder for the page.</source>
        <translation>ページのフォルダを作成できません。</translation>
    </message>
    <message>
        <source>Cannot write a file of the page: %1</source>
        <translation>ページのファイルを書き込めません: %1</translation>
    </message>
    <message>
        <source>The page was not written: correct the form definitions first.</source>
        <translation>ページは書き出していません。先に申請書定義の問題を直してください。</translation>
    </message>
    <message>
        <source>The folder is not empty; use --force to write into it.</source>
        <translation>フォルダが空ではありません。書き込むには --force を指定してください。</translation>
    </message>
    <message>
        <source>The page is missing from this program.</source>
        <translation>このプログラムにページが含まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>The citizen&apos;s page is in %1: %n form(s), %2 life event(s). Publish the folder as it is.</source>
        <translation>
            <numerusform>市民向けページを %1 に書き出しました: 申請書 %n 件、出来事 %2 件。フォルダをそのまま公開してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreRegMessage</name>
    <message>
        <source>The QR code holds no application.</source>
        <translation>QRコードに申請の内容がありません。</translation>
    </message>
    <message>
        <source>This QR code uses features of a newer Kakanai. Update Kakanai, or ask the citizen for a new code.</source>
        <translation>このQRコードは新しいかかないの機能を使っています。かかないを更新するか、申請者にQRコードを作り直してもらってください。</translation>
    </message>
    <message>
        <source>The QR code&apos;s application is cut short.</source>
        <translation>QRコードの申請内容が途中で切れています。</translation>
    </message>
    <message>
        <source>The QR code&apos;s signature does not match its content under a trusted key (key id %1). The code was changed after it was issued; do not use it.</source>
        <translation>QRコードの署名が、信頼する鍵(鍵ID %1)のもとで内容と一致しません。発行後に書き換えられたQRコードです。使わないでください。</translation>
    </message>
    <message>
        <source>The QR code&apos;s application is larger than %1 bytes.</source>
        <translation>QRコードの申請内容が%1バイトを超えています。</translation>
    </message>
    <message>
        <source>The QR code&apos;s application is damaged (compression).</source>
        <translation>QRコードの申請内容が壊れています(圧縮データ)。</translation>
    </message>
</context>
<context>
    <name>PreRegistration</name>
    <message>
        <source>(not a valid id)</source>
        <translation>(IDとして正しくない文字列)</translation>
    </message>
    <message>
        <source>The QR code&apos;s application is not in the expected form (at %1).</source>
        <translation>QRコードの申請内容が想定の形になっていません(%1)。</translation>
    </message>
    <message>
        <source>The QR code holds a value that is not valid for %1.</source>
        <translation>QRコードに%1として正しくない値が入っています。</translation>
    </message>
    <message>
        <source>The QR code&apos;s application has the unknown entry %1 in %2.</source>
        <translation>QRコードの申請内容の%2に、不明な項目%1があります。</translation>
    </message>
    <message>
        <source>A value in the QR code is longer than %1 characters (%2).</source>
        <translation>QRコードの値が%1文字を超えています(%2)。</translation>
    </message>
    <message>
        <source>A value in the QR code holds control characters (%1).</source>
        <translation>QRコードの値に制御文字が含まれています(%1)。</translation>
    </message>
    <message>
        <source>The QR code&apos;s application is not valid UTF-8 text.</source>
        <translation>QRコードの申請内容が正しいUTF-8の文字列ではありません。</translation>
    </message>
    <message>
        <source>The QR code&apos;s application is not valid JSON (at byte %1).</source>
        <translation>QRコードの申請内容が正しいJSONではありません(%1バイト目)。</translation>
    </message>
    <message>
        <source>The QR code is not a pre-registration of format %1.</source>
        <translation>QRコードが形式%1の事前申請ではありません。</translation>
    </message>
    <message>
        <source>The QR code names %1 life events; at most %2 are allowed.</source>
        <translation>QRコードにライフイベントが%1件あります。最大%2件までです。</translation>
    </message>
    <message>
        <source>The QR code names the life event %1, which this office&apos;s 手続ナビ does not know.</source>
        <translation>QRコードのライフイベント%1は、この窓口の手続ナビにありません。</translation>
    </message>
    <message>
        <source>The QR code answers the question %1, which its life events do not ask.</source>
        <translation>QRコードが質問%1に答えていますが、そのライフイベントにはない質問です。</translation>
    </message>
    <message>
        <source>The QR code names %1 forms; at most %2 are allowed.</source>
        <translation>QRコードに様式が%1件あります。最大%2件までです。</translation>
    </message>
    <message>
        <source>The QR code names the form %1, which this office does not have.</source>
        <translation>QRコードの様式%1は、この窓口にありません。</translation>
    </message>
    <message>
        <source>The QR code was made for version %1 of the form %2; this office uses version %3. Ask the citizen to make the code again.</source>
        <translation>QRコードは様式%2のバージョン%1向けに作られています。この窓口はバージョン%3を使っています。申請者にQRコードを作り直してもらってください。</translation>
    </message>
    <message>
        <source>The QR code sets the fact %1, which a code may not set.</source>
        <translation>QRコードが共通項目%1を設定していますが、QRコードからは設定できない項目です。</translation>
    </message>
    <message>
        <source>The QR code lists %1 household members; at most %2 are allowed.</source>
        <translation>QRコードに世帯員が%1人あります。最大%2人までです。</translation>
    </message>
    <message>
        <source>The QR code fills the form %1, which it does not name in its forms.</source>
        <translation>QRコードが様式%1の項目を埋めていますが、その様式は申請する様式に含まれていません。</translation>
    </message>
    <message>
        <source>The QR code fills the field %1, which the form %2 does not have.</source>
        <translation>QRコードが項目%1を埋めていますが、様式%2にはその項目がありません。</translation>
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
        <translation>使い方: kakanai-cli qr make --event イベント [--event …] --fields ファイル.json (--png 出力.png | --text)
                           [--sign-key ファイル] [--part-bytes N]
       kakanai-cli qr decode (--text 文字列 | --image ファイル) [--json]
       kakanai-cli qr keygen --out ファイル [--label ラベル]

  make     JSON ファイル（&quot;answers&quot;, &quot;person&quot;, &quot;facts&quot;, &quot;household&quot;, &quot;fields&quot;, &quot;values&quot;）から市民の
           事前申請QRコード（docs/qr-format.md）を作る。&quot;forms&quot; は省略できる（イベントの手続ナビの
           一覧から決まる）
  --png    シンボルを1枚の PNG 画像にする（複数のときは 1/N … と番号を付ける）
  --text   シンボルごとのテキストを1行ずつ表示する
  --sign-key ファイル  市のサーバの鍵（&quot;qr keygen&quot; で作成）で署名する
  decode   コードを読む：テキスト（複数のシンボルは空白で区切る）、または画像・PDF ファイルから。
           内容を表示する。読めないときは理由を表示し、0 以外で終了する
  keygen   新しい Ed25519 署名鍵をファイルに書き出し（上書きはしない）、窓口がこの鍵を信頼する
           ための [prereg] trustedKeys の値を表示する</translation>
    </message>
    <message>
        <source>The signing key file cannot be read.</source>
        <translation>署名鍵ファイルを読み取れません。</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>The PNG file could not be written.</source>
        <translation>PNG ファイルを書き出せませんでした。</translation>
    </message>
    <message>
        <source>signature: verified (%1)</source>
        <translation>署名: 確認済み（%1）</translation>
    </message>
    <message>
        <source>signature: not verified (key %1 is not trusted here)</source>
        <translation>署名: 未確認（鍵 %1 はこの窓口で信頼されていません）</translation>
    </message>
    <message>
        <source>signature: none (made by the citizen)</source>
        <translation>署名: なし（市民が作成）</translation>
    </message>
    <message>
        <source>symbols: %1</source>
        <translation>シンボル数: %1</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>ライフイベント: %1</translation>
    </message>
    <message>
        <source>forms: %1</source>
        <translation>申請書: %1</translation>
    </message>
    <message>
        <source>The key file already exists; it is never overwritten.</source>
        <translation>鍵ファイルはすでにあります。上書きはしません。</translation>
    </message>
    <message>
        <source>The key file could not be written.</source>
        <translation>鍵ファイルを書き出せませんでした。</translation>
    </message>
    <message>
        <source>Secret key written to %1 (keep it on the signing server only).</source>
        <translation>秘密鍵を %1 に書き出しました（署名サーバにだけ置いてください）。</translation>
    </message>
    <message>
        <source>For [prereg] trustedKeys:</source>
        <translation>[prereg] trustedKeys に設定する値:</translation>
    </message>
</context>
<context>
    <name>QrImageReader</name>
    <message>
        <source>The image is empty.</source>
        <translation>画像が空です。</translation>
    </message>
    <message>
        <source>The QR code reader failed on this image.</source>
        <translation>この画像で QR コードの読み取り処理に失敗しました。</translation>
    </message>
    <message>
        <source>The QR code does not hold text, so it is not a code Kakanai reads.</source>
        <translation>この QR コードには文字が入っていないため、Kakanai で読めるコードではありません。</translation>
    </message>
    <message>
        <source>No QR code was found. Use a sharper, evenly lit picture in which the whole code is visible.</source>
        <translation>QR コードが見つかりませんでした。コード全体が写った、ぼけていない、明るさにむらのない画像をお使いください。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルがありません。</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>ファイルを開けませんでした。</translation>
    </message>
    <message>
        <source>The PDF could not be read; it may be damaged.</source>
        <translation>PDF を読み取れませんでした。ファイルが壊れている可能性があります。</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Open it, and print or save it without the password first.</source>
        <translation>PDF がパスワードで保護されています。先に PDF を開き、パスワードなしで印刷または保存してください。</translation>
    </message>
    <message>
        <source>The PDF has no page that could be read.</source>
        <translation>PDF に読み取れるページがありません。</translation>
    </message>
    <message>
        <source>The file is neither an image nor a PDF.</source>
        <translation>ファイルが画像でも PDF でもありません。</translation>
    </message>
</context>
<context>
    <name>QrImageWriter</name>
    <message>
        <source>There is no text to put in a QR code.</source>
        <translation>QR コードにする文字がありません。</translation>
    </message>
    <message>
        <source>The QR code&apos;s module size is out of range.</source>
        <translation>QR コードのセルの大きさが範囲外です。</translation>
    </message>
    <message>
        <source>The text is too long for one QR code.</source>
        <translation>文字が長すぎて 1 つの QR コードに入りません。</translation>
    </message>
    <message>
        <source>The text cannot be put in a QR code.</source>
        <translation>このテキストは QR コードにできません。</translation>
    </message>
</context>
<context>
    <name>QrSymbols</name>
    <message>
        <source>There is nothing to put in a QR code.</source>
        <translation>QRコードに入れる内容がありません。</translation>
    </message>
    <message>
        <source>A QR code cannot hold less than one byte.</source>
        <translation>QRコード1つに入れる量は1バイト以上にしてください。</translation>
    </message>
    <message>
        <source>The parts of this QR code would be longer than %1 characters.</source>
        <translation>このQRコードの各部分が%1文字を超えてしまいます。</translation>
    </message>
    <message>
        <source>The application needs %1 QR codes; at most %2 are allowed.</source>
        <translation>この申請には%1個のQRコードが必要です。使えるのは最大%2個です。</translation>
    </message>
    <message>
        <source>The scanned text is longer than a QR code can hold (%1 characters).</source>
        <translation>読み取った文字列が、QRコードに入る長さ(%1文字)を超えています。</translation>
    </message>
    <message>
        <source>The scanned text is empty.</source>
        <translation>読み取った文字列が空です。</translation>
    </message>
    <message>
        <source>This is not a Kakanai pre-registration QR code.</source>
        <translation>かかないの事前申請QRコードではありません。</translation>
    </message>
    <message>
        <source>This QR code is in format version %1; this Kakanai reads version %2. Update Kakanai, or ask the citizen for a new code.</source>
        <translation>このQRコードは形式バージョン%1です。このかかないが読めるのはバージョン%2です。かかないを更新するか、申請者にQRコードを作り直してもらってください。</translation>
    </message>
    <message>
        <source>The QR code was not read correctly (unexpected characters). Scan it again.</source>
        <translation>QRコードを正しく読み取れませんでした(想定外の文字)。もう一度読み取ってください。</translation>
    </message>
    <message>
        <source>The QR code was not read completely. Scan it again.</source>
        <translation>QRコードを最後まで読み取れませんでした。もう一度読み取ってください。</translation>
    </message>
    <message>
        <source>The QR code was not read correctly (checksum). Scan it again.</source>
        <translation>QRコードを正しく読み取れませんでした(チェックサム不一致)。もう一度読み取ってください。</translation>
    </message>
    <message>
        <source>The QR code says it is part %1 of %2.</source>
        <translation>QRコードが%2個中の%1個目を名乗っており、不正です。</translation>
    </message>
    <message>
        <source>No QR code was scanned.</source>
        <translation>QRコードが読み取られていません。</translation>
    </message>
    <message>
        <source>%1 QR codes were scanned; one application has at most %2.</source>
        <translation>QRコードが%1個読み取られました。1つの申請は最大%2個です。</translation>
    </message>
    <message>
        <source>The QR codes scanned belong to different applications.</source>
        <translation>読み取ったQRコードに別の申請のものが混ざっています。</translation>
    </message>
    <message>
        <source>Part %1 of the QR code was scanned twice.</source>
        <translation>QRコードの%1個目が2回読み取られています。</translation>
    </message>
    <message>
        <source>Parts %1 of %2 of the QR code are missing.</source>
        <translation>QRコード%2個のうち、%1個目が読み取られていません。</translation>
    </message>
    <message>
        <source>The parts of the QR code do not fit together. Scan them again.</source>
        <translation>QRコードの各部分がつながりません。もう一度読み取ってください。</translation>
    </message>
</context>
<context>
    <name>QueueCategories</name>
    <message>
        <source>A category code is 1 to 24 characters: lower-case letters a–z, digits, - and _.</source>
        <translation>区分のコードは 1〜24 文字です（英小文字 a〜z、数字、- と _）。</translation>
    </message>
    <message>
        <source>A ticket prefix is one or two capital letters A–Z.</source>
        <translation>整理券の記号は大文字の A〜Z 一文字または二文字です。</translation>
    </message>
    <message>
        <source>Ticket numbers are between 0 and 9999.</source>
        <translation>整理券の番号は 0〜9999 です。</translation>
    </message>
    <message>
        <source>The first number of the band must not be after its last number.</source>
        <translation>番号帯の最初の番号は最後の番号より後にできません。</translation>
    </message>
    <message>
        <source>The Japanese name is 1 to 40 characters.</source>
        <translation>日本語の名称は 1〜40 文字です。</translation>
    </message>
    <message>
        <source>The English name is 1 to 60 characters.</source>
        <translation>英語の名称は 1〜60 文字です。</translation>
    </message>
    <message>
        <source>A procedure is a 手続ナビ form id without spaces.</source>
        <translation>手続は空白を含まない手続ナビの申請書 ID です。</translation>
    </message>
    <message>
        <source>The prefix %1 is already the category “%2”&apos;s; each category needs its own.</source>
        <translation>記号 %1 はすでに区分「%2」のものです。区分ごとに別の記号が必要です。</translation>
    </message>
    <message>
        <source>Tickets with the prefix %1 of another category were given out today; use it from tomorrow.</source>
        <translation>記号 %1 の別の区分の整理券が本日発行済みです。この記号は明日から使えます。</translation>
    </message>
    <message>
        <source>This role may not change ticket categories: on PostgreSQL the counter PCs&apos; role only reads them. Run this command as the administrator, with the office store owner&apos;s role in office/url (docs/admin/office.md).</source>
        <translation>このロールは整理券の区分を変更できません。PostgreSQL では窓口端末のロールは区分を読むことしかできません。管理者が、office/url に事務所ストアの所有者ロールを指定してこのコマンドを実行してください (docs/admin/office.md)。</translation>
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
        <translation>使い方: kakanai-cli queue issue (--category コード | --procedures &quot;ID ID&quot;) [--priority none|accessibility|appointment] [--staff ID] [--json]
       kakanai-cli queue call-next|recall|start|absent --counter 窓口 [--staff ID] [--json]
       kakanai-cli queue done --counter 窓口 [--visit UUID] [--staff ID] [--json]
       kakanai-cli queue transfer --ticket A012|UUID [--to-category コード] [--to-counter 窓口] [--staff ID] [--json]
       kakanai-cli queue cancel --ticket A012|UUID [--staff ID] [--json]
       kakanai-cli queue list [--state waiting|called|…] [--json]
       kakanai-cli queue categories [--json]
       kakanai-cli queue counters [--json]
       kakanai-cli queue counter set 窓口 [--name-ja 名称] [--name-en 名称] [--categories &quot;コード コード&quot;]
       kakanai-cli queue category set コード --prefix A --first 1 --last 499 --name-ja 名称 --name-en 名称 [--procedures &quot;ID ID&quot;] [--order 順番]

  設定の事務所ストア (office/url) を使います。CLI にはプリンターがないため、issue は整理券を
  印刷せずに発行します。--staff は操作する職員の ID です（整理券のイベントに記録）。CLI は
  監督者の役割で操作します。category set には事務所ストアの所有者ロールが必要です。</translation>
    </message>
    <message>
        <source>The setting office/timeZone is not a time zone.</source>
        <translation>設定 office/timeZone がタイムゾーンではありません。</translation>
    </message>
    <message>
        <source>queue issue needs either --category or --procedures.</source>
        <translation>queue issue には --category か --procedures のどちらか一方が必要です。</translation>
    </message>
    <message>
        <source>--category needs a category code (queue categories).</source>
        <translation>--category には区分のコードを指定してください (queue categories)。</translation>
    </message>
    <message>
        <source>--procedures needs at least one 手続ナビ form id.</source>
        <translation>--procedures には手続ナビの申請書 ID を一つ以上指定してください。</translation>
    </message>
    <message>
        <source>The priority is none, accessibility or appointment.</source>
        <translation>優先度は none、accessibility、appointment のいずれかです。</translation>
    </message>
    <message>
        <source>Ticket %1 (%2) issued without a slip: kakanai-cli has no printer.</source>
        <translation>整理券 %1（%2）を印刷なしで発行しました。kakanai-cli にはプリンターがありません。</translation>
    </message>
    <message>
        <source>People ahead: %1</source>
        <translation>お待ちの方: %1 人</translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: about %n minute(s)</source>
        <translation>
            <numerusform>待ち時間の目安: 約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated wait: not known (no counter is open for it)</source>
        <translation>待ち時間の目安: 不明（この区分を受け付ける窓口が開いていません）</translation>
    </message>
    <message>
        <source>This command needs --counter N (the counter&apos;s ID).</source>
        <translation>このコマンドには --counter 窓口（窓口の ID）が必要です。</translation>
    </message>
    <message>
        <source>Counter %1 calls %2.</source>
        <translation>%1 番窓口が %2 を呼び出します。</translation>
    </message>
    <message>
        <source>Counter %1 calls %2 again (call %3 of %4).</source>
        <translation>%1 番窓口が %2 を再度呼び出します（%4 回中 %3 回目）。</translation>
    </message>
    <message>
        <source>Counter %1 is serving %2.</source>
        <translation>%1 番窓口で %2 を受付中です。</translation>
    </message>
    <message>
        <source>%1 is done at counter %2.</source>
        <translation>%1 は %2 番窓口で完了しました。</translation>
    </message>
    <message>
        <source>%1 did not come after %2 call(s): no-show.</source>
        <translation>%1 は %2 回呼び出しても来られませんでした。不在として扱います。</translation>
    </message>
    <message>
        <source>%1 did not come; it waits again in the queue (call %2 of %3).</source>
        <translation>%1 は来られませんでした。もう一度順番を待ちます（%3 回中 %2 回目の呼出）。</translation>
    </message>
    <message>
        <source>--visit needs a visit&apos;s UUID.</source>
        <translation>--visit には受付記録の UUID を指定してください。</translation>
    </message>
    <message>
        <source>queue transfer needs --ticket A012 or the ticket&apos;s UUID.</source>
        <translation>queue transfer には --ticket A012 または整理券の UUID が必要です。</translation>
    </message>
    <message>
        <source>queue transfer needs --to-category, --to-counter, or both.</source>
        <translation>queue transfer には --to-category、--to-counter、またはその両方が必要です。</translation>
    </message>
    <message>
        <source>%1 now waits for %2, keeping its place from %3.</source>
        <translation>%1 は %2 の順番を待ちます。%3 からの順番はそのままです。</translation>
    </message>
    <message>
        <source>%1 now waits for %2 at counter %3, keeping its place from %4.</source>
        <translation>%1 は %3 番窓口の %2 の順番を待ちます。%4 からの順番はそのままです。</translation>
    </message>
    <message>
        <source>queue cancel needs --ticket A012 or the ticket&apos;s UUID.</source>
        <translation>queue cancel には --ticket A012 または整理券の UUID が必要です。</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 を取り消しました。</translation>
    </message>
    <message>
        <source>Unknown state; use pending, waiting, called, serving, done, no-show or cancelled.</source>
        <translation>状態が不明です。pending、waiting、called、serving、done、no-show、cancelled のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 には値が必要です。</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 が二回指定されています。</translation>
    </message>
    <message>
        <source>queue %1 does not take %2.</source>
        <translation>queue %1 には %2 を指定できません。</translation>
    </message>
</context>
<context>
    <name>QueueSetupCommand</name>
    <message>
        <source>%1 needs a whole number.</source>
        <translation>%1 には整数を指定してください。</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>（使用停止中）</translation>
    </message>
    <message>
        <source>open</source>
        <translation>開設中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>閉鎖中</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>全区分</translation>
    </message>
    <message>
        <source>Counter %1 added.</source>
        <translation>%1 番窓口を追加しました。</translation>
    </message>
    <message>
        <source>Counter %1 changed.</source>
        <translation>%1 番窓口を変更しました。</translation>
    </message>
    <message>
        <source>queue category set needs %1.</source>
        <translation>queue category set には %1 が必要です。</translation>
    </message>
    <message>
        <source>Category %1 added: %2.</source>
        <translation>区分 %1 を追加しました: %2。</translation>
    </message>
    <message>
        <source>Category %1 changed: %2.</source>
        <translation>区分 %1 を変更しました: %2。</translation>
    </message>
    <message>
        <source>Today&apos;s tickets continue in the new band after %1.</source>
        <translation>本日の整理券は %1 の次から新しい番号帯で続きます。</translation>
    </message>
    <message>
        <source>Numbers up to %1 were given out today, past the end of the new band: today&apos;s tickets keep the old band, the new one starts tomorrow.</source>
        <translation>本日は %1 まで発行済みで、新しい番号帯の終わりを過ぎています。本日の整理券は元の番号帯のままとし、新しい番号帯は明日から使います。</translation>
    </message>
</context>
<context>
    <name>QueueStatistics</name>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1:00</source>
        <translation>%1時</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>窓口 %n つ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>The record is not valid: &quot;%1&quot; is missing or wrong.</source>
        <translation>記録が正しくありません: &quot;%1&quot; がないか、誤っています。</translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation>記録が JSON オブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>RecordCipher</name>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>暗号ライブラリを起動できませんでした。</translation>
    </message>
    <message>
        <source>The record could not be encrypted.</source>
        <translation>記録を暗号化できませんでした。</translation>
    </message>
    <message>
        <source>A stored record is not in the encrypted format this program knows. It was left as it is.</source>
        <translation>保存されている記録が、このプログラムの認識できる暗号化形式ではありません。記録はそのまま残してあります。</translation>
    </message>
    <message>
        <source>A stored record could not be decrypted: the record key file is not the one it was saved with, or the stored data was changed. Nothing was deleted; ask the administrator to restore the right key file.</source>
        <translation>保存されている記録を復号できませんでした。記録用鍵ファイルが保存時のものと異なるか、保存データが変更されています。何も削除されていません。管理者に正しい鍵ファイルの復元を依頼してください。</translation>
    </message>
</context>
<context>
    <name>RecordDocument</name>
    <message>
        <source>The record is larger than 1 MiB and cannot be sent.</source>
        <translation>記録が 1 MiB を超えているため、送信できません。</translation>
    </message>
</context>
<context>
    <name>RecordKeyBinding</name>
    <message>
        <source>The record key is missing (%1), but this store&apos;s records are sealed with the key %2. No new key was made and nothing was written. Restore the key from the key backup.</source>
        <translation>記録用鍵（%1）がありません。この保存先の記録は鍵 %2 で暗号化されています。新しい鍵は作らず、何も書き込んでいません。鍵のバックアップから鍵を戻してください。</translation>
    </message>
    <message>
        <source>The record key is missing (%1), but this store holds sealed records. No new key was made and nothing was written. Restore the key from the key backup.</source>
        <translation>記録用鍵（%1）がありません。この保存先には暗号化された記録があります。新しい鍵は作らず、何も書き込んでいません。鍵のバックアップから鍵を戻してください。</translation>
    </message>
    <message>
        <source>The record key in %1 is the key %2, but this store&apos;s records are sealed with the key %3. Nothing was written. Put the right key back (from the key backup).</source>
        <translation>%1 の記録用鍵は鍵 %2 ですが、この保存先の記録は鍵 %3 で暗号化されています。何も書き込んでいません。正しい鍵を（鍵のバックアップから）戻してください。</translation>
    </message>
    <message>
        <source>The record key in %1 (key %2) does not open the records of this store. Nothing was written. Put the right key back (from the key backup).</source>
        <translation>%1 の記録用鍵（鍵 %2）では、この保存先の記録を復号できません。何も書き込んでいません。正しい鍵を（鍵のバックアップから）戻してください。</translation>
    </message>
    <message>
        <source>The record key was being changed while the store was opened. Try again.</source>
        <translation>保存先を開いている間に記録用鍵が切り替えられていました。もう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>RecordKeyExport</name>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters. Nothing was written.</source>
        <translation>
            <numerusform>パスフレーズは %n 文字以上にしてください。何も書き込んでいません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>暗号ライブラリを起動できませんでした。</translation>
    </message>
    <message>
        <source>The key export file already exists; choose a new name. Nothing was written.</source>
        <translation>鍵の書き出しファイルはすでにあります。別の名前を指定してください。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>No protected memory is available for the record key.</source>
        <translation>記録用鍵のための保護されたメモリを利用できません。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the key with the passphrase.</source>
        <translation>パスフレーズで鍵を保護するためのメモリが足りません。</translation>
    </message>
    <message>
        <source>The folder for the key export file cannot be created.</source>
        <translation>鍵の書き出しファイルのフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>The key export file cannot be created.</source>
        <translation>鍵の書き出しファイルを作成できません。</translation>
    </message>
    <message>
        <source>The key export file could not be written.</source>
        <translation>鍵の書き出しファイルを書き込めませんでした。</translation>
    </message>
    <message>
        <source>The key export file does not exist.</source>
        <translation>鍵の書き出しファイルがありません。</translation>
    </message>
    <message>
        <source>The key export file cannot be opened.</source>
        <translation>鍵の書き出しファイルを開けません。</translation>
    </message>
    <message>
        <source>This is not a Kakanai key export file, or it is damaged. Nothing was written.</source>
        <translation>Kakanai の鍵の書き出しファイルではないか、壊れています。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The passphrase does not open this key export file (or the file was changed). Nothing was written.</source>
        <translation>このパスフレーズでは鍵の書き出しファイルを開けません (またはファイルが変更されています)。何も書き込んでいません。</translation>
    </message>
</context>
<context>
    <name>RecordKeyRotation</name>
    <message>
        <source>The open-visit draft %1 does not open with the current record key (damaged or sealed with another key). The key was not changed and nothing was written.</source>
        <translation>受付中の下書き %1 を現在の記録用鍵で復号できません (壊れているか、別の鍵で暗号化されています)。鍵は切り替えておらず、何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The record %1 does not open with the current record key (damaged or sealed with another key). The key was not changed and nothing was written.</source>
        <translation>記録 %1 を現在の記録用鍵で復号できません (壊れているか、別の鍵で暗号化されています)。鍵は切り替えておらず、何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Kakanai or `kakanai-cli outbox flush` is using this store. Close Kakanai and stop scheduled kakanai-cli jobs on this PC, then rotate the key.</source>
        <translation>Kakanai または `kakanai-cli outbox flush` がこの保存先を使用中です。Kakanai を終了し、この PC で予定実行される kakanai-cli の処理を止めてから、鍵を切り替えてください。</translation>
    </message>
    <message>
        <source>No protected memory is available for the record key.</source>
        <translation>記録用鍵のための保護されたメモリを利用できません。</translation>
    </message>
    <message>
        <source>The records are now sealed with the new record key %1, but it could not be put in place of the old key (%2). It waits beside it as the pending key: do not delete it. The next start of Kakanai or kakanai-cli puts it in place.</source>
        <translation>記録は新しい記録用鍵 %1 で暗号化されましたが、この鍵を古い鍵の代わりに配置できませんでした (%2)。新しい鍵は保留中の鍵としてその隣に置かれています。削除しないでください。次に Kakanai または kakanai-cli を起動したときに配置されます。</translation>
    </message>
</context>
<context>
    <name>RecordPurger</name>
    <message>
        <source>Sent records must be kept for at least one day.</source>
        <translation>送信済みの記録は1日以上保存する必要があります。</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>The form &quot;%1&quot; of this record is not available in the version it was filled in with.</source>
        <translation>この記録の申請書「%1」は、記入時の版では利用できません。</translation>
    </message>
</context>
<context>
    <name>ResponseClassifier</name>
    <message>
        <source>The back office already holds this record with different contents (HTTP %1, key-reused).</source>
        <translation>基幹システムには同じ受付番号で内容の異なる記録が既にあります（HTTP %1、key-reused）。</translation>
    </message>
    <message>
        <source>The back office could not read the record (HTTP %1, invalid-record).</source>
        <translation>基幹システムが記録を読み取れませんでした（HTTP %1、invalid-record）。</translation>
    </message>
    <message>
        <source>The record is larger than the back office accepts (HTTP 413).</source>
        <translation>記録が基幹システムの受け付ける大きさを超えています（HTTP 413）。</translation>
    </message>
    <message>
        <source>The back office rejected the record (HTTP %1).</source>
        <translation>基幹システムが記録を受け付けませんでした（HTTP %1）。</translation>
    </message>
    <message>
        <source>The back office rejected the record (HTTP %1, code %2).</source>
        <translation>基幹システムが記録を受け付けませんでした（HTTP %1、コード %2）。</translation>
    </message>
    <message>
        <source>The back office refused the connection.</source>
        <translation>基幹システムが接続を拒否しました。</translation>
    </message>
    <message>
        <source>The back office&apos;s host name was not found.</source>
        <translation>基幹システムのホスト名が見つかりません。</translation>
    </message>
    <message>
        <source>The back office did not answer in time.</source>
        <translation>基幹システムが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The connection to the back office was closed.</source>
        <translation>基幹システムとの接続が切れました。</translation>
    </message>
    <message>
        <source>The secure connection to the back office failed (TLS).</source>
        <translation>基幹システムとの暗号化接続に失敗しました（TLS）。</translation>
    </message>
    <message>
        <source>The back office&apos;s certificate key does not match the pinned key.</source>
        <translation>基幹システムの証明書の鍵が固定した鍵と一致しません。</translation>
    </message>
    <message>
        <source>The request to the back office was cancelled.</source>
        <translation>基幹システムへの要求を取り消しました。</translation>
    </message>
    <message>
        <source>Network error while talking to the back office.</source>
        <translation>基幹システムとの通信中にネットワークエラーが発生しました。</translation>
    </message>
    <message>
        <source>The back office refused the access token (HTTP %1).</source>
        <translation>基幹システムがアクセストークンを拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The back office asked to try again later (HTTP %1).</source>
        <translation>基幹システムから後で再試行するよう求められました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The back office answered HTTP %1 without the promised confirmation.</source>
        <translation>基幹システムが HTTP %1 を返しましたが、取り決めた受領の確認がありません。</translation>
    </message>
    <message>
        <source>The back office answered HTTP %1, which the contract does not define.</source>
        <translation>基幹システムが取り決めにない HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The back office answered the lookup with HTTP 200 without the promised confirmation.</source>
        <translation>基幹システムが照会に HTTP 200 を返しましたが、取り決めた受領の確認がありません。</translation>
    </message>
    <message>
        <source>The back office answered the lookup with HTTP %1, which the contract does not define.</source>
        <translation>基幹システムが照会に取り決めにない HTTP %1 を返しました。</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>A signing key must be %1 bytes long.</source>
        <translation>署名鍵は%1バイトでなければなりません。</translation>
    </message>
    <message>
        <source>The signing key is damaged: its public half does not belong to its secret half.</source>
        <translation>署名鍵が壊れています。公開鍵の部分が秘密鍵の部分と対応していません。</translation>
    </message>
</context>
<context>
    <name>SourceCatalog</name>
    <message>
        <source>name as on the card (family and given name)</source>
        <translation>カード記載の氏名（氏と名）</translation>
    </message>
    <message>
        <source>address as on the card</source>
        <translation>カード記載の住所</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>sex, as the ISO 5218 code 1, 2 or 9</source>
        <translation>性別（ISO 5218 のコード 1、2、9）</translation>
    </message>
    <message>
        <source>individual number (read only when a chosen form needs it)</source>
        <translation>個人番号（選択した申請書で必要な場合のみ読み取り）</translation>
    </message>
    <message>
        <source>the date of the visit</source>
        <translation>来庁日</translation>
    </message>
    <message>
        <source>the household members added in this visit</source>
        <translation>この受付で追加した世帯員</translation>
    </message>
    <message>
        <source>furigana of the person&apos;s name (confirmed with the person)</source>
        <translation>本人の氏名のフリガナ（本人に確認済み）</translation>
    </message>
    <message>
        <source>phone number for contact</source>
        <translation>連絡先電話番号</translation>
    </message>
    <message>
        <source>date of the move (異動日), also the planned date for 転出</source>
        <translation>異動日（転出の場合は転出予定日）</translation>
    </message>
    <message>
        <source>the new address in this municipality (転入, 転居)</source>
        <translation>本市区町村内の新住所（転入、転居）</translation>
    </message>
    <message>
        <source>the address moved to (転出先)</source>
        <translation>転出先の住所</translation>
    </message>
    <message>
        <source>postal code of the new address</source>
        <translation>新住所の郵便番号</translation>
    </message>
    <message>
        <source>the previous address, when not the card&apos;s</source>
        <translation>前住所（カード記載の住所と異なる場合）</translation>
    </message>
    <message>
        <source>name of the head of household (世帯主)</source>
        <translation>世帯主の氏名</translation>
    </message>
    <message>
        <source>relationship to the head of household (続柄)</source>
        <translation>世帯主との続柄</translation>
    </message>
    <message>
        <source>name of the person who notifies, when not the person</source>
        <translation>届出人の氏名（本人以外の場合）</translation>
    </message>
    <message>
        <source>registered domicile (本籍)</source>
        <translation>本籍</translation>
    </message>
    <message>
        <source>head of the family register (筆頭者)</source>
        <translation>筆頭者</translation>
    </message>
    <message>
        <source>bank for payments</source>
        <translation>振込先の金融機関</translation>
    </message>
    <message>
        <source>bank branch</source>
        <translation>支店</translation>
    </message>
    <message>
        <source>account type (an option value, e.g. futsu)</source>
        <translation>口座種別（選択肢の値。例: futsu）</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>口座番号</translation>
    </message>
    <message>
        <source>account holder in katakana</source>
        <translation>口座名義（カタカナ）</translation>
    </message>
</context>
<context>
    <name>StaffCommand</name>
    <message>
        <source>Usage: kakanai-cli [--db FILE] staff list
       kakanai-cli [--db FILE] staff add ID --name NAME --role clerk|reception|supervisor|administrator --password-stdin</source>
        <translation>使い方: kakanai-cli [--db FILE] staff list
        kakanai-cli [--db FILE] staff add ID --name NAME --role clerk|reception|supervisor|administrator --password-stdin</translation>
    </message>
    <message>
        <source>Staff member %1 added.</source>
        <translation>職員 %1 を追加しました。</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>The password needs at least 8 characters, with both letters and digits.</source>
        <translation>パスワードは、英字と数字を両方含む8文字以上にしてください。</translation>
    </message>
    <message>
        <source>A staff ID has 1 to 32 letters, digits, dots, hyphens or underscores.</source>
        <translation>職員IDは、英字・数字・ピリオド・ハイフン・アンダースコアの1～32文字で指定してください。</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name.</source>
        <translation>職員の氏名を入力してください。</translation>
    </message>
    <message>
        <source>The password could not be processed (out of memory).</source>
        <translation>パスワードを処理できませんでした（メモリ不足）。</translation>
    </message>
    <message>
        <source>This staff ID is already in use.</source>
        <translation>この職員IDは既に使用されています。</translation>
    </message>
    <message>
        <source>The staff ID or the password is wrong.</source>
        <translation>職員IDまたはパスワードが違います。</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong passwords. Try again in %n minute(s), or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>パスワードの誤りが多すぎるため、このアカウントはロックされています。%n 分後に再度お試しいただくか、管理者にパスワードの再設定を依頼してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>パスワードの誤りが多すぎるため、このアカウントを %n 分間ロックしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>現在のパスワードとは異なるパスワードを指定してください。</translation>
    </message>
    <message>
        <source>There is no staff member with this ID.</source>
        <translation>この職員IDの職員は登録されていません。</translation>
    </message>
</context>
<context>
    <name>StatisticsReportPdf</name>
    <message>
        <source>Wait-time statistics</source>
        <translation>待ち時間統計</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>庁舎: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期間: %1</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>比較期間: %1</translation>
    </message>
    <message>
        <source>Grouped by: %1</source>
        <translation>集計単位: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>作成: %1</translation>
    </message>
    <message>
        <source>NOT CURRENT: the last reading failed (%1).</source>
        <translation>最新ではありません: 最後の読み込みに失敗しました（%1）。</translation>
    </message>
    <message>
        <source>The report could not be written to this file.</source>
        <translation>このファイルにレポートを書き込めませんでした。</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルを書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Usage: kakanai-cli stats --from YYYY-MM-DD --to YYYY-MM-DD [--by day|hour|weekday|category|counter|staff|staff-on-duty] [--service-levels &quot;15 30&quot;] [--json]
       kakanai-cli stats export-events --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.csv</source>
        <translation>使い方: kakanai-cli stats --from YYYY-MM-DD --to YYYY-MM-DD [--by day|hour|weekday|category|counter|staff|staff-on-duty] [--service-levels &quot;15 30&quot;] [--json]
        kakanai-cli stats export-events --from YYYY-MM-DD --to YYYY-MM-DD --out ファイル.csv</translation>
    </message>
    <message>
        <source>group</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>arrivals</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>served</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>不在</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>wait mean (min)</source>
        <translation>待ち時間 平均 (分)</translation>
    </message>
    <message>
        <source>wait median (min)</source>
        <translation>待ち時間 中央値 (分)</translation>
    </message>
    <message>
        <source>wait p90 (min)</source>
        <translation>待ち時間 90% (分)</translation>
    </message>
    <message>
        <source>service mean (min)</source>
        <translation>対応時間 平均 (分)</translation>
    </message>
    <message>
        <source>service median (min)</source>
        <translation>対応時間 中央値 (分)</translation>
    </message>
    <message>
        <source>service p90 (min)</source>
        <translation>対応時間 90% (分)</translation>
    </message>
    <message>
        <source>within %1 min (%)</source>
        <translation>%1 分以内 (%)</translation>
    </message>
    <message>
        <source>estimate error (min)</source>
        <translation>案内との誤差 (分)</translation>
    </message>
    <message>
        <source>staff on duty</source>
        <translation>開設窓口数</translation>
    </message>
    <message>
        <source>--from and --to must be dates written YYYY-MM-DD.</source>
        <translation>--from と --to は YYYY-MM-DD 形式の日付で指定してください。</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from は --to より後の日付にできません。</translation>
    </message>
    <message>
        <source>--by must be one of day, hour, weekday, category, counter, staff, staff-on-duty.</source>
        <translation>--by には day, hour, weekday, category, counter, staff, staff-on-duty のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--service-levels must be 1 to 4 whole minutes, rising, e.g. &quot;15 30&quot;.</source>
        <translation>--service-levels には 1〜4 個の分数を小さい順に指定してください（例: &quot;15 30&quot;）。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) written.</source>
        <translation>
            <numerusform>%n 件の番号札を書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketEventsCsv</name>
    <message>
        <source>The disk is full: the CSV file could not be written.</source>
        <translation>ディスクがいっぱいのため、CSV ファイルを書き込めませんでした。</translation>
    </message>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>CSV ファイルを書き込めませんでした。</translation>
    </message>
    <message>
        <source>The CSV file could not be created: check that its folder exists and may be written to.</source>
        <translation>CSV ファイルを作成できませんでした。保存先のフォルダーがあり、書き込めることを確認してください。</translation>
    </message>
</context>
<context>
    <name>TicketFactsReader</name>
    <message>
        <source>The period is not valid: its first day must not be after its last.</source>
        <translation>期間が正しくありません。開始日は終了日より後にできません。</translation>
    </message>
    <message>
        <source>The tickets could not be read from the office store.</source>
        <translation>事務所ストアから番号札を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>TicketImage</name>
    <message>
        <source>The ticket&apos;s status address is too long for a QR code on this paper. Ask the administrator to shorten the board address.</source>
        <translation>整理券の状況確認用アドレスが長すぎて、この用紙幅ではQRコードにできません。管理者に呼出表示のアドレスを短くしてもらってください。</translation>
    </message>
    <message>
        <source>The ticket paper width must be between %1 and %2 dots (384 for 58 mm paper, 576 for 80 mm).</source>
        <translation>整理券の用紙幅は%1~%2ドットで指定してください(58mm紙は384、80mm紙は576)。</translation>
    </message>
    <message>
        <source>No Japanese font is installed, so tickets cannot be printed. Ask the administrator to install the Noto CJK fonts (Debian package fonts-noto-cjk).</source>
        <translation>日本語フォントがインストールされていないため、整理券を印刷できません。管理者にNoto CJKフォント(Debianパッケージ fonts-noto-cjk)をインストールしてもらってください。</translation>
    </message>
</context>
<context>
    <name>TicketPrinterErrors</name>
    <message>
        <source>The ticket printer cannot be reached. Check that it is switched on and its network cable is plugged in, then reprint.</source>
        <translation>整理券プリンタに接続できません。電源が入っていること、LANケーブルがつながっていることを確認してから、再発行してください。</translation>
    </message>
    <message>
        <source>The ticket printer is not connected. Check that it is switched on and its cable is plugged in, then reprint.</source>
        <translation>整理券プリンタがつながっていません。電源が入っていること、ケーブルがつながっていることを確認してから、再発行してください。</translation>
    </message>
    <message>
        <source>This program may not use the ticket printer (no permission for its device). Ask the administrator.</source>
        <translation>このプログラムには整理券プリンタを使う権限がありません(デバイスへのアクセス権がありません)。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The ticket printer set up for this PC is not available. Check that it is switched on, or ask the administrator to check the printer setting.</source>
        <translation>このPCに設定された整理券プリンタが見つかりません。電源が入っているか確認するか、管理者にプリンタの設定を確認してもらってください。</translation>
    </message>
    <message>
        <source>The ticket printer is out of paper. Load a new roll, then reprint.</source>
        <translation>整理券プリンタの用紙がなくなりました。新しいロール紙をセットしてから、再発行してください。</translation>
    </message>
    <message>
        <source>The ticket printer ran out of paper while printing. Load a new roll, then reprint.</source>
        <translation>印刷中に整理券プリンタの用紙がなくなりました。新しいロール紙をセットしてから、再発行してください。</translation>
    </message>
    <message>
        <source>The ticket printer&apos;s cover is open. Close it, then reprint.</source>
        <translation>整理券プリンタのカバーが開いています。カバーを閉じてから、再発行してください。</translation>
    </message>
    <message>
        <source>The ticket printer is offline or reports an error. Check its lights and the paper (a jam, the cutter); if that does not help, switch it off and on, then reprint.</source>
        <translation>整理券プリンタがオフラインか、エラーになっています。ランプと用紙(紙詰まり、カッター)を確認し、直らないときは電源を入れ直してから、再発行してください。</translation>
    </message>
    <message>
        <source>The ticket printer does not answer. Check that it is switched on and shows no error light, then reprint.</source>
        <translation>整理券プリンタが応答しません。電源が入っていて、エラーランプが点いていないことを確認してから、再発行してください。</translation>
    </message>
    <message>
        <source>The ticket printer gave an answer that is not understood. Ask the administrator to check that the printer setting names an ESC/POS receipt printer.</source>
        <translation>整理券プリンタから理解できない応答がありました。プリンタの設定がESC/POS対応のレシートプリンタを指しているか、管理者に確認してもらってください。</translation>
    </message>
    <message>
        <source>The connection to the ticket printer broke off, so the ticket may not have printed completely. Check the printer, then reprint.</source>
        <translation>整理券プリンタとの接続が切れたため、整理券が最後まで印刷されていない可能性があります。プリンタを確認してから、再発行してください。</translation>
    </message>
    <message>
        <source>The ticket printer did not take the whole ticket. Check the paper, the cover and its lights, then reprint.</source>
        <translation>整理券プリンタが整理券を最後まで受け取りませんでした。用紙、カバー、ランプを確認してから、再発行してください。</translation>
    </message>
    <message>
        <source>The ticket printer took the ticket but did not confirm it. Check that the slip came out complete; if not, reprint.</source>
        <translation>整理券プリンタは整理券を受け取りましたが、印刷の確認ができませんでした。整理券が最後まで印刷されたか確かめ、されていなければ再発行してください。</translation>
    </message>
    <message>
        <source>The ticket could not be prepared for printing. Ask the administrator to check the ticket printer settings.</source>
        <translation>整理券の印刷データを作成できませんでした。管理者に整理券プリンタの設定を確認してもらってください。</translation>
    </message>
</context>
<context>
    <name>TicketPrinterSetting</name>
    <message>
        <source>The ticket printer setting is not understood. Use &quot;none&quot;, &quot;escpos-net://HOST:9100&quot;, &quot;escpos-device:///dev/usb/lp0&quot; or &quot;system:PRINTER NAME&quot;.</source>
        <translation>整理券プリンタの設定を読み取れません。「none」「escpos-net://ホスト:9100」「escpos-device:///dev/usb/lp0」「system:プリンタ名」のいずれかで指定してください。</translation>
    </message>
</context>
<context>
    <name>TicketStateMachine</name>
    <message numerus="yes">
        <source>It has been called %n time(s), the most allowed: mark it absent instead.</source>
        <translation>
            <numerusform>すでに%n回呼び出しました（上限です）。「不在」にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>A ticket that is %1 cannot be given “%2”.</source>
        <translation>%1の整理券は「%2」できません。</translation>
    </message>
    <message>
        <source>being printed</source>
        <translation>印刷中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待ち</translation>
    </message>
    <message>
        <source>called</source>
        <translation>呼出中</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation>不在（呼出終了）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消済み</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>発券</translation>
    </message>
    <message>
        <source>call</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>再呼出</translation>
    </message>
    <message>
        <source>start</source>
        <translation>対応開始</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>不在</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TrustedKeys</name>
    <message>
        <source>Trusted key %1 of the pre-registration settings is not &quot;label:key&quot; with a 32-byte public key in Base64.</source>
        <translation>事前申請の設定の信頼する鍵%1番目が、「名前:鍵」(鍵は32バイトの公開鍵をBase64で)の形になっていません。</translation>
    </message>
    <message>
        <source>A trusted key needs a label and a 32-byte public key.</source>
        <translation>信頼する鍵には名前と32バイトの公開鍵が必要です。</translation>
    </message>
</context>
<context>
    <name>UnavailableAuditAnchor</name>
    <message>
        <source>no audit checkpoint</source>
        <translation>監査チェックポイントなし</translation>
    </message>
</context>
<context>
    <name>UploaderLock</name>
    <message>
        <source>The uploader lock file cannot be created next to the database.</source>
        <translation>データベースと同じ場所に、送信処理用のロックファイルを作成できません。</translation>
    </message>
    <message>
        <source>Another Kakanai program is already sending this computer&apos;s records (process %1).</source>
        <translation>このコンピューターの記録は、別の Kakanai プログラムが既に送信しています（プロセス %1）。</translation>
    </message>
    <message>
        <source>The uploader lock file cannot be locked.</source>
        <translation>送信処理のロックファイルをロックできません。</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>There is no shared fact &quot;%1&quot;.</source>
        <translation>共通項目「%1」はありません。</translation>
    </message>
    <message>
        <source>The shared fact &quot;%1&quot; is set by the visit itself.</source>
        <translation>共通項目「%1」は受付自体が設定する項目です。</translation>
    </message>
    <message>
        <source>Read the furigana to the person and tick &quot;confirmed&quot;.</source>
        <translation>フリガナを本人に読み上げて確認し、「確認済み」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>A household member needs a name.</source>
        <translation>世帯員の氏名を入力してください。</translation>
    </message>
    <message>
        <source>The date of birth cannot be after today.</source>
        <translation>生年月日に今日より後の日付は指定できません。</translation>
    </message>
    <message>
        <source>There is no such household member.</source>
        <translation>該当する世帯員がいません。</translation>
    </message>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>申請書「%1」はありません。</translation>
    </message>
    <message>
        <source>Form &quot;%1&quot; has no field &quot;%2&quot; that can be preset.</source>
        <translation>申請書「%1」には、事前に値を設定できる項目「%2」がありません。</translation>
    </message>
    <message>
        <source>The preset for field &quot;%1&quot; of form &quot;%2&quot; is not valid.</source>
        <translation>申請書「%2」の項目「%1」の事前設定値が正しくありません。</translation>
    </message>
    <message>
        <source>Form &quot;%1&quot; is not part of this visit.</source>
        <translation>申請書「%1」はこの受付に含まれていません。</translation>
    </message>
    <message>
        <source>Form &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>申請書「%1」に項目「%2」はありません。</translation>
    </message>
    <message>
        <source>The person writes this field by hand on the paper.</source>
        <translation>この項目は本人が用紙に手書きで記入します。</translation>
    </message>
    <message>
        <source>This field cannot be changed at the counter.</source>
        <translation>この項目は窓口では変更できません。</translation>
    </message>
    <message>
        <source>This field does not hold an individual number.</source>
        <translation>この項目は個人番号の項目ではありません。</translation>
    </message>
    <message>
        <source>Choose at least one procedure before completing the visit.</source>
        <translation>受付を完了する前に、手続を1つ以上選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still need attention before the visit can be completed.</source>
        <translation>
            <numerusform>受付を完了する前に確認が必要な項目が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved visit has a format this version does not know.</source>
        <translation>保存されていた受付データは、このバージョンが扱えない形式です。</translation>
    </message>
</context>
<context>
    <name>VisitCommand</name>
    <message>
        <source>There is no life event &quot;%1&quot;.</source>
        <translation>ライフイベント &quot;%1&quot; はありません。</translation>
    </message>
    <message>
        <source>The life event needs no form here.</source>
        <translation>このライフイベントには、ここで作成する申請書がありません。</translation>
    </message>
    <message numerus="yes">
        <source>Visit completed: record %1 (printed digest %2), %n form(s); &quot;kakanai-cli outbox flush&quot; sends it.</source>
        <translation>
            <numerusform>受付を完了しました：記録 %1（印刷ダイジェスト %2）、申請書 %n 件。&quot;kakanai-cli outbox flush&quot; で送信します。</numerusform>
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
        <translation>使い方: kakanai-cli visit complete --card カード.json --event ID [--answer 質問=yes|no …]
                                 [--prereg ファイル] [--fact キー=値 …] [--set 項目=値 …]
                                 [--values ファイル] --pdf 出力.pdf [--staff ID] [--json]

画面を使わずに受付を一件通して行います。手続ナビのライフイベントの申請書をカード・事前登録・
共通項目から作成し、署名用に 出力.pdf へ印刷し、印刷したその記録を暗号化して基幹システムへの
送信待ちに登録します（送信は &quot;outbox flush&quot;）。

  --card ファイル      &quot;card read&quot; が出力した JSON
  --event ID           ライフイベント（tennyu, tenshutsu, tenkyo, birth, marriage, death, disaster）
  --answer 質問=yes|no ライフイベントの質問への回答（未回答は no）
  --prereg ファイル    事前登録データ。キー → 値の JSON オブジェクト
  --fact キー=値       受付の共通項目。例: --fact moveDate=R8.11.20
  --set 項目=値        窓口職員が入力する項目の値。その項目があるすべての申請書に適用
  --values ファイル    共通項目と項目の値を JSON {&quot;facts&quot;:{…},&quot;fields&quot;:{…}} で渡す。- は標準入力から読む。
                       個人番号はこの方法でだけ受け付け、コマンドラインでは受け付けない
  --pdf ファイル       署名用に印刷した申請書（必須：記録はこの用紙と同じもの）
  --staff ID           記録と監査ログに書く職員 ID（既定: cli）
  --json               結果を1つの JSON オブジェクトとして表示する</translation>
    </message>
</context>
<context>
    <name>Wareki</name>
    <message>
        <source>The Japanese calendar is not available on this computer.</source>
        <translation>このコンピューターでは和暦を利用できません。</translation>
    </message>
    <message>
        <source>Dates before 1 January 1873 (明治6年1月1日) are not supported: Japan used the lunisolar calendar until then.</source>
        <translation>1873年1月1日（明治6年1月1日）より前の日付には対応していません。日本ではそれまで太陰太陽暦が使われていたためです。</translation>
    </message>
    <message>
        <source>This date is not in the %1 era, which runs from %2 to %3.</source>
        <translation>この日付は%1の期間（%2～%3）ではありません。</translation>
    </message>
    <message>
        <source>This date is not in the %1 era, which began on %2.</source>
        <translation>この日付は%1の期間（%2～）ではありません。</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>正しい日付ではありません。</translation>
    </message>
    <message>
        <source>This date is in an era this version of the program does not know.</source>
        <translation>この日付は、このバージョンのプログラムが対応していない元号の期間です。</translation>
    </message>
    <message>
        <source>The Japanese calendar gave an unexpected answer.</source>
        <translation>和暦の処理で想定外の結果が返されました。</translation>
    </message>
    <message>
        <source>Unknown era.</source>
        <translation>不明な元号です。</translation>
    </message>
    <message>
        <source>The year of the era must be 1 (元年) or more.</source>
        <translation>元号の年は1（元年）以上で入力してください。</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>月は1～12の範囲で入力してください。</translation>
    </message>
    <message>
        <source>The day must be between 1 and %1 for this month.</source>
        <translation>この月の日は1～%1の範囲で入力してください。</translation>
    </message>
    <message>
        <source>The year of the era does not fit in two digits.</source>
        <translation>元号の年が2桁に収まりません。</translation>
    </message>
</context>
<context>
    <name>kakanai::AuditPage</name>
    <message>
        <source>Export the audit log</source>
        <translation>監査ログの書き出し</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The audit log is BROKEN at entry %1: %2</source>
        <translation>監査ログがエントリ %1 で破損しています: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries checked).</source>
        <translation>
            <numerusform>監査ログは正常です（%n 件のエントリを検証しました）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルに書き込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries.</source>
        <translation>
            <numerusform>%n 件のエントリを書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>チェーンを検証(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV 書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record / target</source>
        <translation>記録／対象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Entries of the audit log are MISSING: %1</source>
        <translation>監査ログのエントリが欠落しています: %1</translation>
    </message>
    <message>
        <source>The audit log was REWRITTEN: %1</source>
        <translation>監査ログが書き換えられています: %1</translation>
    </message>
    <message>
        <source>The audit checkpoint was TAMPERED WITH: %1</source>
        <translation>監査ログのチェックポイントが改ざんされています: %1</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact (%n entries), but whether entries are missing at its end was not checked: %1</source>
        <translation>
            <numerusform>チェーンは正常です（%n 件）が、末尾のエントリが欠落していないかは確認できていません: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakanai::BoardWindow</name>
    <message>
        <source>Calling board</source>
        <translation>呼出表示板</translation>
    </message>
</context>
<context>
    <name>kakanai::CameraScanDialog</name>
    <message>
        <source>Read a QR code with the camera</source>
        <translation>カメラで QR コードを読み取る</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>カメラ(&amp;C):</translation>
    </message>
    <message>
        <source>No camera was found. Connect a camera and it will appear here, or read the code with a scanner or from an image file.</source>
        <translation>カメラが見つかりません。カメラをつなぐとここに表示されます。または、スキャナーか画像ファイルからコードを読み取ってください。</translation>
    </message>
    <message>
        <source>Hold the QR code in front of the camera, flat and still, until it is read. A code in several parts: show each part in turn.</source>
        <translation>読み取れるまで、QR コードを平らにしてカメラの前で動かさずに持ってください。複数に分かれたコードは、1 つずつ順に見せてください。</translation>
    </message>
    <message>
        <source>The camera could not be started. Choose another camera, or read the code with a scanner or from an image file.</source>
        <translation>カメラを起動できませんでした。別のカメラを選ぶか、スキャナーか画像ファイルからコードを読み取ってください。</translation>
    </message>
    <message numerus="yes">
        <source>%n QR code(s) read.</source>
        <translation>
            <numerusform>QR コードを %n 件読み取りました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakanai::CardPanel</name>
    <message>
        <source>The smart card service is not running. Ask the administrator (pcscd).</source>
        <translation>スマートカードサービスが起動していません。管理者に連絡してください（pcscd）。</translation>
    </message>
    <message>
        <source>No card reader found. Check the reader&apos;s cable.</source>
        <translation>カードリーダーが見つかりません。カードリーダーのケーブルを確認してください。</translation>
    </message>
    <message>
        <source>A card is in the reader.</source>
        <translation>カードリーダーにカードがあります。</translation>
    </message>
    <message>
        <source>Put the card on the reader.</source>
        <translation>カードをカードリーダーに置いてください。</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>カードを確認しています…</translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was sent to the card.</source>
        <translation>読み取りを中止しました。カードには何も送信していません。</translation>
    </message>
    <message>
        <source>Reading the card… Please do not remove it.</source>
        <translation>カードを読み取っています… カードを取り外さないでください。</translation>
    </message>
    <message>
        <source>Card read with the security code. Return the card to the citizen.</source>
        <translation>セキュリティコードでカードを読み取りました。カードを住民の方にお返しください。</translation>
    </message>
    <message>
        <source>Card read. Return the card to the citizen.</source>
        <translation>カードを読み取りました。カードを住民の方にお返しください。</translation>
    </message>
    <message>
        <source>The PIN is wrong. Tries left: %1. Press “Read card” to try again.</source>
        <translation>暗証番号が違います。残り試行回数: %1 回。もう一度試すには「カードを読み取る」を押してください。</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Not read (only when the procedure needs it)</source>
        <translation>未読取（手続で必要な場合のみ）</translation>
    </message>
    <message>
        <source>&amp;Hide number</source>
        <translation>番号を隠す(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Show number</source>
        <translation>番号を表示(&amp;S)</translation>
    </message>
    <message>
        <source>The visit that was interrupted is back.</source>
        <translation>中断していた受付を再開しました。</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <source>Also read the individual &amp;number (only when the procedure needs it)</source>
        <translation>個人番号も読み取る（手続で必要な場合のみ）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Read card</source>
        <translation>カードを読み取る(&amp;R)</translation>
    </message>
    <message>
        <source>PIN &amp;forgotten…</source>
        <translation>暗証番号を忘れた場合(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住所:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>生年月日:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性別:</translation>
    </message>
    <message>
        <source>Individual number:</source>
        <translation>個人番号:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>birth date: 和暦 (Gregorian)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>kakanai::FieldRow</name>
    <message>
        <source>12 digits</source>
        <translation>12桁の数字</translation>
    </message>
    <message>
        <source>(none: add them under “Household”)</source>
        <translation>（なし:「共通項目・世帯」で追加してください）</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>Original: %1 (%2)</source>
        <translation>元の値: %1（%2）</translation>
    </message>
    <message>
        <source>Back to the value from the card or the form (undo the correction)</source>
        <translation>カードまたは申請書の値に戻す（修正を取り消す）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Written by the person on the paper</source>
        <translation>本人が用紙に記入</translation>
    </message>
    <message>
        <source>e.g. R6.4.1 or 令和6年4月1日</source>
        <translation>例: R6.4.1 または 令和6年4月1日</translation>
    </message>
    <message>
        <source>e.g. 123-4567</source>
        <translation>例: 123-4567</translation>
    </message>
    <message>
        <source>e.g. 090-1234-5678</source>
        <translation>例: 090-1234-5678</translation>
    </message>
    <message>
        <source>katakana or hiragana</source>
        <translation>カタカナまたはひらがな</translation>
    </message>
</context>
<context>
    <name>kakanai::FirstAdministratorScreen</name>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>2つのパスワードが一致しません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>First start: create the administrator</source>
        <translation>初回起動: 管理者の作成</translation>
    </message>
    <message>
        <source>No staff accounts exist on this counter PC yet. Create the administrator account; the administrator then adds the counter staff. Passwords need at least 8 characters with letters and digits.</source>
        <translation>この窓口端末には、まだ職員アカウントがありません。管理者アカウントを作成してください。その後、管理者が窓口職員を追加します。パスワードは英字と数字を含む8文字以上にしてください。</translation>
    </message>
    <message>
        <source>&amp;Staff ID:</source>
        <translation>職員ID(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>パスワード（確認）(&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;reate administrator</source>
        <translation>管理者を作成(&amp;R)</translation>
    </message>
</context>
<context>
    <name>kakanai::IntakePage</name>
    <message>
        <source>Intake</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Choosing procedures and filling the forms is not available in this version yet. The card facts read above are shown only; they are not saved.</source>
        <translation>手続の選択と申請書の作成は、このバージョンではまだ利用できません。上で読み取ったカードの情報は表示のみで、保存されません。</translation>
    </message>
    <message>
        <source>Cancel this visit</source>
        <translation>受付の中止</translation>
    </message>
    <message>
        <source>Cancel this visit? Nothing is saved and the screen is emptied.</source>
        <translation>この受付を中止しますか？ 何も保存されず、画面は空になります。</translation>
    </message>
    <message>
        <source>Choose the forms first.</source>
        <translation>先に申請書を選んでください。</translation>
    </message>
    <message>
        <source>Save the forms as PDF</source>
        <translation>申請書を PDF として保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was saved.</source>
        <translation>PDF を保存しました。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>The visit was completed and saved. Next citizen, please.</source>
        <translation>受付を完了し、保存しました。次の方の受付に進んでください。</translation>
    </message>
    <message>
        <source>A chosen form needs the individual number: read the card with the number (the box above is ticked).</source>
        <translation>選択した申請書には個人番号が必要です。個人番号も含めてカードを読み取ってください（上のチェックボックスはオンになっています）。</translation>
    </message>
    <message>
        <source>Print &amp;preview…</source>
        <translation>印刷プレビュー(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF として保存(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Complete intake</source>
        <translation>受付を完了(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>受付を中止</translation>
    </message>
    <message>
        <source>Your open visit was saved and is back on the screen.</source>
        <translation>受付途中のデータは保存されていたため、画面に戻しました。</translation>
    </message>
    <message>
        <source>Your open visit is back. These forms changed meanwhile; choose them again: %1</source>
        <translation>受付途中のデータを戻しました。次の申請書はその間に様式が変わったため、選び直してください：%1</translation>
    </message>
    <message>
        <source>Not printed yet</source>
        <translation>未印刷</translation>
    </message>
    <message>
        <source>Printed for the signature</source>
        <translation>署名用に印刷済み</translation>
    </message>
    <message>
        <source>Changed after printing: print again</source>
        <translation>印刷後に変更あり：再印刷してください</translation>
    </message>
    <message>
        <source>The QR code filled the visit. Check the fields marked QR with the person.</source>
        <translation>QRコードの内容を受付に入れました。「QR」と表示された項目をご本人と確認してください。</translation>
    </message>
</context>
<context>
    <name>kakanai::MainWindow</name>
    <message>
        <source>Intake</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Here the clerk will read the citizen&apos;s My Number card, scan the pre-registration QR code, choose the procedures and check the pre-filled forms.</source>
        <translation>ここでは、住民のマイナンバーカードの読み取り、事前登録 QR コードの読み取り、手続の選択、事前記入された申請書の確認を行います。</translation>
    </message>
    <message>
        <source>Here reception will book visit slots and check in citizens who booked.</source>
        <translation>ここでは、来庁予約枠の登録と、予約した住民の受付を行います。</translation>
    </message>
    <message>
        <source>Here staff will issue tickets by procedure, call the next citizen and drive the calling board.</source>
        <translation>ここでは、手続ごとの番号札の発券、次の方の呼出し、呼出表示板の操作を行います。</translation>
    </message>
    <message>
        <source>Here supervisors will see waiting and service times by day, hour and procedure.</source>
        <translation>ここでは、管理者が日・時間帯・手続ごとの待ち時間と対応時間を確認します。</translation>
    </message>
    <message>
        <source>Here staff will see the completed records waiting to be sent to the back office, and the ones it rejected.</source>
        <translation>ここでは、基幹システムへの送信を待っている完了記録と、受け付けられなかった記録を確認します。</translation>
    </message>
    <message>
        <source>Kakanai — citizens&apos; desk</source>
        <translation>Kakanai — 書かない窓口</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Card reader: not connected</source>
        <translation>カードリーダー: 未接続</translation>
    </message>
    <message>
        <source>Back office: not checked</source>
        <translation>基幹システム: 未確認</translation>
    </message>
    <message>
        <source>Outbox: —</source>
        <translation>送信待ち: —</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Here supervisors will see who did what at this counter.</source>
        <translation>ここでは、係長等がこの窓口での操作履歴（誰が何をしたか）を確認します。</translation>
    </message>
    <message>
        <source>Here administrators will manage the staff accounts.</source>
        <translation>ここでは、管理者が職員アカウントを管理します。</translation>
    </message>
    <message>
        <source>Back office: connected</source>
        <translation>基幹システム: 接続中</translation>
    </message>
    <message>
        <source>Back office: not reachable, will retry</source>
        <translation>基幹システム: 接続できません。自動で再試行します</translation>
    </message>
    <message>
        <source>Back office: access refused — ask the administrator to check the token</source>
        <translation>基幹システム: アクセスが拒否されました — 管理者にトークンの確認を依頼してください</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>送信待ち: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reader(s)</source>
        <translation>
            <numerusform>%n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Card reader: service not running</source>
        <translation>カードリーダー: サービス停止中</translation>
    </message>
    <message>
        <source>Card reader: none connected</source>
        <translation>カードリーダー: 接続なし</translation>
    </message>
    <message>
        <source>Card reader: %1 — card present</source>
        <translation>カードリーダー: %1 — カードあり</translation>
    </message>
    <message>
        <source>Card reader: %1 — no card</source>
        <translation>カードリーダー: %1 — カードなし</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>ロック（Ctrl+L）</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>パスワードの変更…</translation>
    </message>
</context>
<context>
    <name>kakanai::MatchingCodeBDialog</name>
    <message>
        <source>Read the card without the PIN</source>
        <translation>暗証番号を使わずにカードを読み取る</translation>
    </message>
    <message>
        <source>For a citizen who forgot the PIN. Copy these three items from the front of the card. Only name, address, birth date and sex can be read this way.</source>
        <translation>暗証番号を忘れた住民の方向けです。カードの表面から次の3項目を転記してください。この方法で読み取れるのは、氏名・住所・生年月日・性別のみです。</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>生年月日(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Expiry year of the card:</source>
        <translation>カードの有効期限の年(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Security code (4 digits):</source>
        <translation>セキュリティコード（4桁）(&amp;S):</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み取る</translation>
    </message>
    <message>
        <source>Era date on the card: %1</source>
        <translation>カード上の和暦の日付: %1</translation>
    </message>
    <message>
        <source>This birth date cannot be used for this check.</source>
        <translation>この生年月日はこの照合には使用できません。</translation>
    </message>
</context>
<context>
    <name>kakanai::NaviPanel</name>
    <message>
        <source>Form: %1</source>
        <translation>申請書: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>手続: %1</translation>
    </message>
    <message>
        <source>Procedure guide</source>
        <translation>手続ナビ</translation>
    </message>
    <message>
        <source>1. What happened? (life event)</source>
        <translation>1. どのようなことがありましたか？（ライフイベント）</translation>
    </message>
    <message>
        <source>2. Ask the person (tick for yes)</source>
        <translation>2. 本人に確認（「はい」ならチェック）</translation>
    </message>
    <message>
        <source>3. Procedures (untick what is not done today)</source>
        <translation>3. 手続（本日行わないものはチェックを外す）</translation>
    </message>
    <message>
        <source>&amp;Start these forms</source>
        <translation>これらの申請書を作成(&amp;S)</translation>
    </message>
</context>
<context>
    <name>kakanai::OfficeFeedStatus</name>
    <message>
        <source>Connecting to the office store…</source>
        <translation>事務所ストアに接続中…</translation>
    </message>
    <message>
        <source>The program reconnects by itself and then reads everything again.</source>
        <translation>自動で再接続し、その後すべてを読み直します。</translation>
    </message>
    <message>
        <source>⚠ Updates stopped</source>
        <translation>⚠ 情報更新停止中</translation>
    </message>
    <message>
        <source>Office information may be out of date.</source>
        <translation>事務所の情報が最新でない可能性があります。</translation>
    </message>
</context>
<context>
    <name>kakanai::OfficeStore</name>
    <message>
        <source>The office store&apos;s password file does not exist.</source>
        <translation>事務所ストアのパスワードファイルがありません。</translation>
    </message>
    <message>
        <source>The office store&apos;s password file can be read by others. Make it private (chmod 600) and change the password, which others may have seen.</source>
        <translation>事務所ストアのパスワードファイルを他の利用者が読めます。非公開にし（chmod 600）、見られた可能性のあるパスワードを変更してください。</translation>
    </message>
    <message>
        <source>The office store&apos;s password file cannot be read.</source>
        <translation>事務所ストアのパスワードファイルを読み取れません。</translation>
    </message>
    <message>
        <source>The office store&apos;s password file is empty.</source>
        <translation>事務所ストアのパスワードファイルが空です。</translation>
    </message>
    <message>
        <source>The office store path is a folder, not a file.</source>
        <translation>事務所ストアのパスがファイルではなくフォルダです。</translation>
    </message>
    <message>
        <source>There is no office store at this path. Create it with kakanai-cli office init.</source>
        <translation>このパスに事務所ストアがありません。kakanai-cli office init で作成してください。</translation>
    </message>
    <message>
        <source>The folder for the office store cannot be created.</source>
        <translation>事務所ストアのフォルダを作成できません。</translation>
    </message>
    <message>
        <source>The office store has schema %1; this program needs %2. An administrator upgrades it with kakanai-cli office init.</source>
        <translation>事務所ストアのスキーマは %1 ですが、このプログラムには %2 が必要です。管理者が kakanai-cli office init で更新してください。</translation>
    </message>
    <message>
        <source>The office store could not be upgraded to schema %1. Nothing was changed.</source>
        <translation>事務所ストアをスキーマ %1 に更新できませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>This role may not change the office store&apos;s schema. Run kakanai-cli office init as the database&apos;s owner. Nothing was changed.</source>
        <translation>このロールには事務所ストアのスキーマを変更する権限がありません。データベースの所有者として kakanai-cli office init を実行してください。何も変更していません。</translation>
    </message>
    <message>
        <source>The connection to the office store was lost while a change was being saved; it is not known whether it was saved. Check before doing it again.</source>
        <translation>変更の保存中に事務所ストアとの接続が切れたため、保存されたかどうか分かりません。やり直す前に確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>Other counters changed the same data at the same moment, %n time(s) in a row. Nothing was changed; try again.</source>
        <translation>
            <numerusform>他の窓口が同じデータを同時に変更しました（%n 回連続）。何も変更していません。もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The office store cannot be reached (server stopped or network cut). Work that needs it waits; the program keeps trying.</source>
        <translation>事務所ストアに接続できません（サーバー停止またはネットワーク切断）。これを必要とする作業は待機し、プログラムは接続を試み続けます。</translation>
    </message>
    <message>
        <source>The office store refused this PC&apos;s role or password. Ask the administrator to check office/url and the password file.</source>
        <translation>事務所ストアがこのPCのロールまたはパスワードを拒否しました。office/url とパスワードファイルの確認を管理者に依頼してください。</translation>
    </message>
    <message>
        <source>The office database named in office/url does not exist on the server.</source>
        <translation>office/url に指定した事務所データベースがサーバーにありません。</translation>
    </message>
    <message>
        <source>Another counter changed the same data at the same moment.</source>
        <translation>他の窓口が同じデータを同時に変更しました。</translation>
    </message>
    <message>
        <source>The office store did not answer in time. Nothing was changed; try again.</source>
        <translation>事務所ストアが時間内に応答しませんでした。何も変更していません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The office store refused the change because it would break one of its rules.</source>
        <translation>事務所ストアの規則に反するため、変更は拒否されました。</translation>
    </message>
    <message>
        <source>The office store&apos;s disk is full. Nothing was changed.</source>
        <translation>事務所ストアのディスクがいっぱいです。何も変更していません。</translation>
    </message>
    <message>
        <source>This PC&apos;s role may not do this in the office store.</source>
        <translation>このPCのロールには事務所ストアでこの操作を行う権限がありません。</translation>
    </message>
    <message>
        <source>The office store&apos;s TLS connection failed: the server&apos;s certificate could not be verified or TLS is not offered. Check sslmode and sslrootcert in office/url.</source>
        <translation>事務所ストアへのTLS接続に失敗しました。サーバー証明書を検証できないか、TLSが提供されていません。office/url の sslmode と sslrootcert を確認してください。</translation>
    </message>
    <message>
        <source>The office store reported an error. Nothing was changed.</source>
        <translation>事務所ストアがエラーを報告しました。何も変更していません。</translation>
    </message>
    <message>
        <source>A PostgreSQL office store is backed up with the server&apos;s own tool, for example:
  pg_dump --format=custom --host=%1 --port=%2 --username=%3 --file=%4 %5
(docs/admin/office.md, &quot;Backup and restore&quot;).</source>
        <translation>PostgreSQL の事務所ストアはサーバーのツールでバックアップします。例:
  pg_dump --format=custom --host=%1 --port=%2 --username=%3 --file=%4 %5
（docs/admin/office.md「バックアップと復元」）</translation>
    </message>
    <message>
        <source>The office store&apos;s password file belongs to another user account. It must belong to the account that runs Kakanai.</source>
        <translation>事務所ストアのパスワードファイルが別のユーザーのものです。Kakanai を実行するアカウントのファイルにしてください。</translation>
    </message>
</context>
<context>
    <name>kakanai::OutboxPage</name>
    <message>
        <source>Sending now…</source>
        <translation>送信しています…</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>送信待ち: %1</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>送信中: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>送信済み: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>却下: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Queue the selected rejected record again</source>
        <translation>選択した却下済みの記録を再度送信待ちに登録する</translation>
    </message>
    <message>
        <source>Only a supervisor may resend a rejected record</source>
        <translation>却下された記録を再送できるのは係長等のみです</translation>
    </message>
    <message>
        <source>Only a supervisor may resend a rejected record.</source>
        <translation>却下された記録を再送できるのは係長等のみです。</translation>
    </message>
    <message>
        <source>The record was queued again and will be sent shortly.</source>
        <translation>記録を再度送信待ちに登録しました。まもなく送信されます。</translation>
    </message>
    <message>
        <source>Export CSV for the resident records system</source>
        <translation>住民記録システム用 CSV の書き出し</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Your role may not export records.</source>
        <translation>この役割では記録を書き出せません。</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>開始日には終了日より後の日付を指定できません。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s).</source>
        <translation>
            <numerusform>%n 行を書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>今すぐ送信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>再送(&amp;R)</translation>
    </message>
    <message>
        <source>CSV for the resident records system:</source>
        <translation>住民記録システム用 CSV:</translation>
    </message>
    <message>
        <source>Only these days</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV 書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Last error / reason for rejection</source>
        <translation>直近のエラー／却下理由</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>記録 ID</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>すべての記録</translation>
    </message>
    <message>
        <source>Change of residence (異動届)</source>
        <translation>異動届データ</translation>
    </message>
    <message>
        <source>Certificate requests (証明書交付申請)</source>
        <translation>証明書交付申請データ</translation>
    </message>
    <message>
        <source>Card face data (券面事項)</source>
        <translation>券面事項データ</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8（BOM 付き、Excel 用）</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>破損: %1</translation>
    </message>
    <message>
        <source>These records cannot be opened and are not sent. Ask the administrator (kakanai-cli outbox export-damaged).</source>
        <translation>これらの記録は開けないため送信されません。管理者に連絡してください（kakanai-cli outbox export-damaged）。</translation>
    </message>
    <message>
        <source>Damaged – not sent, ask the administrator</source>
        <translation>破損 – 未送信（管理者に連絡してください）</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>破損</translation>
    </message>
</context>
<context>
    <name>kakanai::OutboxStatusBadge</name>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>送信待ち: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>却下: %1</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 being sent, %3 sent, %4 rejected</source>
        <translation>送信: 送信待ち %1 件、送信中 %2 件、送信済み %3 件、却下 %4 件</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>破損: %1</translation>
    </message>
</context>
<context>
    <name>kakanai::PasswordChangeDialog</name>
    <message>
        <source>Enter your current password.</source>
        <translation>現在のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>新しいパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Enter the new password again.</source>
        <translation>2つの新しいパスワードが一致しません。新しいパスワードをもう一度入力してください。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>%1 のパスワードを変更します。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>現在のパスワード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>新しいパスワード（確認）(&amp;R):</translation>
    </message>
    <message>
        <source>At least 8 characters, with both letters and digits.</source>
        <translation>英字と数字を両方含む8文字以上にしてください。</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>変更(&amp;H)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>kakanai::PinDialog</name>
    <message>
        <source>PIN of the My Number card</source>
        <translation>マイナンバーカードの暗証番号</translation>
    </message>
    <message>
        <source>Please enter the 4-digit PIN of your card (the PIN for form input; usually the same 4 digits as for identity verification).</source>
        <translation>カードの暗証番号（数字4桁）を入力してください。（券面事項入力補助用の暗証番号です。通常は、利用者証明用と同じ4桁です。）</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>残り回数: %1 回</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>最後の数字を消す</translation>
    </message>
    <message>
        <source>Only one try is left. If this PIN is wrong, the card is locked and must be unlocked at the My Number card desk. Please make sure of the PIN before you continue.</source>
        <translation>残りはあと1回です。この暗証番号が違うとカードがロックされ、マイナンバーカード窓口でロックの解除が必要になります。暗証番号をよくお確かめのうえ、お進みください。</translation>
    </message>
    <message>
        <source>Clerk: I explained this to the citizen, who wants to try</source>
        <translation>窓口職員: 住民の方に説明し、入力を続ける意思を確認しました</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>決定</translation>
    </message>
</context>
<context>
    <name>kakanai::PlaceholderPage</name>
    <message>
        <source>This part of Kakanai is not available in this version yet. Nothing you do here is saved.</source>
        <translation>この機能は、このバージョンではまだ利用できません。この画面での操作は保存されません。</translation>
    </message>
</context>
<context>
    <name>kakanai::PreRegPanel</name>
    <message>
        <source>The intake is not ready for QR codes.</source>
        <translation>受付はまだQRコードを読み取れる状態ではありません。</translation>
    </message>
    <message>
        <source>Open the QR code</source>
        <translation>QRコードを開く</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.pdf)</source>
        <translation>画像と PDF (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Part %1 of %2 read; scan the others (missing: %3).</source>
        <translation>%2 枚のうち %1 枚を読み取りました。残りも読み取ってください（未読: %3）。</translation>
    </message>
    <message numerus="yes">
        <source>QR code applied: %1 (%n symbol(s)).</source>
        <translation>
            <numerusform>QRコードを読み取りました: %1（%n 枚）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature verified: %1</source>
        <translation>署名を確認しました: %1</translation>
    </message>
    <message>
        <source>Signed with a key this office does not trust (key %1): not verified.</source>
        <translation>この窓口で信頼していない鍵（%1）で署名されています: 未確認です。</translation>
    </message>
    <message>
        <source>Made by the citizen (not signed).</source>
        <translation>市民が作成したものです（署名なし）。</translation>
    </message>
    <message>
        <source>%1: card &quot;%2&quot;, QR code &quot;%3&quot;</source>
        <translation>%1: カード「%2」、QRコード「%3」</translation>
    </message>
    <message>
        <source>The QR code differs from the card; the card&apos;s facts are used:</source>
        <translation>QRコードはカードと異なります。カードの内容を使用します:</translation>
    </message>
    <message>
        <source>This QR code seems to be another person&apos;s than the card holder&apos;s (name or date of birth differ). Check with the person before going on.</source>
        <translation>このQRコードはカードの方とは別の人のものと思われます（氏名または生年月日が異なります）。続ける前にご本人に確認してください。</translation>
    </message>
    <message>
        <source>Pre-registration QR code</source>
        <translation>事前申請QRコード</translation>
    </message>
    <message>
        <source>Scan the citizen&apos;s QR code with the scanner at any time on this page, or open it from a file or the camera.</source>
        <translation>この画面ではいつでもスキャナでQRコードを読み取れます。ファイルやカメラからも読み取れます。</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>ファイルから読み取る(&amp;F)…</translation>
    </message>
    <message>
        <source>With the ca&amp;mera…</source>
        <translation>カメラで読み取る(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>kakanai::QtHttpTransport</name>
    <message>
        <source>The back-office address is not an http:// or https:// address.</source>
        <translation>基幹システムのアドレスが http:// または https:// のアドレスではありません。</translation>
    </message>
    <message>
        <source>The CA bundle for the back office cannot be read or holds no certificate.</source>
        <translation>基幹システム用の CA バンドルを読み込めないか、証明書が含まれていません。</translation>
    </message>
</context>
<context>
    <name>kakanai::QueuePage</name>
    <message>
        <source>This PC calls no tickets (no counter set in Settings).</source>
        <translation>このPCは呼出をしません（設定で窓口が未設定です）。</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1番窓口</translation>
    </message>
    <message>
        <source>情報更新停止中: the queue shown may be out of date</source>
        <translation>情報更新停止中：表示中の待ち状況は古い可能性があります</translation>
    </message>
    <message>
        <source>Call next (F5)</source>
        <translation>次を呼出 (F5)</translation>
    </message>
    <message>
        <source>Recall (F6)</source>
        <translation>再呼出 (F6)</translation>
    </message>
    <message>
        <source>Start (F7)</source>
        <translation>対応開始 (F7)</translation>
    </message>
    <message>
        <source>Done (F8)</source>
        <translation>完了 (F8)</translation>
    </message>
    <message>
        <source>Absent (F9)</source>
        <translation>不在 (F9)</translation>
    </message>
    <message>
        <source>Transfer… (F10)</source>
        <translation>転送… (F10)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先</translation>
    </message>
    <message>
        <source>Waited (min)</source>
        <translation>待ち時間（分）</translation>
    </message>
    <message>
        <source>For counter</source>
        <translation>指定窓口</translation>
    </message>
    <message>
        <source>Issue a ticket</source>
        <translation>整理券の発行</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>優先なし</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>配慮が必要な方</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Without a slip</source>
        <translation>整理券を印刷しない</translation>
    </message>
    <message>
        <source>Reprint slip</source>
        <translation>整理券を再印刷</translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation>整理券を取消</translation>
    </message>
    <message>
        <source>Called %1.</source>
        <translation>%1 を呼び出しました。</translation>
    </message>
    <message>
        <source>Called %1 again.</source>
        <translation>%1 を再度呼び出しました。</translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>%1 の対応を開始しました。</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation>%1 の対応を完了しました。</translation>
    </message>
    <message>
        <source>%1 is done; its visit is linked.</source>
        <translation>%1 の対応を完了し、受付記録と関連付けました。</translation>
    </message>
    <message>
        <source>%1 did not come after the last call: marked as a no-show.</source>
        <translation>%1 は最後の呼出にも来られませんでした。呼出終了（不在）としました。</translation>
    </message>
    <message>
        <source>%1 is absent: back in the queue.</source>
        <translation>%1 は不在のため、待ち列に戻しました。</translation>
    </message>
    <message>
        <source>Choose a ticket to transfer.</source>
        <translation>転送する整理券を選んでください。</translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation>区分：%1（%2）</translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation>窓口：%1</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>Send the ticket to:</source>
        <translation>転送先：</translation>
    </message>
    <message>
        <source>%1 is transferred; it keeps its place.</source>
        <translation>%1 を転送しました。受付順はそのままです。</translation>
    </message>
    <message>
        <source>%1 was not issued: %2</source>
        <translation>%1 は発行されませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <source>Issued %1: %n person(s) ahead.</source>
        <translation>
            <numerusform>%1 を発行しました。前に%n人お待ちです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a ticket to reprint.</source>
        <translation>再印刷する整理券を選んでください。</translation>
    </message>
    <message>
        <source>No ticket printer is set up.</source>
        <translation>整理券プリンターが設定されていません。</translation>
    </message>
    <message>
        <source>Reprinted %1.</source>
        <translation>%1 を再印刷しました。</translation>
    </message>
    <message>
        <source>Choose a ticket to cancel.</source>
        <translation>取り消す整理券を選んでください。</translation>
    </message>
    <message>
        <source>%1 is cancelled (kept in the history).</source>
        <translation>%1 を取り消しました（履歴には残ります）。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No ticket at this counter</source>
        <translation>この窓口の整理券はありません</translation>
    </message>
</context>
<context>
    <name>kakanai::SettingsPage</name>
    <message>
        <source>Enter a terminal ID (for example counter-01).</source>
        <translation>端末 ID を入力してください（例: counter-01）。</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone. Choose one from the list (for example Asia/Tokyo).</source>
        <translation>「%1」は既知のタイムゾーンではありません。一覧から選んでください（例: Asia/Tokyo）。</translation>
    </message>
    <message>
        <source>Settings saved. A new time zone applies to new tickets and statistics.</source>
        <translation>設定を保存しました。新しいタイムゾーンは、これから発券する番号札と統計に適用されます。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Terminal ID:</source>
        <translation>端末 ID(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Office name:</source>
        <translation>庁舎・窓口名(&amp;O):</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>設定ファイル:</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1（スキーマ %2）</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>設定を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Office time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <source>Give the serial scanner&apos;s port as a device path, for example /dev/serial/by-id/usb-…, or leave it empty.</source>
        <translation>シリアルスキャナのポートはデバイスのパス（例: /dev/serial/by-id/usb-…）で指定するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Settings saved. The QR scanner settings apply from the next start of Kakanai.</source>
        <translation>設定を保存しました。QRスキャナの設定は Kakanai の次回起動から使われます。</translation>
    </message>
    <message>
        <source>QR &amp;keyboard scanner:</source>
        <translation>QRキーボード型スキャナ(&amp;K):</translation>
    </message>
    <message>
        <source>Recognise a 2-D scanner typing as a keyboard on the intake page</source>
        <translation>受付画面でキーボードとして入力する2次元スキャナを読み取る</translation>
    </message>
    <message>
        <source>QR serial scanner &amp;port:</source>
        <translation>QRシリアルスキャナのポート(&amp;P):</translation>
    </message>
    <message>
        <source>Empty: no serial scanner. Prefer the /dev/serial/by-id/… name: it stays the same when the scanner is plugged in elsewhere.</source>
        <translation>空欄: シリアルスキャナなし。/dev/serial/by-id/… の名前を選んでください。別の差込口に挿しても変わりません。</translation>
    </message>
    <message>
        <source>Serial scanner &amp;baud rate:</source>
        <translation>シリアルスキャナの通信速度(&amp;B):</translation>
    </message>
</context>
<context>
    <name>kakanai::SignInScreen</name>
    <message>
        <source>The open visit of %1 will be kept and comes back when they sign in again.</source>
        <translation>%1 が対応中の受付は保持され、次回サインインしたときに再開されます。</translation>
    </message>
    <message>
        <source>Enter your staff ID and password.</source>
        <translation>職員IDとパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>画面はロックされています</translation>
    </message>
    <message>
        <source>Sign in to Kakanai</source>
        <translation>Kakanai にサインイン</translation>
    </message>
    <message>
        <source>Locked for %1 (%2). Enter the password to continue.</source>
        <translation>%1（%2）が使用中のためロックしています。続けるにはパスワードを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Staff ID:</source>
        <translation>職員ID(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>サインイン(&amp;I)</translation>
    </message>
    <message>
        <source>Sign in as &amp;another staff member</source>
        <translation>別の職員でサインイン(&amp;A)</translation>
    </message>
</context>
<context>
    <name>kakanai::StaffPage</name>
    <message>
        <source>Only an administrator can manage staff.</source>
        <translation>職員を管理できるのは管理者のみです。</translation>
    </message>
    <message>
        <source>%1 was added. Give them the password in person; they can change it later.</source>
        <translation>%1 を追加しました。パスワードは本人に直接伝えてください。パスワードは後から本人が変更できます。</translation>
    </message>
    <message>
        <source>Choose a staff member in the list first.</source>
        <translation>先に一覧から職員を選んでください。</translation>
    </message>
    <message>
        <source>The password of %1 was set and the account unlocked.</source>
        <translation>%1 のパスワードを設定し、アカウントのロックを解除しました。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>職員ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Staff &amp;ID:</source>
        <translation>職員ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Add staff member</source>
        <translation>職員を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Set new pass&amp;word for the selected</source>
        <translation>選択した職員に新しいパスワードを設定(&amp;W)</translation>
    </message>
</context>
<context>
    <name>kakanai::StatisticsPage</name>
    <message>
        <source>The first day of the period must not be after its last.</source>
        <translation>期間の開始日は終了日より後にできません。</translation>
    </message>
    <message>
        <source>The first day of the compared period must not be after its last.</source>
        <translation>比較期間の開始日は終了日より後にできません。</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1
The figures below are from an earlier reading (%2) and are NOT current.</source>
        <translation>統計を読み込めませんでした: %1
下の数値は以前に読み込んだもの（%2）で、最新ではありません。</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation>統計を読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s).</source>
        <translation>
            <numerusform>%1: 番号札 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>比較期間: %1。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>不在</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Wait mean (min)</source>
        <translation>待ち時間 平均 (分)</translation>
    </message>
    <message>
        <source>Wait median (min)</source>
        <translation>待ち時間 中央値 (分)</translation>
    </message>
    <message>
        <source>Wait 90% (min)</source>
        <translation>待ち時間 90% (分)</translation>
    </message>
    <message>
        <source>Service mean (min)</source>
        <translation>対応時間 平均 (分)</translation>
    </message>
    <message>
        <source>Service median (min)</source>
        <translation>対応時間 中央値 (分)</translation>
    </message>
    <message>
        <source>Service 90% (min)</source>
        <translation>対応時間 90% (分)</translation>
    </message>
    <message>
        <source>Within %1 min (%)</source>
        <translation>%1 分以内 (%)</translation>
    </message>
    <message>
        <source>Estimated wait (min)</source>
        <translation>案内した待ち時間 (分)</translation>
    </message>
    <message>
        <source>Actual wait (min)</source>
        <translation>実際の待ち時間 (分)</translation>
    </message>
    <message>
        <source>Estimate error (min)</source>
        <translation>案内との誤差 (分)</translation>
    </message>
    <message>
        <source>Estimate bias (min)</source>
        <translation>案内との差 (分)</translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation>開設窓口数</translation>
    </message>
    <message>
        <source>Δ Arrivals</source>
        <translation>Δ 到着</translation>
    </message>
    <message>
        <source>Δ Served</source>
        <translation>Δ 完了</translation>
    </message>
    <message>
        <source>Δ No-shows</source>
        <translation>Δ 不在</translation>
    </message>
    <message>
        <source>Δ Wait mean (min)</source>
        <translation>Δ 待ち時間 平均 (分)</translation>
    </message>
    <message>
        <source>Δ Wait median (min)</source>
        <translation>Δ 待ち時間 中央値 (分)</translation>
    </message>
    <message>
        <source>Δ Wait 90% (min)</source>
        <translation>Δ 待ち時間 90% (分)</translation>
    </message>
    <message>
        <source>Δ Service median (min)</source>
        <translation>Δ 対応時間 中央値 (分)</translation>
    </message>
    <message>
        <source>Δ Within %1 min (points)</source>
        <translation>Δ %1 分以内 (ポイント)</translation>
    </message>
    <message>
        <source>Δ Estimate error (min)</source>
        <translation>Δ 案内との誤差 (分)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90% 値</translation>
    </message>
    <message>
        <source>Within %1 min</source>
        <translation>%1 分以内</translation>
    </message>
    <message>
        <source>Estimated (mean)</source>
        <translation>案内 (平均)</translation>
    </message>
    <message>
        <source>Actual (mean)</source>
        <translation>実際 (平均)</translation>
    </message>
    <message>
        <source> (NOT CURRENT)</source>
        <translation>（最新ではありません）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>統計の書き出し</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Save the statistics report</source>
        <translation>統計レポートの保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>比較(&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV 出力(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>PDF レポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Period…</source>
        <translation>期間…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>先月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>期間全体</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>日別</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>時間帯別</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>曜日別</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>区分別</translation>
    </message>
    <message>
        <source>By counter</source>
        <translation>窓口別</translation>
    </message>
    <message>
        <source>By staff</source>
        <translation>職員別</translation>
    </message>
    <message>
        <source>By staff on duty</source>
        <translation>開設窓口数別</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Arrivals and served</source>
        <translation>到着数と完了数</translation>
    </message>
    <message>
        <source>Wait (minutes)</source>
        <translation>待ち時間 (分)</translation>
    </message>
    <message>
        <source>Called within the service levels (%)</source>
        <translation>サービスレベル内の呼出 (%)</translation>
    </message>
    <message>
        <source>Estimated and actual wait (minutes)</source>
        <translation>案内した待ち時間と実際 (分)</translation>
    </message>
</context>
<context>
    <name>kakanai::VisitEditor</name>
    <message>
        <source>An individual number has 12 digits.</source>
        <translation>個人番号は12桁です。</translation>
    </message>
    <message>
        <source>Your role may not show the individual number in clear.</source>
        <translation>この役割では個人番号を表示できません。</translation>
    </message>
    <message>
        <source>The date of birth is not a date (e.g. R6.4.1 or 令和6年4月1日).</source>
        <translation>生年月日が日付として正しくありません（例: R6.4.1 または 令和6年4月1日）。</translation>
    </message>
    <message>
        <source>No form chosen yet: use the procedure guide.</source>
        <translation>申請書がまだ選ばれていません。手続ナビで選んでください。</translation>
    </message>
    <message>
        <source>Every field is ready. Print for the signature, then complete.</source>
        <translation>すべての項目の準備ができました。署名用に印刷してから、受付を完了してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need checking (click to go there)</source>
        <translation>
            <numerusform>確認が必要な項目が %n 件あります（クリックで移動）</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared facts (entered once, used by every form)</source>
        <translation>共通項目（一度の入力ですべての申請書に反映）</translation>
    </message>
    <message>
        <source>Reading (furigana) confirmed with the person</source>
        <translation>読み方（フリガナ）を本人に確認済み</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>世帯員</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Date of birth (R6.4.1)</source>
        <translation>生年月日（R6.4.1）</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>世帯員を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Shared facts and household</source>
        <translation>共通項目・世帯</translation>
    </message>
    <message>
        <source>Remove this form</source>
        <translation>この申請書を外す</translation>
    </message>
</context>
<context>
    <name>kakanai::board::BoardServer</name>
    <message>
        <source>The web board&apos;s address is not a valid IP address.</source>
        <translation>Web表示板のアドレスが正しいIPアドレスではありません。</translation>
    </message>
    <message>
        <source>The web board is already listening.</source>
        <translation>Web表示板はすでに待ち受けています。</translation>
    </message>
    <message>
        <source>The web board cannot listen on %1. Another program may be using this port: choose another port (board/webPort) or stop that program.</source>
        <translation>Web表示板を %1 で待ち受けできません。別のプログラムがこのポートを使っている可能性があります。別のポート（board/webPort）を選ぶか、そのプログラムを止めてください。</translation>
    </message>
</context>
<context>
    <name>kakanai::intake::Housekeeping</name>
    <message>
        <source>Only a supervisor may send a rejected record again.</source>
        <translation>差し戻された記録を再送信できるのは管理者だけです。</translation>
    </message>
</context>
<context>
    <name>kakanai::intake::IntakeSession</name>
    <message>
        <source>Choose the forms first.</source>
        <translation>先に申請書を選んでください。</translation>
    </message>
    <message>
        <source>Record %1 · %2</source>
        <comment>foot of the printed form: record id start, digest start</comment>
        <translation>記録 %1 · %2</translation>
    </message>
    <message>
        <source>Your role may not complete a visit. Ask a clerk of the desk.</source>
        <translation>この役割では受付を完了できません。窓口の職員に依頼してください。</translation>
    </message>
    <message>
        <source>Print the forms for the citizen&apos;s signature first: the record is what was signed.</source>
        <translation>先に申請書を印刷して本人の署名をもらってください。保存される記録は署名された内容です。</translation>
    </message>
    <message>
        <source>The forms changed after they were printed. Print them again and have the new paper signed.</source>
        <translation>印刷後に申請書の内容が変わりました。もう一度印刷し、新しい用紙に署名をもらってください。</translation>
    </message>
    <message>
        <source>The visit could not be saved: %1
The forms stay on the screen; try again.</source>
        <translation>受付を保存できませんでした：%1
申請書は画面に残っています。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The open visit could not be saved on this PC (%1). Keep working; complete the visit as soon as possible.</source>
        <translation>受付途中のデータをこのPCに保存できませんでした（%1）。作業は続けられます。できるだけ早く受付を完了してください。</translation>
    </message>
    <message>
        <source>The saved open visit has a format this version does not know.</source>
        <translation>保存されていた受付途中のデータは、このバージョンが扱えない形式です。</translation>
    </message>
</context>
<context>
    <name>kakanai::queue::QueueService</name>
    <message>
        <source>A %1 may not do this with queue tickets.</source>
        <translation>%1 は整理券のこの操作を行えません。</translation>
    </message>
    <message>
        <source>There is no ticket category “%1”.</source>
        <translation>整理券の区分「%1」はありません。</translation>
    </message>
    <message>
        <source>No ticket category serves these procedures; choose one.</source>
        <translation>この手続に対応する整理券の区分がありません。区分を選んでください。</translation>
    </message>
    <message>
        <source>A counter needs an ID of 1 to 16 characters.</source>
        <translation>窓口のIDは1〜16文字で指定してください。</translation>
    </message>
    <message>
        <source>This PC has no counter set: set queue/counter (Settings) to call tickets.</source>
        <translation>このPCには窓口が設定されていません。呼び出すには設定の queue/counter を設定してください。</translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation>本日の整理券 %1 はありません。</translation>
    </message>
    <message>
        <source>Counter %1 has no ticket called or being served.</source>
        <translation>%1番窓口で呼出中・対応中の整理券はありません。</translation>
    </message>
    <message>
        <source>All numbers of “%1” for today have been given out (%2 to %3). No number is given twice: ask an administrator to widen the band (kakanai-cli queue category).</source>
        <translation>本日の「%1」の番号（%2〜%3）はすべて発行済みです。同じ番号は二度発行しません。管理者に番号帯の拡大を依頼してください（kakanai-cli queue category）。</translation>
    </message>
    <message>
        <source>Ticket %1 is already in the queue; cancel it instead.</source>
        <translation>整理券 %1 はすでに待ち列にあります。取消を使ってください。</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: there is nothing to reprint.</source>
        <translation>整理券 %1 は%2のため、再印刷できません。</translation>
    </message>
    <message>
        <source>Counter %1 still has ticket %2 (%3): finish it or mark it absent first.</source>
        <translation>%1番窓口には整理券 %2（%3）があります。先に完了または不在にしてください。</translation>
    </message>
    <message>
        <source>Nobody is waiting for counter %1.</source>
        <translation>%1番窓口でお待ちの方はいません。</translation>
    </message>
    <message>
        <source>Say where the ticket goes: a category, a counter, or both.</source>
        <translation>転送先（区分、窓口、またはその両方）を指定してください。</translation>
    </message>
    <message>
        <source>That is not a visit ID.</source>
        <translation>受付記録のIDではありません。</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only a ticket being served or done is linked to a visit.</source>
        <translation>整理券 %1 は%2です。受付記録と関連付けられるのは対応中または完了の整理券だけです。</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>整理券 %1：%2</translation>
    </message>
    <message>
        <source>Ticket %1 was changed at another counter; look again.</source>
        <translation>整理券 %1 は別の窓口で変更されました。もう一度確認してください。</translation>
    </message>
</context>
<context>
    <name>kakanai::scan::SerialScanner</name>
    <message>
        <source>The scanner&apos;s port cannot be opened: no permission. Ask the administrator to add this account to the group of the serial ports (dialout).</source>
        <translation>スキャナーのポートを開けません（権限がありません）。このアカウントをシリアルポートのグループ（dialout）に追加するよう管理者に依頼してください。</translation>
    </message>
    <message>
        <source>The scanner was disconnected. Kakanai will use it again as soon as it is plugged in.</source>
        <translation>スキャナーの接続が切れました。接続し直すと、すぐにまた使えるようになります。</translation>
    </message>
    <message>
        <source>A scan was too long and was ignored. Scan the code again.</source>
        <translation>読み取った内容が長すぎるため、無視しました。コードをもう一度読み取ってください。</translation>
    </message>
    <message>
        <source>The scanner sent text that could not be read (not UTF-8) and it was ignored. Check the scanner&apos;s character set, then scan again.</source>
        <translation>スキャナーから読めない文字（UTF-8 ではない）が送られてきたため、無視しました。スキャナーの文字コード設定を確認してから、もう一度読み取ってください。</translation>
    </message>
</context>
</TS>
