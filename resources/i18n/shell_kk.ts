<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="67" />
        <source>No visits yet</source>
        <translation>Әзірге сапарлар жоқ</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="69" />
        <source>Record what you see when you visit a public service centre, an elderly home, a baby home or an adaptation centre: the checklist, photos, interviews with staff and your findings. Everything is saved on this computer as you type and works without the internet.</source>
        <translation>ХҚКО-ға, қарттар үйіне, сәби үйіне немесе бейімдеу орталығына барғанда көргеніңізді жазып алыңыз: тексеру парағы, фотосуреттер, қызметкерлермен сұхбаттар және сіздің тұжырымдарыңыз. Барлығы теру барысында осы компьютерде сақталады және интернетсіз жұмыс істейді.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="73" />
        <location filename="../../inspector/ui/empty_state.py" line="74" />
        <source>Create the first visit</source>
        <translation>Алғашқы сапарды құру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="75" />
        <source>Load demo data</source>
        <translation>Демо-деректерді жүктеу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="76" />
        <source>Load demo visits to look around</source>
        <translation>Танысу үшін сапар мысалдарын жүктеу</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Күндер…</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Өткен жыл</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Осы тоқсан</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Барлық уақыт</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="110" />
        <source>Search visits, findings, interviews…</source>
        <translation>Сапарлар, тұжырымдар, сұхбаттар бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="111" />
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="112" />
        <source>All kinds</source>
        <translation>Мекемелердің барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="114" />
        <source>Kind of institution</source>
        <translation>Мекеме түрі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="115" />
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="117" />
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="118" />
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="119" />
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="119" />
        <source>Completed</source>
        <translation>Аяқталған</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="120" />
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="121" />
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="123" />
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="124" />
        <source>Visits from</source>
        <translation>Кезең басы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="125" />
        <source>Visits until</source>
        <translation>Кезең соңы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="126" />
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="127" />
        <source>Clear all filters</source>
        <translation>Барлық сүзгілерді тазарту</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;How to work with Inspector</source>
        <translation>«Инспектормен» қалай &amp;жұмыс істеу керек</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="114" />
        <source>&amp;New visit…</source>
        <translation>&amp;Жаңа сапар…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="114" />
        <source>Record a new visit</source>
        <translation>Жаңа сапарды жазу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="115" />
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="115" />
        <source>Open the selected visit</source>
        <translation>Таңдалған сапарды ашу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="116" />
        <source>&amp;Revisit</source>
        <translation>&amp;Қайта сапар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="117" />
        <source>A new visit to the same institution, with the earlier findings copied to check again</source>
        <translation>Сол мекемеге жаңа сапар: бұрынғы тұжырымдар қайта тексеру үшін көшіріледі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="119" />
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="119" />
        <source>Delete the selected visit</source>
        <translation>Таңдалған сапарды жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="120" />
        <source>&amp;Undo delete</source>
        <translation>Жоюды &amp;болдырмау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="120" />
        <source>Bring back the deleted visit</source>
        <translation>Жойылған сапарды қайтару</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="121" />
        <source>&amp;Find…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="121" />
        <source>Search the visits</source>
        <translation>Сапарлардан іздеу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="122" />
        <source>Re&amp;fresh</source>
        <translation>Ж&amp;аңарту</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="122" />
        <source>Reload the visit list</source>
        <translation>Сапарлар тізімін қайта жүктеу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="123" />
        <source>Load &amp;demo data</source>
        <translation>&amp;Демо-деректерді жүктеу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="124" />
        <source>Add example visits to look around</source>
        <translation>Танысу үшін сапар мысалдарын қосу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="125" />
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="125" />
        <source>Language, your name, server</source>
        <translation>Тіл, атыңыз, сервер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="126" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="126" />
        <source>Close Inspector</source>
        <translation>Inspector бағдарламасын жабу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="127" />
        <source>&amp;Back to the list</source>
        <translation>&amp;Тізімге оралу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="127" />
        <source>Back to the visit list</source>
        <translation>Сапарлар тізіміне оралу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="128" />
        <source>Show &amp;toolbar</source>
        <translation>&amp;Құралдар тақтасын көрсету</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="129" />
        <source>&amp;About Inspector</source>
        <translation>Inspector &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="135" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="136" />
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="137" />
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="138" />
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="139" />
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="140" />
        <source>Toolbar</source>
        <translation>Құралдар тақтасы</translation>
    </message>
    <message>
        <source>&amp;Inquiries…</source>
        <translation>&amp;Сауалдар…</translation>
    </message>
    <message>
        <source>Deputy inquiries built on the findings: drafts, due dates, the Government's answers</source>
        <translation>Тұжырымдарға негізделген депутаттық сауалдар: жобалар, мерзімдер, Үкімет жауаптары</translation>
    </message>
    <message>
        <source>Institution's &amp;history…</source>
        <translation>&amp;Мекеменің тарихы…</translation>
    </message>
    <message>
        <source>The selected visit's institution: its visits, findings, recommendations and inquiries</source>
        <translation>Таңдалған сапар мекемесі: сапарлар, тұжырымдар, ұсынымдар және сауалдар</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Accounts, passwords and the team's server: the server administrator of the Mazhilis apparatus.</source>
        <translation>Тіркелгілер, құпиясөздер және команданың сервері — Мәжіліс аппаратындағы сервер әкімшісі.</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Нұсқа: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="151" />
        <source>Saved %1</source>
        <translation>Сақталды %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="158" />
        <source>Revisit created with the earlier findings</source>
        <translation>Бұрынғы тұжырымдармен қайта сапар құрылды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="166" />
        <source>Delete visit</source>
        <translation>Сапарды жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="167" />
        <source>Delete the visit to %1 with its answers, photos and findings?</source>
        <translation>«%1» мекемесіне сапарды барлық жауаптарымен, фотосуреттерімен және тұжырымдарымен бірге жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="172" />
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="173" />
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="185" />
        <source>Visit deleted.</source>
        <translation>Сапар жойылды.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="195" />
        <source>Visit restored.</source>
        <translation>Сапар қалпына келтірілді.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="206" />
        <source>Creating demo visits…</source>
        <translation>Демо-сапарлар құрылуда…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="211" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="237" />
        <source>Inspector — %1</source>
        <translation>Inspector — %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="238" />
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="239" />
        <source>Bring back the deleted visit</source>
        <translation>Жойылған сапарды қайтару</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="241" />
        <source>All changes are saved on this computer</source>
        <translation>Барлық өзгерістер осы компьютерде сақталды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="252" />
        <source>About Inspector</source>
        <translation>Inspector туралы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="253" />
        <source>Inspector records visits of deputies of the Mazhilis to public institutions: checklists, photos, interviews and findings, offline.

Data folder: %1</source>
        <translation>Inspector Мәжіліс депутаттарының мемлекеттік мекемелерге сапарларын жазады: тексеру парақтары, фотосуреттер, сұхбаттар және тұжырымдар — интернетсіз.

Деректер қалтасы: %1</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <source>Continue editing</source>
        <translation>Енгізуді жалғастыру</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Құрмау</translation>
    </message>
    <message>
        <source>What you typed in this form will be lost.</source>
        <translation>Осы нысанда енгізілгеннің бәрі жоғалады.</translation>
    </message>
    <message>
        <source>Discard the new visit?</source>
        <translation>Сапарды құрмау керек пе?</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Күнді түзету</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>The visit date %1 is in the future. Create the visit with this date?</source>
        <translation>Сапар күні %1 әлі келген жоқ. Сапарды осы күнмен құру керек пе?</translation>
    </message>
    <message>
        <source>Date in the future</source>
        <translation>Болашақтағы күн</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="157" />
        <source>Enter the name of the institution.</source>
        <translation>Мекеменің атауын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="159" />
        <source>Choose the region.</source>
        <translation>Өңірді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="161" />
        <source>The last day is before the first day.</source>
        <translation>Соңғы күн бірінші күннен бұрын.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="163" />
        <source>The date is more than a year ahead.</source>
        <translation>Күні бір жылдан астам алда.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="185" />
        <source>The visit could not be created: %1</source>
        <translation>Сапарды құру мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="195" />
        <source>New visit</source>
        <translation>Жаңа сапар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="196" />
        <source>&amp;Kind of institution:</source>
        <translation>Мекеме &amp;түрі:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="196" />
        <source>&amp;Institution:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="197" />
        <source>&amp;Region:</source>
        <translation>Ө&amp;ңір:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="197" />
        <source>Dis&amp;trict:</source>
        <translation>&amp;Аудан:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="197" />
        <source>&amp;Address:</source>
        <translation>Мекен&amp;жай:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="198" />
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="198" />
        <source>&amp;Last day:</source>
        <translation>&amp;Соңғы күні:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="198" />
        <source>D&amp;eputies:</source>
        <translation>&amp;Депутаттар:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="199" />
        <source>&amp;Participants:</source>
        <translation>&amp;Қатысушылар:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="205" />
        <source>Start typing: known institutions are offered</source>
        <translation>Тере бастаңыз — белгілі мекемелер ұсынылады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="206" />
        <source>Choose a region…</source>
        <translation>Өңірді таңдаңыз…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="207" />
        <source>The visit took several days</source>
        <translation>Сапар бірнеше күнге созылды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="209" />
        <source>One per line or separated by commas</source>
        <translation>Әр жолға біреуден немесе үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="210" />
        <source>Aides, experts, journalists…</source>
        <translation>Көмекшілер, сарапшылар, журналистер…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="211" />
        <source>The visit was announced in advance</source>
        <translation>Сапар алдын ала хабарланды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="213" />
        <source>Create visit</source>
        <translation>Сапар құру</translation>
    </message>
    <message>
        <source>Create another visit</source>
        <translation>Тағы бір сапар жасау</translation>
    </message>
    <message>
        <source>Open the existing visit</source>
        <translation>Бар сапарды ашу</translation>
    </message>
    <message>
        <source>A visit to this institution on %1 is already recorded. Open it instead of creating a second one?</source>
        <translation>Бұл мекемеге %1 сапар бұрыннан жазылған. Екіншісін жасаудың орнына оны ашу керек пе?</translation>
    </message>
    <message>
        <source>This visit may already exist</source>
        <translation>Бұл сапар бұрыннан бар болуы мүмкін</translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation>Сапар күнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>A follow-up of the visit on %1: its findings are copied, to be checked again.</source>
        <translation>%1 сапарынан кейінгі қайта сапар: оның тұжырымдары қайта тексеру үшін көшіріледі.</translation>
    </message>
    <message>
        <source>Revisit: %1</source>
        <translation>Қайта сапар: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="1" />
        <source>Signing key</source>
        <translation>ЭЦҚ кілті</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="1" />
        <source>PKCS#12 keys (*.p12 *.pfx)</source>
        <translation>PKCS#12 кілттері (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="1" />
        <source>Signing &amp;key (ЭЦП, .p12):</source>
        <translation>ЭЦҚ &amp;кілті (.p12):</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="1" />
        <source>&amp;Timestamp server:</source>
        <translation>&amp;Уақыт белгісі сервері:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="1" />
        <source>Reports are signed when set; the password is asked each time</source>
        <translation>Көрсетілсе, есептерге қол қойылады; құпиясөз әр жолы сұралады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="1" />
        <source>Choose the signing key</source>
        <translation>ЭЦҚ кілтін таңдау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="1" />
        <source>Optional: an RFC 3161 server address</source>
        <translation>Міндетті емес: RFC 3161 серверінің мекенжайы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="73" />
        <source>Data folder</source>
        <translation>Деректер қалтасы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="84" />
        <source>The server address must start with https://</source>
        <translation>Сервер мекенжайы https:// деп басталуы керек</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="98" />
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="99" />
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="99" />
        <source>&amp;Your name (deputy):</source>
        <translation>&amp;Атыңыз (депутат):</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="100" />
        <source>&amp;Data folder:</source>
        <translation>&amp;Деректер қалтасы:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="100" />
        <source>&amp;Server address:</source>
        <translation>&amp;Сервер мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="101" />
        <source>&amp;User name on the server:</source>
        <translation>Сервердегі &amp;пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="109" />
        <source>Filled in as a deputy of each new visit</source>
        <translation>Әр жаңа сапарға депутат ретінде жазылады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="110" />
        <source>Default folder</source>
        <translation>Әдепкі қалта</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="112" />
        <source>Browse…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="113" />
        <source>Choose the data folder</source>
        <translation>Деректер қалтасын таңдау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="114" />
        <source>A new data folder is used the next time Inspector starts.</source>
        <translation>Жаңа деректер қалтасы Inspector келесі іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <source>the default folder</source>
        <translation>әдепкі қалта</translation>
    </message>
    <message>
        <source>Use the new folder from the next start</source>
        <translation>Келесі іске қосудан бастап жаңа қалта</translation>
    </message>
    <message>
        <source>Keep the current folder</source>
        <translation>Ағымдағы қалтаны қалдыру</translation>
    </message>
    <message>
        <source>From the next start Inspector works with the data in %1.

The visits, photos and interviews in the current folder (%2) stay there: they are not moved or copied, and the next start will not show them. To take them along, make a backup copy now (File → Backup copy…) and restore it after the restart.</source>
        <translation>Келесі іске қосудан бастап Inspector %1 қалтасындағы деректермен жұмыс істейді.

Ағымдағы қалтадағы (%2) сапарлар, фотосуреттер мен сұхбаттар сонда қалады: олар көшірілмейді және тасымалданбайды, қайта іске қосқаннан кейін көрінбейді. Оларды ала кету үшін қазір сақтық көшірме жасаңыз (Файл → Сақтық көшірме…) және қайта іске қосқаннан кейін оны қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>Change the data folder?</source>
        <translation>Деректер қалтасын өзгерту керек пе?</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message numerus="yes">
        <location filename="../../inspector/ui/task_progress.py" line="74" />
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(тағы %n кезекте)</numerusform>
            <numerusform>(тағы %n кезекте)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/task_progress.py" line="84" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/task_progress.py" line="85" />
        <source>Cancel the running task</source>
        <translation>Орындалып жатқан тапсырманы болдырмау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/task_progress.py" line="86" />
        <source>%v of %m</source>
        <translation>%m ішінен %v</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="41" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="42" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="43" />
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="44" />
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="45" />
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="46" />
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="47" />
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="48" />
        <source>Photos</source>
        <translation>Фотосуреттер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="49" />
        <source>Review</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="54" />
        <source>Completed</source>
        <translation>Аяқталған</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="55" />
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="208" />
        <source>Changed on two laptops at once: someone should look at it</source>
        <translation>Екі ноутбукта бір уақытта өзгертілді: тексеру керек</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="233" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message numerus="yes">
        <location filename="../../inspector/ui/list_page.py" line="222" />
        <source>Found: %n visit(s)</source>
        <translation><numerusform>Табылған сапарлар: %n</numerusform><numerusform>Табылған сапарлар: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/list_page.py" line="160" />
        <source>Visits</source>
        <translation>Сапарлар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/list_page.py" line="161" />
        <source>No visits match the filters.</source>
        <translation>Сүзгілерге сәйкес сапарлар жоқ.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/list_page.py" line="119" />
        <source>The visits could not be read. Nothing was changed: restore a backup, or choose another data folder in Settings.</source>
        <translation>Сапарларды оқу мүмкін болмады. Ештеңе өзгертілген жоқ: сақтық көшірмені қалпына келтіріңіз немесе баптауларда басқа деректер қалтасын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>_EditorPlaceholder</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="288" />
        <source>The visit editor is not available in this build.</source>
        <translation>Сапар редакторы бұл жинақта қолжетімсіз.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>How to work with Inspector</source>
        <translation>«Инспектормен» қалай жұмыс істеу керек</translation>
    </message>
</context>
<context>
    <name>InquiryRegister</name>
    <message>
        <source>Inquiries</source>
        <translation>Сауалдар</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>All inquiries</source>
        <translation>Барлық сауалдар</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word құжаты (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Сауал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалды</translation>
    </message>
    <message>
        <source>Answer rated</source>
        <translation>Жауап бағасы</translation>
    </message>
    <message>
        <source>&amp;New inquiry…</source>
        <translation>&amp;Жаңа сауал…</translation>
    </message>
    <message>
        <source>&amp;Word draft</source>
        <translation>&amp;Word жобасы</translation>
    </message>
    <message>
        <source>&amp;PDF draft</source>
        <translation>&amp;PDF жобасы</translation>
    </message>
    <message>
        <source>Evidence &amp;annex</source>
        <translation>&amp;Қосымша</translation>
    </message>
    <message>
        <source>&amp;Mark as announced…</source>
        <translation>Жа&amp;рияланды…</translation>
    </message>
    <message>
        <source>&amp;Record the answer…</source>
        <translation>Жауапты &amp;енгізу…</translation>
    </message>
    <message>
        <source>Open the answer &amp;document</source>
        <translation>Жауап құжатын &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>Excel-ге &amp;экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n</source>
        <translation><numerusform>Мерзімі өткен: %n</numerusform><numerusform>Мерзімі өткен: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation><numerusform>%n күн кешікті</numerusform><numerusform>%n күн кешікті</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n күн</numerusform><numerusform>%n күн</numerusform></translation>
    </message>
    <message>
        <source>The answer document is not on this computer yet: it arrives with the next sync.</source>
        <translation>Жауап құжаты бұл компьютерде әлі жоқ: ол келесі синхрондаумен келеді.</translation>
    </message>
</context>
<context>
    <name>NewInquiryDialog</name>
    <message>
        <source>New inquiry</source>
        <translation>Жаңа сауал</translation>
    </message>
    <message>
        <source>Prime Minister
of the Republic of Kazakhstan</source>
        <translation>Қазақстан Республикасының
Премьер-Министрі</translation>
    </message>
    <message>
        <source>One deputy per line: name / faction</source>
        <translation>Әр жолға бір депутат: аты / фракция</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Барлық тақырыптар</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Мекемелердің барлық түрлері</translation>
    </message>
    <message>
        <source>One request per line; left empty, the findings' recommendations are asked</source>
        <translation>Әр жолға бір өтініш; бос болса — тұжырымдардың ұсынымдары</translation>
    </message>
    <message>
        <source>&amp;Requests to the Government:</source>
        <translation>Үкіметке &amp;өтініштер:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Тақырыбы:</translation>
    </message>
    <message>
        <source>Addressee's &amp;position:</source>
        <translation>Адресаттың &amp;лауазымы:</translation>
    </message>
    <message>
        <source>Addressee's &amp;name:</source>
        <translation>Адресаттың &amp;аты:</translation>
    </message>
    <message>
        <source>&amp;Salutation:</source>
        <translation>&amp;Қаратпа сөз:</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Қол қойған&amp;дар:</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Тіл&amp;і:</translation>
    </message>
    <message>
        <source>Findings it rests on:</source>
        <translation>Сауал сүйенетін тұжырымдар:</translation>
    </message>
    <message>
        <source>Calendar days from the announcement to the written answer. 15 is the commonly cited term, not verified here against the Constitutional Law «On the Parliament of the Republic of Kazakhstan and the status of its deputies»: check it. The inquiry keeps the term it was made with.</source>
        <translation>Жариялаудан жазбаша жауапқа дейінгі күнтізбелік күндер. 15 — жиі аталатын мерзім, мұнда «Қазақстан Республикасының Парламенті және оның депутаттарының мәртебесі туралы» Конституциялық заңмен салыстырылмаған: тексеріңіз. Сауал өзі жасалған мерзімді сақтайды.</translation>
    </message>
    <message>
        <source>Answer ter&amp;m, days:</source>
        <translation>Жауап &amp;мерзімі, күн:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <source>Announced</source>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <source>&amp;Announced on:</source>
        <translation>&amp;Жарияланған күні:</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>The answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>No document attached</source>
        <translation>Құжат тіркелмеген</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>&amp;Тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Алынған күні:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Кімнен:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Құжат:</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;All files (*)</source>
        <translation>Құжаттар (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>FacilityHistoryDialog</name>
    <message>
        <source>Visits: %1 · open recommendations: %2</source>
        <translation>Сапарлар: %1 · орындалмаған ұсынымдар: %2</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>тексерілмеді</translation>
    </message>
    <message>
        <source>Inquiries citing this institution</source>
        <translation>Осы мекемеге сілтеме жасайтын сауалдар</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Something went wrong: %1. What was saved before stays saved.</source>
        <translation>Бірдеңе дұрыс болмады: %1. Бұрын сақталғандар сақталып қалды.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Replace this profile's data with a backup copy; the current data is kept aside</source>
        <translation>Профиль деректерін сақтық көшірмемен ауыстыру; ағымдағы деректер бөлек сақталады</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup copy…</source>
        <translation>Сақтық көшірмеден қа&amp;лпына келтіру…</translation>
    </message>
    <message>
        <source>Save every visit, photo and interview of this profile to one file</source>
        <translation>Осы профильдің барлық сапарларын, фотосуреттері мен сұхбаттарын бір файлға сақтау</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>Сақтық &amp;көшірме…</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Қалпына келтірілді</translation>
    </message>
    <message>
        <source>The data before the restore is kept in:
%1</source>
        <translation>Қалпына келтіруге дейінгі деректер мына қалтада сақталды:
%1</translation>
    </message>
    <message>
        <source>Restored. Start Inspector again to work with the restored data.</source>
        <translation>Қалпына келтірілді. Қалпына келтірілген деректермен жұмыс істеу үшін Inspector-ды қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>The backup copy was not restored; the data is as it was. %1

Start Inspector again.</source>
        <translation>Сақтық көшірме қалпына келтірілмеді; деректер бұрынғыдай қалды. %1

Inspector-ды қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Қалпына келтірілмеді</translation>
    </message>
    <message>
        <source>Restoring from the backup copy…</source>
        <translation>Сақтық көшірмеден қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Restore and close</source>
        <translation>Қалпына келтіру және жабу</translation>
    </message>
    <message>
        <source>The data of this profile will be replaced by the backup copy:
%1

Nothing is deleted: the current data is moved to a folder next to it (its name ends in “before-restore” and the date). Inspector then closes; start it again to work with the restored data.</source>
        <translation>Осы профильдің деректері сақтық көшірмемен ауыстырылады:
%1

Ештеңе өшірілмейді: ағымдағы деректер жанындағы қалтаға көшіріледі (оның атауы «before-restore» және күнмен аяқталады). Содан кейін Inspector жабылады; қалпына келтірілген деректермен жұмыс істеу үшін оны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Restore from the backup copy?</source>
        <translation>Сақтық көшірмеден қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>Restore from a backup copy</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Сақтық көшірме жасау тоқтатылды</translation>
    </message>
    <message>
        <source>The backup copy is saved:
%1

Keep it on another disk or a USB stick: it holds every visit, photo and interview of this profile.</source>
        <translation>Сақтық көшірме сақталды:
%1

Оны басқа дискіде немесе флешкада сақтаңыз: онда осы профильдің барлық сапарлары, фотосуреттері мен сұхбаттары бар.</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>Backup copy saved: %1</source>
        <translation>Сақтық көшірме сақталды: %1</translation>
    </message>
    <message>
        <source>Making a backup copy…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <source>Backup copies (*.zip)</source>
        <translation>Сақтық көшірмелер (*.zip)</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>Сақтық көшірмені сақтау</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose in the calendar (F4)</source>
        <translation>Күнтізбеден таңдау (F4)</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Қарау орны:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файл түрлері:</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Файлдар қалтасы</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
</context>
</TS>
