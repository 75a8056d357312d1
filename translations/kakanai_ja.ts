<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <translation>使い方: kakanai-cli [--settings ファイル] [--db ファイル] [--lang ja|en] コマンド …

コマンド:
  db check [--json]     ローカルデータベースを変更せずに検査する
  db backup ファイル     稼働中のデータベースの整合したコピーを書き出す
  db migrate            データベースをこのプログラムのスキーマに更新する

オプション:
  --version             バージョンを表示する
  --help                このヘルプを表示する</translation>
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
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Usage: kakanai-cli [--db FILE] db check [--json]
       kakanai-cli [--db FILE] db backup TARGET-FILE
       kakanai-cli [--db FILE] db migrate</source>
        <translation>使い方: kakanai-cli [--db ファイル] db check [--json]
        kakanai-cli [--db ファイル] db backup 出力ファイル
        kakanai-cli [--db ファイル] db migrate</translation>
    </message>
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
</context>
<context>
    <name>Kakanai</name>
    <message>
        <source>Kakanai cannot start</source>
        <translation>Kakanai を起動できません</translation>
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
</context>
<context>
    <name>kakanai::PlaceholderPage</name>
    <message>
        <source>This part of Kakanai is not available in this version yet. Nothing you do here is saved.</source>
        <translation>この機能は、このバージョンではまだ利用できません。この画面での操作は保存されません。</translation>
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
</context>
</TS>
