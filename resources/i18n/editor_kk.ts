<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AnswerInput</name>
    <message>
        <source>Key %1</source>
        <translation>%1 пернесі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_widgets.py" line="379" />
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../inspector/ui/visit/checklist_view.py" line="139" />
        <source>Checklist sections</source>
        <translation>Тексеру парағының бөлімдері</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/checklist_view.py" line="156" />
        <source>%1 of %2 answered</source>
        <translation>%2 сұрақтың %1-не жауап берілді</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="52" />
        <source>Evidence for the finding</source>
        <translation>Тұжырымның дәлелдері</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="54" />
        <source>A finding is stronger when several sources support it: tick the answers, photos and interviews that show it.</source>
        <translation>Тұжырымды бірнеше дереккөз растаса, ол сенімдірек болады: оны көрсететін жауаптарды, фотосуреттерді және сұхбаттарды белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="59" />
        <source>Filter…</source>
        <translation>Сүзгі…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="68" />
        <source>Checklist answers</source>
        <translation>Тексеру парағының жауаптары</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="82" />
        <source>Photos</source>
        <translation>Фотосуреттер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="89" />
        <source>Interviews</source>
        <translation>Сұхбаттар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="92" />
        <source>Interview %1</source>
        <translation>Сұхбат %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="96" />
        <source>(nothing yet)</source>
        <translation>(әзірге ештеңе жоқ)</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="167" />
        <source>Severit&amp;y</source>
        <translation>&amp;Маңыздылығы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="167" />
        <source>&amp;Theme</source>
        <translation>Тақы&amp;рып</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="167" />
        <source>Findin&amp;g</source>
        <translation>Тұж&amp;ырым</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="168" />
        <source>Reco&amp;mmendation</source>
        <translation>Ұсы&amp;ным</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="168" />
        <source>&amp;Addressee</source>
        <translation>Ал&amp;ушы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="168" />
        <source>&amp;Due date</source>
        <translation>Мер&amp;зімі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="169" />
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="171" />
        <source>Ne&amp;w finding</source>
        <translation>&amp;Жаңа тұжырым</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="173" />
        <source>Move up (the report follows this order)</source>
        <translation>Жоғары (есепте тұжырымдар осы ретпен беріледі)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="175" />
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="176" />
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="177" />
        <source>Choose evidence…</source>
        <translation>&amp;Дәлелдерді таңдау…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="178" />
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="179" />
        <source>What did you see? E.g. “Average wage of nurses is 38% below the regional average.”</source>
        <translation>Не көрдіңіз? Мысалы: «Мейіргерлердің орташа жалақысы өңір бойынша орташадан 38% төмен».</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="181" />
        <source>What should be done, and by whom</source>
        <translation>Не істеу керек және кім істеуі керек</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="182" />
        <source>No findings yet.

A finding states a problem, links the evidence behind it and recommends what to do.</source>
        <translation>Әзірге тұжырым жоқ.

Тұжырым мәселені атайды, оның дәлелдеріне сілтеме жасайды және не істеу керегін ұсынады.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="205" />
        <source>(not written yet)</source>
        <translation>(әлі жазылмаған)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="241" />
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="241" />
        <source>Photo</source>
        <translation>Фотосурет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="242" />
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="247" />
        <source>No evidence linked yet</source>
        <translation>Дәлелдер әлі таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="296" />
        <source>Write the finding itself; it is saved once it has text.</source>
        <translation>Тұжырымның өзін жазыңыз: мәтін пайда болғанда ол сақталады.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="355" />
        <source>Delete finding</source>
        <translation>Тұжырымды жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="356" />
        <source>Delete this finding?</source>
        <translation>Осы тұжырымды жою керек пе?</translation>
    </message>
</context>
<context>
    <name>InterviewsView</name>
    <message>
        <source>The person no longer agrees to be named. The name will be erased from this laptop now and from the server at the next sync. Erase it?</source>
        <translation>Сұхбаттасушы енді атының аталуына келіспейді. Аты осы компьютерден қазір, серверден келесі синхрондауда өшіріледі. Өшіру керек пе?</translation>
    </message>
    <message>
        <source>Name withdrawn</source>
        <translation>Атын көрсетуге келісім қайтарылды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="176" />
        <source>Ne&amp;w interview</source>
        <translation>&amp;Жаңа сұхбат</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="177" />
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="178" />
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="180" />
        <source>Interviews with staff are anonymous unless the person agrees to be named.

Press “New interview” to start one.</source>
        <translation>Қызметкерлермен сұхбат, егер адам атын атауға келіспесе, жасырын болады.

Бастау үшін «Жаңа сұхбат» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="182" />
        <source>The interview form is not installed.</source>
        <translation>Сұхбат нысаны орнатылмаған.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="198" />
        <source>anonymous</source>
        <translation>жасырын</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="200" />
        <source>no consent yet</source>
        <translation>әзірге келісім жоқ</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="201" />
        <source>Interview %1 — %2</source>
        <translation>Сұхбат %1 — %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="220" />
        <source>First ask for consent to record the conversation. Until the answer is “Yes”, nothing else can be entered or saved.</source>
        <translation>Алдымен әңгімені жазуға келісім сұраңыз. Жауап «Иә» болмайынша, басқа ештеңе енгізуге және сақтауға болмайды.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="225" />
        <source>Consent given. The person agreed to be named in reports.</source>
        <translation>Келісім алынды. Адам есептерде атының аталуына келісті.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="229" />
        <source>Consent given. Anonymous: the name is not recorded and reports do not identify the person.</source>
        <translation>Келісім алынды. Жасырын: аты жазылмайды, есептерден адамды анықтау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="305" />
        <source>Consent withdrawn</source>
        <translation>Келісім қайтарылды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="306" />
        <source>Without consent the other answers and notes of this interview cannot be kept. Erase them?</source>
        <translation>Келісімсіз осы сұхбаттың басқа жауаптары мен жазбаларын сақтауға болмайды. Оларды өшіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="345" />
        <source>Delete interview</source>
        <translation>Сұхбатты жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="346" />
        <source>Delete this interview?</source>
        <translation>Осы сұхбатты жою керек пе?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>Interview — %1</source>
        <translation>Сұхбат — %1</translation>
    </message>
</context>
<context>
    <name>MissingAnswersDialog</name>
    <message>
        <source>Some answers are not stored because what was typed is not an answer, or required answers are missing. Choose one to go to it and correct it.</source>
        <translation>Кейбір жауаптар сақталмады: енгізілген мән жауап емес немесе міндетті жауаптар жетіспейді. Сұраққа өтіп, түзету үшін оны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="28" />
        <source>The visit cannot be completed yet</source>
        <translation>Сапарды әзірге аяқтау мүмкін емес</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="30" />
        <source>%n required question(s) have no answer. Choose one to go to it.</source>
        <translation>
            <numerusform>%n міндетті сұраққа жауап жоқ. Өту үшін біреуін таңдаңыз.</numerusform><numerusform>%n міндетті сұраққа жауап жоқ. Өту үшін біреуін таңдаңыз.</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="44" />
        <source>&amp;Go to question</source>
        <translation>&amp;Сұраққа өту</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="127" />
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="128" />
        <source>Dates of the visit</source>
        <translation>Сапар күндері</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="129" />
        <source>Deputies</source>
        <translation>Депутаттар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="130" />
        <source>Also present</source>
        <translation>Сондай-ақ қатысқандар</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="131" />
        <source>Announced</source>
        <translation>Алдын ала хабарланды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="131" />
        <source>Yes, the institution knew in advance</source>
        <translation>Иә, мекеме алдын ала білді</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="132" />
        <source>No, unannounced</source>
        <translation>Жоқ, ескертусіз</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="133" />
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="133" />
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="134" />
        <source>Draft — being filled in</source>
        <translation>Жоба — толтырылуда</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="148" />
        <source>Checklist</source>
        <translation>Тексеру парағы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="151" />
        <source>%1 of %2 questions answered</source>
        <translation>%2 сұрақтың %1-не жауап берілді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="154" />
        <source>%n required still open</source>
        <translation>
            <numerusform>%n міндетті сұрақ жауапсыз</numerusform><numerusform>%n міндетті сұрақ жауапсыз</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="156" />
        <source>all required answered</source>
        <translation>барлық міндетті сұрақтарға жауап берілді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="159" />
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n мәселе</numerusform><numerusform>%n мәселе</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="160" />
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фотосурет</numerusform><numerusform>%n фотосурет</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="161" />
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n сұхбат</numerusform><numerusform>%n сұхбат</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="162" />
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n тұжырым</numerusform><numerusform>%n тұжырым</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="165" />
        <source>Key figures</source>
        <translation>Негізгі көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="170" />
        <source>Vacancies, share of posts</source>
        <translation>Бос орындар, штаттағы үлесі</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="171" />
        <source>of the regional average wage</source>
        <translation>өңірдегі орташа жалақыдан</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="195" />
        <source>Key figures appear here as the checklist is filled: staff posts, vacancies, wages against the regional average.</source>
        <translation>Тексеру парағы толтырылған сайын мұнда негізгі көрсеткіштер шығады: штат, бос орындар, өңірдегі орташамен салыстырғандағы жалақы.</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="37" />
        <source>Photos as evidence</source>
        <translation>Дәлел ретіндегі фотосуреттер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="42" />
        <source>Tick the photos that show this. A photo may support several questions: ticking it here keeps its other links.</source>
        <translation>Мұны көрсететін фотосуреттерді белгілеңіз. Фотосурет бірнеше сұрақты растай алады: мұнда белгілеу оның басқа байланыстарын сақтайды.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="53" />
        <source>This visit has no photos yet.</source>
        <translation>Бұл сапарда әзірге фотосурет жоқ.</translation>
    </message>
    <message>
        <source>Add photos from &amp;files…</source>
        <translation>&amp;Файлдардан фото қосу…</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="99" />
        <source>Photo</source>
        <translation>Фотосурет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="100" />
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Алдыңғы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="101" />
        <source>&amp;Next ▶</source>
        <translation>&amp;Келесі ▶</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="102" />
        <source>&amp;Rotate 90°</source>
        <translation>90°-қа &amp;бұру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="128" />
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="139" />
        <source>This photo cannot be shown</source>
        <translation>Бұл фотосуретті көрсету мүмкін емес</translation>
    </message>
    <message>
        <source>&amp;Find faces</source>
        <translation>Беттерді &amp;табу</translation>
    </message>
    <message>
        <source>&amp;Accept proposed</source>
        <translation>Табылғанды қа&amp;былдау</translation>
    </message>
    <message>
        <source>Re&amp;ject proposed</source>
        <translation>Табылғаннан б&amp;ас тарту</translation>
    </message>
    <message>
        <source>Mark every face with a box: reports cover it, the original stays as it is. Drag to draw a box, drag it to move, drag a corner to resize. Keyboard: Insert adds a box, Tab goes from box to box, arrows move it, Shift+arrows resize, Delete removes; Enter accepts a proposed (dashed) box.</source>
        <translation>Әр бетті жақтаумен белгілеңіз: есептерде ол жабылады, түпнұсқа өзгермейді. Жақтау салу үшін тышқанмен созыңыз, жылжыту үшін сүйреңіз, өлшемін өзгерту үшін бұрышынан тартыңыз. Пернетақта: Insert — жаңа жақтау, Tab — келесісіне, көрсеткілер — жылжыту, Shift+көрсеткілер — өлшем, Delete — жою; Enter ұсынылған (пунктир) жақтауды қабылдайды.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Беттер ізделуде…</translation>
    </message>
    <message>
        <source>No face found that is not marked yet. The detector misses faces turned away or small: look, and draw those boxes yourself.</source>
        <translation>Белгіленбеген бет табылмады. Іздеу бұрылған және кішкентай беттерді өткізіп жібереді: өзіңіз қарап, оларды жақтаумен белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="167" />
        <source>&amp;Add photos…</source>
        <translation>Фотосур&amp;еттерді қосу…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="168" />
        <source>Choose photo files to add to this visit</source>
        <translation>Осы сапарға қосылатын фотосурет файлдарын таңдау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="169" />
        <source>I&amp;mport from a folder…</source>
        <translation>Қалта&amp;дан импорттау…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="170" />
        <source>Adds only the photos taken during the visit's dates (by the camera's clock)</source>
        <translation>Тек сапар күндері түсірілген суреттерді қосады (камера сағаты бойынша)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="172" />
        <source>Open</source>
        <translation>Қа&amp;рау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="173" />
        <source>Cap&amp;tion</source>
        <translation>&amp;Жазба</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="174" />
        <source>Rotate &amp;90°</source>
        <translation>&amp;90°-қа бұру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="175" />
        <source>Sho&amp;ws faces</source>
        <translation>Беттер көр&amp;інеді</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="176" />
        <source>Residents' or children's faces are visible: the photo is left out of reports or blurred</source>
        <translation>Тұрғындардың немесе балалардың беті көрінеді: есептерде фотосурет көрсетілмейді немесе бұлдыратылады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="178" />
        <source>Lin&amp;k to question…</source>
        <translation>Сұраққа байла&amp;ныстыру…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="179" />
        <source>&amp;Delete</source>
        <translation>Жо&amp;ю</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="180" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="181" />
        <source>No photos yet.

Drag photos or whole folders here, or use “Import from a folder…” to take the photos of the visit's days from a phone or camera card.</source>
        <translation>Әзірге фотосурет жоқ.

Фотосуреттерді немесе тұтас қалталарды осында сүйреңіз, не телефоннан немесе жад картасынан сапар күндерінің суреттерін алу үшін «Қалтадан импорттау…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="184" />
        <source>faces</source>
        <translation>беттер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="185" />
        <source>evidence</source>
        <translation>дәлел</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="200" />
        <source>Add photos</source>
        <translation>Фотосуреттерді қосу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="200" />
        <source>Photos (%1)</source>
        <translation>Фотосуреттер (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="205" />
        <source>Import photos from a folder</source>
        <translation>Қалтадан фотосуреттерді импорттау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="213" />
        <source>Checking photos…</source>
        <translation>Фотосуреттер тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="222" />
        <source>Checking photos: %1 of %2</source>
        <translation>Фотосуреттер тексерілуде: %2 ішінен %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="227" />
        <source>Added: %1</source>
        <translation>Қосылды: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="229" />
        <source>already in this visit: %1</source>
        <translation>сапарда бұрыннан бар: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="232" />
        <source>left out, not taken during the visit (listed below): %1</source>
        <translation>қосылмады, сапар күндері түсірілмеген (тізімі төменде): %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="235" />
        <source>refused: %1</source>
        <translation>қабылданбады: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="238" />
        <source>Import stopped.</source>
        <translation>Импорттау тоқтатылды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/photos_view.py" line="272" />
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фотосурет</numerusform><numerusform>%n фотосурет</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="331" />
        <source>Delete photos</source>
        <translation>Фотосуреттерді жою</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/photos_view.py" line="332" />
        <source>Delete %n photo(s) from this visit? Findings that cite them lose that evidence.</source>
        <translation>
            <numerusform>Сапардан %n фотосуретті жою керек пе? Оларға сілтеме жасайтын тұжырымдар бұл дәлелдерден айырылады.</numerusform><numerusform>Сапардан %n фотосуретті жою керек пе? Оларға сілтеме жасайтын тұжырымдар бұл дәлелдерден айырылады.</numerusform></translation>
    </message>
    <message>
        <source>outside visit dates</source>
        <translation>сапар күндерінен тыс</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message numerus="yes">
        <source>Add these %n photo(s) anyway</source>
        <translation>
            <numerusform>Бәрібір %n фотоны қосу</numerusform><numerusform>Бәрібір %n фотоны қосу</numerusform></translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Қабылдау</translation>
    </message>
    <message>
        <source>Make it a finding; you can edit it afterwards</source>
        <translation>Тұжырым ету; кейін өңдеуге болады</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Қа&amp;былдамау</translation>
    </message>
    <message>
        <source>Do not propose it again for this visit</source>
        <translation>Бұл сапар үшін қайта ұсынбау</translation>
    </message>
    <message>
        <source>Theme: %1
Recommendation: %2
Addressee: %3</source>
        <translation>Тақырып: %1
Ұсыным: %2
Адресат: %3</translation>
    </message>
    <message numerus="yes">
        <source>Proposed from the answers (%n)</source>
        <translation>
            <numerusform>Жауаптар бойынша ұсынылған (%n)</numerusform><numerusform>Жауаптар бойынша ұсынылған (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="109" />
        <source>Link to a question</source>
        <translation>Сұраққа байланыстыру</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="112" />
        <source>Find a question…</source>
        <translation>Сұрақты табу…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="116" />
        <source>— not linked —</source>
        <translation>— байланыстырылмаған —</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Photos that show this (evidence) (Ctrl+Shift+F)</source>
        <translation>Мұны растайтын фотосуреттер (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Mark this answer as a problem; set automatically by the checklist&apos;s rule, and you can change it (Ctrl+Shift+P)</source>
        <translation>Жауапты мәселе деп белгілеу; тексеру парағының ережесі бойынша автоматты түрде қойылады, оны өзгертуге болады (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="95" />
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="96" />
        <source>Comment (optional)</source>
        <translation>Түсініктеме (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="97" />
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="98" />
        <source>Mark this answer as a problem; set automatically by the checklist's rule, and you can change it</source>
        <translation>Жауапты мәселе деп белгілеу; тексеру парағының ережесі бойынша автоматты қойылады, оны өзгертуге болады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="100" />
        <source>Photos that show this (evidence)</source>
        <translation>Мұны көрсететін фотосуреттер (дәлелдер)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="121" />
        <source>Photos: %1</source>
        <translation>Фотосурет: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="122" />
        <source>Add photo</source>
        <translation>Фотосурет қосу</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Reopened for correction on %1</source>
        <translation>%1 түзету үшін ашылды</translation>
    </message>
    <message>
        <source>Reopened for correction on %1 by %2</source>
        <translation>%1 түзету үшін ашылды, %2</translation>
    </message>
    <message>
        <source>Keep it completed</source>
        <translation>Аяқталған күйінде қалдыру</translation>
    </message>
    <message>
        <source>Reopen for correction</source>
        <translation>Түзету үшін ашу</translation>
    </message>
    <message>
        <source>The visit goes back to a draft, so its answers can be changed, and it must be completed again. The visit records when it was reopened and by whom.</source>
        <translation>Сапар жобаға қайтарылады: жауаптарды өзгертуге болады, содан кейін оны қайта аяқтау керек. Сапарға оның қашан және кім ашқаны жазылады.</translation>
    </message>
    <message>
        <source>Reopen the visit for correction?</source>
        <translation>Сапарды түзету үшін ашу керек пе?</translation>
    </message>
    <message>
        <source>This visit is completed and read-only. To correct it, press “Reopen for correction”.</source>
        <translation>Сапар аяқталды, тек оқуға болады. Оны түзету үшін «Түзету үшін ашу» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Back to a draft to correct answers; recorded in the visit</source>
        <translation>Жауаптарды түзету үшін жобаға қайтару; бұл сапарға жазылады</translation>
    </message>
    <message>
        <source>&amp;Reopen for correction…</source>
        <translation>Т&amp;үзету үшін ашу…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="152" />
        <source>This visit cannot be opened:</source>
        <translation>Бұл сапарды ашу мүмкін емес:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="161" />
        <source>Opening the visit…</source>
        <translation>Сапар ашылуда…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="166" />
        <source>&amp;Complete visit</source>
        <translation>Сапарды ая&amp;қтау</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="167" />
        <source>Checks that every required question is answered, then locks the visit</source>
        <translation>Барлық міндетті сұрақтарға жауап берілгенін тексеріп, сапарды өзгертуге жабады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="169" />
        <source>&amp;Reopen</source>
        <translation>Қайта &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="170" />
        <source>This visit is completed and read-only. Press “Reopen” to change it.</source>
        <translation>Сапар аяқталды, тек оқуға болады. Өзгерту үшін «Қайта ашу» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="180" />
        <source>&amp;Overview</source>
        <translation>&amp;Шолу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="180" />
        <source>Check&amp;list</source>
        <translation>&amp;Тексеру парағы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="181" />
        <source>&amp;Photos (%1)</source>
        <translation>Фот&amp;осуреттер (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="182" />
        <source>&amp;Interviews (%1)</source>
        <translation>&amp;Сұхбаттар (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="183" />
        <source>Fi&amp;ndings (%1)</source>
        <translation>Т&amp;ұжырымдар (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="216" />
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="218" />
        <source>Saved at %1</source>
        <translation>%1 сақталды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="220" />
        <source>Changes are saved automatically</source>
        <translation>Өзгерістер автоматты түрде сақталады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="223" />
        <location filename="../../inspector/ui/visit/editor.py" line="224" />
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="266" />
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="266" />
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>&amp;Recommendations (%1)</source>
        <translation>&amp;Ұсынымдар (%1)</translation>
    </message>
    <message>
        <source>Correct a completed visit</source>
        <translation>Аяқталған сапарды түзету</translation>
    </message>
    <message>
        <source>The visit is sealed. Why is it being corrected? The reason, your name and the time are kept with the visit.</source>
        <translation>Сапар мөрленген. Оны неге түзетесіз? Себебі, атыңыз бен уақыты сапармен бірге сақталады.</translation>
    </message>
    <message>
        <source>F&amp;indings (%1)</source>
        <translation>Т&amp;ұжырымдар (%1)</translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <source>Recommendations of earlier visits to this institution that were still open. Say what you found for each; the recommendation's status follows.</source>
        <translation>Осы мекемеге бұрынғы сапарлардың әлі орындалмаған ұсынымдары. Әрқайсысы бойынша не көргеніңізді белгілеңіз — ұсынымның мәртебесі өзгереді.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Әлі тексерілмеді</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>Не көрдіңіз</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
</context>
<context>
    <name>CompletionSummaryDialog</name>
    <message>
        <source>&amp;Back to the visit</source>
        <translation>Сапарға &amp;оралу</translation>
    </message>
    <message>
        <source>&amp;Complete visit</source>
        <translation>Сапарды ая&amp;қтау</translation>
    </message>
    <message>
        <source>Findings without a deadline</source>
        <translation>Мерзімі жоқ тұжырымдар</translation>
    </message>
    <message>
        <source>Problems without a photo</source>
        <translation>Фотосуреті жоқ мәселелер</translation>
    </message>
    <message>
        <source>Fields with errors</source>
        <translation>Қатесі бар өрістер</translation>
    </message>
    <message>
        <source>Questions without an answer (not required)</source>
        <translation>Жауапсыз сұрақтар (міндетті емес)</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Жауап берілген сұрақтар</translation>
    </message>
    <message>
        <source>Before the visit is completed and locked:</source>
        <translation>Сапар аяқталып, өзгертуге жабылмас бұрын:</translation>
    </message>
    <message>
        <source>Complete the visit</source>
        <translation>Сапарды аяқтау</translation>
    </message>
</context>
</TS>