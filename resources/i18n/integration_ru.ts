<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="198"/>
        <source>Not linked to a visit</source>
        <translation>Без привязки к визиту</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="250"/>
        <source>Deleted on this computer, edited on another</source>
        <translation>Удалено на этом компьютере, изменено на другом</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="251"/>
        <source>Deleted on another computer, edited here</source>
        <translation>Удалено на другом компьютере, изменено здесь</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="252"/>
        <source>%1 — %2: %3 — keep or delete?</source>
        <translation>%1 — %2: %3 — оставить или удалить?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="256"/>
        <source>%1 — %2: “%3” was changed differently on %4 computers. Which value is right?</source>
        <translation>%1 — %2: поле «%3» изменено по-разному на %4 компьютерах. Какое значение верное?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="261"/>
        <source>%1 — %2: “%3” was changed on two computers. Which value is right?</source>
        <translation>%1 — %2: поле «%3» изменено на двух компьютерах по-разному. Какое значение верное?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="275"/>
        <source>Delete it</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="275"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="277"/>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="278"/>
        <source>Keep theirs</source>
        <translation>Оставить с другого компьютера</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="278"/>
        <source>Keep this</source>
        <translation>Оставить это</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="285"/>
        <source>On another computer (%1)</source>
        <translation>На другом компьютере (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="308"/>
        <source>The choice could not be saved: %1</source>
        <translation>Не удалось сохранить выбор: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="325"/>
        <source>Checklist answer</source>
        <translation>Ответ по чек-листу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="325"/>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="326"/>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="326"/>
        <source>Interview</source>
        <translation>Беседа</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="327"/>
        <source>Visit details</source>
        <translation>Сведения о визите</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="328"/>
        <source>Institution details</source>
        <translation>Сведения об учреждении</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="332"/>
        <source>deleted or kept</source>
        <translation>удалить или оставить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="332"/>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="333"/>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="333"/>
        <source>problem mark</source>
        <translation>отметка о проблеме</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="334"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="334"/>
        <source>recommendation</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="335"/>
        <source>addressee</source>
        <translation>адресат</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="335"/>
        <source>due date</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="336"/>
        <source>severity</source>
        <translation>значимость</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="336"/>
        <source>theme</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="337"/>
        <source>caption</source>
        <translation>подпись</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="337"/>
        <source>shows faces</source>
        <translation>видны лица</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="338"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="338"/>
        <source>deputies</source>
        <translation>депутаты</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="339"/>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="339"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="340"/>
        <source>start date</source>
        <translation>дата начала</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="340"/>
        <source>end date</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="341"/>
        <source>interview answers</source>
        <translation>ответы в беседе</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="341"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="342"/>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="342"/>
        <source>district</source>
        <translation>район</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="343"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="343"/>
        <source>evidence</source>
        <translation>подтверждения</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="351"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="351"/>
        <source>Kept, with the edit</source>
        <translation>Сохранено, с изменением</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="356"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="358"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="358"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="367"/>
        <source>These records were changed differently on two or more computers, and every value was kept. For each, choose the value to keep; your choice is sent with the next sync.</source>
        <translation>Эти записи изменили по-разному на двух или более компьютерах, и сохранены все значения. Для каждой выберите, какое значение оставить; ваш выбор уйдёт на сервер при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="374"/>
        <source>Needs review</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="370"/>
        <source>These records were changed differently on two computers, and both values were kept. For each, choose the value to keep; your choice is sent with the next sync.</source>
        <translation>Эти записи изменили по-разному на двух компьютерах, и сохранены оба значения. Для каждой выберите, какое значение оставить; ваш выбор уйдёт на сервер при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="376"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="376"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="282"/>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="377"/>
        <source>On this computer</source>
        <translation>На этом компьютере</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="284"/>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="378"/>
        <source>On the other computer</source>
        <translation>На другом компьютере</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="379"/>
        <source>Further values</source>
        <translation>Остальные значения</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="380"/>
        <source>Nothing needs review.</source>
        <translation>Проверять нечего.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="381"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>answers: %1</source>
        <translation>ответов: %1</translation>
    </message>
    <message>
        <source>photos: %1</source>
        <translation>фотографий: %1</translation>
    </message>
    <message>
        <source>interviews: %1</source>
        <translation>бесед: %1</translation>
    </message>
    <message>
        <source>findings: %1</source>
        <translation>выводов: %1</translation>
    </message>
    <message>
        <source>visits: %1</source>
        <translation>визитов: %1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>пока ничего</translation>
    </message>
    <message>
        <source>Delete the visit and everything in it</source>
        <translation>Удалить визит со всем содержимым</translation>
    </message>
    <message>
        <source>Keep the visit with everything in it</source>
        <translation>Оставить визит со всем содержимым</translation>
    </message>
    <message>
        <source>Delete the institution and its visits</source>
        <translation>Удалить учреждение и его визиты</translation>
    </message>
    <message>
        <source>Keep the institution with its visits</source>
        <translation>Оставить учреждение с его визитами</translation>
    </message>
    <message>
        <source>%1: this visit was deleted %2, while work went on in it %3. Nothing is deleted until someone decides. It now holds: %4. Keep the visit with everything in it, or delete it for the whole team?</source>
        <translation>%1: этот визит удалён %2, а %3 в нём продолжали работу. Пока никто не решит, ничего не удаляется. Сейчас в нём: %4. Оставить визит со всем содержимым или удалить его для всей команды?</translation>
    </message>
    <message>
        <source>%1: this institution was deleted %2, while work went on in its visits %3. Nothing is deleted until someone decides. It now holds: %4. Keep the institution with its visits, or delete it for the whole team?</source>
        <translation>%1: это учреждение удалено %2, а %3 продолжали работу в его визитах. Пока никто не решит, ничего не удаляется. Сейчас в нём: %4. Оставить учреждение с его визитами или удалить его для всей команды?</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>на этом компьютере</translation>
    </message>
    <message>
        <source>on another computer</source>
        <translation>на другом компьютере</translation>
    </message>
    <message>
        <source>on %1's computer</source>
        <translation>на компьютере пользователя %1</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="127"/>
        <source>Select a visit in the list first.</source>
        <translation>Сначала выберите визит в списке.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="138"/>
        <source>Save the visit report</source>
        <translation>Сохранить отчёт о визите</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="139"/>
        <location filename="../../inspector/ui/export_actions.py" line="156"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="142"/>
        <source>Making the visit report…</source>
        <translation>Формируется отчёт о визите…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="154"/>
        <source>Save the summary</source>
        <translation>Сохранить сводный отчёт</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="155"/>
        <source>Summary across visits</source>
        <translation>Сводный отчёт по визитам</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="158"/>
        <source>Making the summary…</source>
        <translation>Формируется сводный отчёт…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="163"/>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="163"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="164"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="166"/>
        <source>Exporting to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="209"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
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
        <translation>Сохранено:
%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="221"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="222"/>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="223"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="240"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён, файл не создан.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="246"/>
        <source>The export failed: %1</source>
        <translation>Не удалось выполнить экспорт: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="256"/>
        <source>Export visit &amp;report (PDF)…</source>
        <translation>Отчёт о &amp;визите (PDF)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="257"/>
        <source>A PDF report on the selected visit, for a deputy inquiry</source>
        <translation>Отчёт о выбранном визите в PDF — для депутатского запроса</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="258"/>
        <source>&amp;Summary across visits (PDF)…</source>
        <translation>Сводный о&amp;тчёт по визитам (PDF)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="259"/>
        <source>One PDF comparing the visits of a kind, region and period</source>
        <translation>Один PDF, в котором визиты сравниваются по типу учреждения, региону и периоду</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="260"/>
        <source>Export to E&amp;xcel…</source>
        <translation>Экспорт в &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="261"/>
        <source>Answers, interviews and findings of all visits as an Excel workbook</source>
        <translation>Ответы, беседы и выводы всех визитов в книге Excel</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="1"/>
        <source>Save the database</source>
        <translation>Сохранить базу данных</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="1"/>
        <source>SQLite databases (*.db)</source>
        <translation>Базы данных SQLite (*.db)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="1"/>
        <source>Writing the database…</source>
        <translation>Запись базы данных…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="1"/>
        <source>SQLite &amp;database…</source>
        <translation>База данных &amp;SQLite…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="1"/>
        <source>The visits as a database for analysts: Datasette, DB Browser, Excel, pandas</source>
        <translation>Визиты как база данных для аналитиков: Datasette, DB Browser, Excel, pandas</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="1"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Before export</source>
        <translation>Перед экспортом</translation>
    </message>
    <message>
        <source>Make the report anyway</source>
        <translation>Всё равно сформировать отчёт</translation>
    </message>
    <message>
        <source>Go back and fix</source>
        <translation>Вернуться и исправить</translation>
    </message>
    <message numerus="yes">
        <source>The report can be made, but a reader may object to %n thing(s):</source>
        <translation>
            <numerusform>Отчёт можно сформировать, но у читателя может возникнуть %n замечание:</numerusform><numerusform>Отчёт можно сформировать, но у читателя могут возникнуть %n замечания:</numerusform><numerusform>Отчёт можно сформировать, но у читателя могут возникнуть %n замечаний:</numerusform></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="64"/>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="74"/>
        <source>Sign in to the sync server</source>
        <translation>Вход на сервер синхронизации</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="75"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="76"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="78"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="80"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="81"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="82"/>
        <source>The password is used once to sign this computer in; it is not saved. Later syncs need no password.</source>
        <translation>Пароль нужен один раз, чтобы подключить этот компьютер, и не сохраняется. Для следующих синхронизаций пароль не понадобится.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="84"/>
        <source>Sign in and sync</source>
        <translation>Войти и синхронизировать</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/login_dialog.py" line="85"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="137"/>
        <source>Visit report (PDF)</source>
        <translation>Отчёт о визите (PDF)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="138"/>
        <source>Visit:</source>
        <translation>Визит:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="140"/>
        <source>Include &amp;photos that show faces</source>
        <translation>Включить &amp;фотографии, на которых видны лица</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="142"/>
        <source>Only with the consent of the people shown (for children and residents of care homes, of their legal representatives). Without it, such photos must not leave the team: leave this off for reports that are sent or published.</source>
        <translation>Только с согласия людей на снимках (для детей и проживающих в интернатах — их законных представителей). Без согласия такие фотографии не должны выходить за пределы команды: не включайте их в отчёты, которые отправляются или публикуются.</translation>
    </message>
</context>
<context>
    <name>DatabaseOptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="1"/>
        <source>&amp;Language of the labels:</source>
        <translation>&amp;Язык подписей:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="1"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="1"/>
        <source>SQLite database for analysts</source>
        <translation>База данных SQLite для аналитиков</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="1"/>
        <source>Include the &amp;photos themselves (never those showing faces)</source>
        <translation>Включить сами &amp;фотографии (кроме снимков с лицами)</translation>
    </message>
</context>
<context>
    <name>SummaryOptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="195"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="203"/>
        <source>All kinds</source>
        <translation>Все типы учреждений</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="207"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="214"/>
        <source>Summary across visits (PDF)</source>
        <translation>Сводный отчёт по визитам (PDF)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="216"/>
        <source>&amp;Kind of institution:</source>
        <translation>&amp;Тип учреждения:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="217"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="218"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="219"/>
        <source>&amp;only from</source>
        <translation>то&amp;лько с</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="220"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="221"/>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="222"/>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="226"/>
        <source>Include &amp;drafts (visits not yet completed; each is marked as a draft)</source>
        <translation>Включить &amp;черновики (незавершённые посещения; каждый будет отмечен как черновик)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="181"/>
        <source>To sync, enter the server address and your user name in Settings.</source>
        <translation>Чтобы синхронизировать, укажите в настройках адрес сервера и имя пользователя.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="215"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="222"/>
        <source>Sync: %1</source>
        <translation>Синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="229"/>
        <source>sending photos</source>
        <translation>отправка фотографий</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="229"/>
        <source>sending changes</source>
        <translation>отправка изменений</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="230"/>
        <source>receiving changes</source>
        <translation>получение изменений</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="231"/>
        <source>receiving photos</source>
        <translation>получение фотографий</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="242"/>
        <source>Synced. Sent visits: %1, photos: %2; received visits: %3, photos: %4; %5 transferred.</source>
        <translation>Синхронизировано. Отправлено визитов: %1, фотографий: %2; получено визитов: %3, фотографий: %4; передано %5.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="249"/>
        <source>Need review: %1.</source>
        <translation>Требуют проверки: %1.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="251"/>
        <source>Refused by the server: %1.</source>
        <translation>Отклонено сервером: %1.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="255"/>
        <source>The server did not know %1 records; they were sent again (it was restored from a backup or replaced).</source>
        <translation>Сервер не знал %1 записей — отправлены заново (он был восстановлен из резервной копии или заменён).</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="263"/>
        <source>Sync cancelled. Nothing is lost; the next sync continues where it stopped.</source>
        <translation>Синхронизация отменена. Ничего не потеряно: следующая синхронизация продолжит с того места, где остановилась.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="268"/>
        <source>The server did not accept this user name and password. Check them and try again.</source>
        <translation>Сервер не принял это имя пользователя и пароль. Проверьте их и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="270"/>
        <source>This computer&apos;s sign-in has expired. Enter your password to sync.</source>
        <translation>Срок входа с этого компьютера истёк. Введите пароль, чтобы синхронизировать.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="275"/>
        <source>Everything you recorded stays saved on this computer.</source>
        <translation>Всё, что вы записали, по-прежнему сохранено на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="297"/>
        <source>Too many failed sign-ins with this name or from this address. Wait %2 s, then sync again.</source>
        <translation>Слишком много неудачных попыток входа с этим именем или с этого адреса. Подождите %2 с и повторите синхронизацию.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="300"/>
        <source>The connection to the sync server %1 broke off during its answer. Sync again: it continues where it stopped.</source>
        <translation>Связь с сервером синхронизации %1 оборвалась во время ответа. Повторите синхронизацию: она продолжится с того места, где остановилась.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="277"/>
        <source>The sync server %1 cannot be reached. Check the internet connection and the server address in Settings, then sync again.</source>
        <translation>Сервер синхронизации %1 недоступен. Проверьте подключение к интернету и адрес сервера в настройках, затем повторите синхронизацию.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="280"/>
        <source>This version of Inspector does not match the server&apos;s. Install the current version of Inspector, or ask the administrator to update the server.</source>
        <translation>Эта версия Inspector не подходит к версии сервера. Установите актуальную версию Inspector или попросите администратора обновить сервер.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="284"/>
        <source>Sync stopped: the server answered “%2”. Sync again to continue; what was already sent is kept.</source>
        <translation>Синхронизация прервана: сервер ответил «%2». Запустите синхронизацию снова, чтобы продолжить; уже отправленное сохранено.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="287"/>
        <source>Sync stopped because of an unexpected error: %2. Sync again to continue.</source>
        <translation>Синхронизация прервана из-за непредвиденной ошибки: %2. Запустите синхронизацию снова, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="294"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="297"/>
        <source>Open Settings</source>
        <translation>Открыть настройки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="315"/>
        <source>S&amp;ync</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="316"/>
        <source>Send this computer&apos;s changes to the team&apos;s server and receive theirs</source>
        <translation>Отправить изменения с этого компьютера на сервер команды и получить изменения коллег</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="319"/>
        <source>Records needing &amp;review…</source>
        <translation>Записи для &amp;проверки…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="320"/>
        <source>Records changed differently on two computers: choose what to keep</source>
        <translation>Записи, изменённые по-разному на двух компьютерах: выберите, что оставить</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="44"/>
        <location filename="../../inspector/ui/sync_panel.py" line="48"/>
        <source>Never synced</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="52"/>
        <source>Synced today at %1</source>
        <translation>Синхронизировано сегодня в %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="54"/>
        <source>Last sync %1 %2</source>
        <translation>Последняя синхронизация: %1 %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="62"/>
        <source>not yet sent: %1</source>
        <translation>не отправлено: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="64"/>
        <source>Changes on this computer that the next sync sends</source>
        <translation>Изменения на этом компьютере, которые уйдут при следующей синхронизации</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="65"/>
        <source>%1 need review</source>
        <translation>Требуют проверки: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="66"/>
        <source>Records edited differently on two computers: choose which value to keep</source>
        <translation>Записи, изменённые по-разному на двух компьютерах: выберите, какое значение оставить</translation>
    </message>
</context>
<context>
    <name>_OptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="94"/>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Язык отчёта:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="95"/>
        <source>La&amp;yout:</source>
        <translation>&amp;Макет:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="96"/>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="97"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>
