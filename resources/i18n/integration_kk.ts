<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="198"/>
        <source>Not linked to a visit</source>
        <translation>Сапарға байланыспаған</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="250"/>
        <source>Deleted on this computer, edited on another</source>
        <translation>Осы компьютерде жойылған, басқасында өзгертілген</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="251"/>
        <source>Deleted on another computer, edited here</source>
        <translation>Басқа компьютерде жойылған, осында өзгертілген</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="252"/>
        <source>%1 — %2: %3 — keep or delete?</source>
        <translation>%1 — %2: %3 — қалдыру ма, жою ма?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="256"/>
        <source>%1 — %2: “%3” was changed differently on %4 computers. Which value is right?</source>
        <translation>%1 — %2: «%3» өрісі %4 компьютерде әртүрлі өзгертілген (қайшылық). Қай мән дұрыс?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="261"/>
        <source>%1 — %2: “%3” was changed on two computers. Which value is right?</source>
        <translation>%1 — %2: «%3» өрісі екі компьютерде әртүрлі өзгертілген (қайшылық). Қай мән дұрыс?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="275"/>
        <source>Delete it</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="275"/>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="277"/>
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="278"/>
        <source>Keep theirs</source>
        <translation>Басқа компьютердегіні қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="278"/>
        <source>Keep this</source>
        <translation>Осыны қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="285"/>
        <source>On another computer (%1)</source>
        <translation>Басқа компьютерде (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="308"/>
        <source>The choice could not be saved: %1</source>
        <translation>Таңдауды сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="325"/>
        <source>Checklist answer</source>
        <translation>Тексеру парағының жауабы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="325"/>
        <source>Finding</source>
        <translation>Тұжырым</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="326"/>
        <source>Photo</source>
        <translation>Фотосурет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="326"/>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="327"/>
        <source>Visit details</source>
        <translation>Сапар туралы мәліметтер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="328"/>
        <source>Institution details</source>
        <translation>Мекеме туралы мәліметтер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="332"/>
        <source>deleted or kept</source>
        <translation>жою немесе қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="332"/>
        <source>answer</source>
        <translation>жауап</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="333"/>
        <source>comment</source>
        <translation>түсініктеме</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="333"/>
        <source>problem mark</source>
        <translation>проблема белгісі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="334"/>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="334"/>
        <source>recommendation</source>
        <translation>ұсыным</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="335"/>
        <source>addressee</source>
        <translation>адресат</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="335"/>
        <source>due date</source>
        <translation>мерзім</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="336"/>
        <source>severity</source>
        <translation>маңыздылығы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="336"/>
        <source>theme</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="337"/>
        <source>caption</source>
        <translation>сипаттама</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="337"/>
        <source>shows faces</source>
        <translation>бет-әлпет көрінеді</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="338"/>
        <source>notes</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="338"/>
        <source>deputies</source>
        <translation>депутаттар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="339"/>
        <source>participants</source>
        <translation>қатысушылар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="339"/>
        <source>status</source>
        <translation>мәртебе</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="340"/>
        <source>start date</source>
        <translation>басталу күні</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="340"/>
        <source>end date</source>
        <translation>аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="341"/>
        <source>interview answers</source>
        <translation>сұхбат жауаптары</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="341"/>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="342"/>
        <source>region</source>
        <translation>өңір</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="342"/>
        <source>district</source>
        <translation>аудан</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="343"/>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="343"/>
        <source>evidence</source>
        <translation>дәлелдер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="351"/>
        <source>Deleted</source>
        <translation>Жойылған</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="351"/>
        <source>Kept, with the edit</source>
        <translation>Өзгерісімен сақталған</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="356"/>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="358"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="358"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="367"/>
        <source>These records were changed differently on two or more computers, and every value was kept. For each, choose the value to keep; your choice is sent with the next sync.</source>
        <translation>Бұл жазбалар екі немесе одан да көп компьютерде әртүрлі өзгертілген (қайшылық), барлық мәндер сақталды. Әрқайсысы үшін қай мәнді қалдыру керектігін таңдаңыз; таңдауыңыз келесі синхрондау кезінде жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="374"/>
        <source>Needs review</source>
        <translation>Тексеруді қажет етеді</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="370"/>
        <source>These records were changed differently on two computers, and both values were kept. For each, choose the value to keep; your choice is sent with the next sync.</source>
        <translation>Бұл жазбалар екі компьютерде әртүрлі өзгертілген (қайшылық), екі мән де сақталды. Әрқайсысы үшін қай мәнді қалдыру керектігін таңдаңыз; таңдауыңыз келесі синхрондау кезінде жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="376"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="376"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="282"/>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="377"/>
        <source>On this computer</source>
        <translation>Осы компьютерде</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="284"/>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="378"/>
        <source>On the other computer</source>
        <translation>Басқа компьютерде</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="379"/>
        <source>Further values</source>
        <translation>Қалған мәндер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="380"/>
        <source>Nothing needs review.</source>
        <translation>Тексеретін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="381"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>answers: %1</source>
        <translation>жауаптар: %1</translation>
    </message>
    <message>
        <source>photos: %1</source>
        <translation>фотосуреттер: %1</translation>
    </message>
    <message>
        <source>interviews: %1</source>
        <translation>сұхбаттар: %1</translation>
    </message>
    <message>
        <source>findings: %1</source>
        <translation>тұжырымдар: %1</translation>
    </message>
    <message>
        <source>visits: %1</source>
        <translation>сапарлар: %1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>әзірге ештеңе жоқ</translation>
    </message>
    <message>
        <source>Delete the visit and everything in it</source>
        <translation>Сапарды ішіндегісімен жою</translation>
    </message>
    <message>
        <source>Keep the visit with everything in it</source>
        <translation>Сапарды ішіндегісімен қалдыру</translation>
    </message>
    <message>
        <source>Delete the institution and its visits</source>
        <translation>Мекемені сапарларымен жою</translation>
    </message>
    <message>
        <source>Keep the institution with its visits</source>
        <translation>Мекемені сапарларымен қалдыру</translation>
    </message>
    <message>
        <source>%1: this visit was deleted %2, while work went on in it %3. Nothing is deleted until someone decides. It now holds: %4. Keep the visit with everything in it, or delete it for the whole team?</source>
        <translation>%1: бұл сапар %2 жойылды, ал %3 онымен жұмыс жалғасты. Біреу шешім қабылдағанша ештеңе жойылмайды. Қазір онда: %4. Сапарды ішіндегісімен қалдыру ма, әлде бүкіл топ үшін жою ма?</translation>
    </message>
    <message>
        <source>%1: this institution was deleted %2, while work went on in its visits %3. Nothing is deleted until someone decides. It now holds: %4. Keep the institution with its visits, or delete it for the whole team?</source>
        <translation>%1: бұл мекеме %2 жойылды, ал %3 оның сапарларымен жұмыс жалғасты. Біреу шешім қабылдағанша ештеңе жойылмайды. Қазір онда: %4. Мекемені сапарларымен қалдыру ма, әлде бүкіл топ үшін жою ма?</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>осы компьютерде</translation>
    </message>
    <message>
        <source>on another computer</source>
        <translation>басқа компьютерде</translation>
    </message>
    <message>
        <source>on %1's computer</source>
        <translation>%1 пайдаланушының компьютерінде</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="127"/>
        <source>Select a visit in the list first.</source>
        <translation>Алдымен тізімнен сапарды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="138"/>
        <source>Save the visit report</source>
        <translation>Сапар есебін сақтау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="139"/>
        <location filename="../../inspector/ui/export_actions.py" line="156"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="142"/>
        <source>Making the visit report…</source>
        <translation>Сапар есебі жасалуда…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="154"/>
        <source>Save the summary</source>
        <translation>Жиынтық есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="155"/>
        <source>Summary across visits</source>
        <translation>Сапарлар бойынша жиынтық есеп</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="158"/>
        <source>Making the summary…</source>
        <translation>Жиынтық есеп жасалуда…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="163"/>
        <source>Export to Excel</source>
        <translation>Excel-ге экспорттау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="163"/>
        <source>Visits</source>
        <translation>Сапарлар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="164"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="166"/>
        <source>Exporting to Excel…</source>
        <translation>Excel-ге экспортталуда…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="209"/>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="217"/>
        <location filename="../../inspector/ui/export_actions.py" line="245"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="218"/>
        <source>Saved:
%1</source>
        <translation>Сақталды:
%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="221"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="222"/>
        <source>Show in folder</source>
        <translation>Қалтада көрсету</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="223"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="240"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт тоқтатылды, файл жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="246"/>
        <source>The export failed: %1</source>
        <translation>Экспорттау сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="256"/>
        <source>Export visit &amp;report (PDF)…</source>
        <translation>Сапар &amp;есебі (PDF)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="257"/>
        <source>A PDF report on the selected visit, for a deputy inquiry</source>
        <translation>Таңдалған сапар бойынша PDF есеп — депутаттық сауал үшін</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="258"/>
        <source>&amp;Summary across visits (PDF)…</source>
        <translation>Сапарлар бойынша жи&amp;ынтық есеп (PDF)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="259"/>
        <source>One PDF comparing the visits of a kind, region and period</source>
        <translation>Сапарларды мекеме түрі, өңір және кезең бойынша салыстыратын бір PDF</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="260"/>
        <source>Export to E&amp;xcel…</source>
        <translation>&amp;Excel-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="261"/>
        <source>Answers, interviews and findings of all visits as an Excel workbook</source>
        <translation>Барлық сапарлардың жауаптары, сұхбаттары мен тұжырымдары Excel кітабында</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="1"/>
        <source>Save the database</source>
        <translation>Дерекқорды сақтау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="1"/>
        <source>SQLite databases (*.db)</source>
        <translation>SQLite дерекқорлары (*.db)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="1"/>
        <source>Writing the database…</source>
        <translation>Дерекқор жазылуда…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="1"/>
        <source>SQLite &amp;database…</source>
        <translation>SQLite &amp;дерекқоры…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="1"/>
        <source>The visits as a database for analysts: Datasette, DB Browser, Excel, pandas</source>
        <translation>Сапарлар талдаушыларға арналған дерекқор ретінде: Datasette, DB Browser, Excel, pandas</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="1"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <source>Before export</source>
        <translation>Экспорт алдында</translation>
    </message>
    <message>
        <source>Make the report anyway</source>
        <translation>Бәрібір есепті жасау</translation>
    </message>
    <message>
        <source>Go back and fix</source>
        <translation>Қайтып түзету</translation>
    </message>
    <message numerus="yes">
        <source>The report can be made, but a reader may object to %n thing(s):</source>
        <translation>
            <numerusform>Есепті жасауға болады, бірақ оқырманда %n ескерту болуы мүмкін:</numerusform><numerusform>Есепті жасауға болады, бірақ оқырманда %n ескерту болуы мүмкін:</numerusform></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="64"/>
        <source>Enter your user name and password.</source>
        <translation>Пайдаланушы атын және құпия сөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="74"/>
        <source>Sign in to the sync server</source>
        <translation>Синхрондау серверіне кіру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="75"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="76"/>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="78"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпия сөз:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="80"/>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="81"/>
        <source>Password</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="82"/>
        <source>The password is used once to sign this computer in; it is not saved. Later syncs need no password.</source>
        <translation>Құпия сөз осы компьютерді қосу үшін бір рет қолданылады және сақталмайды. Келесі синхрондауларға құпия сөз қажет емес.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="84"/>
        <source>Sign in and sync</source>
        <translation>Кіру және синхрондау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="85"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="137"/>
        <source>Visit report (PDF)</source>
        <translation>Сапар есебі (PDF)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="138"/>
        <source>Visit:</source>
        <translation>Сапар:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="140"/>
        <source>Include &amp;photos that show faces</source>
        <translation>Адамдардың беті көрінетін &amp;фотосуреттерді қосу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="142"/>
        <source>Only with the consent of the people shown (for children and residents of care homes, of their legal representatives). Without it, such photos must not leave the team: leave this off for reports that are sent or published.</source>
        <translation>Тек суреттегі адамдардың келісімімен (балалар мен интернат тұрғындары үшін — олардың заңды өкілдерінің келісімімен). Келісімсіз мұндай фотосуреттер топтан шықпауы тиіс: жіберілетін немесе жарияланатын есептерде бұл белгіні қоймаңыз.</translation>
    </message>
</context>
<context>
    <name>DatabaseOptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="1"/>
        <source>&amp;Language of the labels:</source>
        <translation>&amp;Белгілер тілі:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="1"/>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="1"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="1"/>
        <source>SQLite database for analysts</source>
        <translation>Талдаушыларға арналған SQLite дерекқоры</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="1"/>
        <source>Include the &amp;photos themselves (never those showing faces)</source>
        <translation>&amp;Фотосуреттердің өзін қосу (беттер көрінетіндерін ешқашан)</translation>
    </message>
</context>
<context>
    <name>SummaryOptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="195"/>
        <source>The period ends before it starts.</source>
        <translation>Кезеңнің соңы басынан ерте.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="203"/>
        <source>All kinds</source>
        <translation>Мекемелердің барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="207"/>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="214"/>
        <source>Summary across visits (PDF)</source>
        <translation>Сапарлар бойынша жиынтық есеп (PDF)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="216"/>
        <source>&amp;Kind of institution:</source>
        <translation>&amp;Мекеме түрі:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="217"/>
        <source>&amp;Region:</source>
        <translation>&amp;Өңір:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="218"/>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="219"/>
        <source>&amp;only from</source>
        <translation>мерзімін &amp;шектеу:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="220"/>
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="221"/>
        <source>First day</source>
        <translation>Бірінші күн</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="222"/>
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="226"/>
        <source>Include &amp;drafts (visits not yet completed; each is marked as a draft)</source>
        <translation>&amp;Жобаларды қосу (аяқталмаған барулар; әрқайсысы жоба деп белгіленеді)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="181"/>
        <source>To sync, enter the server address and your user name in Settings.</source>
        <translation>Синхрондау үшін Баптауларда сервер мекенжайын және пайдаланушы атын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="215"/>
        <source>Syncing…</source>
        <translation>Синхрондау…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="222"/>
        <source>Sync: %1</source>
        <translation>Синхрондау: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="229"/>
        <source>sending photos</source>
        <translation>фотосуреттер жіберілуде</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="229"/>
        <source>sending changes</source>
        <translation>өзгерістер жіберілуде</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="230"/>
        <source>receiving changes</source>
        <translation>өзгерістер алынуда</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="231"/>
        <source>receiving photos</source>
        <translation>фотосуреттер алынуда</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="242"/>
        <source>Synced. Sent visits: %1, photos: %2; received visits: %3, photos: %4; %5 transferred.</source>
        <translation>Синхрондалды. Жіберілген сапарлар: %1, фотосуреттер: %2; алынған сапарлар: %3, фотосуреттер: %4; барлығы %5 берілді.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="249"/>
        <source>Need review: %1.</source>
        <translation>Тексеруді қажет етеді: %1.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="251"/>
        <source>Refused by the server: %1.</source>
        <translation>Сервер қабылдамады: %1.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="255"/>
        <source>The server did not know %1 records; they were sent again (it was restored from a backup or replaced).</source>
        <translation>Сервер %1 жазбаны білмеді — қайта жіберілді (ол сақтық көшірмеден қалпына келтірілген не ауыстырылған).</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="263"/>
        <source>Sync cancelled. Nothing is lost; the next sync continues where it stopped.</source>
        <translation>Синхрондау тоқтатылды. Ештеңе жоғалған жоқ: келесі синхрондау тоқтаған жерінен жалғасады.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="268"/>
        <source>The server did not accept this user name and password. Check them and try again.</source>
        <translation>Сервер бұл пайдаланушы аты мен құпия сөзді қабылдамады. Оларды тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="270"/>
        <source>This computer&apos;s sign-in has expired. Enter your password to sync.</source>
        <translation>Осы компьютердің кіру мерзімі өтті. Синхрондау үшін құпия сөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="275"/>
        <source>Everything you recorded stays saved on this computer.</source>
        <translation>Жазғандарыңыздың барлығы осы компьютерде сақтаулы.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="297"/>
        <source>Too many failed sign-ins with this name or from this address. Wait %2 s, then sync again.</source>
        <translation>Осы атпен не осы мекенжайдан кіру әрекеттері тым көп рет сәтсіз болды. %2 с күтіп, синхрондауды қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="300"/>
        <source>The connection to the sync server %1 broke off during its answer. Sync again: it continues where it stopped.</source>
        <translation>%1 синхрондау серверімен байланыс жауап кезінде үзілді. Синхрондауды қайталаңыз: ол тоқтаған жерінен жалғасады.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="277"/>
        <source>The sync server %1 cannot be reached. Check the internet connection and the server address in Settings, then sync again.</source>
        <translation>%1 синхрондау серверіне қосылу мүмкін емес. Интернет байланысын және Баптаулардағы сервер мекенжайын тексеріп, синхрондауды қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="280"/>
        <source>This version of Inspector does not match the server&apos;s. Install the current version of Inspector, or ask the administrator to update the server.</source>
        <translation>Inspector-дың бұл нұсқасы сервер нұсқасына сәйкес келмейді. Inspector-дың ағымдағы нұсқасын орнатыңыз немесе әкімшіден серверді жаңартуды сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="284"/>
        <source>Sync stopped: the server answered “%2”. Sync again to continue; what was already sent is kept.</source>
        <translation>Синхрондау тоқтады: сервер «%2» деп жауап берді. Жалғастыру үшін синхрондауды қайта іске қосыңыз; жіберілгені сақталады.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="287"/>
        <source>Sync stopped because of an unexpected error: %2. Sync again to continue.</source>
        <translation>Синхрондау күтпеген қатеге байланысты тоқтады: %2. Жалғастыру үшін синхрондауды қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="294"/>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="297"/>
        <source>Open Settings</source>
        <translation>Баптауларды ашу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="315"/>
        <source>S&amp;ync</source>
        <translation>&amp;Синхрондау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="316"/>
        <source>Send this computer&apos;s changes to the team&apos;s server and receive theirs</source>
        <translation>Осы компьютердегі өзгерістерді топ серверіне жіберу және әріптестердің өзгерістерін алу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="319"/>
        <source>Records needing &amp;review…</source>
        <translation>&amp;Тексерілетін жазбалар…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="320"/>
        <source>Records changed differently on two computers: choose what to keep</source>
        <translation>Екі компьютерде әртүрлі өзгертілген жазбалар (қайшылықтар): нені қалдыру керектігін таңдаңыз</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="44"/>
        <location filename="../../inspector/ui/sync_panel.py" line="48"/>
        <source>Never synced</source>
        <translation>Әлі синхрондалмаған</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="52"/>
        <source>Synced today at %1</source>
        <translation>Соңғы синхрондау: бүгін, %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="54"/>
        <source>Last sync %1 %2</source>
        <translation>Соңғы синхрондау: %1, %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="62"/>
        <source>not yet sent: %1</source>
        <translation>жіберілмеген: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="64"/>
        <source>Changes on this computer that the next sync sends</source>
        <translation>Келесі синхрондау кезінде жіберілетін осы компьютердегі өзгерістер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="65"/>
        <source>%1 need review</source>
        <translation>Тексеруді қажет етеді: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="66"/>
        <source>Records edited differently on two computers: choose which value to keep</source>
        <translation>Екі компьютерде әртүрлі өзгертілген жазбалар: қай мәнді қалдыру керектігін таңдаңыз</translation>
    </message>
</context>
<context>
    <name>_OptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="94"/>
        <source>&amp;Language of the report:</source>
        <translation>Есеп &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="95"/>
        <source>La&amp;yout:</source>
        <translation>Ма&amp;кет:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="96"/>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="97"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
</TS>
