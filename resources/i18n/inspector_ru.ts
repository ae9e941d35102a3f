<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnnounceDialog</name>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="275"/>
        <source>Announced</source>
        <translation>Оглашён</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="278"/>
        <source>&amp;Announced on:</source>
        <translation>&amp;Дата оглашения:</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="297"/>
        <source>The answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="301"/>
        <source>No document attached</source>
        <translation>Документ не приложен</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="302"/>
        <source>A&amp;ttach…</source>
        <translation>При&amp;ложить…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="308"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Получен:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="309"/>
        <source>&amp;From:</source>
        <translation>&amp;От кого:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="310"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="339"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;All files (*)</source>
        <translation>Документы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="320"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <location filename="../../inspector/ui/visit/question_widgets.py" line="173"/>
        <source>Key %1</source>
        <translation>Клавиша %1</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="185"/>
        <source>Replace this profile&apos;s data with a backup copy; the current data is kept aside</source>
        <translation>Заменить данные профиля резервной копией; текущие данные сохраняются отдельно</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="184"/>
        <source>Res&amp;tore from a backup copy…</source>
        <translation>Восст&amp;ановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="182"/>
        <source>Save every visit, photo and interview of this profile to one file</source>
        <translation>Сохранить все визиты, фотографии и интервью этого профиля в один файл</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="181"/>
        <source>&amp;Backup copy…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="174"/>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="172"/>
        <source>The data before the restore is kept in:
%1</source>
        <translation>Данные до восстановления сохранены в папке:
%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="170"/>
        <source>Restored. Start Inspector again to work with the restored data.</source>
        <translation>Восстановлено. Запустите Inspector снова, чтобы работать с восстановленными данными.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="165"/>
        <source>The backup copy was not restored; the data is as it was. %1

Start Inspector again.</source>
        <translation>Резервная копия не восстановлена; данные остались прежними. %1

Запустите Inspector снова.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="164"/>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="137"/>
        <source>Restoring from the backup copy…</source>
        <translation>Восстановление из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="121"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="121"/>
        <source>Restore and close</source>
        <translation>Восстановить и закрыть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="116"/>
        <source>The data of this profile will be replaced by the backup copy:
%1

Nothing is deleted: the current data is moved to a folder next to it (its name ends in “before-restore” and the date). Inspector then closes; start it again to work with the restored data.</source>
        <translation>Данные этого профиля будут заменены резервной копией:
%1

Ничего не удаляется: текущие данные переносятся в папку рядом (её имя заканчивается на «before-restore» и дату). Затем Inspector закроется; запустите его снова, чтобы работать с восстановленными данными.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="115"/>
        <source>Restore from the backup copy?</source>
        <translation>Восстановить из резервной копии?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="111"/>
        <source>Restore from a backup copy</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="99"/>
        <source>Backup cancelled</source>
        <translation>Резервное копирование отменено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="94"/>
        <source>The backup copy is saved:
%1

Keep it on another disk or a USB stick: it holds every visit, photo and interview of this profile.</source>
        <translation>Резервная копия сохранена:
%1

Храните её на другом диске или флешке: в ней все визиты, фотографии и интервью этого профиля.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="93"/>
        <source>Backup copy</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="91"/>
        <source>Backup copy saved: %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="82"/>
        <source>Making a backup copy…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="75"/>
        <location filename="../../inspector/ui/backup_commands.py" line="112"/>
        <source>Backup copies (*.zip)</source>
        <translation>Резервные копии (*.zip)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_commands.py" line="74"/>
        <source>Save a backup copy</source>
        <translation>Сохранить резервную копию</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../inspector/ui/visit/checklist_view.py" line="230"/>
        <source>Checklist sections</source>
        <translation>Разделы листа проверки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/checklist_view.py" line="249"/>
        <source>%1 of %2 answered</source>
        <translation>Отвечено %1 из %2</translation>
    </message>
</context>
<context>
    <name>CompletionSummaryDialog</name>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="112"/>
        <source>&amp;Back to the visit</source>
        <translation>&amp;Вернуться к визиту</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="110"/>
        <source>&amp;Complete visit</source>
        <translation>&amp;Завершить визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="88"/>
        <source>Findings without a deadline</source>
        <translation>Выводов без срока</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="87"/>
        <source>Problems without a photo</source>
        <translation>Проблем без фотографии</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="86"/>
        <source>Fields with errors</source>
        <translation>Полей с ошибками</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="85"/>
        <source>Questions without an answer (not required)</source>
        <translation>Вопросов без ответа (необязательных)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="84"/>
        <source>Answered questions</source>
        <translation>Вопросов с ответом</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="81"/>
        <source>Before the visit is completed and locked:</source>
        <translation>Перед тем как визит будет завершён и закрыт для изменений:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="80"/>
        <source>Complete the visit</source>
        <translation>Завершение визита</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="105"/>
        <source>Of them, answered «no data»</source>
        <translation>Из них «нет данных»</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="120"/>
        <source>Not linked to a visit</source>
        <translation>Без привязки к визиту</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="174"/>
        <source>Deleted on this computer, edited on another</source>
        <translation>Удалено на этом компьютере, изменено на другом</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="175"/>
        <source>Deleted on another computer, edited here</source>
        <translation>Удалено на другом компьютере, изменено здесь</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="176"/>
        <source>%1 — %2: %3 — keep or delete?</source>
        <translation>%1 — %2: %3 — оставить или удалить?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="180"/>
        <source>%1 — %2: “%3” was changed differently on %4 computers. Which value is right?</source>
        <translation>%1 — %2: поле «%3» изменено по-разному на %4 компьютерах. Какое значение верное?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="185"/>
        <source>%1 — %2: “%3” was changed on two computers. Which value is right?</source>
        <translation>%1 — %2: поле «%3» изменено на двух компьютерах по-разному. Какое значение верное?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="199"/>
        <source>Delete it</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="199"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="201"/>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="202"/>
        <source>Keep theirs</source>
        <translation>Оставить с другого компьютера</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="202"/>
        <source>Keep this</source>
        <translation>Оставить это</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="239"/>
        <source>On another computer (%1)</source>
        <translation>На другом компьютере (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="267"/>
        <source>The choice could not be saved: %1</source>
        <translation>Не удалось сохранить выбор: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="284"/>
        <source>Checklist answer</source>
        <translation>Ответ по листу проверки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="284"/>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="285"/>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="285"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="286"/>
        <source>Visit details</source>
        <translation>Сведения о визите</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="287"/>
        <source>Institution details</source>
        <translation>Сведения об учреждении</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="291"/>
        <source>deleted or kept</source>
        <translation>удалить или оставить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="291"/>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="292"/>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="292"/>
        <source>problem mark</source>
        <translation>отметка о проблеме</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="293"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="293"/>
        <source>recommendation</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="294"/>
        <source>addressee</source>
        <translation>адресат</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="294"/>
        <source>due date</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="295"/>
        <source>severity</source>
        <translation>значимость</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="295"/>
        <source>theme</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="296"/>
        <source>caption</source>
        <translation>подпись</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="296"/>
        <source>shows faces</source>
        <translation>видны лица</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="298"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="298"/>
        <source>deputies</source>
        <translation>депутаты</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="299"/>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="299"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="300"/>
        <source>start date</source>
        <translation>дата начала</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="300"/>
        <source>end date</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="301"/>
        <source>interview answers</source>
        <translation>ответы в интервью</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="301"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="302"/>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="302"/>
        <source>district</source>
        <translation>район</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="303"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="303"/>
        <source>evidence</source>
        <translation>доказательства</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="317"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="317"/>
        <source>Kept, with the edit</source>
        <translation>Сохранено, с изменением</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="322"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="324"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="324"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="333"/>
        <source>These records were changed differently on two or more computers, and every value was kept. For each, choose the value to keep; your choice is sent with the next sync.</source>
        <translation>Эти записи изменили по-разному на двух или более компьютерах, и сохранены все значения. Для каждой выберите, какое значение оставить; ваш выбор уйдёт на сервер при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="340"/>
        <source>Needs review</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="336"/>
        <source>These records were changed differently on two computers, and both values were kept. For each, choose the value to keep; your choice is sent with the next sync.</source>
        <translation>Эти записи изменили по-разному на двух компьютерах, и сохранены оба значения. Для каждой выберите, какое значение оставить; ваш выбор уйдёт на сервер при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="342"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="342"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="236"/>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="343"/>
        <source>On this computer</source>
        <translation>На этом компьютере</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="238"/>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="344"/>
        <source>On the other computer</source>
        <translation>На другом компьютере</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="345"/>
        <source>Further values</source>
        <translation>Остальные значения</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="346"/>
        <source>Nothing needs review.</source>
        <translation>Ничего не требует проверки.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="347"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="228"/>
        <source>answers: %1</source>
        <translation>ответов: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="228"/>
        <source>photos: %1</source>
        <translation>фотографий: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="229"/>
        <source>interviews: %1</source>
        <translation>интервью: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="229"/>
        <source>findings: %1</source>
        <translation>выводов: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="230"/>
        <source>visits: %1</source>
        <translation>визитов: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="232"/>
        <source>nothing yet</source>
        <translation>пока ничего</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="311"/>
        <source>Delete the visit and everything in it</source>
        <translation>Удалить визит со всем содержимым</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="312"/>
        <source>Keep the visit with everything in it</source>
        <translation>Оставить визит со всем содержимым</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="314"/>
        <source>Delete the institution and its visits</source>
        <translation>Удалить учреждение и его визиты</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="315"/>
        <source>Keep the institution with its visits</source>
        <translation>Оставить учреждение с его визитами</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="206"/>
        <source>%1: this visit was deleted %2, while work went on in it %3. Nothing is deleted until someone decides. It now holds: %4. Keep the visit with everything in it, or delete it for the whole team?</source>
        <translation>%1: этот визит удалён %2, а %3 в нём продолжали работу. Пока никто не решит, ничего не удаляется. Сейчас в нём: %4. Оставить визит со всем содержимым или удалить его для всей команды?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="210"/>
        <source>%1: this institution was deleted %2, while work went on in its visits %3. Nothing is deleted until someone decides. It now holds: %4. Keep the institution with its visits, or delete it for the whole team?</source>
        <translation>%1: это учреждение удалено %2, а %3 продолжали работу в его визитах. Пока никто не решит, ничего не удаляется. Сейчас в нём: %4. Оставить учреждение с его визитами или удалить его для всей команды?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="220"/>
        <source>on this computer</source>
        <translation>на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="224"/>
        <source>on another computer</source>
        <translation>на другом компьютере</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="225"/>
        <source>on %1&apos;s computer</source>
        <translation>на компьютере пользователя %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="297"/>
        <source>face boxes</source>
        <translation>рамки лиц</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflicts_dialog.py" line="297"/>
        <source>questions</source>
        <translation>вопросы</translation>
    </message>
</context>
<context>
    <name>DatabaseOptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="265"/>
        <source>&amp;Language of the labels:</source>
        <translation>&amp;Язык подписей:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="266"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="267"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="271"/>
        <source>SQLite database for analysts</source>
        <translation>База данных SQLite для аналитиков</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="272"/>
        <source>Include the &amp;photos themselves (never those showing faces)</source>
        <translation>Включить сами &amp;фотографии (кроме снимков с лицами)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../inspector/ui/date_field.py" line="158"/>
        <source>Choose in the calendar (F4)</source>
        <translation>Выбрать в календаре (F4)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/date_field.py" line="157"/>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="67"/>
        <source>No visits yet</source>
        <translation>Визитов пока нет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="69"/>
        <source>Record what you see when you visit a public service centre, an elderly home, a baby home or an adaptation centre: the checklist, photos, interviews with staff and your findings. Everything is saved on this computer as you type and works without the internet.</source>
        <translation>Записывайте то, что видите во время визита в ЦОН, дом престарелых, дом ребёнка или центр адаптации: ответы по листу проверки, фотографии, интервью с сотрудниками и ваши выводы. Всё сохраняется на этом компьютере по мере ввода и работает без интернета.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="73"/>
        <location filename="../../inspector/ui/empty_state.py" line="74"/>
        <source>Create the first visit</source>
        <translation>Создать первый визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="75"/>
        <source>Load demo data</source>
        <translation>Загрузить демо-данные</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="76"/>
        <source>Load demo visits to look around</source>
        <translation>Загрузить примеры визитов для знакомства</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="58"/>
        <source>Evidence for the finding</source>
        <translation>Доказательства для вывода</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="60"/>
        <source>A finding is stronger when several sources support it: tick the answers, photos and interviews that show it.</source>
        <translation>Вывод убедительнее, если его подтверждают несколько источников: отметьте ответы, фотографии и интервью, которые его показывают.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="65"/>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="76"/>
        <source>Checklist answers</source>
        <translation>Ответы листа проверки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="94"/>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="101"/>
        <source>Interviews</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="106"/>
        <source>Interview %1</source>
        <translation>Интервью %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/evidence_picker.py" line="110"/>
        <source>(nothing yet)</source>
        <translation>(пока ничего)</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="91"/>
        <source>Select a visit in the list first.</source>
        <translation>Сначала выберите визит в списке.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="148"/>
        <source>Save the visit report</source>
        <translation>Сохранить отчёт о визите</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="149"/>
        <location filename="../../inspector/ui/export_actions.py" line="173"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="154"/>
        <source>Making the visit report…</source>
        <translation>Формируется отчёт о визите…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="171"/>
        <source>Save the summary</source>
        <translation>Сохранить сводный отчёт</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="172"/>
        <source>Summary across visits</source>
        <translation>Сводный отчёт по визитам</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="177"/>
        <source>Making the summary…</source>
        <translation>Формируется сводный отчёт…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="185"/>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="185"/>
        <location filename="../../inspector/ui/export_actions.py" line="199"/>
        <source>Visits</source>
        <translation>Визитов</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="186"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="188"/>
        <source>Exporting to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="288"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
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
        <translation>Сохранено:
%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="300"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="301"/>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="302"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="322"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён, файл не создан.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="331"/>
        <source>The export failed: %1</source>
        <translation>Не удалось выполнить экспорт: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="342"/>
        <source>A PDF report on the selected visit, for a deputy inquiry</source>
        <translation>Отчёт о выбранном визите в PDF — для депутатского запроса</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="343"/>
        <source>&amp;Summary across visits (PDF)…</source>
        <translation>Сводный о&amp;тчёт по визитам (PDF)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="344"/>
        <source>One PDF comparing the visits of a kind, region and period</source>
        <translation>Один PDF, в котором визиты сравниваются по типу учреждения, региону и периоду</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="345"/>
        <source>Export to E&amp;xcel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="346"/>
        <source>Answers, interviews and findings of all visits as an Excel workbook</source>
        <translation>Ответы, интервью и выводы всех визитов в книге Excel</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="198"/>
        <source>Save the database</source>
        <translation>Сохранить базу данных</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="200"/>
        <source>SQLite databases (*.db)</source>
        <translation>Базы данных SQLite (*.db)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="207"/>
        <source>Writing the database…</source>
        <translation>Запись базы данных…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="347"/>
        <source>SQLite &amp;database…</source>
        <translation>&amp;База данных SQLite…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="348"/>
        <source>The visits as a database for analysts: Datasette, DB Browser, Excel, pandas</source>
        <translation>Визиты как база данных для аналитиков: Datasette, DB Browser, Excel, pandas</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="354"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="341"/>
        <source>Export visit re&amp;port (PDF)…</source>
        <translation>Отчёт о &amp;визите (PDF)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="107"/>
        <source>Before export</source>
        <translation>Перед экспортом</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="115"/>
        <source>Make the report anyway</source>
        <translation>Всё равно сформировать отчёт</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="117"/>
        <source>Go back and fix</source>
        <translation>Вернуться и исправить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/export_actions.py" line="108"/>
        <source>The report can be made, but a reader may object to %n thing(s):</source>
        <translation>
            <numerusform>Отчёт можно сформировать, но у читателя может возникнуть %n замечание:</numerusform>
            <numerusform>Отчёт можно сформировать, но у читателя могут возникнуть %n замечания:</numerusform>
            <numerusform>Отчёт можно сформировать, но у читателя могут возникнуть %n замечаний:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="256"/>
        <source>Sign the report</source>
        <translation>Подписать отчёт</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_actions.py" line="257"/>
        <source>Password of the signing key %1:</source>
        <translation>Пароль ключа ЭЦП %1:</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="65"/>
        <source>Brief (for a covering letter)</source>
        <translation>Краткий (к сопроводительному письму)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="64"/>
        <source>Full report</source>
        <translation>Полный отчёт</translation>
    </message>
</context>
<context>
    <name>FacilityHistoryDialog</name>
    <message>
        <location filename="../../inspector/ui/facility_history.py" line="36"/>
        <source>Visits: %1 · open recommendations: %2</source>
        <translation>Визитов: %1 · невыполненных рекомендаций: %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facility_history.py" line="52"/>
        <source>not checked</source>
        <translation>не проверено</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="210"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="207"/>
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="207"/>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="206"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="206"/>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="205"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="205"/>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="191"/>
        <source>Search visits, findings, interviews…</source>
        <translation>Поиск по визитам, выводам, интервью…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="192"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="193"/>
        <source>All kinds</source>
        <translation>Все типы учреждений</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="195"/>
        <source>Kind of institution</source>
        <translation>Тип учреждения</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="196"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="198"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="199"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="200"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="200"/>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="201"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="202"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="212"/>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="213"/>
        <source>Visits from</source>
        <translation>Визиты с</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="214"/>
        <source>Visits until</source>
        <translation>Визиты по</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="215"/>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="216"/>
        <source>Clear all filters</source>
        <translation>Сбросить все фильтры</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="153"/>
        <source>&amp;Addressee</source>
        <translation>Адр&amp;есат</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="153"/>
        <source>&amp;Due date</source>
        <translation>Сро&amp;к</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="154"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="158"/>
        <source>Move up (the report follows this order)</source>
        <translation>Выше (в отчёте выводы идут в этом порядке)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="160"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="161"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="163"/>
        <source>What did you see? E.g. “Average wage of nurses is 38% below the regional average.”</source>
        <translation>Что вы увидели? Например: «Средняя зарплата медсестёр на 38% ниже средней по региону».</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="165"/>
        <source>What should be done, and by whom</source>
        <translation>Что нужно сделать и кому</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="166"/>
        <source>No findings yet.

A finding states a problem, links the evidence behind it and recommends what to do.</source>
        <translation>Выводов пока нет.

Вывод называет проблему, ссылается на доказательства и рекомендует, что сделать.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="194"/>
        <source>(not written yet)</source>
        <translation>(ещё не написан)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="229"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="229"/>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="230"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="235"/>
        <source>No evidence linked yet</source>
        <translation>Доказательства пока не выбраны</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="312"/>
        <source>Write the finding itself; it is saved once it has text.</source>
        <translation>Напишите сам вывод: он сохраняется, как только в нём появится текст.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="223"/>
        <source>Delete finding</source>
        <translation>Удаление вывода</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="223"/>
        <source>Delete this finding?</source>
        <translation>Удалить этот вывод?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="152"/>
        <source>Severit&amp;y</source>
        <translation>Зна&amp;чимость</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="152"/>
        <source>&amp;Theme</source>
        <translation>Те&amp;ма</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="152"/>
        <source>Findin&amp;g</source>
        <translation>Выво&amp;д</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="153"/>
        <source>Reco&amp;mmendation</source>
        <translation>Рекоменда&amp;ция</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="156"/>
        <source>Ne&amp;w finding</source>
        <translation>Новы&amp;й вывод</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/findings_view.py" line="162"/>
        <source>Choose evidence…</source>
        <translation>Вы&amp;брать доказательства…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../inspector/ui/help_dialog.py" line="25"/>
        <source>How to work with Inspector</source>
        <translation>Как работать с «Инспектором»</translation>
    </message>
</context>
<context>
    <name>InquiryRegister</name>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="107"/>
        <location filename="../../inspector/ui/inquiry_register.py" line="262"/>
        <source>Inquiries</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="108"/>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="112"/>
        <source>All inquiries</source>
        <translation>Все запросы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="274"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="274"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="275"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="118"/>
        <source>Inquiry</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="118"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="118"/>
        <source>Announced</source>
        <translation>Оглашён</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="118"/>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="119"/>
        <source>Days left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="119"/>
        <source>Answer rated</source>
        <translation>Оценка ответа</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="120"/>
        <source>&amp;New inquiry…</source>
        <translation>&amp;Новый запрос…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="120"/>
        <source>&amp;Word draft</source>
        <translation>П&amp;роект в Word</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="121"/>
        <source>&amp;PDF draft</source>
        <translation>Прое&amp;кт в PDF</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="121"/>
        <source>Evidence &amp;annex</source>
        <translation>При&amp;ложение с доказательствами</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="124"/>
        <source>Open the answer &amp;document</source>
        <translation>Открыть &amp;документ ответа</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="125"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/inquiry_register.py" line="159"/>
        <source>Overdue: %n</source>
        <translation>
            <numerusform>Просрочено: %n</numerusform>
            <numerusform>Просрочено: %n</numerusform>
            <numerusform>Просрочено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/inquiry_register.py" line="166"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>просрочен на %n день</numerusform>
            <numerusform>просрочен на %n дня</numerusform>
            <numerusform>просрочен на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/inquiry_register.py" line="167"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="256"/>
        <source>The answer document is not on this computer yet: it arrives with the next sync.</source>
        <translation>Документа ответа пока нет на этом компьютере: он придёт со следующей синхронизацией.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="122"/>
        <source>&amp;Mark as announced…</source>
        <translation>&amp;Оглашён…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_register.py" line="123"/>
        <source>&amp;Record the answer…</source>
        <translation>Внести о&amp;твет…</translation>
    </message>
</context>
<context>
    <name>InterviewsView</name>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="378"/>
        <source>The person no longer agrees to be named. The name will be erased from this laptop now and from the server at the next sync. Erase it?</source>
        <translation>Собеседник больше не согласен, чтобы его называли. Имя будет стёрто с этого компьютера сейчас и с сервера при следующей синхронизации. Стереть?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="377"/>
        <source>Name withdrawn</source>
        <translation>Согласие на имя отозвано</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="216"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="217"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="219"/>
        <source>Interviews with staff are anonymous unless the person agrees to be named.

Press “New interview” to start one.</source>
        <translation>Интервью с сотрудниками анонимны, если человек не согласился, чтобы его назвали.

Нажмите «Новое интервью», чтобы начать.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="221"/>
        <source>The interview form is not installed.</source>
        <translation>Форма интервью не установлена.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="237"/>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="239"/>
        <source>no consent yet</source>
        <translation>согласия пока нет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="244"/>
        <source>Interview %1 — %2</source>
        <translation>Интервью %1 — %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="291"/>
        <source>First ask for consent to record the conversation. Until the answer is “Yes”, nothing else can be entered or saved.</source>
        <translation>Сначала спросите согласие на запись разговора. Пока ответ не «Да», ничего другого ввести и сохранить нельзя.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="296"/>
        <source>Consent given. The person agreed to be named in reports.</source>
        <translation>Согласие получено. Человек согласился, чтобы его назвали в отчётах.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="300"/>
        <source>Consent given. Anonymous: the name is not recorded and reports do not identify the person.</source>
        <translation>Согласие получено. Анонимно: имя не записывается, и по отчётам человека не узнать.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="370"/>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="371"/>
        <source>Without consent the other answers and notes of this interview cannot be kept. Erase them?</source>
        <translation>Без согласия остальные ответы и заметки этого интервью хранить нельзя. Стереть их?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="265"/>
        <source>Delete interview</source>
        <translation>Удаление интервью</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="265"/>
        <source>Delete this interview?</source>
        <translation>Удалить это интервью?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="215"/>
        <source>Ne&amp;w interview</source>
        <translation>Ново&amp;е интервью</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/interviews_view.py" line="243"/>
        <source>Interview — %1</source>
        <translation>Интервью — %1</translation>
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
    <name>MainActions</name>
    <message>
        <location filename="../../inspector/ui/actions.py" line="155"/>
        <source>&amp;How to work with Inspector</source>
        <translation>&amp;Как работать с «Инспектором»</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="134"/>
        <source>&amp;New visit…</source>
        <translation>&amp;Новый визит…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="134"/>
        <source>Record a new visit</source>
        <translation>Записать новый визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="135"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="135"/>
        <source>Open the selected visit</source>
        <translation>Открыть выбранный визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="136"/>
        <source>&amp;Revisit</source>
        <translation>&amp;Повторный визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="137"/>
        <source>A new visit to the same institution, with the earlier findings copied to check again</source>
        <translation>Новый визит в то же учреждение: прежние выводы копируются для повторной проверки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="139"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="139"/>
        <source>Delete the selected visit</source>
        <translation>Удалить выбранный визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="140"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Отменить удаление</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="140"/>
        <source>Bring back the deleted visit</source>
        <translation>Вернуть удалённый визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="141"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="141"/>
        <source>Search the visits</source>
        <translation>Искать среди визитов</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="142"/>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="142"/>
        <source>Reload the visit list</source>
        <translation>Перезагрузить список визитов</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="143"/>
        <source>Load &amp;demo data</source>
        <translation>Загрузить &amp;демо-данные</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="144"/>
        <source>Add example visits to look around</source>
        <translation>Добавить примеры визитов для знакомства</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="145"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="145"/>
        <source>Language, your name, server</source>
        <translation>Язык, ваше имя, сервер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="146"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="146"/>
        <source>Close Inspector</source>
        <translation>Закрыть Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="147"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Назад к списку</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="147"/>
        <source>Back to the visit list</source>
        <translation>Вернуться к списку визитов</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="148"/>
        <source>Show &amp;toolbar</source>
        <translation>Показывать панель &amp;инструментов</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="156"/>
        <source>&amp;About Inspector</source>
        <translation>&amp;О программе Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="162"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="163"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="164"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="165"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="166"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="167"/>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="152"/>
        <source>&amp;Inquiries…</source>
        <translation>&amp;Запросы…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="153"/>
        <source>Deputy inquiries built on the findings: drafts, due dates, the Government&apos;s answers</source>
        <translation>Депутатские запросы по выводам: проекты, сроки, ответы Правительства</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="149"/>
        <source>Institution&apos;s &amp;history…</source>
        <translation>История &amp;учреждения…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="150"/>
        <source>The selected visit&apos;s institution: its visits, findings, recommendations and inquiries</source>
        <translation>Учреждение выбранного визита: визиты, выводы, рекомендации и запросы</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector/ui/help_dialog.py" line="46"/>
        <source>Accounts, passwords and the team&apos;s server: the server administrator of the Mazhilis apparatus.</source>
        <translation>Учётные записи, пароли и сервер команды — администратор сервера в аппарате Мажилиса.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/help_dialog.py" line="44"/>
        <source>Version: %1</source>
        <translation>Версия: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="278"/>
        <location filename="../../inspector/ui/main_window.py" line="387"/>
        <source>Saved %1</source>
        <translation>Сохранено %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="301"/>
        <source>Delete visit</source>
        <translation>Удаление визита</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="302"/>
        <source>Delete the visit to %1 with its answers, photos and findings?</source>
        <translation>Удалить визит в учреждение «%1» со всеми ответами, фотографиями и выводами?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="307"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="308"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="321"/>
        <source>Visit deleted.</source>
        <translation>Визит удалён.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="334"/>
        <source>Visit restored.</source>
        <translation>Визит восстановлен.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="351"/>
        <source>Creating demo visits…</source>
        <translation>Создание демо-визитов…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="382"/>
        <source>Inspector — %1</source>
        <translation>Inspector — %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="383"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="384"/>
        <source>Bring back the deleted visit</source>
        <translation>Вернуть удалённый визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="391"/>
        <source>All changes are saved on this computer</source>
        <translation>Все изменения сохранены на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="404"/>
        <source>About Inspector</source>
        <translation>О программе Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/help_dialog.py" line="40"/>
        <source>Inspector records visits of deputies of the Mazhilis to public institutions: checklists, photos, interviews and findings, offline.

Data folder: %1</source>
        <translation>Inspector записывает визиты депутатов Мажилиса в государственные учреждения: листы проверки, фото, интервью и выводы — без интернета.

Папка данных: %1</translation>
    </message>
</context>
<context>
    <name>MissingAnswersDialog</name>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="37"/>
        <source>Some answers are not stored because what was typed is not an answer, or required answers are missing. Choose one to go to it and correct it.</source>
        <translation>Некоторые ответы не сохранены: введённое не является ответом, или не хватает обязательных ответов. Выберите вопрос, чтобы перейти к нему и исправить.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="31"/>
        <source>The visit cannot be completed yet</source>
        <translation>Визит пока нельзя завершить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="33"/>
        <source>%n required question(s) have no answer. Choose one to go to it.</source>
        <translation>
            <numerusform>Без ответа %n обязательный вопрос. Выберите его, чтобы перейти к нему.</numerusform>
            <numerusform>Без ответа %n обязательных вопроса. Выберите вопрос, чтобы перейти к нему.</numerusform>
            <numerusform>Без ответа %n обязательных вопросов. Выберите вопрос, чтобы перейти к нему.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/complete_dialog.py" line="56"/>
        <source>&amp;Go to question</source>
        <translation>&amp;Перейти к вопросу</translation>
    </message>
</context>
<context>
    <name>NewInquiryDialog</name>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="106"/>
        <source>New inquiry</source>
        <translation>Новый запрос</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="110"/>
        <source>Prime Minister
of the Republic of Kazakhstan</source>
        <translation>Премьер-Министру
Республики Казахстан</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="115"/>
        <source>One deputy per line: name / faction</source>
        <translation>По одному депутату в строке: имя / фракция</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="132"/>
        <source>All themes</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="136"/>
        <source>All kinds</source>
        <translation>Все типы учреждений</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="157"/>
        <source>One request per line; left empty, the findings&apos; recommendations are asked</source>
        <translation>По одной просьбе в строке; если пусто — рекомендации выводов</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="195"/>
        <source>&amp;Requests to the Government:</source>
        <translation>&amp;Просьбы к Правительству:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="171"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="172"/>
        <source>Addressee&apos;s &amp;position:</source>
        <translation>&amp;Должность адресата:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="173"/>
        <source>Addressee&apos;s &amp;name:</source>
        <translation>&amp;Имя адресата:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="174"/>
        <source>&amp;Salutation:</source>
        <translation>&amp;Обращение:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="175"/>
        <source>Si&amp;gned by:</source>
        <translation>Подпи&amp;сали:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="176"/>
        <source>E&amp;xecutor:</source>
        <translation>Испо&amp;лнитель:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="177"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="178"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="182"/>
        <source>Findings it rests on:</source>
        <translation>Выводы, на которых основан запрос:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="123"/>
        <source>Calendar days from the announcement to the written answer. 15 is the commonly cited term, not verified here against the Constitutional Law «On the Parliament of the Republic of Kazakhstan and the status of its deputies»: check it. The inquiry keeps the term it was made with.</source>
        <translation>Календарных дней от оглашения до письменного ответа. 15 — часто называемый срок, здесь не сверенный с Конституционным законом «О Парламенте Республики Казахстан и статусе его депутатов»: проверьте его. Запрос сохраняет срок, с которым создан.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="140"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="187"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="189"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inquiry_dialogs.py" line="179"/>
        <source>Answer ter&amp;m, days:</source>
        <translation>Сро&amp;к ответа, дней:</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="261"/>
        <source>Continue editing</source>
        <translation>Продолжить ввод</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="261"/>
        <source>Discard</source>
        <translation>Не создавать</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="260"/>
        <source>What you typed in this form will be lost.</source>
        <translation>Всё, что введено в этой форме, будет потеряно.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="259"/>
        <source>Discard the new visit?</source>
        <translation>Не создавать визит?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="249"/>
        <source>Change the date</source>
        <translation>Исправить дату</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="249"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="246"/>
        <source>The visit date %1 is in the future. Create the visit with this date?</source>
        <translation>Дата визита %1 ещё не наступила. Создать визит с этой датой?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="247"/>
        <source>Date in the future</source>
        <translation>Дата в будущем</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="205"/>
        <source>Enter the name of the institution.</source>
        <translation>Введите название учреждения.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="207"/>
        <source>Choose the region.</source>
        <translation>Выберите регион.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="209"/>
        <source>The last day is before the first day.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="211"/>
        <source>The date is more than a year ahead.</source>
        <translation>Дата более чем на год впереди.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="274"/>
        <source>The visit could not be created: %1</source>
        <translation>Не удалось создать визит: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="290"/>
        <source>New visit</source>
        <translation>Новый визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="291"/>
        <source>&amp;Kind of institution:</source>
        <translation>&amp;Тип учреждения:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="291"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="292"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="292"/>
        <source>&amp;Address:</source>
        <translation>Адре&amp;с:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="293"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="293"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Последний день:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="293"/>
        <source>D&amp;eputies:</source>
        <translation>Д&amp;епутаты:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="294"/>
        <source>&amp;Participants:</source>
        <translation>У&amp;частники:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="297"/>
        <source>Start typing: known institutions are offered</source>
        <translation>Начните вводить — известные учреждения будут предложены</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="298"/>
        <source>Choose a region…</source>
        <translation>Выберите регион…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="299"/>
        <source>The visit took several days</source>
        <translation>Визит длился несколько дней</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="301"/>
        <source>One per line or separated by commas</source>
        <translation>По одному в строке или через запятую</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="302"/>
        <source>Aides, experts, journalists…</source>
        <translation>Помощники, эксперты, журналисты…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="303"/>
        <source>The visit was announced in advance</source>
        <translation>Визит был объявлен заранее</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="305"/>
        <source>Create visit</source>
        <translation>Создать визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="236"/>
        <source>Create another visit</source>
        <translation>Создать ещё один визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="236"/>
        <source>Open the existing visit</source>
        <translation>Открыть существующий визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="233"/>
        <source>A visit to this institution on %1 is already recorded. Open it instead of creating a second one?</source>
        <translation>Визит в это учреждение %1 уже записан. Открыть его вместо создания второго?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="232"/>
        <source>This visit may already exist</source>
        <translation>Возможно, этот визит уже есть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="203"/>
        <source>Enter the date of the visit.</source>
        <translation>Укажите дату визита.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="191"/>
        <source>A follow-up of the visit on %1: its findings are copied, to be checked again.</source>
        <translation>Повторный визит после визита %1: его выводы будут скопированы для повторной проверки.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="190"/>
        <source>Revisit: %1</source>
        <translation>Повторный визит: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="292"/>
        <source>Dis&amp;trict:</source>
        <translation>Р&amp;айон:</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../inspector/ui/ops.py" line="156"/>
        <source>Something went wrong: %1. What was saved before stays saved.</source>
        <translation>Что-то пошло не так: %1. Сохранённое ранее по-прежнему сохранено.</translation>
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
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="125"/>
        <source>Dates of the visit</source>
        <translation>Даты визита</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="126"/>
        <source>Deputies</source>
        <translation>Депутаты</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="127"/>
        <source>Also present</source>
        <translation>Также присутствовали</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="128"/>
        <source>Announced</source>
        <translation>Предупреждён</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="128"/>
        <source>Yes, the institution knew in advance</source>
        <translation>Да, учреждение знало заранее</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="129"/>
        <source>No, unannounced</source>
        <translation>Нет, без предупреждения</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="130"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="130"/>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="131"/>
        <source>Draft — being filled in</source>
        <translation>Черновик — заполняется</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="150"/>
        <source>Checklist</source>
        <translation>Лист проверки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="153"/>
        <source>%1 of %2 questions answered</source>
        <translation>Отвечено на %1 из %2 вопросов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="156"/>
        <source>%n required still open</source>
        <translation>
            <numerusform>%n обязательный без ответа</numerusform>
            <numerusform>%n обязательных без ответа</numerusform>
            <numerusform>%n обязательных без ответа</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="158"/>
        <source>all required answered</source>
        <translation>на все обязательные вопросы есть ответы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="161"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="162"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фотография</numerusform>
            <numerusform>%n фотографии</numerusform>
            <numerusform>%n фотографий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="163"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n интервью</numerusform>
            <numerusform>%n интервью</numerusform>
            <numerusform>%n интервью</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/overview.py" line="164"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n вывод</numerusform>
            <numerusform>%n вывода</numerusform>
            <numerusform>%n выводов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="167"/>
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="173"/>
        <source>Vacancies, share of posts</source>
        <translation>Вакансии, доля от штата</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/overview.py" line="200"/>
        <source>Key figures appear here as the checklist is filled: staff posts, vacancies, wages against the regional average.</source>
        <translation>Ключевые показатели появятся здесь по мере заполнения листа проверки: штат, вакансии, зарплаты в сравнении со средней по региону.</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="40"/>
        <source>Photos as evidence</source>
        <translation>Фотографии как доказательства</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="45"/>
        <source>Tick the photos that show this. A photo may support several questions: ticking it here keeps its other links.</source>
        <translation>Отметьте фотографии, которые это показывают. Фотография может подтверждать несколько вопросов: отметка здесь сохраняет её другие связи.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="56"/>
        <source>This visit has no photos yet.</source>
        <translation>В этом визите пока нет фотографий.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="59"/>
        <source>Add photos from &amp;files…</source>
        <translation>Добавить фото из &amp;файлов…</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="124"/>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="125"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Предыдущая</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="126"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Следующая ▶</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="127"/>
        <source>&amp;Rotate 90°</source>
        <translation>П&amp;овернуть на 90°</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="214"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="226"/>
        <source>This photo cannot be shown</source>
        <translation>Эту фотографию невозможно показать</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="128"/>
        <source>&amp;Find faces</source>
        <translation>Найти &amp;лица</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="129"/>
        <source>&amp;Accept proposed</source>
        <translation>Пр&amp;инять найденные</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="130"/>
        <source>Re&amp;ject proposed</source>
        <translation>Отклонить на&amp;йденные</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="132"/>
        <source>Mark every face with a box: reports cover it, the original stays as it is. Drag to draw a box, drag it to move, drag a corner to resize. Keyboard: Insert adds a box, Tab goes from box to box, arrows move it, Shift+arrows resize, Delete removes; Enter accepts a proposed (dashed) box.</source>
        <translation>Отметьте каждое лицо рамкой: в отчётах оно будет закрыто, подлинник не меняется. Протяните мышью, чтобы нарисовать рамку, перетащите её, чтобы сдвинуть, потяните за угол, чтобы изменить размер. Клавиатура: Insert — новая рамка, Tab — к следующей, стрелки — сдвинуть, Shift+стрелки — размер, Delete — удалить; Enter принимает предложенную (пунктирную) рамку.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="171"/>
        <source>Looking for faces…</source>
        <translation>Поиск лиц…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photo_viewer.py" line="189"/>
        <source>No face found that is not marked yet. The detector misses faces turned away or small: look, and draw those boxes yourself.</source>
        <translation>Неотмеченных лиц не найдено. Поиск пропускает отвёрнутые и мелкие лица: посмотрите сами и отметьте их рамками.</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="387"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="387"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="173"/>
        <source>&amp;Add photos…</source>
        <translation>&amp;Добавить фотографии…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="174"/>
        <source>Choose photo files to add to this visit</source>
        <translation>Выбрать файлы фотографий для этого визита</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="176"/>
        <source>Adds only the photos taken during the visit&apos;s dates (by the camera&apos;s clock)</source>
        <translation>Добавляет только фото, сделанные в дни визита (по часам камеры)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="182"/>
        <source>Residents&apos; or children&apos;s faces are visible: the photo is left out of reports or blurred</source>
        <translation>Видны лица проживающих или детей: в отчётах фотография не показывается или размывается</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="185"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="186"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="187"/>
        <source>No photos yet.

Drag photos or whole folders here, or use “Import from a folder…” to take the photos of the visit&apos;s days from a phone or camera card.</source>
        <translation>Фотографий пока нет.

Перетащите сюда фотографии или целые папки либо нажмите «Импорт из папки…», чтобы взять снимки дней визита с телефона или карты памяти.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="190"/>
        <source>faces</source>
        <translation>лица</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="191"/>
        <source>evidence</source>
        <translation>доказательства</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="209"/>
        <source>Add photos</source>
        <translation>Добавить фотографии</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="209"/>
        <source>Photos (%1)</source>
        <translation>Фотографии (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="231"/>
        <source>Import photos from a folder</source>
        <translation>Импорт фотографий из папки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="241"/>
        <source>Checking photos…</source>
        <translation>Проверка фотографий…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="250"/>
        <source>Checking photos: %1 of %2</source>
        <translation>Проверка фотографий: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="255"/>
        <source>Added: %1</source>
        <translation>Добавлено: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="257"/>
        <source>already in this visit: %1</source>
        <translation>уже есть в визите: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="263"/>
        <source>refused: %1</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="266"/>
        <source>Import stopped.</source>
        <translation>Импорт остановлен.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/photos_view.py" line="318"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фотография</numerusform>
            <numerusform>%n фотографии</numerusform>
            <numerusform>%n фотографий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="384"/>
        <source>Delete photos</source>
        <translation>Удаление фотографий</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/photos_view.py" line="385"/>
        <source>Delete %n photo(s) from this visit? Findings that cite them lose that evidence.</source>
        <translation>
            <numerusform>Удалить %n фотографию из визита? Выводы, которые на неё ссылаются, потеряют это доказательство.</numerusform>
            <numerusform>Удалить %n фотографии из визита? Выводы, которые на них ссылаются, потеряют эти доказательства.</numerusform>
            <numerusform>Удалить %n фотографий из визита? Выводы, которые на них ссылаются, потеряют эти доказательства.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="260"/>
        <source>left out, not taken during the visit (listed below): %1</source>
        <translation>не добавлено, снято не в дни визита (список ниже): %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="192"/>
        <source>outside visit dates</source>
        <translation>вне дат визита</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="193"/>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/photos_view.py" line="194"/>
        <location filename="../../inspector/ui/visit/photos_view.py" line="278"/>
        <source>Add these %n photo(s) anyway</source>
        <translation>
            <numerusform>Всё равно добавить %n фото</numerusform>
            <numerusform>Всё равно добавить %n фото</numerusform>
            <numerusform>Всё равно добавить %n фото</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="175"/>
        <source>I&amp;mport from a folder…</source>
        <translation>И&amp;мпорт из папки…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="178"/>
        <source>Open</source>
        <translation>Смотр&amp;еть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="179"/>
        <source>Cap&amp;tion</source>
        <translation>Подпис&amp;ь</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="180"/>
        <source>Rotate &amp;90°</source>
        <translation>Повернуть на &amp;90°</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="181"/>
        <source>Sho&amp;ws faces</source>
        <translation>Видны ли&amp;ца</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/photos_view.py" line="184"/>
        <source>Lin&amp;k to question…</source>
        <translation>Привязать &amp;к вопросу…</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../inspector/ui/visit/proposals_panel.py" line="67"/>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/proposals_panel.py" line="68"/>
        <source>Make it a finding; you can edit it afterwards</source>
        <translation>Сделать выводом; его можно будет отредактировать</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/proposals_panel.py" line="69"/>
        <source>Dis&amp;miss</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/proposals_panel.py" line="70"/>
        <source>Do not propose it again for this visit</source>
        <translation>Больше не предлагать для этого визита</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/proposals_panel.py" line="92"/>
        <source>Theme: %1
Recommendation: %2
Addressee: %3</source>
        <translation>Тема: %1
Рекомендация: %2
Адресат: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/visit/proposals_panel.py" line="101"/>
        <source>Proposed from the answers (%n)</source>
        <translation>
            <numerusform>Предложено по ответам (%n)</numerusform>
            <numerusform>Предложено по ответам (%n)</numerusform>
            <numerusform>Предложено по ответам (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="45"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="33"/>
        <source>Look in:</source>
        <translation>Перейти к:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="34"/>
        <source>Files of type:</source>
        <translation>Типы файлов:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="35"/>
        <source>My Computer</source>
        <translation>Мой компьютер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="36"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="37"/>
        <source>File Folder</source>
        <translation>Папка с файлами</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="38"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="39"/>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="40"/>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="43"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/i18n.py" line="44"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="124"/>
        <source>Link to a question</source>
        <translation>Привязка к вопросу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="127"/>
        <source>Find a question…</source>
        <translation>Найти вопрос…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/pickers.py" line="131"/>
        <source>— not linked —</source>
        <translation>— не привязана —</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="160"/>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="161"/>
        <source>Comment (optional)</source>
        <translation>Комментарий (необязательно)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="162"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="193"/>
        <source>Photos: %1</source>
        <translation>Фото: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="194"/>
        <source>Add photo</source>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="166"/>
        <source>Photos that show this (evidence) (Ctrl+Shift+F)</source>
        <translation>Фото — доказательства этого ответа (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/question_row.py" line="163"/>
        <source>Mark this answer as a problem; set automatically by the checklist&apos;s rule, and you can change it (Ctrl+Shift+P)</source>
        <translation>Отметить ответ как проблему; ставится автоматически по правилу листа проверки, и его можно изменить (Ctrl+Shift+P)</translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <location filename="../../inspector/ui/visit/recommendations_view.py" line="57"/>
        <source>Recommendations of earlier visits to this institution that were still open. Say what you found for each; the recommendation&apos;s status follows.</source>
        <translation>Рекомендации прошлых визитов в это учреждение, которые ещё не выполнены. Отметьте, что вы увидели по каждой, — статус рекомендации изменится.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/recommendations_view.py" line="76"/>
        <source>Not checked yet</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/recommendations_view.py" line="81"/>
        <source>What you saw</source>
        <translation>Что вы увидели</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../../inspector/ui/visit/record_pane.py" line="214"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/record_pane.py" line="214"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="148"/>
        <source>Visit report (PDF)</source>
        <translation>Отчёт о визите (PDF)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="149"/>
        <source>Visit:</source>
        <translation>Визит:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="151"/>
        <source>Include &amp;photos that show faces</source>
        <translation>Включить &amp;фотографии, на которых видны лица</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="153"/>
        <source>Only with the consent of the people shown (for children and residents of care homes, of their legal representatives). Without it, such photos must not leave the team: leave this off for reports that are sent or published.</source>
        <translation>Только с согласия людей на снимках (для детей и проживающих в интернатах — их законных представителей). Без согласия такие фотографии не должны выходить за пределы команды: не включайте их в отчёты, которые отправляются или публикуются.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="87"/>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="105"/>
        <source>The server address must start with https://</source>
        <translation>Адрес сервера должен начинаться с https://</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="139"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="140"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="140"/>
        <source>&amp;Your name (deputy):</source>
        <translation>&amp;Ваше имя (депутат):</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="141"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Папка данных:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="141"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="142"/>
        <source>&amp;User name on the server:</source>
        <translation>&amp;Имя пользователя на сервере:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="148"/>
        <source>Filled in as a deputy of each new visit</source>
        <translation>Подставляется депутатом в каждый новый визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="149"/>
        <source>Default folder</source>
        <translation>Папка по умолчанию</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="151"/>
        <location filename="../../inspector/ui/settings_dialog.py" line="155"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="152"/>
        <source>Choose the data folder</source>
        <translation>Выбрать папку данных</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="158"/>
        <source>A new data folder is used the next time Inspector starts.</source>
        <translation>Новая папка данных будет использована при следующем запуске Inspector.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="93"/>
        <source>Signing key</source>
        <translation>Ключ ЭЦП</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="95"/>
        <source>PKCS#12 keys (*.p12 *.pfx)</source>
        <translation>Ключи PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="142"/>
        <source>Signing &amp;key (ЭЦП, .p12):</source>
        <translation>&amp;Ключ ЭЦП (.p12):</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="143"/>
        <source>&amp;Timestamp server:</source>
        <translation>Сервер &amp;меток времени:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="154"/>
        <source>Reports are signed when set; the password is asked each time</source>
        <translation>Если указан, отчёты подписываются; пароль спрашивается каждый раз</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="156"/>
        <source>Choose the signing key</source>
        <translation>Выбрать ключ ЭЦП</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="157"/>
        <source>Optional: an RFC 3161 server address</source>
        <translation>Необязательно: адрес сервера RFC 3161</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="127"/>
        <location filename="../../inspector/ui/settings_dialog.py" line="133"/>
        <source>the default folder</source>
        <translation>папка по умолчанию</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="135"/>
        <source>Use the new folder from the next start</source>
        <translation>Новая папка со следующего запуска</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="136"/>
        <source>Keep the current folder</source>
        <translation>Оставить текущую папку</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="128"/>
        <source>From the next start Inspector works with the data in %1.

The visits, photos and interviews in the current folder (%2) stay there: they are not moved or copied, and the next start will not show them. To take them along, make a backup copy now (File → Backup copy…) and restore it after the restart.</source>
        <translation>Со следующего запуска Inspector будет работать с данными в папке %1.

Визиты, фотографии и интервью из текущей папки (%2) остаются в ней: они не переносятся и не копируются, и после перезапуска их не будет видно. Чтобы взять их с собой, сделайте сейчас резервную копию (Файл → Резервная копия…) и восстановите её после перезапуска.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="134"/>
        <source>Change the data folder?</source>
        <translation>Сменить папку данных?</translation>
    </message>
</context>
<context>
    <name>SummaryOptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="210"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="218"/>
        <source>All kinds</source>
        <translation>Все типы учреждений</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="222"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="229"/>
        <source>Summary across visits (PDF)</source>
        <translation>Сводный отчёт по визитам (PDF)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="231"/>
        <source>&amp;Kind of institution:</source>
        <translation>&amp;Тип учреждения:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="232"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="233"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="234"/>
        <source>&amp;only from</source>
        <translation>то&amp;лько с</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="235"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="236"/>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="237"/>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="238"/>
        <source>Include &amp;drafts (visits not yet completed; each is marked as a draft)</source>
        <translation>Включить &amp;черновики (незавершённые визиты; каждый будет отмечен как черновик)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="142"/>
        <source>To sync, enter the server address and your user name in Settings.</source>
        <translation>Чтобы синхронизировать, укажите в настройках адрес сервера и имя пользователя.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="190"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="200"/>
        <source>Sync: %1</source>
        <translation>Синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="211"/>
        <source>sending photos</source>
        <translation>отправка фотографий</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="211"/>
        <source>sending changes</source>
        <translation>отправка изменений</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="212"/>
        <source>receiving changes</source>
        <translation>получение изменений</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="213"/>
        <source>receiving photos</source>
        <translation>получение фотографий</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="246"/>
        <location filename="../../inspector/ui/sync_controller.py" line="262"/>
        <source>Sync cancelled. Nothing is lost; the next sync continues where it stopped.</source>
        <translation>Синхронизация отменена. Ничего не потеряно: следующая синхронизация продолжит с того места, где остановилась.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="267"/>
        <source>The server did not accept this user name and password. Check them and try again.</source>
        <translation>Сервер не принял это имя пользователя и пароль. Проверьте их и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="269"/>
        <source>This computer&apos;s sign-in has expired. Enter your password to sync.</source>
        <translation>Срок входа с этого компьютера истёк. Введите пароль, чтобы синхронизировать.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="281"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="284"/>
        <source>Open Settings</source>
        <translation>Открыть настройки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="302"/>
        <source>S&amp;ync</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="303"/>
        <source>Send this computer&apos;s changes to the team&apos;s server and receive theirs</source>
        <translation>Отправить изменения с этого компьютера на сервер команды и получить изменения коллег</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="306"/>
        <source>Records needing &amp;review…</source>
        <translation>Записи для &amp;проверки…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_controller.py" line="307"/>
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
        <location filename="../../inspector/ui/sync_panel.py" line="53"/>
        <source>Synced today at %1</source>
        <translation>Синхронизировано сегодня в %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="55"/>
        <source>Last sync %1 %2</source>
        <translation>Последняя синхронизация: %1 %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="68"/>
        <source>Changes on this computer that the next sync sends</source>
        <translation>Изменения на этом компьютере, которые уйдут при следующей синхронизации</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="69"/>
        <source>%1 need review</source>
        <translation>Требуют проверки: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="70"/>
        <source>Records edited differently on two computers: choose which value to keep</source>
        <translation>Записи, изменённые по-разному на двух компьютерах: выберите, какое значение оставить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_panel.py" line="66"/>
        <source>changes not yet sent</source>
        <translation>есть неотправленные изменения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync_panel.py" line="64"/>
        <source>%n visit(s) not yet sent</source>
        <translation>
            <numerusform>%n визит не отправлен</numerusform>
            <numerusform>%n визита не отправлены</numerusform>
            <numerusform>%n визитов не отправлены</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../inspector/ui/task_progress.py" line="98"/>
        <source>%1 waits</source>
        <translation>%1 ждёт</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/task_progress.py" line="103"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/task_progress.py" line="104"/>
        <source>Cancel the running task</source>
        <translation>Отменить выполняемую задачу</translation>
    </message>
</context>
<context>
    <name>VerifyActions</name>
    <message>
        <location filename="../../inspector/ui/verify_action.py" line="43"/>
        <location filename="../../inspector/ui/verify_action.py" line="74"/>
        <source>Verify a report</source>
        <translation>Проверка отчёта</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_action.py" line="44"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_action.py" line="51"/>
        <source>Checking the report…</source>
        <translation>Отчёт проверяется…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_action.py" line="71"/>
        <source>The report could not be checked: %1</source>
        <translation>Отчёт не удалось проверить: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_action.py" line="83"/>
        <source>&amp;Verify a report…</source>
        <translation>Пров&amp;ерить отчёт…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_action.py" line="84"/>
        <source>Check a visit report PDF: authentic, changed since, or altered</source>
        <translation>Проверить PDF-отчёт о визите: подлинный, изменён с тех пор или подделан</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="268"/>
        <source>This visit cannot be opened:</source>
        <translation>Этот визит не удаётся открыть:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="277"/>
        <source>Opening the visit…</source>
        <translation>Открываем визит…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="282"/>
        <source>&amp;Complete visit</source>
        <translation>&amp;Завершить визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="283"/>
        <source>Checks that every required question is answered, then locks the visit</source>
        <translation>Проверяет, что на все обязательные вопросы есть ответы, и закрывает визит для изменений</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="298"/>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="298"/>
        <source>Check&amp;list</source>
        <translation>&amp;Лист проверки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="299"/>
        <source>&amp;Photos (%1)</source>
        <translation>Фо&amp;тографии (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="300"/>
        <source>&amp;Interviews (%1)</source>
        <translation>&amp;Интервью (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="338"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="340"/>
        <source>Saved at %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="342"/>
        <source>Changes are saved automatically</source>
        <translation>Изменения сохраняются автоматически</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="345"/>
        <location filename="../../inspector/ui/visit/editor.py" line="346"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="429"/>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="429"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="442"/>
        <source>Reopened for correction on %1</source>
        <translation>Открыт для исправления %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="441"/>
        <source>Reopened for correction on %1 by %2</source>
        <translation>Открыт для исправления %1, %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="396"/>
        <source>Keep it completed</source>
        <translation>Оставить завершённым</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="396"/>
        <source>Reopen for correction</source>
        <translation>Открыть для исправления</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="393"/>
        <source>The visit goes back to a draft, so its answers can be changed, and it must be completed again. The visit records when it was reopened and by whom.</source>
        <translation>Визит вернётся в черновик: ответы можно будет изменить, после чего его нужно завершить снова. В визите записывается, когда и кем он был открыт.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="392"/>
        <source>Reopen the visit for correction?</source>
        <translation>Открыть визит для исправления?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="288"/>
        <source>This visit is completed and read-only. To correct it, press “Reopen for correction”.</source>
        <translation>Визит завершён и доступен только для чтения. Чтобы исправить его, нажмите «Открыть для исправления».</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="286"/>
        <source>Back to a draft to correct answers; recorded in the visit</source>
        <translation>Вернуть в черновик, чтобы исправить ответы; это записывается в визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="285"/>
        <source>&amp;Reopen for correction…</source>
        <translation>Открыть для исправлени&amp;я…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="301"/>
        <source>Fi&amp;ndings (%1)</source>
        <translation>В&amp;ыводы (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="306"/>
        <source>&amp;Recommendations (%1)</source>
        <translation>&amp;Рекомендации (%1)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="404"/>
        <source>Correct a completed visit</source>
        <translation>Исправление завершённого визита</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit/editor.py" line="405"/>
        <source>The visit is sealed. Why is it being corrected? The reason, your name and the time are kept with the visit.</source>
        <translation>Визит запечатан. Почему его исправляют? Причина, ваше имя и время сохранятся вместе с визитом.</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="40"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="41"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="42"/>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="43"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="44"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="45"/>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="46"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="47"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="48"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="53"/>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="54"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="201"/>
        <source>Changed on two laptops at once: someone should look at it</source>
        <translation>Изменён на двух ноутбуках одновременно: нужно проверить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="231"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message numerus="yes">
        <location filename="../../inspector/ui/list_page.py" line="228"/>
        <source>Found: %n visit(s)</source>
        <translation>
            <numerusform>Найдено визитов: %n</numerusform>
            <numerusform>Найдено визитов: %n</numerusform>
            <numerusform>Найдено визитов: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/list_page.py" line="276"/>
        <source>Visits</source>
        <translation>Визитов</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/list_page.py" line="277"/>
        <source>No visits match the filters.</source>
        <translation>Нет визитов, подходящих под фильтры.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/list_page.py" line="145"/>
        <source>The visits could not be read. Nothing was changed: restore a backup, or choose another data folder in Settings.</source>
        <translation>Не удалось прочитать визиты. Ничего не изменено: восстановите резервную копию или выберите другую папку данных в настройках.</translation>
    </message>
</context>
<context>
    <name>_EditorPlaceholder</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="486"/>
        <source>The visit editor is not available in this build.</source>
        <translation>Редактор визита недоступен в этой сборке.</translation>
    </message>
</context>
<context>
    <name>_OptionsDialog</name>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="105"/>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Язык отчёта:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="106"/>
        <source>La&amp;yout:</source>
        <translation>&amp;Макет:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="107"/>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/export_dialogs.py" line="108"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>
