<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="67" />
        <source>No visits yet</source>
        <translation>Визитов пока нет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="69" />
        <source>Record what you see when you visit a public service centre, an elderly home, a baby home or an adaptation centre: the checklist, photos, interviews with staff and your findings. Everything is saved on this computer as you type and works without the internet.</source>
        <translation>Записывайте то, что видите при посещении ЦОНа, дома престарелых, дома ребёнка или центра адаптации: ответы по чек-листу, фотографии, беседы с сотрудниками и ваши выводы. Всё сохраняется на этом компьютере по мере ввода и работает без интернета.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="73" />
        <location filename="../../inspector/ui/empty_state.py" line="74" />
        <source>Create the first visit</source>
        <translation>Создать первый визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="75" />
        <source>Load demo data</source>
        <translation>Загрузить демо-данные</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/empty_state.py" line="76" />
        <source>Load demo visits to look around</source>
        <translation>Загрузить примеры визитов для знакомства</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="110" />
        <source>Search visits, findings, interviews…</source>
        <translation>Поиск по визитам, выводам, беседам…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="111" />
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="112" />
        <source>All kinds</source>
        <translation>Все типы учреждений</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="114" />
        <source>Kind of institution</source>
        <translation>Тип учреждения</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="115" />
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="117" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="118" />
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="119" />
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="119" />
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="120" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="121" />
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="123" />
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="124" />
        <source>Visits from</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="125" />
        <source>Visits until</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="126" />
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/filters_bar.py" line="127" />
        <source>Clear all filters</source>
        <translation>Сбросить все фильтры</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;How to work with Inspector</source>
        <translation>&amp;Как работать с «Инспектором»</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="114" />
        <source>&amp;New visit…</source>
        <translation>&amp;Новый визит…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="114" />
        <source>Record a new visit</source>
        <translation>Записать новый визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="115" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="115" />
        <source>Open the selected visit</source>
        <translation>Открыть выбранный визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="116" />
        <source>&amp;Revisit</source>
        <translation>&amp;Повторный визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="117" />
        <source>A new visit to the same institution, with the earlier findings copied to check again</source>
        <translation>Новый визит в то же учреждение: прежние выводы копируются для повторной проверки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="119" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="119" />
        <source>Delete the selected visit</source>
        <translation>Удалить выбранный визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="120" />
        <source>&amp;Undo delete</source>
        <translation>&amp;Отменить удаление</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="120" />
        <source>Bring back the deleted visit</source>
        <translation>Вернуть удалённый визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="121" />
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="121" />
        <source>Search the visits</source>
        <translation>Искать среди визитов</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="122" />
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="122" />
        <source>Reload the visit list</source>
        <translation>Перезагрузить список визитов</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="123" />
        <source>Load &amp;demo data</source>
        <translation>Загрузить &amp;демо-данные</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="124" />
        <source>Add example visits to look around</source>
        <translation>Добавить примеры визитов для знакомства</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="125" />
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="125" />
        <source>Language, your name, server</source>
        <translation>Язык, ваше имя, сервер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="126" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="126" />
        <source>Close Inspector</source>
        <translation>Закрыть Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="127" />
        <source>&amp;Back to the list</source>
        <translation>&amp;Назад к списку</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="127" />
        <source>Back to the visit list</source>
        <translation>Вернуться к списку визитов</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="128" />
        <source>Show &amp;toolbar</source>
        <translation>Показывать панель &amp;инструментов</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="129" />
        <source>&amp;About Inspector</source>
        <translation>&amp;О программе Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="135" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="136" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="137" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="138" />
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="139" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/actions.py" line="140" />
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <source>&amp;Inquiries…</source>
        <translation>&amp;Запросы…</translation>
    </message>
    <message>
        <source>Deputy inquiries built on the findings: drafts, due dates, the Government's answers</source>
        <translation>Депутатские запросы по выводам: проекты, сроки, ответы Правительства</translation>
    </message>
    <message>
        <source>Institution's &amp;history…</source>
        <translation>История &amp;учреждения…</translation>
    </message>
    <message>
        <source>The selected visit's institution: its visits, findings, recommendations and inquiries</source>
        <translation>Учреждение выбранного визита: визиты, выводы, рекомендации и запросы</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Accounts, passwords and the team's server: the server administrator of the Mazhilis apparatus.</source>
        <translation>Учётные записи, пароли и сервер команды — администратор сервера в аппарате Мажилиса.</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Версия: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="151" />
        <source>Saved %1</source>
        <translation>Сохранено %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="158" />
        <source>Revisit created with the earlier findings</source>
        <translation>Создан повторный визит с прежними выводами</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="166" />
        <source>Delete visit</source>
        <translation>Удаление визита</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="167" />
        <source>Delete the visit to %1 with its answers, photos and findings?</source>
        <translation>Удалить визит в учреждение «%1» со всеми ответами, фотографиями и выводами?</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="172" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="173" />
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="185" />
        <source>Visit deleted.</source>
        <translation>Визит удалён.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="195" />
        <source>Visit restored.</source>
        <translation>Визит восстановлен.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="206" />
        <source>Creating demo visits…</source>
        <translation>Создание демо-визитов…</translation>
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
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="239" />
        <source>Bring back the deleted visit</source>
        <translation>Вернуть удалённый визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="241" />
        <source>All changes are saved on this computer</source>
        <translation>Все изменения сохранены на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="252" />
        <source>About Inspector</source>
        <translation>О программе Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="253" />
        <source>Inspector records visits of deputies of the Mazhilis to public institutions: checklists, photos, interviews and findings, offline.

Data folder: %1</source>
        <translation>Inspector записывает визиты депутатов Мажилиса в государственные учреждения: чек-листы, фотографии, беседы и выводы — без интернета.

Папка данных: %1</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <source>Continue editing</source>
        <translation>Продолжить ввод</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не создавать</translation>
    </message>
    <message>
        <source>What you typed in this form will be lost.</source>
        <translation>Всё, что введено в этой форме, будет потеряно.</translation>
    </message>
    <message>
        <source>Discard the new visit?</source>
        <translation>Не создавать визит?</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Исправить дату</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>The visit date %1 is in the future. Create the visit with this date?</source>
        <translation>Дата визита %1 ещё не наступила. Создать визит с этой датой?</translation>
    </message>
    <message>
        <source>Date in the future</source>
        <translation>Дата в будущем</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="157" />
        <source>Enter the name of the institution.</source>
        <translation>Введите название учреждения.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="159" />
        <source>Choose the region.</source>
        <translation>Выберите регион.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="161" />
        <source>The last day is before the first day.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="163" />
        <source>The date is more than a year ahead.</source>
        <translation>Дата более чем на год впереди.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="185" />
        <source>The visit could not be created: %1</source>
        <translation>Не удалось создать визит: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="195" />
        <source>New visit</source>
        <translation>Новый визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="196" />
        <source>&amp;Kind of institution:</source>
        <translation>&amp;Тип учреждения:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="196" />
        <source>&amp;Institution:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="197" />
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="197" />
        <source>Dis&amp;trict:</source>
        <translation>Р&amp;айон:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="197" />
        <source>&amp;Address:</source>
        <translation>Адре&amp;с:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="198" />
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="198" />
        <source>&amp;Last day:</source>
        <translation>&amp;Последний день:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="198" />
        <source>D&amp;eputies:</source>
        <translation>Д&amp;епутаты:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="199" />
        <source>&amp;Participants:</source>
        <translation>У&amp;частники:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="205" />
        <source>Start typing: known institutions are offered</source>
        <translation>Начните вводить — известные учреждения будут предложены</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="206" />
        <source>Choose a region…</source>
        <translation>Выберите регион…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="207" />
        <source>The visit took several days</source>
        <translation>Визит длился несколько дней</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="209" />
        <source>One per line or separated by commas</source>
        <translation>По одному в строке или через запятую</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="210" />
        <source>Aides, experts, journalists…</source>
        <translation>Помощники, эксперты, журналисты…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="211" />
        <source>The visit was announced in advance</source>
        <translation>Визит был объявлен заранее</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_visit_dialog.py" line="213" />
        <source>Create visit</source>
        <translation>Создать визит</translation>
    </message>
    <message>
        <source>Create another visit</source>
        <translation>Создать ещё один визит</translation>
    </message>
    <message>
        <source>Open the existing visit</source>
        <translation>Открыть существующий визит</translation>
    </message>
    <message>
        <source>A visit to this institution on %1 is already recorded. Open it instead of creating a second one?</source>
        <translation>Визит в это учреждение %1 уже записан. Открыть его вместо создания второго?</translation>
    </message>
    <message>
        <source>This visit may already exist</source>
        <translation>Возможно, этот визит уже есть</translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation>Укажите дату визита.</translation>
    </message>
    <message>
        <source>A follow-up of the visit on %1: its findings are copied, to be checked again.</source>
        <translation>Повторный визит после визита %1: его выводы будут скопированы для повторной проверки.</translation>
    </message>
    <message>
        <source>Revisit: %1</source>
        <translation>Повторный визит: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="1" />
        <source>Signing key</source>
        <translation>Ключ ЭЦП</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="1" />
        <source>PKCS#12 keys (*.p12 *.pfx)</source>
        <translation>Ключи PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="1" />
        <source>Signing &amp;key (ЭЦП, .p12):</source>
        <translation>&amp;Ключ ЭЦП (.p12):</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="1" />
        <source>&amp;Timestamp server:</source>
        <translation>Сервер &amp;меток времени:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="1" />
        <source>Reports are signed when set; the password is asked each time</source>
        <translation>Если указан, отчёты подписываются; пароль спрашивается каждый раз</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="1" />
        <source>Choose the signing key</source>
        <translation>Выбрать ключ ЭЦП</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="1" />
        <source>Optional: an RFC 3161 server address</source>
        <translation>Необязательно: адрес сервера RFC 3161</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="73" />
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="84" />
        <source>The server address must start with https://</source>
        <translation>Адрес сервера должен начинаться с https://</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="98" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="99" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="99" />
        <source>&amp;Your name (deputy):</source>
        <translation>&amp;Ваше имя (депутат):</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="100" />
        <source>&amp;Data folder:</source>
        <translation>&amp;Папка данных:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="100" />
        <source>&amp;Server address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="101" />
        <source>&amp;User name on the server:</source>
        <translation>&amp;Имя пользователя на сервере:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="109" />
        <source>Filled in as a deputy of each new visit</source>
        <translation>Подставляется депутатом в каждый новый визит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="110" />
        <source>Default folder</source>
        <translation>Папка по умолчанию</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="112" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="113" />
        <source>Choose the data folder</source>
        <translation>Выбрать папку данных</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="114" />
        <source>A new data folder is used the next time Inspector starts.</source>
        <translation>Новая папка данных будет использована при следующем запуске Inspector.</translation>
    </message>
    <message>
        <source>the default folder</source>
        <translation>папка по умолчанию</translation>
    </message>
    <message>
        <source>Use the new folder from the next start</source>
        <translation>Новая папка со следующего запуска</translation>
    </message>
    <message>
        <source>Keep the current folder</source>
        <translation>Оставить текущую папку</translation>
    </message>
    <message>
        <source>From the next start Inspector works with the data in %1.

The visits, photos and interviews in the current folder (%2) stay there: they are not moved or copied, and the next start will not show them. To take them along, make a backup copy now (File → Backup copy…) and restore it after the restart.</source>
        <translation>Со следующего запуска Inspector будет работать с данными в папке %1.

Визиты, фотографии и интервью из текущей папки (%2) остаются в ней: они не переносятся и не копируются, и после перезапуска их не будет видно. Чтобы взять их с собой, сделайте сейчас резервную копию (Файл → Резервная копия…) и восстановите её после перезапуска.</translation>
    </message>
    <message>
        <source>Change the data folder?</source>
        <translation>Сменить папку данных?</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message numerus="yes">
        <location filename="../../inspector/ui/task_progress.py" line="74" />
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(ещё %n в очереди)</numerusform>
            <numerusform>(ещё %n в очереди)</numerusform>
            <numerusform>(ещё %n в очереди)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/task_progress.py" line="84" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/task_progress.py" line="85" />
        <source>Cancel the running task</source>
        <translation>Отменить выполняемую задачу</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/task_progress.py" line="86" />
        <source>%v of %m</source>
        <translation>%v из %m</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="41" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="42" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="43" />
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="44" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="45" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="46" />
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="47" />
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="48" />
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="49" />
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="54" />
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="55" />
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="208" />
        <source>Changed on two laptops at once: someone should look at it</source>
        <translation>Изменён на двух ноутбуках одновременно: нужно проверить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/visit_list.py" line="233" />
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message numerus="yes">
        <location filename="../../inspector/ui/list_page.py" line="222" />
        <source>Found: %n visit(s)</source>
        <translation><numerusform>Найдено визитов: %n</numerusform><numerusform>Найдено визитов: %n</numerusform><numerusform>Найдено визитов: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/list_page.py" line="160" />
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/list_page.py" line="161" />
        <source>No visits match the filters.</source>
        <translation>Нет визитов, подходящих под фильтры.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/list_page.py" line="119" />
        <source>The visits could not be read. Nothing was changed: restore a backup, or choose another data folder in Settings.</source>
        <translation>Не удалось прочитать визиты. Ничего не изменено: восстановите резервную копию или выберите другую папку данных в настройках.</translation>
    </message>
</context>
<context>
    <name>_EditorPlaceholder</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="288" />
        <source>The visit editor is not available in this build.</source>
        <translation>Редактор визита недоступен в этой сборке.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>How to work with Inspector</source>
        <translation>Как работать с «Инспектором»</translation>
    </message>
</context>
<context>
    <name>InquiryRegister</name>
    <message>
        <source>Inquiries</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>All inquiries</source>
        <translation>Все запросы</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Оглашён</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Answer rated</source>
        <translation>Оценка ответа</translation>
    </message>
    <message>
        <source>&amp;New inquiry…</source>
        <translation>&amp;Новый запрос…</translation>
    </message>
    <message>
        <source>&amp;Word draft</source>
        <translation>Проект в &amp;Word</translation>
    </message>
    <message>
        <source>&amp;PDF draft</source>
        <translation>Проект в &amp;PDF</translation>
    </message>
    <message>
        <source>Evidence &amp;annex</source>
        <translation>При&amp;ложение</translation>
    </message>
    <message>
        <source>&amp;Mark as announced…</source>
        <translation>&amp;Оглашён…</translation>
    </message>
    <message>
        <source>&amp;Record the answer…</source>
        <translation>Внести о&amp;твет…</translation>
    </message>
    <message>
        <source>Open the answer &amp;document</source>
        <translation>Открыть &amp;документ ответа</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n</source>
        <translation><numerusform>Просрочено: %n</numerusform><numerusform>Просрочено: %n</numerusform><numerusform>Просрочено: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation><numerusform>просрочен на %n день</numerusform><numerusform>просрочен на %n дня</numerusform><numerusform>просрочен на %n дней</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n день</numerusform><numerusform>%n дня</numerusform><numerusform>%n дней</numerusform></translation>
    </message>
    <message>
        <source>The answer document is not on this computer yet: it arrives with the next sync.</source>
        <translation>Документа ответа пока нет на этом компьютере: он придёт со следующей синхронизацией.</translation>
    </message>
</context>
<context>
    <name>NewInquiryDialog</name>
    <message>
        <source>New inquiry</source>
        <translation>Новый запрос</translation>
    </message>
    <message>
        <source>Prime Minister
of the Republic of Kazakhstan</source>
        <translation>Премьер-Министру
Республики Казахстан</translation>
    </message>
    <message>
        <source>One deputy per line: name / faction</source>
        <translation>По одному депутату в строке: имя / фракция</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы учреждений</translation>
    </message>
    <message>
        <source>One request per line; left empty, the findings' recommendations are asked</source>
        <translation>По одной просьбе в строке; если пусто — рекомендации выводов</translation>
    </message>
    <message>
        <source>&amp;Requests to the Government:</source>
        <translation>&amp;Просьбы к Правительству:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Addressee's &amp;position:</source>
        <translation>&amp;Должность адресата:</translation>
    </message>
    <message>
        <source>Addressee's &amp;name:</source>
        <translation>&amp;Имя адресата:</translation>
    </message>
    <message>
        <source>&amp;Salutation:</source>
        <translation>&amp;Обращение:</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Подпи&amp;сали:</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>Испо&amp;лнитель:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Findings it rests on:</source>
        <translation>Выводы, на которых основан запрос:</translation>
    </message>
    <message>
        <source>Calendar days from the announcement to the written answer. 15 is the commonly cited term, not verified here against the Constitutional Law «On the Parliament of the Republic of Kazakhstan and the status of its deputies»: check it. The inquiry keeps the term it was made with.</source>
        <translation>Календарных дней от оглашения до письменного ответа. 15 — часто называемый срок, здесь не сверенный с Конституционным законом «О Парламенте Республики Казахстан и статусе его депутатов»: проверьте его. Запрос сохраняет срок, с которым создан.</translation>
    </message>
    <message>
        <source>Answer ter&amp;m, days:</source>
        <translation>Сро&amp;к ответа, дней:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <source>Announced</source>
        <translation>Оглашён</translation>
    </message>
    <message>
        <source>&amp;Announced on:</source>
        <translation>&amp;Дата оглашения:</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>The answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>No document attached</source>
        <translation>Документ не приложен</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>При&amp;ложить…</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Получен:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;От кого:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;All files (*)</source>
        <translation>Документы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>FacilityHistoryDialog</name>
    <message>
        <source>Visits: %1 · open recommendations: %2</source>
        <translation>Визитов: %1 · невыполненных рекомендаций: %2</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>Inquiries citing this institution</source>
        <translation>Запросы, ссылающиеся на это учреждение</translation>
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
        <translation>Что-то пошло не так: %1. Сохранённое ранее осталось сохранённым.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Replace this profile's data with a backup copy; the current data is kept aside</source>
        <translation>Заменить данные профиля резервной копией; текущие данные сохраняются отдельно</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup copy…</source>
        <translation>Восст&amp;ановить из резервной копии…</translation>
    </message>
    <message>
        <source>Save every visit, photo and interview of this profile to one file</source>
        <translation>Сохранить все визиты, фотографии и интервью этого профиля в один файл</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>The data before the restore is kept in:
%1</source>
        <translation>Данные до восстановления сохранены в папке:
%1</translation>
    </message>
    <message>
        <source>Restored. Start Inspector again to work with the restored data.</source>
        <translation>Восстановлено. Запустите Inspector снова, чтобы работать с восстановленными данными.</translation>
    </message>
    <message>
        <source>The backup copy was not restored; the data is as it was. %1

Start Inspector again.</source>
        <translation>Резервная копия не восстановлена; данные остались прежними. %1

Запустите Inspector снова.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <source>Restoring from the backup copy…</source>
        <translation>Восстановление из резервной копии…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Restore and close</source>
        <translation>Восстановить и закрыть</translation>
    </message>
    <message>
        <source>The data of this profile will be replaced by the backup copy:
%1

Nothing is deleted: the current data is moved to a folder next to it (its name ends in “before-restore” and the date). Inspector then closes; start it again to work with the restored data.</source>
        <translation>Данные этого профиля будут заменены резервной копией:
%1

Ничего не удаляется: текущие данные переносятся в папку рядом (её имя заканчивается на «before-restore» и дату). Затем Inspector закроется; запустите его снова, чтобы работать с восстановленными данными.</translation>
    </message>
    <message>
        <source>Restore from the backup copy?</source>
        <translation>Восстановить из резервной копии?</translation>
    </message>
    <message>
        <source>Restore from a backup copy</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Резервное копирование отменено</translation>
    </message>
    <message>
        <source>The backup copy is saved:
%1

Keep it on another disk or a USB stick: it holds every visit, photo and interview of this profile.</source>
        <translation>Резервная копия сохранена:
%1

Храните её на другом диске или флешке: в ней все визиты, фотографии и интервью этого профиля.</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Backup copy saved: %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>Making a backup copy…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <source>Backup copies (*.zip)</source>
        <translation>Резервные копии (*.zip)</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>Сохранить резервную копию</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose in the calendar (F4)</source>
        <translation>Выбрать в календаре (F4)</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
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
