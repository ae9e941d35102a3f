<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AnnounceDialog</name>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="275"/>
        <source>Announced</source>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="278"/>
        <source>&amp;Announced on:</source>
        <translation>&amp;Жарияланған күні:</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="297"/>
        <source>The answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="301"/>
        <source>No document attached</source>
        <translation>Құжат тіркелмеген</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="302"/>
        <source>A&amp;ttach…</source>
        <translation>&amp;Тіркеу…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="308"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Алынған күні:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="309"/>
        <source>&amp;From:</source>
        <translation>&amp;Кімнен:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="310"/>
        <source>Document:</source>
        <translation>Құжат:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="339"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;All files (*)</source>
        <translation>Құжаттар (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="320"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <location filename="../../inspector/ui/visit/question_widgets.py" line="173"/>
        <source>Key %1</source>
        <translation>%1 пернесі</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="185"/>
        <source>Replace this profile&apos;s data with a backup copy; the current data is kept aside</source>
        <translation>Профиль деректерін сақтық көшірмемен ауыстыру; ағымдағы деректер бөлек сақталады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="184"/>
        <source>Res&amp;tore from a backup copy…</source>
        <translation>Сақтық көшірмеден қа&amp;лпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="182"/>
        <source>Save every visit, photo and interview of this profile to one file</source>
        <translation>Осы профильдің барлық сапарларын, фотосуреттері мен сұхбаттарын бір файлға сақтау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="181"/>
        <source>&amp;Backup copy…</source>
        <translation>Сақтық &amp;көшірме…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="174"/>
        <source>Restored</source>
        <translation>Қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="172"/>
        <source>The data before the restore is kept in:
%1</source>
        <translation>Қалпына келтіруге дейінгі деректер мына қалтада сақталды:
%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="170"/>
        <source>Restored. Start Inspector again to work with the restored data.</source>
        <translation>Қалпына келтірілді. Қалпына келтірілген деректермен жұмыс істеу үшін Inspector-ды қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="165"/>
        <source>The backup copy was not restored; the data is as it was. %1

Start Inspector again.</source>
        <translation>Сақтық көшірме қалпына келтірілмеді; деректер бұрынғыдай қалды. %1

Inspector-ды қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="164"/>
        <source>Not restored</source>
        <translation>Қалпына келтірілмеді</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="137"/>
        <source>Restoring from the backup copy…</source>
        <translation>Сақтық көшірмеден қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="121"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="121"/>
        <source>Restore and close</source>
        <translation>Қалпына келтіру және жабу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="116"/>
        <source>The data of this profile will be replaced by the backup copy:
%1

Nothing is deleted: the current data is moved to a folder next to it (its name ends in “before-restore” and the date). Inspector then closes; start it again to work with the restored data.</source>
        <translation>Осы профильдің деректері сақтық көшірмемен ауыстырылады:
%1

Ештеңе өшірілмейді: ағымдағы деректер жанындағы қалтаға көшіріледі (оның атауы «before-restore» және күнмен аяқталады). Содан кейін Inspector жабылады; қалпына келтірілген деректермен жұмыс істеу үшін оны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="115"/>
        <source>Restore from the backup copy?</source>
        <translation>Сақтық көшірмеден қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="111"/>
        <source>Restore from a backup copy</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="99"/>
        <source>Backup cancelled</source>
        <translation>Сақтық көшірме жасау тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="94"/>
        <source>The backup copy is saved:
%1

Keep it on another disk or a USB stick: it holds every visit, photo and interview of this profile.</source>
        <translation>Сақтық көшірме сақталды:
%1

Оны басқа дискіде немесе флешкада сақтаңыз: онда осы профильдің барлық сапарлары, фотосуреттері мен сұхбаттары бар.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="93"/>
        <source>Backup copy</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="91"/>
        <source>Backup copy saved: %1</source>
        <translation>Сақтық көшірме сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="82"/>
        <source>Making a backup copy…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="75"/>
        <location filename="../../inspector/ui/backup_commands.py" line="112"/>
        <source>Backup copies (*.zip)</source>
        <translation>Сақтық көшірмелер (*.zip)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="74"/>
        <source>Save a backup copy</source>
        <translation>Сақтық көшірмені сақтау</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../inspector/ui/visit/checklist_view.py" line="230"/>
        <source>Checklist sections</source>
        <translation>Тексеру парағының бөлімдері</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/checklist_view.py" line="249"/>
        <source>%1 of %2 answered</source>
        <translation>%2 сұрақтың %1-не жауап берілді</translation>
    </message>
</context>
<context>
    <name>CompletionSummaryDialog</name>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="112"/>
        <source>&amp;Back to the visit</source>
        <translation>Сапарға &amp;оралу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="110"/>
        <source>&amp;Complete visit</source>
        <translation>Сапарды ая&amp;қтау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="88"/>
        <source>Findings without a deadline</source>
        <translation>Мерзімі жоқ тұжырымдар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="87"/>
        <source>Problems without a photo</source>
        <translation>Фотосуреті жоқ мәселелер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="86"/>
        <source>Fields with errors</source>
        <translation>Қатесі бар өрістер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="85"/>
        <source>Questions without an answer (not required)</source>
        <translation>Жауапсыз сұрақтар (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="84"/>
        <source>Answered questions</source>
        <translation>Жауап берілген сұрақтар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="81"/>
        <source>Before the visit is completed and locked:</source>
        <translation>Сапар аяқталып, өзгертуге жабылмас бұрын:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="80"/>
        <source>Complete the visit</source>
        <translation>Сапарды аяқтау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="105"/>
        <source>Of them, answered «no data»</source>
        <translation>Оның ішінде «мәлімет жоқ»</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="120"/>
        <source>Not linked to a visit</source>
        <translation>Сапарға байланыспаған</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="174"/>
        <source>Deleted on this computer, edited on another</source>
        <translation>Осы компьютерде жойылған, басқасында өзгертілген</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="175"/>
        <source>Deleted on another computer, edited here</source>
        <translation>Басқа компьютерде жойылған, осында өзгертілген</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="176"/>
        <source>%1 — %2: %3 — keep or delete?</source>
        <translation>%1 — %2: %3 — қалдыру ма, жою ма?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="180"/>
        <source>%1 — %2: “%3” was changed differently on %4 computers. Which value is right?</source>
        <translation>%1 — %2: «%3» өрісі %4 компьютерде әртүрлі өзгертілген (қайшылық). Қай мән дұрыс?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="185"/>
        <source>%1 — %2: “%3” was changed on two computers. Which value is right?</source>
        <translation>%1 — %2: «%3» өрісі екі компьютерде әртүрлі өзгертілген (қайшылық). Қай мән дұрыс?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="199"/>
        <source>Delete it</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="199"/>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="201"/>
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="202"/>
        <source>Keep theirs</source>
        <translation>Басқа компьютердегіні қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="202"/>
        <source>Keep this</source>
        <translation>Осыны қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="239"/>
        <source>On another computer (%1)</source>
        <translation>Басқа компьютерде (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="267"/>
        <source>The choice could not be saved: %1</source>
        <translation>Таңдауды сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="284"/>
        <source>Checklist answer</source>
        <translation>Тексеру парағының жауабы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="284"/>
        <source>Finding</source>
        <translation>Тұжырым</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="285"/>
        <source>Photo</source>
        <translation>Фотосурет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="285"/>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="286"/>
        <source>Visit details</source>
        <translation>Сапар туралы мәліметтер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="287"/>
        <source>Institution details</source>
        <translation>Мекеме туралы мәліметтер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="291"/>
        <source>deleted or kept</source>
        <translation>жою немесе қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="291"/>
        <source>answer</source>
        <translation>жауап</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="292"/>
        <source>comment</source>
        <translation>түсініктеме</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="292"/>
        <source>problem mark</source>
        <translation>мәселе белгісі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="293"/>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="293"/>
        <source>recommendation</source>
        <translation>ұсыным</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="294"/>
        <source>addressee</source>
        <translation>адресат</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="294"/>
        <source>due date</source>
        <translation>мерзім</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="295"/>
        <source>severity</source>
        <translation>маңыздылығы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="295"/>
        <source>theme</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="296"/>
        <source>caption</source>
        <translation>сипаттама</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="296"/>
        <source>shows faces</source>
        <translation>бет-әлпет көрінеді</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="298"/>
        <source>notes</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="298"/>
        <source>deputies</source>
        <translation>депутаттар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="299"/>
        <source>participants</source>
        <translation>қатысушылар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="299"/>
        <source>status</source>
        <translation>мәртебе</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="300"/>
        <source>start date</source>
        <translation>басталу күні</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="300"/>
        <source>end date</source>
        <translation>аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="301"/>
        <source>interview answers</source>
        <translation>сұхбат жауаптары</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="301"/>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="302"/>
        <source>region</source>
        <translation>өңір</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="302"/>
        <source>district</source>
        <translation>аудан</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="303"/>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="303"/>
        <source>evidence</source>
        <translation>дәлелдер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="317"/>
        <source>Deleted</source>
        <translation>Жойылған</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="317"/>
        <source>Kept, with the edit</source>
        <translation>Өзгерісімен сақталған</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="322"/>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="324"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="324"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="333"/>
        <source>These records were changed differently on two or more computers, and every value was kept. For each, choose the value to keep; your choice is sent with the next sync.</source>
        <translation>Бұл жазбалар екі немесе одан да көп компьютерде әртүрлі өзгертілген (қайшылық), барлық мәндер сақталды. Әрқайсысы үшін қай мәнді қалдыру керектігін таңдаңыз; таңдауыңыз келесі синхрондау кезінде жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="340"/>
        <source>Needs review</source>
        <translation>Тексеруді қажет етеді</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="336"/>
        <source>These records were changed differently on two computers, and both values were kept. For each, choose the value to keep; your choice is sent with the next sync.</source>
        <translation>Бұл жазбалар екі компьютерде әртүрлі өзгертілген (қайшылық), екі мән де сақталды. Әрқайсысы үшін қай мәнді қалдыру керектігін таңдаңыз; таңдауыңыз келесі синхрондау кезінде жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="342"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="342"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="236"/>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="343"/>
        <source>On this computer</source>
        <translation>Осы компьютерде</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="238"/>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="344"/>
        <source>On the other computer</source>
        <translation>Басқа компьютерде</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="345"/>
        <source>Further values</source>
        <translation>Қалған мәндер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="346"/>
        <source>Nothing needs review.</source>
        <translation>Тексеруді қажет ететін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="347"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="228"/>
        <source>answers: %1</source>
        <translation>жауаптар: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="228"/>
        <source>photos: %1</source>
        <translation>фотосуреттер: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="229"/>
        <source>interviews: %1</source>
        <translation>сұхбаттар: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="229"/>
        <source>findings: %1</source>
        <translation>тұжырымдар: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="230"/>
        <source>visits: %1</source>
        <translation>сапарлар: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="232"/>
        <source>nothing yet</source>
        <translation>әзірге ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="311"/>
        <source>Delete the visit and everything in it</source>
        <translation>Сапарды ішіндегісімен жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="312"/>
        <source>Keep the visit with everything in it</source>
        <translation>Сапарды ішіндегісімен қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="314"/>
        <source>Delete the institution and its visits</source>
        <translation>Мекемені сапарларымен жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="315"/>
        <source>Keep the institution with its visits</source>
        <translation>Мекемені сапарларымен қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="206"/>
        <source>%1: this visit was deleted %2, while work went on in it %3. Nothing is deleted until someone decides. It now holds: %4. Keep the visit with everything in it, or delete it for the whole team?</source>
        <translation>%1: бұл сапар %2 жойылды, ал %3 онымен жұмыс жалғасты. Біреу шешім қабылдағанша ештеңе жойылмайды. Қазір онда: %4. Сапарды ішіндегісімен қалдыру ма, әлде бүкіл топ үшін жою ма?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="210"/>
        <source>%1: this institution was deleted %2, while work went on in its visits %3. Nothing is deleted until someone decides. It now holds: %4. Keep the institution with its visits, or delete it for the whole team?</source>
        <translation>%1: бұл мекеме %2 жойылды, ал %3 оның сапарларымен жұмыс жалғасты. Біреу шешім қабылдағанша ештеңе жойылмайды. Қазір онда: %4. Мекемені сапарларымен қалдыру ма, әлде бүкіл топ үшін жою ма?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="220"/>
        <source>on this computer</source>
        <translation>осы компьютерде</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="224"/>
        <source>on another computer</source>
        <translation>басқа компьютерде</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="225"/>
        <source>on %1&apos;s computer</source>
        <translation>%1 пайдаланушының компьютерінде</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="297"/>
        <source>face boxes</source>
        <translation>бет жақтаулары</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="297"/>
        <source>questions</source>
        <translation>сұрақтар</translation>
    </message>
</context>
<context>
    <name>DatabaseOptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="265"/>
        <source>&amp;Language of the labels:</source>
        <translation>&amp;Белгілер тілі:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="266"/>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="267"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="271"/>
        <source>SQLite database for analysts</source>
        <translation>Талдаушыларға арналған SQLite дерекқоры</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="272"/>
        <source>Include the &amp;photos themselves (never those showing faces)</source>
        <translation>&amp;Фотосуреттердің өзін қосу (беттер көрінетіндерін ешқашан)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../inspector/ui/date_field.py" line="158"/>
        <source>Choose in the calendar (F4)</source>
        <translation>Күнтізбеден таңдау (F4)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/date_field.py" line="157"/>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="67"/>
        <source>No visits yet</source>
        <translation>Әзірге сапарлар жоқ</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="69"/>
        <source>Record what you see when you visit a public service centre, an elderly home, a baby home or an adaptation centre: the checklist, photos, interviews with staff and your findings. Everything is saved on this computer as you type and works without the internet.</source>
        <translation>ХҚКО-ға, қарттар үйіне, сәби үйіне немесе бейімдеу орталығына барғанда көргеніңізді жазып алыңыз: тексеру парағы, фотосуреттер, қызметкерлермен сұхбаттар және сіздің тұжырымдарыңыз. Барлығы теру барысында осы компьютерде сақталады және интернетсіз жұмыс істейді.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="73"/>
        <location filename="../../inspector/ui/empty_state.py" line="74"/>
        <source>Create the first visit</source>
        <translation>Алғашқы сапарды құру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="75"/>
        <source>Load demo data</source>
        <translation>Демо-деректерді жүктеу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="76"/>
        <source>Load demo visits to look around</source>
        <translation>Танысу үшін сапар мысалдарын жүктеу</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="58"/>
        <source>Evidence for the finding</source>
        <translation>Тұжырымның дәлелдері</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="60"/>
        <source>A finding is stronger when several sources support it: tick the answers, photos and interviews that show it.</source>
        <translation>Тұжырымды бірнеше дереккөз растаса, ол сенімдірек болады: оны көрсететін жауаптарды, фотосуреттерді және сұхбаттарды белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="65"/>
        <source>Filter…</source>
        <translation>Сүзгі…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="76"/>
        <source>Checklist answers</source>
        <translation>Тексеру парағының жауаптары</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="94"/>
        <source>Photos</source>
        <translation>Фотосуреттер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="101"/>
        <source>Interviews</source>
        <translation>Сұхбаттар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="106"/>
        <source>Interview %1</source>
        <translation>Сұхбат %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="110"/>
        <source>(nothing yet)</source>
        <translation>(әзірге ештеңе жоқ)</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="91"/>
        <source>Select a visit in the list first.</source>
        <translation>Алдымен тізімнен сапарды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="148"/>
        <source>Save the visit report</source>
        <translation>Сапар есебін сақтау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="149"/>
        <location filename="../../inspector/ui/export_actions.py" line="173"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="154"/>
        <source>Making the visit report…</source>
        <translation>Сапар есебі жасалуда…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="171"/>
        <source>Save the summary</source>
        <translation>Жиынтық есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="172"/>
        <source>Summary across visits</source>
        <translation>Сапарлар бойынша жиынтық есеп</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="177"/>
        <source>Making the summary…</source>
        <translation>Жиынтық есеп жасалуда…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="185"/>
        <source>Export to Excel</source>
        <translation>Excel-ге экспорттау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="185"/>
        <location filename="../../inspector/ui/export_actions.py" line="199"/>
        <source>Visits</source>
        <translation>Сапарлар саны</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="186"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="188"/>
        <source>Exporting to Excel…</source>
        <translation>Excel-ге экспортталуда…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="288"/>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="296"/>
        <location filename="../../inspector/ui/export_actions.py" line="330"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="297"/>
        <source>Saved:
%1</source>
        <translation>Сақталды:
%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="300"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="301"/>
        <source>Show in folder</source>
        <translation>Қалтада көрсету</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="302"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="322"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт тоқтатылды, файл жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="331"/>
        <source>The export failed: %1</source>
        <translation>Экспорттау сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="342"/>
        <source>A PDF report on the selected visit, for a deputy inquiry</source>
        <translation>Таңдалған сапар бойынша PDF есеп — депутаттық сауал үшін</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="343"/>
        <source>&amp;Summary across visits (PDF)…</source>
        <translation>Сапарлар бойынша жи&amp;ынтық есеп (PDF)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="344"/>
        <source>One PDF comparing the visits of a kind, region and period</source>
        <translation>Сапарларды мекеме түрі, өңір және кезең бойынша салыстыратын бір PDF</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="345"/>
        <source>Export to E&amp;xcel…</source>
        <translation>Excel-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="346"/>
        <source>Answers, interviews and findings of all visits as an Excel workbook</source>
        <translation>Барлық сапарлардың жауаптары, сұхбаттары мен тұжырымдары Excel кітабында</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="198"/>
        <source>Save the database</source>
        <translation>Дерекқорды сақтау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="200"/>
        <source>SQLite databases (*.db)</source>
        <translation>SQLite дерекқорлары (*.db)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="207"/>
        <source>Writing the database…</source>
        <translation>Дерекқор жазылуда…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="347"/>
        <source>SQLite &amp;database…</source>
        <translation>SQLite &amp;дерекқоры…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="348"/>
        <source>The visits as a database for analysts: Datasette, DB Browser, Excel, pandas</source>
        <translation>Сапарлар талдаушыларға арналған дерекқор ретінде: Datasette, DB Browser, Excel, pandas</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="354"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="341"/>
        <source>Export visit re&amp;port (PDF)…</source>
        <translation>Сапар &amp;есебі (PDF)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="107"/>
        <source>Before export</source>
        <translation>Экспорт алдында</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="115"/>
        <source>Make the report anyway</source>
        <translation>Бәрібір есепті жасау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="117"/>
        <source>Go back and fix</source>
        <translation>Қайтып түзету</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/export_actions.py" line="108"/>
        <source>The report can be made, but a reader may object to %n thing(s):</source>
        <translation>
            <numerusform>Есепті жасауға болады, бірақ оқырманда %n ескерту болуы мүмкін:</numerusform>
            <numerusform>Есепті жасауға болады, бірақ оқырманда %n ескерту болуы мүмкін:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="256"/>
        <source>Sign the report</source>
        <translation>Есепке қол қою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="257"/>
        <source>Password of the signing key %1:</source>
        <translation>%1 ЭЦҚ кілтінің құпиясөзі:</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="65"/>
        <source>Brief (for a covering letter)</source>
        <translation>Қысқа (ілеспе хатқа)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="64"/>
        <source>Full report</source>
        <translation>Толық есеп</translation>
    </message>
</context>
<context>
    <name>FacilityHistoryDialog</name>
    <message>
        <location filename="../../inspector/ui/facility_history.py" line="36"/>
        <source>Visits: %1 · open recommendations: %2</source>
        <translation>Сапарлар: %1 · орындалмаған ұсынымдар: %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facility_history.py" line="52"/>
        <source>not checked</source>
        <translation>тексерілмеді</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="210"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="207"/>
        <source>Dates…</source>
        <translation>Күндер…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="207"/>
        <source>Last year</source>
        <translation>Өткен жыл</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="206"/>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="206"/>
        <source>This quarter</source>
        <translation>Осы тоқсан</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="205"/>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="205"/>
        <source>Any time</source>
        <translation>Барлық уақыт</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="191"/>
        <source>Search visits, findings, interviews…</source>
        <translation>Сапарлар, тұжырымдар, сұхбаттар бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="192"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="193"/>
        <source>All kinds</source>
        <translation>Мекемелердің барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="195"/>
        <source>Kind of institution</source>
        <translation>Мекеме түрі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="196"/>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="198"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="199"/>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="200"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="200"/>
        <source>Completed</source>
        <translation>Аяқталған</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="201"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="202"/>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="212"/>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="213"/>
        <source>Visits from</source>
        <translation>Сапарлар, басы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="214"/>
        <source>Visits until</source>
        <translation>Сапарлар, соңы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="215"/>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="216"/>
        <source>Clear all filters</source>
        <translation>Барлық сүзгілерді тазарту</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="153"/>
        <source>&amp;Addressee</source>
        <translation>Ал&amp;ушы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="153"/>
        <source>&amp;Due date</source>
        <translation>Мер&amp;зімі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="154"/>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="158"/>
        <source>Move up (the report follows this order)</source>
        <translation>Жоғары (есепте тұжырымдар осы ретпен беріледі)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="160"/>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="161"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="163"/>
        <source>What did you see? E.g. “Average wage of nurses is 38% below the regional average.”</source>
        <translation>Не көрдіңіз? Мысалы: «Мейіргерлердің орташа жалақысы өңір бойынша орташадан 38% төмен».</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="165"/>
        <source>What should be done, and by whom</source>
        <translation>Не істеу керек және кім істеуі керек</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="166"/>
        <source>No findings yet.

A finding states a problem, links the evidence behind it and recommends what to do.</source>
        <translation>Әзірге тұжырым жоқ.

Тұжырым мәселені атайды, оның дәлелдеріне сілтеме жасайды және не істеу керегін ұсынады.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="194"/>
        <source>(not written yet)</source>
        <translation>(әлі жазылмаған)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="229"/>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="229"/>
        <source>Photo</source>
        <translation>Фотосурет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="230"/>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="235"/>
        <source>No evidence linked yet</source>
        <translation>Дәлелдер әлі таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="312"/>
        <source>Write the finding itself; it is saved once it has text.</source>
        <translation>Тұжырымның өзін жазыңыз: мәтін пайда болғанда ол сақталады.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="223"/>
        <source>Delete finding</source>
        <translation>Тұжырымды жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="223"/>
        <source>Delete this finding?</source>
        <translation>Осы тұжырымды жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="152"/>
        <source>Severit&amp;y</source>
        <translation>&amp;Маңыздылығы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="152"/>
        <source>&amp;Theme</source>
        <translation>Тақы&amp;рып</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="152"/>
        <source>Findin&amp;g</source>
        <translation>Тұж&amp;ырым</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="153"/>
        <source>Reco&amp;mmendation</source>
        <translation>Ұсы&amp;ным</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="156"/>
        <source>Ne&amp;w finding</source>
        <translation>&amp;Жаңа тұжырым</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="162"/>
        <source>Choose evidence…</source>
        <translation>&amp;Дәлелдерді таңдау…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../inspector/ui/help_dialog.py" line="25"/>
        <source>How to work with Inspector</source>
        <translation>«Инспектормен» қалай жұмыс істеу керек</translation>
    </message>
</context>
<context>
    <name>InquiryRegister</name>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="107"/>
        <location filename="../../inspector/ui/inquiry_register.py" line="262"/>
        <source>Inquiries</source>
        <translation>Сауалдар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="108"/>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="112"/>
        <source>All inquiries</source>
        <translation>Барлық сауалдар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="274"/>
        <source>Word document (*.docx)</source>
        <translation>Word құжаты (*.docx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="274"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="275"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="118"/>
        <source>Inquiry</source>
        <translation>Сауал</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="118"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="118"/>
        <source>Announced</source>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="118"/>
        <source>Answer due</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="119"/>
        <source>Days left</source>
        <translation>Қалды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="119"/>
        <source>Answer rated</source>
        <translation>Жауап бағасы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="120"/>
        <source>&amp;New inquiry…</source>
        <translation>&amp;Жаңа сауал…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="120"/>
        <source>&amp;Word draft</source>
        <translation>Word жо&amp;басы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="121"/>
        <source>&amp;PDF draft</source>
        <translation>PDF жоба&amp;сы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="121"/>
        <source>Evidence &amp;annex</source>
        <translation>&amp;Дәлелдер қосымшасы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="124"/>
        <source>Open the answer &amp;document</source>
        <translation>Жауап құжатын &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="125"/>
        <source>&amp;Export to Excel…</source>
        <translation>Excel-ге &amp;экспорт…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/inquiry_register.py" line="159"/>
        <source>Overdue: %n</source>
        <translation>
            <numerusform>Мерзімі өткен: %n</numerusform>
            <numerusform>Мерзімі өткен: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/inquiry_register.py" line="166"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n күн кешікті</numerusform>
            <numerusform>%n күн кешікті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/inquiry_register.py" line="167"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="256"/>
        <source>The answer document is not on this computer yet: it arrives with the next sync.</source>
        <translation>Жауап құжаты бұл компьютерде әлі жоқ: ол келесі синхрондаумен келеді.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="122"/>
        <source>&amp;Mark as announced…</source>
        <translation>Жа&amp;рияланды…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="123"/>
        <source>&amp;Record the answer…</source>
        <translation>Жауапты &amp;енгізу…</translation>
    </message>
</context>
<context>
    <name>InterviewsView</name>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="378"/>
        <source>The person no longer agrees to be named. The name will be erased from this laptop now and from the server at the next sync. Erase it?</source>
        <translation>Сұхбаттасушы енді атының аталуына келіспейді. Аты осы компьютерден қазір, серверден келесі синхрондауда өшіріледі. Өшіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="377"/>
        <source>Name withdrawn</source>
        <translation>Атын көрсетуге келісім қайтарылды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="216"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="217"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="219"/>
        <source>Interviews with staff are anonymous unless the person agrees to be named.

Press “New interview” to start one.</source>
        <translation>Қызметкерлермен сұхбат, егер адам атын атауға келіспесе, жасырын болады.

Бастау үшін «Жаңа сұхбат» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="221"/>
        <source>The interview form is not installed.</source>
        <translation>Сұхбат нысаны орнатылмаған.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="237"/>
        <source>anonymous</source>
        <translation>жасырын</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="239"/>
        <source>no consent yet</source>
        <translation>әзірге келісім жоқ</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="244"/>
        <source>Interview %1 — %2</source>
        <translation>Сұхбат %1 — %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="291"/>
        <source>First ask for consent to record the conversation. Until the answer is “Yes”, nothing else can be entered or saved.</source>
        <translation>Алдымен әңгімені жазуға келісім сұраңыз. Жауап «Иә» болмайынша, басқа ештеңе енгізуге және сақтауға болмайды.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="296"/>
        <source>Consent given. The person agreed to be named in reports.</source>
        <translation>Келісім алынды. Адам есептерде атының аталуына келісті.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="300"/>
        <source>Consent given. Anonymous: the name is not recorded and reports do not identify the person.</source>
        <translation>Келісім алынды. Жасырын: аты жазылмайды, есептерден адамды анықтау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="370"/>
        <source>Consent withdrawn</source>
        <translation>Келісім қайтарылды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="371"/>
        <source>Without consent the other answers and notes of this interview cannot be kept. Erase them?</source>
        <translation>Келісімсіз осы сұхбаттың басқа жауаптары мен жазбаларын сақтауға болмайды. Оларды өшіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="265"/>
        <source>Delete interview</source>
        <translation>Сұхбатты жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="265"/>
        <source>Delete this interview?</source>
        <translation>Осы сұхбатты жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="215"/>
        <source>Ne&amp;w interview</source>
        <translation>&amp;Жаңа сұхбат</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="243"/>
        <source>Interview — %1</source>
        <translation>Сұхбат — %1</translation>
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
    <name>MainActions</name>
    <message>
        <location filename="../../inspector/ui/actions.py" line="155"/>
        <source>&amp;How to work with Inspector</source>
        <translation>«Инспектормен» қалай &amp;жұмыс істеу керек</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="134"/>
        <source>&amp;New visit…</source>
        <translation>&amp;Жаңа сапар…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="134"/>
        <source>Record a new visit</source>
        <translation>Жаңа сапарды жазу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="135"/>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="135"/>
        <source>Open the selected visit</source>
        <translation>Таңдалған сапарды ашу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="136"/>
        <source>&amp;Revisit</source>
        <translation>&amp;Қайта сапар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="137"/>
        <source>A new visit to the same institution, with the earlier findings copied to check again</source>
        <translation>Сол мекемеге жаңа сапар: бұрынғы тұжырымдар қайта тексеру үшін көшіріледі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="139"/>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="139"/>
        <source>Delete the selected visit</source>
        <translation>Таңдалған сапарды жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="140"/>
        <source>&amp;Undo delete</source>
        <translation>Жоюды &amp;болдырмау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="140"/>
        <source>Bring back the deleted visit</source>
        <translation>Жойылған сапарды қайтару</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="141"/>
        <source>&amp;Find…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="141"/>
        <source>Search the visits</source>
        <translation>Сапарлардан іздеу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="142"/>
        <source>Re&amp;fresh</source>
        <translation>Ж&amp;аңарту</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="142"/>
        <source>Reload the visit list</source>
        <translation>Сапарлар тізімін қайта жүктеу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="143"/>
        <source>Load &amp;demo data</source>
        <translation>&amp;Демо-деректерді жүктеу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="144"/>
        <source>Add example visits to look around</source>
        <translation>Танысу үшін сапар мысалдарын қосу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="145"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="145"/>
        <source>Language, your name, server</source>
        <translation>Тіл, атыңыз, сервер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="146"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="146"/>
        <source>Close Inspector</source>
        <translation>Inspector бағдарламасын жабу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="147"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Тізімге оралу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="147"/>
        <source>Back to the visit list</source>
        <translation>Сапарлар тізіміне оралу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="148"/>
        <source>Show &amp;toolbar</source>
        <translation>&amp;Құралдар тақтасын көрсету</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="156"/>
        <source>&amp;About Inspector</source>
        <translation>Inspector &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="162"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="163"/>
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="164"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="165"/>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="166"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="167"/>
        <source>Toolbar</source>
        <translation>Құралдар тақтасы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="152"/>
        <source>&amp;Inquiries…</source>
        <translation>&amp;Сауалдар…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="153"/>
        <source>Deputy inquiries built on the findings: drafts, due dates, the Government&apos;s answers</source>
        <translation>Тұжырымдарға негізделген депутаттық сауалдар: жобалар, мерзімдер, Үкімет жауаптары</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="149"/>
        <source>Institution&apos;s &amp;history…</source>
        <translation>&amp;Мекеменің тарихы…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="150"/>
        <source>The selected visit&apos;s institution: its visits, findings, recommendations and inquiries</source>
        <translation>Таңдалған сапар мекемесі: сапарлар, тұжырымдар, ұсынымдар және сауалдар</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector/ui/help_dialog.py" line="46"/>
        <source>Accounts, passwords and the team&apos;s server: the server administrator of the Mazhilis apparatus.</source>
        <translation>Тіркелгілер, құпиясөздер және команданың сервері — Мәжіліс аппаратындағы сервер әкімшісі.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/help_dialog.py" line="44"/>
        <source>Version: %1</source>
        <translation>Нұсқа: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="278"/>
        <location filename="../../inspector/ui/main_window.py" line="387"/>
        <source>Saved %1</source>
        <translation>Сақталды %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="301"/>
        <source>Delete visit</source>
        <translation>Сапарды жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="302"/>
        <source>Delete the visit to %1 with its answers, photos and findings?</source>
        <translation>«%1» мекемесіне сапарды барлық жауаптарымен, фотосуреттерімен және тұжырымдарымен бірге жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="307"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="308"/>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="321"/>
        <source>Visit deleted.</source>
        <translation>Сапар жойылды.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="334"/>
        <source>Visit restored.</source>
        <translation>Сапар қалпына келтірілді.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="351"/>
        <source>Creating demo visits…</source>
        <translation>Демо-сапарлар құрылуда…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="382"/>
        <source>Inspector — %1</source>
        <translation>Inspector — %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="383"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="384"/>
        <source>Bring back the deleted visit</source>
        <translation>Жойылған сапарды қайтару</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="391"/>
        <source>All changes are saved on this computer</source>
        <translation>Барлық өзгерістер осы компьютерде сақталды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="404"/>
        <source>About Inspector</source>
        <translation>Inspector туралы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/help_dialog.py" line="40"/>
        <source>Inspector records visits of deputies of the Mazhilis to public institutions: checklists, photos, interviews and findings, offline.

Data folder: %1</source>
        <translation>Inspector Мәжіліс депутаттарының мемлекеттік мекемелерге сапарларын жазады: тексеру парақтары, фотосуреттер, сұхбаттар және тұжырымдар — интернетсіз.

Деректер қалтасы: %1</translation>
    </message>
</context>
<context>
    <name>MissingAnswersDialog</name>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="37"/>
        <source>Some answers are not stored because what was typed is not an answer, or required answers are missing. Choose one to go to it and correct it.</source>
        <translation>Кейбір жауаптар сақталмады: енгізілген мән жауап емес немесе міндетті жауаптар жетіспейді. Сұраққа өтіп, түзету үшін оны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="31"/>
        <source>The visit cannot be completed yet</source>
        <translation>Сапарды әзірге аяқтау мүмкін емес</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="33"/>
        <source>%n required question(s) have no answer. Choose one to go to it.</source>
        <translation>
            <numerusform>%n міндетті сұраққа жауап жоқ. Өту үшін біреуін таңдаңыз.</numerusform>
            <numerusform>%n міндетті сұраққа жауап жоқ. Өту үшін біреуін таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="56"/>
        <source>&amp;Go to question</source>
        <translation>&amp;Сұраққа өту</translation>
    </message>
</context>
<context>
    <name>NewInquiryDialog</name>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="106"/>
        <source>New inquiry</source>
        <translation>Жаңа сауал</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="110"/>
        <source>Prime Minister
of the Republic of Kazakhstan</source>
        <translation>Қазақстан Республикасының
Премьер-Министрі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="115"/>
        <source>One deputy per line: name / faction</source>
        <translation>Әр жолға бір депутат: аты / фракция</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="132"/>
        <source>All themes</source>
        <translation>Барлық тақырыптар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="136"/>
        <source>All kinds</source>
        <translation>Мекемелердің барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="157"/>
        <source>One request per line; left empty, the findings&apos; recommendations are asked</source>
        <translation>Әр жолға бір өтініш; бос болса — тұжырымдардың ұсынымдары</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="195"/>
        <source>&amp;Requests to the Government:</source>
        <translation>Үкіметке &amp;өтініштер:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="171"/>
        <source>&amp;Title:</source>
        <translation>&amp;Тақырыбы:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="172"/>
        <source>Addressee&apos;s &amp;position:</source>
        <translation>Адресаттың &amp;лауазымы:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="173"/>
        <source>Addressee&apos;s &amp;name:</source>
        <translation>Адресаттың &amp;аты:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="174"/>
        <source>&amp;Salutation:</source>
        <translation>&amp;Қаратпа сөз:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="175"/>
        <source>Si&amp;gned by:</source>
        <translation>Қол қойған&amp;дар:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="176"/>
        <source>E&amp;xecutor:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="177"/>
        <source>P&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="178"/>
        <source>&amp;Language:</source>
        <translation>Тіл&amp;і:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="182"/>
        <source>Findings it rests on:</source>
        <translation>Сауал сүйенетін тұжырымдар:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="123"/>
        <source>Calendar days from the announcement to the written answer. 15 is the commonly cited term, not verified here against the Constitutional Law «On the Parliament of the Republic of Kazakhstan and the status of its deputies»: check it. The inquiry keeps the term it was made with.</source>
        <translation>Жариялаудан жазбаша жауапқа дейінгі күнтізбелік күндер. 15 — жиі аталатын мерзім, мұнда «Қазақстан Республикасының Парламенті және оның депутаттарының мәртебесі туралы» Конституциялық заңмен салыстырылмаған: тексеріңіз. Сауал өзі жасалған мерзімді сақтайды.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="140"/>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="187"/>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="189"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="179"/>
        <source>Answer ter&amp;m, days:</source>
        <translation>Жауап &amp;мерзімі, күн:</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="261"/>
        <source>Continue editing</source>
        <translation>Енгізуді жалғастыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="261"/>
        <source>Discard</source>
        <translation>Құрмау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="260"/>
        <source>What you typed in this form will be lost.</source>
        <translation>Осы нысанда енгізілгеннің бәрі жоғалады.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="259"/>
        <source>Discard the new visit?</source>
        <translation>Сапарды құрмау керек пе?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="249"/>
        <source>Change the date</source>
        <translation>Күнді түзету</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="249"/>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="246"/>
        <source>The visit date %1 is in the future. Create the visit with this date?</source>
        <translation>Сапар күні %1 әлі келген жоқ. Сапарды осы күнмен құру керек пе?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="247"/>
        <source>Date in the future</source>
        <translation>Болашақтағы күн</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="205"/>
        <source>Enter the name of the institution.</source>
        <translation>Мекеменің атауын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="207"/>
        <source>Choose the region.</source>
        <translation>Өңірді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="209"/>
        <source>The last day is before the first day.</source>
        <translation>Соңғы күн бірінші күннен бұрын.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="211"/>
        <source>The date is more than a year ahead.</source>
        <translation>Күні бір жылдан астам алда.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="274"/>
        <source>The visit could not be created: %1</source>
        <translation>Сапарды құру мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="290"/>
        <source>New visit</source>
        <translation>Жаңа сапар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="291"/>
        <source>&amp;Kind of institution:</source>
        <translation>Мекеме &amp;түрі:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="291"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="292"/>
        <source>&amp;Region:</source>
        <translation>Ө&amp;ңір:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="292"/>
        <source>&amp;Address:</source>
        <translation>Мекен&amp;жай:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="293"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="293"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Соңғы күні:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="293"/>
        <source>D&amp;eputies:</source>
        <translation>&amp;Депутаттар:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="294"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Қатысушылар:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="297"/>
        <source>Start typing: known institutions are offered</source>
        <translation>Тере бастаңыз — белгілі мекемелер ұсынылады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="298"/>
        <source>Choose a region…</source>
        <translation>Өңірді таңдаңыз…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="299"/>
        <source>The visit took several days</source>
        <translation>Сапар бірнеше күнге созылды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="301"/>
        <source>One per line or separated by commas</source>
        <translation>Әр жолға біреуден немесе үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="302"/>
        <source>Aides, experts, journalists…</source>
        <translation>Көмекшілер, сарапшылар, журналистер…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="303"/>
        <source>The visit was announced in advance</source>
        <translation>Сапар алдын ала хабарланды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="305"/>
        <source>Create visit</source>
        <translation>Сапар құру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="236"/>
        <source>Create another visit</source>
        <translation>Тағы бір сапар жасау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="236"/>
        <source>Open the existing visit</source>
        <translation>Бар сапарды ашу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="233"/>
        <source>A visit to this institution on %1 is already recorded. Open it instead of creating a second one?</source>
        <translation>Бұл мекемеге %1 сапар бұрыннан жазылған. Екіншісін жасаудың орнына оны ашу керек пе?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="232"/>
        <source>This visit may already exist</source>
        <translation>Бұл сапар бұрыннан бар болуы мүмкін</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="203"/>
        <source>Enter the date of the visit.</source>
        <translation>Сапар күнін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="191"/>
        <source>A follow-up of the visit on %1: its findings are copied, to be checked again.</source>
        <translation>%1 сапарынан кейінгі қайта сапар: оның тұжырымдары қайта тексеру үшін көшіріледі.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="190"/>
        <source>Revisit: %1</source>
        <translation>Қайта сапар: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="292"/>
        <source>Dis&amp;trict:</source>
        <translation>&amp;Аудан:</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../inspector/ui/ops.py" line="156"/>
        <source>Something went wrong: %1. What was saved before stays saved.</source>
        <translation>Бірдеңе дұрыс болмады: %1. Бұрын сақталғандар сақтаулы күйінде қалды.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/ops.py" line="165"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="124"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="125"/>
        <source>Dates of the visit</source>
        <translation>Сапар күндері</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="126"/>
        <source>Deputies</source>
        <translation>Депутаттар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="127"/>
        <source>Also present</source>
        <translation>Сондай-ақ қатысқандар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="128"/>
        <source>Announced</source>
        <translation>Алдын ала хабарланды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="128"/>
        <source>Yes, the institution knew in advance</source>
        <translation>Иә, мекеме алдын ала білді</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="129"/>
        <source>No, unannounced</source>
        <translation>Жоқ, ескертусіз</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="130"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="130"/>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="131"/>
        <source>Draft — being filled in</source>
        <translation>Жоба — толтырылуда</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="150"/>
        <source>Checklist</source>
        <translation>Тексеру парағы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="153"/>
        <source>%1 of %2 questions answered</source>
        <translation>%2 сұрақтың %1-не жауап берілді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="156"/>
        <source>%n required still open</source>
        <translation>
            <numerusform>%n міндетті сұрақ жауапсыз</numerusform>
            <numerusform>%n міндетті сұрақ жауапсыз</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="158"/>
        <source>all required answered</source>
        <translation>барлық міндетті сұрақтарға жауап берілді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="161"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n мәселе</numerusform>
            <numerusform>%n мәселе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="162"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фотосурет</numerusform>
            <numerusform>%n фотосурет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="163"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n сұхбат</numerusform>
            <numerusform>%n сұхбат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="164"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n тұжырым</numerusform>
            <numerusform>%n тұжырым</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="167"/>
        <source>Key figures</source>
        <translation>Негізгі көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="173"/>
        <source>Vacancies, share of posts</source>
        <translation>Бос орындар, штаттағы үлесі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="200"/>
        <source>Key figures appear here as the checklist is filled: staff posts, vacancies, wages against the regional average.</source>
        <translation>Тексеру парағы толтырылған сайын мұнда негізгі көрсеткіштер шығады: штат, бос орындар, өңірдегі орташамен салыстырғандағы жалақы.</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="40"/>
        <source>Photos as evidence</source>
        <translation>Дәлел ретіндегі фотосуреттер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="45"/>
        <source>Tick the photos that show this. A photo may support several questions: ticking it here keeps its other links.</source>
        <translation>Мұны көрсететін фотосуреттерді белгілеңіз. Фотосурет бірнеше сұрақты растай алады: мұнда белгілеу оның басқа байланыстарын сақтайды.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="56"/>
        <source>This visit has no photos yet.</source>
        <translation>Бұл сапарда әзірге фотосурет жоқ.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="59"/>
        <source>Add photos from &amp;files…</source>
        <translation>&amp;Файлдардан фото қосу…</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="124"/>
        <source>Photo</source>
        <translation>Фотосурет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="125"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Алдыңғы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="126"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Келесі ▶</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="127"/>
        <source>&amp;Rotate 90°</source>
        <translation>90°-қа &amp;бұру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="214"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="226"/>
        <source>This photo cannot be shown</source>
        <translation>Бұл фотосуретті көрсету мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="128"/>
        <source>&amp;Find faces</source>
        <translation>Беттерді &amp;табу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="129"/>
        <source>&amp;Accept proposed</source>
        <translation>Табылғанды қа&amp;былдау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="130"/>
        <source>Re&amp;ject proposed</source>
        <translation>Табылғаннан б&amp;ас тарту</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="132"/>
        <source>Mark every face with a box: reports cover it, the original stays as it is. Drag to draw a box, drag it to move, drag a corner to resize. Keyboard: Insert adds a box, Tab goes from box to box, arrows move it, Shift+arrows resize, Delete removes; Enter accepts a proposed (dashed) box.</source>
        <translation>Әр бетті жақтаумен белгілеңіз: есептерде ол жабылады, түпнұсқа өзгермейді. Жақтау салу үшін тышқанмен созыңыз, жылжыту үшін сүйреңіз, өлшемін өзгерту үшін бұрышынан тартыңыз. Пернетақта: Insert — жаңа жақтау, Tab — келесісіне, көрсеткілер — жылжыту, Shift+көрсеткілер — өлшем, Delete — жою; Enter ұсынылған (пунктир) жақтауды қабылдайды.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="171"/>
        <source>Looking for faces…</source>
        <translation>Беттер ізделуде…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="189"/>
        <source>No face found that is not marked yet. The detector misses faces turned away or small: look, and draw those boxes yourself.</source>
        <translation>Белгіленбеген бет табылмады. Іздеу бұрылған және кішкентай беттерді өткізіп жібереді: өзіңіз қарап, оларды жақтаумен белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="387"/>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="387"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="173"/>
        <source>&amp;Add photos…</source>
        <translation>Фотосур&amp;еттерді қосу…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="174"/>
        <source>Choose photo files to add to this visit</source>
        <translation>Осы сапарға қосылатын фотосурет файлдарын таңдау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="176"/>
        <source>Adds only the photos taken during the visit&apos;s dates (by the camera&apos;s clock)</source>
        <translation>Тек сапар күндері түсірілген фотосуреттерді қосады (камера сағаты бойынша)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="182"/>
        <source>Residents&apos; or children&apos;s faces are visible: the photo is left out of reports or blurred</source>
        <translation>Тұрғындардың немесе балалардың беті көрінеді: есептерде фотосурет көрсетілмейді немесе бұлдыратылады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="185"/>
        <source>&amp;Delete</source>
        <translation>Жо&amp;ю</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="186"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="187"/>
        <source>No photos yet.

Drag photos or whole folders here, or use “Import from a folder…” to take the photos of the visit&apos;s days from a phone or camera card.</source>
        <translation>Әзірге фотосурет жоқ.

Фотосуреттерді немесе тұтас қалталарды осында сүйреңіз, не телефоннан немесе жад картасынан сапар күндерінің суреттерін алу үшін «Қалтадан импорттау…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="190"/>
        <source>faces</source>
        <translation>беттер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="191"/>
        <source>evidence</source>
        <translation>дәлел</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="209"/>
        <source>Add photos</source>
        <translation>Фотосуреттерді қосу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="209"/>
        <source>Photos (%1)</source>
        <translation>Фотосуреттер (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="231"/>
        <source>Import photos from a folder</source>
        <translation>Қалтадан фотосуреттерді импорттау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="241"/>
        <source>Checking photos…</source>
        <translation>Фотосуреттер тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="250"/>
        <source>Checking photos: %1 of %2</source>
        <translation>Фотосуреттер тексерілуде: %2 ішінен %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="255"/>
        <source>Added: %1</source>
        <translation>Қосылды: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="257"/>
        <source>already in this visit: %1</source>
        <translation>сапарда бұрыннан бар: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="263"/>
        <source>refused: %1</source>
        <translation>қабылданбады: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="266"/>
        <source>Import stopped.</source>
        <translation>Импорттау тоқтатылды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/photos_view.py" line="318"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фотосурет</numerusform>
            <numerusform>%n фотосурет</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="384"/>
        <source>Delete photos</source>
        <translation>Фотосуреттерді жою</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/photos_view.py" line="385"/>
        <source>Delete %n photo(s) from this visit? Findings that cite them lose that evidence.</source>
        <translation>
            <numerusform>Сапардан %n фотосуретті жою керек пе? Оларға сілтеме жасайтын тұжырымдар бұл дәлелдерден айырылады.</numerusform>
            <numerusform>Сапардан %n фотосуретті жою керек пе? Оларға сілтеме жасайтын тұжырымдар бұл дәлелдерден айырылады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="260"/>
        <source>left out, not taken during the visit (listed below): %1</source>
        <translation>қосылмады, сапар күндері түсірілмеген (тізімі төменде): %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="192"/>
        <source>outside visit dates</source>
        <translation>сапар күндерінен тыс</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="193"/>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/photos_view.py" line="194"/>
        <location filename="../../inspector/ui/visit/photos_view.py" line="278"/>
        <source>Add these %n photo(s) anyway</source>
        <translation>
            <numerusform>Бәрібір %n фотоны қосу</numerusform>
            <numerusform>Бәрібір %n фотоны қосу</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="175"/>
        <source>I&amp;mport from a folder…</source>
        <translation>Қалта&amp;дан импорттау…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="178"/>
        <source>Open</source>
        <translation>Қа&amp;рау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="179"/>
        <source>Cap&amp;tion</source>
        <translation>&amp;Жазба</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="180"/>
        <source>Rotate &amp;90°</source>
        <translation>&amp;90°-қа бұру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="181"/>
        <source>Sho&amp;ws faces</source>
        <translation>Беттер көр&amp;інеді</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="184"/>
        <source>Lin&amp;k to question…</source>
        <translation>Сұраққа байла&amp;ныстыру…</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../inspector/ui/visit/proposals_panel.py" line="67"/>
        <source>&amp;Accept</source>
        <translation>&amp;Қабылдау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/proposals_panel.py" line="68"/>
        <source>Make it a finding; you can edit it afterwards</source>
        <translation>Тұжырым ету; кейін өңдеуге болады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/proposals_panel.py" line="69"/>
        <source>Dis&amp;miss</source>
        <translation>Қа&amp;былдамау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/proposals_panel.py" line="70"/>
        <source>Do not propose it again for this visit</source>
        <translation>Бұл сапар үшін қайта ұсынбау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/proposals_panel.py" line="92"/>
        <source>Theme: %1
Recommendation: %2
Addressee: %3</source>
        <translation>Тақырып: %1
Ұсыным: %2
Адресат: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/proposals_panel.py" line="101"/>
        <source>Proposed from the answers (%n)</source>
        <translation>
            <numerusform>Жауаптар бойынша ұсынылған (%n)</numerusform>
            <numerusform>Жауаптар бойынша ұсынылған (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="45"/>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="33"/>
        <source>Look in:</source>
        <translation>Қарау орны:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="34"/>
        <source>Files of type:</source>
        <translation>Файл түрлері:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="35"/>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="36"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="37"/>
        <source>File Folder</source>
        <translation>Файлдар қалтасы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="38"/>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="39"/>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="40"/>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="43"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Қарау орны:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="44"/>
        <source>Files of &amp;type:</source>
        <translation>Файл &amp;түрлері:</translation>
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="124"/>
        <source>Link to a question</source>
        <translation>Сұраққа байланыстыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="127"/>
        <source>Find a question…</source>
        <translation>Сұрақты табу…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="131"/>
        <source>— not linked —</source>
        <translation>— байланыстырылмаған —</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="160"/>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="161"/>
        <source>Comment (optional)</source>
        <translation>Түсініктеме (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="162"/>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="193"/>
        <source>Photos: %1</source>
        <translation>Фотосурет: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="194"/>
        <source>Add photo</source>
        <translation>Фотосурет қосу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="166"/>
        <source>Photos that show this (evidence) (Ctrl+Shift+F)</source>
        <translation>Мұны растайтын фотосуреттер — дәлелдер (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="163"/>
        <source>Mark this answer as a problem; set automatically by the checklist&apos;s rule, and you can change it (Ctrl+Shift+P)</source>
        <translation>Жауапты мәселе деп белгілеу; тексеру парағының ережесі бойынша автоматты түрде қойылады, оны өзгертуге болады (Ctrl+Shift+P)</translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <location filename="../../inspector/ui/visit/recommendations_view.py" line="57"/>
        <source>Recommendations of earlier visits to this institution that were still open. Say what you found for each; the recommendation&apos;s status follows.</source>
        <translation>Осы мекемеге бұрынғы сапарлардың әлі орындалмаған ұсынымдары. Әрқайсысы бойынша не көргеніңізді белгілеңіз — ұсынымның мәртебесі өзгереді.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/recommendations_view.py" line="76"/>
        <source>Not checked yet</source>
        <translation>Әлі тексерілмеді</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/recommendations_view.py" line="81"/>
        <source>What you saw</source>
        <translation>Не көрдіңіз</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../../inspector/ui/visit/record_pane.py" line="214"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/record_pane.py" line="214"/>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="148"/>
        <source>Visit report (PDF)</source>
        <translation>Сапар есебі (PDF)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="149"/>
        <source>Visit:</source>
        <translation>Сапар:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="151"/>
        <source>Include &amp;photos that show faces</source>
        <translation>Адамдардың беті көрінетін &amp;фотосуреттерді қосу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="153"/>
        <source>Only with the consent of the people shown (for children and residents of care homes, of their legal representatives). Without it, such photos must not leave the team: leave this off for reports that are sent or published.</source>
        <translation>Тек суреттегі адамдардың келісімімен (балалар мен интернат тұрғындары үшін — олардың заңды өкілдерінің келісімімен). Келісімсіз мұндай фотосуреттер топтан шықпауы тиіс: жіберілетін немесе жарияланатын есептерде бұл белгіні қоймаңыз.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="87"/>
        <source>Data folder</source>
        <translation>Деректер қалтасы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="105"/>
        <source>The server address must start with https://</source>
        <translation>Сервер мекенжайы https:// деп басталуы керек</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="139"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="140"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="140"/>
        <source>&amp;Your name (deputy):</source>
        <translation>&amp;Атыңыз (депутат):</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="141"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Деректер қалтасы:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="141"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Сервер мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="142"/>
        <source>&amp;User name on the server:</source>
        <translation>Сервердегі &amp;пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="148"/>
        <source>Filled in as a deputy of each new visit</source>
        <translation>Әр жаңа сапарға депутат ретінде жазылады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="149"/>
        <source>Default folder</source>
        <translation>Әдепкі қалта</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="151"/>
        <location filename="../../inspector/ui/settings_dialog.py" line="155"/>
        <source>Browse…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="152"/>
        <source>Choose the data folder</source>
        <translation>Деректер қалтасын таңдау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="158"/>
        <source>A new data folder is used the next time Inspector starts.</source>
        <translation>Жаңа деректер қалтасы Inspector келесі іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="93"/>
        <source>Signing key</source>
        <translation>ЭЦҚ кілті</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="95"/>
        <source>PKCS#12 keys (*.p12 *.pfx)</source>
        <translation>PKCS#12 кілттері (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="142"/>
        <source>Signing &amp;key (ЭЦП, .p12):</source>
        <translation>ЭЦҚ &amp;кілті (.p12):</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="143"/>
        <source>&amp;Timestamp server:</source>
        <translation>&amp;Уақыт белгісі сервері:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="154"/>
        <source>Reports are signed when set; the password is asked each time</source>
        <translation>Көрсетілсе, есептерге қол қойылады; құпиясөз әр жолы сұралады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="156"/>
        <source>Choose the signing key</source>
        <translation>ЭЦҚ кілтін таңдау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="157"/>
        <source>Optional: an RFC 3161 server address</source>
        <translation>Міндетті емес: RFC 3161 серверінің мекенжайы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="127"/>
        <location filename="../../inspector/ui/settings_dialog.py" line="133"/>
        <source>the default folder</source>
        <translation>әдепкі қалта</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="135"/>
        <source>Use the new folder from the next start</source>
        <translation>Келесі іске қосудан бастап жаңа қалта</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="136"/>
        <source>Keep the current folder</source>
        <translation>Ағымдағы қалтаны қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="128"/>
        <source>From the next start Inspector works with the data in %1.

The visits, photos and interviews in the current folder (%2) stay there: they are not moved or copied, and the next start will not show them. To take them along, make a backup copy now (File → Backup copy…) and restore it after the restart.</source>
        <translation>Келесі іске қосудан бастап Inspector %1 қалтасындағы деректермен жұмыс істейді.

Ағымдағы қалтадағы (%2) сапарлар, фотосуреттер мен сұхбаттар сонда қалады: олар көшірілмейді және тасымалданбайды, қайта іске қосқаннан кейін көрінбейді. Оларды ала кету үшін қазір сақтық көшірме жасаңыз (Файл → Сақтық көшірме…) және қайта іске қосқаннан кейін оны қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="134"/>
        <source>Change the data folder?</source>
        <translation>Деректер қалтасын өзгерту керек пе?</translation>
    </message>
</context>
<context>
    <name>SummaryOptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="210"/>
        <source>The period ends before it starts.</source>
        <translation>Кезеңнің соңы басынан ерте.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="218"/>
        <source>All kinds</source>
        <translation>Мекемелердің барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="222"/>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="229"/>
        <source>Summary across visits (PDF)</source>
        <translation>Сапарлар бойынша жиынтық есеп (PDF)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="231"/>
        <source>&amp;Kind of institution:</source>
        <translation>&amp;Мекеме түрі:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="232"/>
        <source>&amp;Region:</source>
        <translation>&amp;Өңір:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="233"/>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="234"/>
        <source>&amp;only from</source>
        <translation>мерзімін &amp;шектеу:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="235"/>
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="236"/>
        <source>First day</source>
        <translation>Бірінші күн</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="237"/>
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="238"/>
        <source>Include &amp;drafts (visits not yet completed; each is marked as a draft)</source>
        <translation>&amp;Жобаларды қосу (аяқталмаған сапарлар; әрқайсысы жоба деп белгіленеді)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="142"/>
        <source>To sync, enter the server address and your user name in Settings.</source>
        <translation>Синхрондау үшін Баптауларда сервер мекенжайын және пайдаланушы атын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="190"/>
        <source>Syncing…</source>
        <translation>Синхрондау…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="200"/>
        <source>Sync: %1</source>
        <translation>Синхрондау: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="211"/>
        <source>sending photos</source>
        <translation>фотосуреттер жіберілуде</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="211"/>
        <source>sending changes</source>
        <translation>өзгерістер жіберілуде</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="212"/>
        <source>receiving changes</source>
        <translation>өзгерістер алынуда</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="213"/>
        <source>receiving photos</source>
        <translation>фотосуреттер алынуда</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="246"/>
        <location filename="../../inspector/ui/sync_controller.py" line="262"/>
        <source>Sync cancelled. Nothing is lost; the next sync continues where it stopped.</source>
        <translation>Синхрондау тоқтатылды. Ештеңе жоғалған жоқ: келесі синхрондау тоқтаған жерінен жалғасады.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="267"/>
        <source>The server did not accept this user name and password. Check them and try again.</source>
        <translation>Сервер бұл пайдаланушы аты мен құпия сөзді қабылдамады. Оларды тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="269"/>
        <source>This computer&apos;s sign-in has expired. Enter your password to sync.</source>
        <translation>Осы компьютердің кіру мерзімі өтті. Синхрондау үшін құпия сөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="281"/>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="284"/>
        <source>Open Settings</source>
        <translation>Баптауларды ашу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="302"/>
        <source>S&amp;ync</source>
        <translation>&amp;Синхрондау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="303"/>
        <source>Send this computer&apos;s changes to the team&apos;s server and receive theirs</source>
        <translation>Осы компьютердегі өзгерістерді топ серверіне жіберу және әріптестердің өзгерістерін алу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="306"/>
        <source>Records needing &amp;review…</source>
        <translation>&amp;Тексерілетін жазбалар…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="307"/>
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
        <location filename="../../inspector/ui/sync_panel.py" line="53"/>
        <source>Synced today at %1</source>
        <translation>Соңғы синхрондау: бүгін, %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="55"/>
        <source>Last sync %1 %2</source>
        <translation>Соңғы синхрондау: %1, %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="68"/>
        <source>Changes on this computer that the next sync sends</source>
        <translation>Келесі синхрондау кезінде жіберілетін осы компьютердегі өзгерістер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="69"/>
        <source>%1 need review</source>
        <translation>Тексеруді қажет етеді: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="70"/>
        <source>Records edited differently on two computers: choose which value to keep</source>
        <translation>Екі компьютерде әртүрлі өзгертілген жазбалар: қай мәнді қалдыру керектігін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="66"/>
        <source>changes not yet sent</source>
        <translation>жіберілмеген өзгерістер бар</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync_panel.py" line="64"/>
        <source>%n visit(s) not yet sent</source>
        <translation>
            <numerusform>%n сапар жіберілмеген</numerusform>
            <numerusform>%n сапар жіберілмеген</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../inspector/ui/task_progress.py" line="98"/>
        <source>%1 waits</source>
        <translation>%1 күтуде</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/task_progress.py" line="103"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/task_progress.py" line="104"/>
        <source>Cancel the running task</source>
        <translation>Орындалып жатқан тапсырманы болдырмау</translation>
    </message>
</context>
<context>
    <name>VerifyActions</name>
    <message>
        <location filename="../../inspector/ui/verify_action.py" line="43"/>
        <location filename="../../inspector/ui/verify_action.py" line="74"/>
        <source>Verify a report</source>
        <translation>Есепті тексеру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_action.py" line="44"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_action.py" line="51"/>
        <source>Checking the report…</source>
        <translation>Есеп тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_action.py" line="71"/>
        <source>The report could not be checked: %1</source>
        <translation>Есепті тексеру мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_action.py" line="83"/>
        <source>&amp;Verify a report…</source>
        <translation>Есепті тексе&amp;ру…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_action.py" line="84"/>
        <source>Check a visit report PDF: authentic, changed since, or altered</source>
        <translation>Сапар туралы PDF есебін тексеру: түпнұсқа, содан бері өзгерген немесе бұрмаланған</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="268"/>
        <source>This visit cannot be opened:</source>
        <translation>Бұл сапарды ашу мүмкін емес:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="277"/>
        <source>Opening the visit…</source>
        <translation>Сапар ашылуда…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="282"/>
        <source>&amp;Complete visit</source>
        <translation>Сапарды ая&amp;қтау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="283"/>
        <source>Checks that every required question is answered, then locks the visit</source>
        <translation>Барлық міндетті сұрақтарға жауап берілгенін тексеріп, сапарды өзгертуге жабады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="298"/>
        <source>&amp;Overview</source>
        <translation>&amp;Шолу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="298"/>
        <source>Check&amp;list</source>
        <translation>&amp;Тексеру парағы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="299"/>
        <source>&amp;Photos (%1)</source>
        <translation>Фот&amp;осуреттер (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="300"/>
        <source>&amp;Interviews (%1)</source>
        <translation>&amp;Сұхбаттар (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="338"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="340"/>
        <source>Saved at %1</source>
        <translation>%1 сақталды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="342"/>
        <source>Changes are saved automatically</source>
        <translation>Өзгерістер автоматты түрде сақталады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="345"/>
        <location filename="../../inspector/ui/visit/editor.py" line="346"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="429"/>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="429"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="442"/>
        <source>Reopened for correction on %1</source>
        <translation>%1 түзету үшін ашылды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="441"/>
        <source>Reopened for correction on %1 by %2</source>
        <translation>%1 түзету үшін ашылды, %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="396"/>
        <source>Keep it completed</source>
        <translation>Аяқталған күйінде қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="396"/>
        <source>Reopen for correction</source>
        <translation>Түзету үшін ашу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="393"/>
        <source>The visit goes back to a draft, so its answers can be changed, and it must be completed again. The visit records when it was reopened and by whom.</source>
        <translation>Сапар жобаға қайтарылады: жауаптарды өзгертуге болады, содан кейін оны қайта аяқтау керек. Сапарға оның қашан және кім ашқаны жазылады.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="392"/>
        <source>Reopen the visit for correction?</source>
        <translation>Сапарды түзету үшін ашу керек пе?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="288"/>
        <source>This visit is completed and read-only. To correct it, press “Reopen for correction”.</source>
        <translation>Сапар аяқталды, тек оқуға болады. Оны түзету үшін «Түзету үшін ашу» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="286"/>
        <source>Back to a draft to correct answers; recorded in the visit</source>
        <translation>Жауаптарды түзету үшін жобаға қайтару; бұл сапарға жазылады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="285"/>
        <source>&amp;Reopen for correction…</source>
        <translation>Т&amp;үзету үшін ашу…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="301"/>
        <source>Fi&amp;ndings (%1)</source>
        <translation>Т&amp;ұжырымдар (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="306"/>
        <source>&amp;Recommendations (%1)</source>
        <translation>&amp;Ұсынымдар (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="404"/>
        <source>Correct a completed visit</source>
        <translation>Аяқталған сапарды түзету</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="405"/>
        <source>The visit is sealed. Why is it being corrected? The reason, your name and the time are kept with the visit.</source>
        <translation>Сапар мөрленген. Оны неге түзетесіз? Себебі, атыңыз бен уақыты сапармен бірге сақталады.</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="40"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="41"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="42"/>
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="43"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="44"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="45"/>
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="46"/>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="47"/>
        <source>Photos</source>
        <translation>Фотосуреттер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="48"/>
        <source>Review</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="53"/>
        <source>Completed</source>
        <translation>Аяқталған</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="54"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="201"/>
        <source>Changed on two laptops at once: someone should look at it</source>
        <translation>Екі ноутбукта бір уақытта өзгертілді: тексеру керек</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="231"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message numerus="yes">
        <location filename="../../inspector/ui/list_page.py" line="228"/>
        <source>Found: %n visit(s)</source>
        <translation>
            <numerusform>Табылған сапарлар: %n</numerusform>
            <numerusform>Табылған сапарлар: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/list_page.py" line="276"/>
        <source>Visits</source>
        <translation>Сапарлар саны</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/list_page.py" line="277"/>
        <source>No visits match the filters.</source>
        <translation>Сүзгілерге сәйкес сапарлар жоқ.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/list_page.py" line="145"/>
        <source>The visits could not be read. Nothing was changed: restore a backup, or choose another data folder in Settings.</source>
        <translation>Сапарларды оқу мүмкін болмады. Ештеңе өзгертілген жоқ: сақтық көшірмені қалпына келтіріңіз немесе баптауларда басқа деректер қалтасын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>_EditorPlaceholder</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="486"/>
        <source>The visit editor is not available in this build.</source>
        <translation>Сапар редакторы бұл жинақта қолжетімсіз.</translation>
    </message>
</context>
<context>
    <name>_OptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="105"/>
        <source>&amp;Language of the report:</source>
        <translation>Есеп &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="106"/>
        <source>La&amp;yout:</source>
        <translation>Ма&amp;кет:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="107"/>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="108"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
</TS>
