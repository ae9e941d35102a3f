<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnswerInput</name>
    <message>
        <source>Key %1</source>
        <translation>Клавиша %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_widgets.py" line="379" />
        <source>not set</source>
        <translation>не указана</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../inspector/ui/visit/checklist_view.py" line="139" />
        <source>Checklist sections</source>
        <translation>Разделы анкеты</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/checklist_view.py" line="156" />
        <source>%1 of %2 answered</source>
        <translation>Отвечено %1 из %2</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="52" />
        <source>Evidence for the finding</source>
        <translation>Доказательства для вывода</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="54" />
        <source>A finding is stronger when several sources support it: tick the answers, photos and interviews that show it.</source>
        <translation>Вывод убедительнее, если его подтверждают несколько источников: отметьте ответы, фотографии и интервью, которые его показывают.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="59" />
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="68" />
        <source>Checklist answers</source>
        <translation>Ответы анкеты</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="82" />
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="89" />
        <source>Interviews</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="92" />
        <source>Interview %1</source>
        <translation>Интервью %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="96" />
        <source>(nothing yet)</source>
        <translation>(пока ничего)</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="167" />
        <source>Severit&amp;y</source>
        <translation>Серь&amp;ёзность</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="167" />
        <source>&amp;Theme</source>
        <translation>Те&amp;ма</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="167" />
        <source>Findin&amp;g</source>
        <translation>Выво&amp;д</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="168" />
        <source>Reco&amp;mmendation</source>
        <translation>Рекоменда&amp;ция</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="168" />
        <source>&amp;Addressee</source>
        <translation>Адр&amp;есат</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="168" />
        <source>&amp;Due date</source>
        <translation>Сро&amp;к</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="169" />
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="171" />
        <source>Ne&amp;w finding</source>
        <translation>Новы&amp;й вывод</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="173" />
        <source>Move up (the report follows this order)</source>
        <translation>Выше (в отчёте выводы идут в этом порядке)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="175" />
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="176" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="177" />
        <source>Choose evidence…</source>
        <translation>Выбрать доказате&amp;льства…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="178" />
        <source>not set</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="179" />
        <source>What did you see? E.g. “Average wage of nurses is 38% below the regional average.”</source>
        <translation>Что вы увидели? Например: «Средняя зарплата медсестёр на 38% ниже средней по региону».</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="181" />
        <source>What should be done, and by whom</source>
        <translation>Что нужно сделать и кому</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="182" />
        <source>No findings yet.

A finding states a problem, links the evidence behind it and recommends what to do.</source>
        <translation>Выводов пока нет.

Вывод называет проблему, ссылается на доказательства и рекомендует, что сделать.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="205" />
        <source>(not written yet)</source>
        <translation>(ещё не написан)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="241" />
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="241" />
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="242" />
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="247" />
        <source>No evidence linked yet</source>
        <translation>Доказательства пока не выбраны</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="296" />
        <source>Write the finding itself; it is saved once it has text.</source>
        <translation>Напишите сам вывод: он сохраняется, как только в нём появится текст.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="355" />
        <source>Delete finding</source>
        <translation>Удаление вывода</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="356" />
        <source>Delete this finding?</source>
        <translation>Удалить этот вывод?</translation>
    </message>
</context>
<context>
    <name>InterviewsView</name>
    <message>
        <source>The person no longer agrees to be named. The name will be erased from this laptop now and from the server at the next sync. Erase it?</source>
        <translation>Собеседник больше не согласен, чтобы его называли. Имя будет стёрто с этого компьютера сейчас и с сервера при следующей синхронизации. Стереть?</translation>
    </message>
    <message>
        <source>Name withdrawn</source>
        <translation>Согласие на имя отозвано</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="176" />
        <source>Ne&amp;w interview</source>
        <translation>Ново&amp;е интервью</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="177" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="178" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="180" />
        <source>Interviews with staff are anonymous unless the person agrees to be named.

Press “New interview” to start one.</source>
        <translation>Интервью с сотрудниками анонимны, если человек не согласился, чтобы его назвали.

Нажмите «Новое интервью», чтобы начать.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="182" />
        <source>The interview form is not installed.</source>
        <translation>Форма интервью не установлена.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="198" />
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="200" />
        <source>no consent yet</source>
        <translation>согласия пока нет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="201" />
        <source>Interview %1 — %2</source>
        <translation>Интервью %1 — %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="220" />
        <source>First ask for consent to record the conversation. Until the answer is “Yes”, nothing else can be entered or saved.</source>
        <translation>Сначала спросите согласие на запись разговора. Пока ответ не «Да», ничего другого ввести и сохранить нельзя.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="225" />
        <source>Consent given. The person agreed to be named in reports.</source>
        <translation>Согласие получено. Человек согласился, чтобы его назвали в отчётах.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="229" />
        <source>Consent given. Anonymous: the name is not recorded and reports do not identify the person.</source>
        <translation>Согласие получено. Анонимно: имя не записывается, и по отчётам человека не узнать.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="305" />
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="306" />
        <source>Without consent the other answers and notes of this interview cannot be kept. Erase them?</source>
        <translation>Без согласия остальные ответы и заметки этого интервью хранить нельзя. Стереть их?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="345" />
        <source>Delete interview</source>
        <translation>Удаление интервью</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="346" />
        <source>Delete this interview?</source>
        <translation>Удалить это интервью?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Interview — %1</source>
        <translation>Интервью — %1</translation>
    </message>
</context>
<context>
    <name>MissingAnswersDialog</name>
    <message>
        <source>Some answers are not stored because what was typed is not an answer, or required answers are missing. Choose one to go to it and correct it.</source>
        <translation>Некоторые ответы не сохранены: введённое не является ответом, или не хватает обязательных ответов. Выберите вопрос, чтобы перейти к нему и исправить.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="28" />
        <source>The visit cannot be completed yet</source>
        <translation>Визит пока нельзя завершить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="30" />
        <source>%n required question(s) have no answer. Choose one to go to it.</source>
        <translation>
            <numerusform>Без ответа %n обязательный вопрос. Выберите его, чтобы перейти к нему.</numerusform><numerusform>Без ответа %n обязательных вопроса. Выберите вопрос, чтобы перейти к нему.</numerusform><numerusform>Без ответа %n обязательных вопросов. Выберите вопрос, чтобы перейти к нему.</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="44" />
        <source>&amp;Go to question</source>
        <translation>&amp;Перейти к вопросу</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="127" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="128" />
        <source>Dates of the visit</source>
        <translation>Даты визита</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="129" />
        <source>Deputies</source>
        <translation>Депутаты</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="130" />
        <source>Also present</source>
        <translation>Также присутствовали</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="131" />
        <source>Announced</source>
        <translation>Предупреждён</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="131" />
        <source>Yes, the institution knew in advance</source>
        <translation>Да, учреждение знало заранее</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="132" />
        <source>No, unannounced</source>
        <translation>Нет, без предупреждения</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="133" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="133" />
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="134" />
        <source>Draft — being filled in</source>
        <translation>Черновик — заполняется</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="148" />
        <source>Checklist</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="151" />
        <source>%1 of %2 questions answered</source>
        <translation>Отвечено на %1 из %2 вопросов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="154" />
        <source>%n required still open</source>
        <translation>
            <numerusform>%n обязательный без ответа</numerusform><numerusform>%n обязательных без ответа</numerusform><numerusform>%n обязательных без ответа</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="156" />
        <source>all required answered</source>
        <translation>на все обязательные вопросы есть ответы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="159" />
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform><numerusform>%n проблемы</numerusform><numerusform>%n проблем</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="160" />
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фотография</numerusform><numerusform>%n фотографии</numerusform><numerusform>%n фотографий</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="161" />
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n интервью</numerusform><numerusform>%n интервью</numerusform><numerusform>%n интервью</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="162" />
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n вывод</numerusform><numerusform>%n вывода</numerusform><numerusform>%n выводов</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="165" />
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="170" />
        <source>Vacancies, share of posts</source>
        <translation>Вакансии, доля от штата</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="171" />
        <source>of the regional average wage</source>
        <translation>от средней зарплаты по региону</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="195" />
        <source>Key figures appear here as the checklist is filled: staff posts, vacancies, wages against the regional average.</source>
        <translation>Ключевые показатели появятся здесь по мере заполнения анкеты: штат, вакансии, зарплаты в сравнении со средней по региону.</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="37" />
        <source>Photos as evidence</source>
        <translation>Фотографии как доказательства</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="42" />
        <source>Tick the photos that show this. A photo may support several questions: ticking it here keeps its other links.</source>
        <translation>Отметьте фотографии, которые это показывают. Фотография может подтверждать несколько вопросов: отметка здесь сохраняет её другие связи.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="53" />
        <source>This visit has no photos yet.</source>
        <translation>В этом визите пока нет фотографий.</translation>
    </message>
    <message>
        <source>Add photos from &amp;files…</source>
        <translation>Добавить фото из &amp;файлов…</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="99" />
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="100" />
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Предыдущая</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="101" />
        <source>&amp;Next ▶</source>
        <translation>&amp;Следующая ▶</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="102" />
        <source>&amp;Rotate 90°</source>
        <translation>П&amp;овернуть на 90°</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="128" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="139" />
        <source>This photo cannot be shown</source>
        <translation>Эту фотографию невозможно показать</translation>
    </message>
    <message>
        <source>&amp;Find faces</source>
        <translation>Найти &amp;лица</translation>
    </message>
    <message>
        <source>&amp;Accept proposed</source>
        <translation>Пр&amp;инять найденные</translation>
    </message>
    <message>
        <source>Re&amp;ject proposed</source>
        <translation>Отклонить на&amp;йденные</translation>
    </message>
    <message>
        <source>Mark every face with a box: reports cover it, the original stays as it is. Drag to draw a box, drag it to move, drag a corner to resize. Keyboard: Insert adds a box, Tab goes from box to box, arrows move it, Shift+arrows resize, Delete removes; Enter accepts a proposed (dashed) box.</source>
        <translation>Отметьте каждое лицо рамкой: в отчётах оно будет закрыто, подлинник не меняется. Протяните мышью, чтобы нарисовать рамку, перетащите её, чтобы сдвинуть, потяните за угол, чтобы изменить размер. Клавиатура: Insert — новая рамка, Tab — к следующей, стрелки — сдвинуть, Shift+стрелки — размер, Delete — удалить; Enter принимает предложенную (пунктирную) рамку.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Поиск лиц…</translation>
    </message>
    <message>
        <source>No face found that is not marked yet. The detector misses faces turned away or small: look, and draw those boxes yourself.</source>
        <translation>Неотмеченных лиц не найдено. Поиск пропускает отвёрнутые и мелкие лица: посмотрите сами и отметьте их рамками.</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="167" />
        <source>&amp;Add photos…</source>
        <translation>&amp;Добавить фотографии…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="168" />
        <source>Choose photo files to add to this visit</source>
        <translation>Выбрать файлы фотографий для этого визита</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="169" />
        <source>I&amp;mport from a folder…</source>
        <translation>И&amp;мпорт из папки…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="170" />
        <source>Adds only the photos taken during the visit's dates (by the camera's clock)</source>
        <translation>Добавляет только снимки, сделанные в дни визита (по часам камеры)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="172" />
        <source>Open</source>
        <translation>Смотр&amp;еть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="173" />
        <source>Cap&amp;tion</source>
        <translation>Подпис&amp;ь</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="174" />
        <source>Rotate &amp;90°</source>
        <translation>Повернуть на &amp;90°</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="175" />
        <source>Sho&amp;ws faces</source>
        <translation>Видны &amp;лица</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="176" />
        <source>Residents' or children's faces are visible: the photo is left out of reports or blurred</source>
        <translation>Видны лица проживающих или детей: в отчётах фотография не показывается или размывается</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="178" />
        <source>Lin&amp;k to question…</source>
        <translation>Привязать &amp;к вопросу…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="179" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="180" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="181" />
        <source>No photos yet.

Drag photos or whole folders here, or use “Import from a folder…” to take the photos of the visit's days from a phone or camera card.</source>
        <translation>Фотографий пока нет.

Перетащите сюда фотографии или целые папки либо нажмите «Импорт из папки…», чтобы взять снимки дней визита с телефона или карты памяти.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="184" />
        <source>faces</source>
        <translation>лица</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="185" />
        <source>evidence</source>
        <translation>доказательство</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="200" />
        <source>Add photos</source>
        <translation>Добавить фотографии</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="200" />
        <source>Photos (%1)</source>
        <translation>Фотографии (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="205" />
        <source>Import photos from a folder</source>
        <translation>Импорт фотографий из папки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="213" />
        <source>Checking photos…</source>
        <translation>Проверка фотографий…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="222" />
        <source>Checking photos: %1 of %2</source>
        <translation>Проверка фотографий: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="227" />
        <source>Added: %1</source>
        <translation>Добавлено: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="229" />
        <source>already in this visit: %1</source>
        <translation>уже есть в визите: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="232" />
        <source>left out, not taken during the visit (listed below): %1</source>
        <translation>не добавлено, снято не в дни визита (список ниже): %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="235" />
        <source>refused: %1</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="238" />
        <source>Import stopped.</source>
        <translation>Импорт остановлен.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/photos_view.py" line="272" />
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фотография</numerusform><numerusform>%n фотографии</numerusform><numerusform>%n фотографий</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="331" />
        <source>Delete photos</source>
        <translation>Удаление фотографий</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/photos_view.py" line="332" />
        <source>Delete %n photo(s) from this visit? Findings that cite them lose that evidence.</source>
        <translation>
            <numerusform>Удалить %n фотографию из визита? Выводы, которые на неё ссылаются, потеряют это доказательство.</numerusform><numerusform>Удалить %n фотографии из визита? Выводы, которые на них ссылаются, потеряют эти доказательства.</numerusform><numerusform>Удалить %n фотографий из визита? Выводы, которые на них ссылаются, потеряют эти доказательства.</numerusform></translation>
    </message>
    <message>
        <source>outside visit dates</source>
        <translation>вне дат визита</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message numerus="yes">
        <source>Add these %n photo(s) anyway</source>
        <translation>
            <numerusform>Всё равно добавить %n фото</numerusform><numerusform>Всё равно добавить %n фото</numerusform><numerusform>Всё равно добавить %n фото</numerusform></translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>Make it a finding; you can edit it afterwards</source>
        <translation>Сделать выводом; его можно будет отредактировать</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Do not propose it again for this visit</source>
        <translation>Больше не предлагать для этого визита</translation>
    </message>
    <message>
        <source>Theme: %1
Recommendation: %2
Addressee: %3</source>
        <translation>Тема: %1
Рекомендация: %2
Адресат: %3</translation>
    </message>
    <message numerus="yes">
        <source>Proposed from the answers (%n)</source>
        <translation>
            <numerusform>Предложено по ответам (%n)</numerusform><numerusform>Предложено по ответам (%n)</numerusform><numerusform>Предложено по ответам (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="109" />
        <source>Link to a question</source>
        <translation>Привязка к вопросу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="112" />
        <source>Find a question…</source>
        <translation>Найти вопрос…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="116" />
        <source>— not linked —</source>
        <translation>— не привязана —</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Photos that show this (evidence) (Ctrl+Shift+F)</source>
        <translation>Фотографии, которые это подтверждают (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Mark this answer as a problem; set automatically by the checklist&apos;s rule, and you can change it (Ctrl+Shift+P)</source>
        <translation>Отметить ответ как проблему; ставится автоматически по правилу анкеты, и его можно изменить (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="95" />
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="96" />
        <source>Comment (optional)</source>
        <translation>Комментарий (необязательно)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="97" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="98" />
        <source>Mark this answer as a problem; set automatically by the checklist's rule, and you can change it</source>
        <translation>Отметить ответ как проблему; ставится автоматически по правилу анкеты, и вы можете это изменить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="100" />
        <source>Photos that show this (evidence)</source>
        <translation>Фотографии, которые это показывают (доказательства)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="121" />
        <source>Photos: %1</source>
        <translation>Фото: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="122" />
        <source>Add photo</source>
        <translation>Добавить фото</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Reopened for correction on %1</source>
        <translation>Открыт для исправления %1</translation>
    </message>
    <message>
        <source>Reopened for correction on %1 by %2</source>
        <translation>Открыт для исправления %1, %2</translation>
    </message>
    <message>
        <source>Keep it completed</source>
        <translation>Оставить завершённым</translation>
    </message>
    <message>
        <source>Reopen for correction</source>
        <translation>Открыть для исправления</translation>
    </message>
    <message>
        <source>The visit goes back to a draft, so its answers can be changed, and it must be completed again. The visit records when it was reopened and by whom.</source>
        <translation>Визит вернётся в черновик: ответы можно будет изменить, после чего его нужно завершить снова. В визите записывается, когда и кем он был открыт.</translation>
    </message>
    <message>
        <source>Reopen the visit for correction?</source>
        <translation>Открыть визит для исправления?</translation>
    </message>
    <message>
        <source>This visit is completed and read-only. To correct it, press “Reopen for correction”.</source>
        <translation>Визит завершён и доступен только для чтения. Чтобы исправить его, нажмите «Открыть для исправления».</translation>
    </message>
    <message>
        <source>Back to a draft to correct answers; recorded in the visit</source>
        <translation>Вернуть в черновик, чтобы исправить ответы; это записывается в визит</translation>
    </message>
    <message>
        <source>&amp;Reopen for correction…</source>
        <translation>Открыть для исправлени&amp;я…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="152" />
        <source>This visit cannot be opened:</source>
        <translation>Этот визит не удаётся открыть:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="161" />
        <source>Opening the visit…</source>
        <translation>Открываем визит…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="166" />
        <source>&amp;Complete visit</source>
        <translation>&amp;Завершить визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="167" />
        <source>Checks that every required question is answered, then locks the visit</source>
        <translation>Проверяет, что на все обязательные вопросы есть ответы, и закрывает визит для изменений</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="169" />
        <source>&amp;Reopen</source>
        <translation>Открыть с&amp;нова</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="170" />
        <source>This visit is completed and read-only. Press “Reopen” to change it.</source>
        <translation>Визит завершён и доступен только для чтения. Чтобы изменить его, нажмите «Открыть снова».</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="180" />
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="180" />
        <source>Check&amp;list</source>
        <translation>&amp;Анкета</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="181" />
        <source>&amp;Photos (%1)</source>
        <translation>Фо&amp;тографии (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="182" />
        <source>&amp;Interviews (%1)</source>
        <translation>&amp;Интервью (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="183" />
        <source>Fi&amp;ndings (%1)</source>
        <translation>В&amp;ыводы (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="216" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="218" />
        <source>Saved at %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="220" />
        <source>Changes are saved automatically</source>
        <translation>Изменения сохраняются автоматически</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="223" />
        <location filename="../../inspector/ui/visit/editor.py" line="224" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="266" />
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="266" />
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>&amp;Recommendations (%1)</source>
        <translation>&amp;Рекомендации (%1)</translation>
    </message>
    <message>
        <source>Correct a completed visit</source>
        <translation>Исправление завершённого визита</translation>
    </message>
    <message>
        <source>The visit is sealed. Why is it being corrected? The reason, your name and the time are kept with the visit.</source>
        <translation>Визит запечатан. Почему его исправляют? Причина, ваше имя и время сохранятся вместе с визитом.</translation>
    </message>
    <message>
        <source>F&amp;indings (%1)</source>
        <translation>&amp;Выводы (%1)</translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <source>Recommendations of earlier visits to this institution that were still open. Say what you found for each; the recommendation's status follows.</source>
        <translation>Рекомендации прошлых посещений этого учреждения, которые ещё не выполнены. Отметьте, что вы увидели по каждой, — статус рекомендации изменится.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>Что вы увидели</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>CompletionSummaryDialog</name>
    <message>
        <source>&amp;Back to the visit</source>
        <translation>&amp;Вернуться к визиту</translation>
    </message>
    <message>
        <source>&amp;Complete visit</source>
        <translation>&amp;Завершить визит</translation>
    </message>
    <message>
        <source>Findings without a deadline</source>
        <translation>Выводов без срока</translation>
    </message>
    <message>
        <source>Problems without a photo</source>
        <translation>Проблем без фотографии</translation>
    </message>
    <message>
        <source>Fields with errors</source>
        <translation>Полей с ошибками</translation>
    </message>
    <message>
        <source>Questions without an answer (not required)</source>
        <translation>Вопросов без ответа (необязательных)</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Вопросов с ответом</translation>
    </message>
    <message>
        <source>Before the visit is completed and locked:</source>
        <translation>Перед тем как визит будет завершён и закрыт для изменений:</translation>
    </message>
    <message>
        <source>Complete the visit</source>
        <translation>Завершение визита</translation>
    </message>
</context>
</TS>