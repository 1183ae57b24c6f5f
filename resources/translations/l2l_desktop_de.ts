<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../l2l_desktop/ui/about.py" line="+32"/>
        <source>A private companion for the daily habits of leaders who want to learn: set an intention, ask better questions, go and see, reflect, and review the trends.</source>
        <translation>Ein privater Begleiter für die täglichen Gewohnheiten von Führungskräften, die lernen wollen: eine Intention setzen, bessere Fragen stellen, hingehen und hinsehen, reflektieren und die Trends betrachten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inspired by the Leading to Learn framework; not affiliated with or endorsed by its authors.</source>
        <translation>Inspiriert vom Framework „Leading to Learn“; nicht mit dessen Autoren verbunden und nicht von ihnen empfohlen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free software under the {licence} licence.</source>
        <translation>Freie Software unter der {licence}-Lizenz.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your records stay on this computer, in:</source>
        <translation>Ihre Einträge bleiben auf diesem Computer, in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log, for a bug report:</source>
        <translation>Das Protokoll, für einen Fehlerbericht:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No file manager opened {folder}; the path above can be selected and copied.</source>
        <translation>Kein Dateimanager hat {folder} geöffnet; der Pfad oben lässt sich markieren und kopieren.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/bank_dialog.py" line="+30"/>
        <source>Understand the situation</source>
        <translation>Die Lage verstehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target</source>
        <translation>Das Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/storyboard.py" line="+116"/>
        <location filename="../../l2l_desktop/ui/tabs/coaching.py" line="+139"/>
        <location line="+40"/>
        <source>Obstacles</source>
        <translation>Hindernisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/storyboard.py" line="+1"/>
        <location filename="../../l2l_desktop/ui/tabs/coaching.py" line="-78"/>
        <location line="+47"/>
        <location line="+32"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we learned</source>
        <translation>Was wir gelernt haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care</source>
        <translation>Fürsorge</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Question bank</source>
        <translation>Fragensammlung</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <location filename="../../l2l_desktop/ui/tabs/gemba.py" line="+54"/>
        <location line="+49"/>
        <location line="+20"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="-12"/>
        <location filename="../../l2l_desktop/ui/quick_question.py" line="+29"/>
        <location filename="../../l2l_desktop/ui/search_dialog.py" line="+57"/>
        <location filename="../../l2l_desktop/ui/tabs/questions.py" line="+167"/>
        <location line="+76"/>
        <location line="+22"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retired</source>
        <translation>abgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank questions</source>
        <translation>Fragen der Sammlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show retired questions</source>
        <translation>Abgelegte Fragen anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question text</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An open question you want to practise</source>
        <translation>Eine offene Frage, die Sie üben möchten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../l2l_desktop/ui/editor_tab.py" line="+117"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a new question (Ctrl+N)</source>
        <translation>Neue Frage schreiben (Strg+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <location filename="../../l2l_desktop/ui/trend_dialogs.py" line="+79"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+57"/>
        <source>Retire</source>
        <translation>Ablegen</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Practise today</source>
        <translation>Heute üben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/report.py" line="+288"/>
        <location filename="../../l2l_desktop/ui/trend_dialogs.py" line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open questions to practise, grouped by what they help you find out.</source>
        <translation>Offene Fragen zum Üben, geordnet danach, was Sie mit ihnen herausfinden können.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bring back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Edit the question chosen above&lt;/b&gt;</source>
        <translation>&lt;b&gt;Oben gewählte Frage bearbeiten&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Add a question of your own&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eigene Frage hinzufügen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/bug_report.py" line="+30"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The details were also written to {path}.</source>
        <translation>Die Details wurden außerdem in {path} geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The details could not be written to a log file.</source>
        <translation>Die Details konnten nicht in eine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{app} ran into a fault of its own; it was not something you did. Your saved records are safe, and a save that was interrupted was not half-written: check that your last entry is there, and save it again if not. {where} Copying the details into a bug report helps to fix it.</source>
        <translation>{app} ist auf einen eigenen Fehler gestoßen; es lag nicht an Ihnen. Ihre gespeicherten Einträge sind sicher, und ein unterbrochener Speichervorgang hat nichts halb geschrieben: Prüfen Sie, ob Ihr letzter Eintrag vorhanden ist, und speichern Sie ihn andernfalls erneut. {where} Wenn Sie die Details in einen Fehlerbericht kopieren, hilft das, den Fehler zu beheben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/charts/alignment.py" line="+30"/>
        <location filename="../../l2l_desktop/ui/report_text.py" line="+144"/>
        <source>Alignment</source>
        <translation>Einklang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dots: each evening&apos;s 1–5 rating of how the day matched the intention. Line: the 7-day mean.</source>
        <translation>Punkte: die abendliche Bewertung (1–5), wie gut der Tag zur Intention passte. Linie: das 7-Tage-Mittel.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No evening ratings in this range yet: rate each day in the Reflection tab.</source>
        <translation>In diesem Zeitraum noch keine Abendbewertungen: Bewerten Sie jeden Tag im Tab „Reflexion“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{day}: no rating</source>
        <translation>{day}: keine Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: rated {r}</source>
        <translation>{day}: Bewertung {r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7-day mean {m}</source>
        <translation>7-Tage-Mittel {m}</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n rated day, mean rating {m} of 5.</source>
        <comment>%n rated days, mean rating {m} of 5.</comment>
        <translation>
            <numerusform>%Ln bewerteter Tag, mittlere Bewertung {m} von 5.</numerusform>
            <numerusform>%Ln bewertete Tage, mittlere Bewertung {m} von 5.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <location filename="../../l2l_desktop/ui/charts/heatmap.py" line="+197"/>
        <location filename="../../l2l_desktop/ui/person_page.py" line="+106"/>
        <location filename="../../l2l_desktop/ui/storyboard.py" line="-61"/>
        <location filename="../../l2l_desktop/ui/tabs/coaching.py" line="-81"/>
        <location line="+60"/>
        <location filename="../../l2l_desktop/ui/tabs/gemba.py" line="-71"/>
        <location line="+69"/>
        <location filename="../../l2l_desktop/ui/tabs/questions.py" line="-99"/>
        <location line="+39"/>
        <location line="+62"/>
        <location filename="../../l2l_desktop/ui/tabs/reflection.py" line="+178"/>
        <location line="+40"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating (1–5)</source>
        <translation>Bewertung (1–5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evening ratings in this range.</source>
        <translation>Keine Abendbewertungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/charts/base.py" line="+68"/>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+4"/>
        <source>{title}: the figures</source>
        <translation>{title}: die Zahlen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Figures…</source>
        <translation>Zahlen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart&apos;s figures as a table</source>
        <translation>Die Zahlen des Diagramms als Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the figures of {title}</source>
        <translation>Zahlen zu „{title}“ anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export {title} as PNG</source>
        <translation>„{title}“ als PNG exportieren</translation>
    </message>
    <message>
        <location line="+72"/>
        <location filename="../../l2l_desktop/ui/storyboard.py" line="-30"/>
        <location filename="../../l2l_desktop/ui/tabs/trends.py" line="+301"/>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/charts/heatmap.py" line="-122"/>
        <source>The last 52 weeks</source>
        <translation>Die letzten 52 Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each square is a day; the greener, the more of the six practices you did.</source>
        <translation>Jedes Quadrat ist ein Tag; je grüner, desto mehr der sechs Übungen haben Sie gemacht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+93"/>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+90"/>
        <source>not a practice day</source>
        <translation>kein Übungstag</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+90"/>
        <source>day off</source>
        <translation>freier Tag</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+87"/>
        <source>before your first record</source>
        <translation>vor Ihrem ersten Eintrag</translation>
    </message>
    <message numerus="yes">
        <location line="-82"/>
        <source>%n practice</source>
        <comment>%n practices</comment>
        <translation>
            <numerusform>%Ln Übung</numerusform>
            <numerusform>%Ln Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>The last week</source>
        <comment>The last %n weeks</comment>
        <translation>
            <numerusform>Die letzte Woche</numerusform>
            <numerusform>Die letzten %Ln Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing logged in these weeks yet: the calendar fills in day by day.</source>
        <translation>In diesen Wochen noch nichts erfasst: Der Kalender füllt sich Tag für Tag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>still to come</source>
        <translation>steht noch bevor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of {total} practices</source>
        <translation>{n} von {total} Übungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../l2l_desktop/ui/report_text.py" line="-64"/>
        <source>Practices</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} days with a practice and {missed} practice days missed, to {last}.</source>
        <translation>Bis {last}: {done} Tage mit einer Übung, {missed} Übungstage verpasst.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/charts/weekly.py" line="+105"/>
        <location filename="../../l2l_desktop/ui/report_text.py" line="+20"/>
        <source>Balance across the three elements</source>
        <translation>Balance der drei Elemente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bars: what your records served each week. Line: the balance index, 100 when the three are equally present, 0 when only one is.</source>
        <translation>Balken: welchem Element Ihre Einträge jede Woche dienten. Linie: der Balance-Index, 100, wenn alle drei gleich stark vertreten sind, 0, wenn nur eines vertreten ist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No records in this range yet: the weekly balance appears as you log.</source>
        <translation>In diesem Zeitraum noch keine Einträge: Die Wochenbalance erscheint, sobald Sie etwas erfassen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Week of {week}
direction {d}, support {s}, self {x}
balance {b}</source>
        <translation>Woche vom {week}
Richtung {d}, Unterstützung {s}, Selbstentwicklung {x}
Balance {b}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+131"/>
        <location filename="../../l2l_desktop/ui/report_text.py" line="+2"/>
        <location line="+24"/>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Balance index</source>
        <translation>Balance-Index</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n week: set direction {d}, provide support {s}, develop yourself {x}.</source>
        <comment>%n weeks: set direction {d}, provide support {s}, develop yourself {x}.</comment>
        <translation>
            <numerusform>%Ln Woche: Richtung geben {d}, Unterstützung geben {s}, sich selbst entwickeln {x}.</numerusform>
            <numerusform>%Ln Wochen: Richtung geben {d}, Unterstützung geben {s}, sich selbst entwickeln {x}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Question quality</source>
        <translation>Fragequalität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top: the share of your questions that were open. Bottom: questions asked and times told instead, per week.</source>
        <translation>Oben: der Anteil Ihrer Fragen, die offen waren. Unten: gestellte Fragen und Ansagen statt Fragen, pro Woche.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Questions asked</source>
        <translation>Gestellte Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/dialogs.py" line="+129"/>
        <location filename="../../l2l_desktop/ui/person_page.py" line="-70"/>
        <location filename="../../l2l_desktop/ui/search_dialog.py" line="+1"/>
        <location filename="../../l2l_desktop/ui/tabs/questions.py" line="-56"/>
        <source>Told instead of asking</source>
        <translation>Gesagt statt gefragt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No questions or tells in this range yet.</source>
        <translation>In diesem Zeitraum noch keine Fragen oder Ansagen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Week of {week}
{asks} asked, {share} open
told {tells}</source>
        <translation>Woche vom {week}
{asks} Fragen, {share} offen
{tells}-mal gesagt statt gefragt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../l2l_desktop/ui/report_text.py" line="+0"/>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../l2l_desktop/ui/report_text.py" line="+0"/>
        <source>Open share</source>
        <translation>Anteil offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../l2l_desktop/ui/report_text.py" line="+0"/>
        <source>Told instead</source>
        <translation>Gesagt statt gefragt</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n week: {asks} questions asked, {share} open; told {tells} times.</source>
        <comment>%n weeks: {asks} questions asked, {share} open; told {tells} times.</comment>
        <translation>
            <numerusform>%Ln Woche: {asks} Fragen gestellt, {share} offen; {tells}-mal gesagt statt gefragt.</numerusform>
            <numerusform>%Ln Wochen: {asks} Fragen gestellt, {share} offen; {tells}-mal gesagt statt gefragt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/date_field.py" line="+30"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../../l2l_desktop/ui/tabs/gemba.py" line="+127"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a date as {hint}, or press Alt+Down for a calendar</source>
        <translation>Datum im Format {hint} eingeben oder mit Alt+↓ den Kalender öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+↓)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the calendar for {name}</source>
        <translation>Kalender für {name} öffnen</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../l2l_desktop/ui/field_words.py" line="+16"/>
        <source>A date is required.</source>
        <translation>Ein Datum ist erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a date: write it as {hint}, e.g. {example}.</source>
        <translation>Kein gültiges Datum: Schreiben Sie es als {hint}, z. B. {example}.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/dialogs.py" line="-97"/>
        <source>Off course</source>
        <translation>Daneben</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../l2l_desktop/ui/search_dialog.py" line="-2"/>
        <location filename="../../l2l_desktop/words.py" line="+43"/>
        <source>Intention pause</source>
        <translation>Intentionspause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Right now, am I acting on today&apos;s intention?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Handle ich gerade im Sinne meiner heutigen Intention?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today&apos;s intention</source>
        <translation>Heutige Intention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it matters:</source>
        <translation>Warum es wichtig ist:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The impact I want:</source>
        <translation>Die Wirkung, die ich will:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No intention set today.</source>
        <translation>Heute noch keine Intention gesetzt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set one now</source>
        <translation>Jetzt eine setzen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A short note (optional)</source>
        <translation>Eine kurze Notiz (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause note</source>
        <translation>Notiz zur Pause</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log pause</source>
        <translation>Pause erfassen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit intention pause</source>
        <translation>Intentionspause bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Noticing it is the first step.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Es zu bemerken, ist der erste Schritt.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened (optional)</source>
        <translation>Was passiert ist (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell note</source>
        <translation>Notiz zur Ansage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told whom</source>
        <translation>Wem gesagt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log tell</source>
        <translation>Ansage erfassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit: told instead of asking</source>
        <translation>Bearbeiten: gesagt statt gefragt</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/drafts.py" line="+82"/>
        <source>● Unsaved changes</source>
        <translation>● Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The form has unsaved changes</source>
        <translation>Das Formular enthält ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes in the form first?</source>
        <translation>Die Änderungen im Formular zuerst speichern?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away what you changed in this form since it was last saved?</source>
        <translation>Alles verwerfen, was Sie in diesem Formular seit dem letzten Speichern geändert haben?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show where the draft was typed</source>
        <translation>Zeigen, wo der Entwurf geschrieben wurde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unsaved text from {when} was kept as a draft.</source>
        <translation>Ungespeicherter Text vom {when} wurde als Entwurf aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/editor_tab.py" line="-49"/>
        <source>A new record</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing the record of {day}</source>
        <translation>Eintrag vom {day} bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete record</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the record of {day}. Ctrl+Z brings it back.</source>
        <translation>Eintrag vom {day} gelöscht. Strg+Z stellt ihn wieder her.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{title} list</source>
        <translation>Liste: {title}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/tabs/today.py" line="+188"/>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new one (Ctrl+N)</source>
        <translation>Neu beginnen (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete (Del); Ctrl+Z brings it back</source>
        <translation>Löschen (Entf); Strg+Z stellt es wieder her</translation>
    </message>
    <message>
        <location line="+223"/>
        <location filename="../../l2l_desktop/ui/tabs/today.py" line="+201"/>
        <source>above</source>
        <translation>oben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/exchange_dialogs.py" line="+46"/>
        <source>JSON (everything, to import again)</source>
        <translation>JSON (alles, zum erneuten Importieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (a zip of tables)</source>
        <translation>CSV (ein ZIP mit Tabellen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (a zip, one file a month)</source>
        <translation>Markdown (ein ZIP, eine Datei pro Monat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intentions</source>
        <translation>Intentionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pauses</source>
        <translation>Intentionspausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tells</source>
        <translation>Ansagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bank questions</source>
        <translation>Fragen der Sammlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gemba visits</source>
        <translation>Gemba-Besuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days-off periods</source>
        <translation>Zeiträume freier Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coaching sessions</source>
        <translation>Coaching-Gespräche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+54"/>
        <source>Export journal</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Everything you wrote, in a file of your own. JSON keeps every record and can be imported again, here or on another computer.</source>
        <translation>Alles, was Sie geschrieben haben, in einer eigenen Datei. JSON enthält jeden Eintrag und lässt sich wieder importieren, hier oder auf einem anderen Computer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die Zieldatei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting</source>
        <translation>Wird exportiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} could not be written: {why}. Choose another place.</source>
        <translation>{path} konnte nicht geschrieben werden: {why}. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %n record to {path}.</source>
        <comment>Exported %n records to {path}.</comment>
        <translation>
            <numerusform>%Ln Eintrag nach {path} exportiert.</numerusform>
            <numerusform>%Ln Einträge nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n that could not be read was left out.</source>
        <comment>%n that could not be read were left out.</comment>
        <translation>
            <numerusform>%Ln nicht lesbarer Eintrag wurde ausgelassen.</numerusform>
            <numerusform>%Ln nicht lesbare Einträge wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+36"/>
        <source>Import journal</source>
        <translation>Journal importieren</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>A JSON export of L2L Desktop; Enter reads it</source>
        <translation>Ein JSON-Export von L2L Desktop; die Eingabetaste liest ihn ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge: add what is new, keep the newer edit of each record</source>
        <translation>&amp;Zusammenführen: Neues hinzufügen, bei jedem Eintrag die neuere Fassung behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace everything here by the file</source>
        <translation>Alles hier durch den Inhalt der Datei &amp;ersetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file to see what importing it would do.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, was ihr Import bewirken würde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup is made first; the import is all or nothing.</source>
        <translation>Zuerst wird eine Sicherung erstellt; der Import erfolgt ganz oder gar nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>L2L Desktop export (*.json);;All files (*)</source>
        <translation>Export von L2L Desktop (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Press Enter to read the file and see what importing it would do.</source>
        <translation>Drücken Sie die Eingabetaste, um die Datei einzulesen und zu sehen, was ihr Import bewirken würde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die Datei, die importiert werden soll.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Reading</source>
        <translation>Wird gelesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file cannot be imported: {what}.</source>
        <translation>Diese Datei kann nicht importiert werden: {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replace everything?</source>
        <translation>Alles ersetzen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacing makes this journal exactly the file&apos;s: {n} records here that the file does not have are removed, and edits made here since are lost. A backup is made first. Replace?</source>
        <translation>Durch das Ersetzen entspricht dieses Journal genau der Datei: {n} Einträge, die hier vorhanden sind, aber nicht in der Datei, werden entfernt, und seitdem hier vorgenommene Änderungen gehen verloren. Zuerst wird eine Sicherung erstellt. Ersetzen?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported: {counts}.</source>
        <translation>Importiert: {counts}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up first as {name}.</source>
        <translation>Vorher gesichert als {name}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file holds no records.</source>
        <translation>Die Datei enthält keine Einträge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replacing everything would:</source>
        <translation>Wenn Sie alles ersetzen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merging would:</source>
        <translation>Wenn Sie zusammenführen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change: this journal already has everything in the file.</source>
        <translation>Nichts zu ändern: Dieses Journal enthält bereits alles aus der Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and {n} more</source>
        <translation>und {n} weitere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped ({n}):</source>
        <translation>Übersprungen ({n}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken as the people of the same name here: {names}.</source>
        <translation>Den gleichnamigen Personen hier zugeordnet: {names}.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/forms.py" line="+147"/>
        <source>This field holds up to {n} characters: the rest of what was pasted was left out.</source>
        <translation>Dieses Feld fasst bis zu {n} Zeichen: Der Rest des Eingefügten wurde weggelassen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../l2l_desktop/ui/search_dialog.py" line="+86"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nobody in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../l2l_desktop/ui/search_dialog.py" line="-80"/>
        <location line="+85"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Not saved: please correct the fields marked {where}.</source>
        <translation>Nicht gespeichert: Bitte korrigieren Sie die {where} markierten Felder.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Row {n}: </source>
        <translation>Zeile {n}: </translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/jobs.py" line="+92"/>
        <source>Stopped: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/main_window.py" line="+73"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Go to the reminder</source>
        <translation>Zur Erinnerung springen</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/status_facts.py" line="+22"/>
        <source>Records, backup and data folder</source>
        <translation>Einträge, Sicherung und Datenordner</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/menus.py" line="+40"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/startup_error.py" line="+76"/>
        <location filename="../../l2l_desktop/ui/tray.py" line="+40"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Trends &amp;report…</source>
        <translation>Trends-Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport journal…</source>
        <translation>Journal e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import journal…</source>
        <translation>Journal &amp;importieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: {what}.</source>
        <translation>Rückgängig gemacht: {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redone: {what}.</source>
        <translation>Wiederholt: {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intention &amp;pause…</source>
        <translation>&amp;Intentionspause…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Told instead of asking…</source>
        <translation>&amp;Gesagt statt gefragt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Question…</source>
        <translation>&amp;Frage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question &amp;bank…</source>
        <translation>Fragen&amp;sammlung…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/main_window.py" line="+128"/>
        <source>Question logged.</source>
        <translation>Frage erfasst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Today&apos;s question to practise is set.</source>
        <translation>Die Übungsfrage für heute ist festgelegt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The backup failed: {e}</source>
        <translation>Die Sicherung ist fehlgeschlagen: {e}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up to {path}</source>
        <translation>Gesichert in {path}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restored {what}.</source>
        <translation>Wiederhergestellt: {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database it replaced was kept as {path}.</source>
        <translation>Die ersetzte Datenbank wurde als {path} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/status_facts.py" line="+20"/>
        <source>no backup yet</source>
        <translation>noch keine Sicherung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no backup for {days}: File › Back up now</source>
        <translation>{days} ohne Sicherung: Datei › Jetzt sichern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../l2l_desktop/ui/report_text.py" line="+26"/>
        <location filename="../../l2l_desktop/ui/status_facts.py" line="+1"/>
        <location filename="../../l2l_desktop/ui/style.py" line="+49"/>
        <location filename="../../l2l_desktop/ui/tabs/trends.py" line="+7"/>
        <source>%n day</source>
        <comment>%n days</comment>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/status_facts.py" line="+2"/>
        <source>last backup {when}</source>
        <translation>letzte Sicherung: {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../l2l_desktop/ui/restore_dialog.py" line="+38"/>
        <location filename="../../l2l_desktop/ui/status_facts.py" line="+3"/>
        <source>%n record</source>
        <comment>%n records</comment>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/main_window.py" line="+97"/>
        <source>Still here, in the tray: reminders go on.</source>
        <translation>Weiterhin im Infobereich: Die Erinnerungen laufen weiter.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/notify.py" line="+34"/>
        <source>there is no session bus to reach a notification service</source>
        <translation>die Arbeitsumgebung bietet keinen Dienst für Benachrichtigungen an</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>no notification service answers on the session bus ({e})</source>
        <translation>kein Benachrichtigungsdienst der Arbeitsumgebung antwortet ({e})</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>nothing owns {name}</source>
        <translation>{name} hat keinen Besitzer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the notification service did not answer ({e})</source>
        <translation>der Benachrichtigungsdienst hat nicht geantwortet ({e})</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/open_record.py" line="+26"/>
        <source>That record is no longer there.</source>
        <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../l2l_desktop/ui/person_page.py" line="+13"/>
        <location filename="../../l2l_desktop/ui/tabs/questions.py" line="-5"/>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told instead of asking on {day}: {note}</source>
        <translation>Am {day} gesagt statt gefragt: {note}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Told instead of asking on {day}: selected in the list below the questions.</source>
        <translation>Am {day} gesagt statt gefragt: in der Liste unter den Fragen ausgewählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is a person named in your records.</source>
        <translation>{name} ist eine Person, die in Ihren Einträgen genannt wird.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/quick_question.py" line="-6"/>
        <source>Log a question</source>
        <translation>Frage erfassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The question, as you asked it</source>
        <translation>Die Frage, so wie Sie sie gestellt haben</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../l2l_desktop/ui/tabs/questions.py" line="+51"/>
        <source>Asked whom</source>
        <translation>Wen gefragt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log question</source>
        <translation>Frage erfassen</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/reminder_banner.py" line="+45"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../l2l_desktop/ui/trend_dialogs.py" line="-3"/>
        <source>A note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the pause</source>
        <translation>Notiz zur Pause</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Aligned</source>
        <translation>&amp;Im Einklang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partly</source>
        <translation>&amp;Teilweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Off</source>
        <translation>&amp;Daneben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For 15 minutes</source>
        <translation>In 15 Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For an hour</source>
        <translation>In einer Stunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No more of this reminder today (Esc)</source>
        <translation>Diese Erinnerung heute nicht mehr zeigen (Esc)</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/dialogs.py" line="-117"/>
        <location filename="../../l2l_desktop/ui/reminders.py" line="+121"/>
        <location filename="../../l2l_desktop/ui/tabs/pauses.py" line="+23"/>
        <source>Aligned</source>
        <translation>Im Einklang</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/reminders.py" line="+0"/>
        <location filename="../../l2l_desktop/ui/tabs/pauses.py" line="+1"/>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/reminders.py" line="+0"/>
        <location filename="../../l2l_desktop/ui/tabs/pauses.py" line="+1"/>
        <source>Off</source>
        <translation>Daneben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze 15 minutes</source>
        <translation>In 15 Minuten erinnern</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../l2l_desktop/ui/report.py" line="-10"/>
        <location filename="../../l2l_desktop/ui/storyboard.py" line="+14"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No intention for today yet: how is the day going?</source>
        <translation>Noch keine Intention für heute: Wie läuft der Tag?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart: {heart}
Direction: {direction}</source>
        <translation>Herz: {heart}
Richtung: {direction}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intention pause: how does this moment fit your intention?</source>
        <translation>Intentionspause: Wie passt dieser Moment zu Ihrer Intention?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good morning: set today&apos;s intention</source>
        <translation>Guten Morgen: Intention für heute setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write today&apos;s intention</source>
        <translation>Intention für heute schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today&apos;s actions: {actions}</source>
        <translation>Heutige Vorhaben: {actions}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Five minutes: what went well, what did not, what you learned.</source>
        <translation>Fünf Minuten: was gut lief, was nicht, was Sie gelernt haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evening hansei</source>
        <translation>Abend-Hansei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the hansei</source>
        <translation>Hansei öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../l2l_desktop/ui/report_text.py" line="-117"/>
        <location filename="../../l2l_desktop/ui/tabs/reflection.py" line="-185"/>
        <location filename="../../l2l_desktop/words.py" line="+4"/>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/settings_dialog.py" line="+166"/>
        <source>A quarter of an hour with the week&apos;s trends.</source>
        <translation>Eine Viertelstunde mit den Trends der Woche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the review</source>
        <translation>Rückblick beginnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Carried over: {text}</source>
        <translation>Übernommen: {text}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n follow-up due</source>
        <comment>%n follow-ups due</comment>
        <translation>
            <numerusform>%Ln Folgeaufgabe fällig</numerusform>
            <numerusform>%Ln Folgeaufgaben fällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart, direction and one to three actions.</source>
        <translation>Herz, Richtung und ein bis drei Vorhaben.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Snoozed for %n minute.</source>
        <comment>Snoozed for %n minutes.</comment>
        <translation>
            <numerusform>Erinnerung um %Ln Minute verschoben.</numerusform>
            <numerusform>Erinnerung um %Ln Minuten verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No more of this reminder today.</source>
        <translation>Diese Erinnerung kommt heute nicht mehr.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pause logged: aligned with your intention.</source>
        <translation>Pause erfasst: im Einklang mit Ihrer Intention.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause logged: partly aligned with your intention.</source>
        <translation>Pause erfasst: teilweise im Einklang mit Ihrer Intention.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause logged: off your intention.</source>
        <translation>Pause erfasst: von Ihrer Intention abgekommen.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/report.py" line="-89"/>
        <source>The last {shown} of {all} weeks; the chart shows them all, and the Markdown export lists every week.</source>
        <translation>Die letzten {shown} von {all} Wochen; das Diagramm zeigt alle, und der Markdown-Export führt jede Woche auf.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../l2l_desktop/ui/search_dialog.py" line="+1"/>
        <location filename="../../l2l_desktop/ui/tabs/gemba.py" line="-173"/>
        <location filename="../../l2l_desktop/ui/tabs/questions.py" line="-71"/>
        <location filename="../../l2l_desktop/ui/trend_dialogs.py" line="-19"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/search_dialog.py" line="+1"/>
        <location filename="../../l2l_desktop/ui/tabs/questions.py" line="+1"/>
        <location filename="../../l2l_desktop/ui/trend_dialogs.py" line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Markdown…</source>
        <translation>Markdown speichern…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A printable self-review: the figures, the charts and your reflections.</source>
        <translation>Ein druckbarer Selbstrückblick: die Zahlen, die Diagramme und Ihre Reflexionen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No application could open {path}.</source>
        <translation>Keine Anwendung konnte {path} öffnen.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/field_words.py" line="-4"/>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long: {n} characters; the limit is {limit}.</source>
        <translation>Zu lang: {n} Zeichen; erlaubt sind höchstens {limit}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains control characters that cannot be saved.</source>
        <translation>Enthält Steuerzeichen, die nicht gespeichert werden können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains broken Unicode characters that cannot be saved.</source>
        <translation>Enthält fehlerhafte Unicode-Zeichen, die nicht gespeichert werden können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} is outside the dates this app keeps.</source>
        <translation>{day} liegt außerhalb des Datumsbereichs, den diese App speichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a whole number from {low} to {high}.</source>
        <translation>Wählen Sie eine ganze Zahl von {low} bis {high}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one element.</source>
        <translation>Wählen Sie mindestens ein Element.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one action.</source>
        <translation>Fügen Sie mindestens ein Vorhaben hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {n} actions: keep the ones that matter most today.</source>
        <translation>Höchstens {n} Vorhaben: Behalten Sie die, die heute am wichtigsten sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write at least one line, or give a rating.</source>
        <translation>Schreiben Sie mindestens eine Zeile, oder geben Sie eine Bewertung ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/report.py" line="+6"/>
        <source>The last day comes before the first day.</source>
        <translation>Der letzte Tag liegt vor dem ersten Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on {done}, before the visit itself ({visit}): a follow-up is done on the visit&apos;s day or later.</source>
        <translation>Erledigt am {done}, vor dem Besuch selbst ({visit}): Eine Folgeaufgabe wird frühestens am Tag des Besuchs erledigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The visit is on {visit}: done from that day on.</source>
        <translation>Der Besuch ist am {visit}: Erledigt ist erst ab diesem Tag möglich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is the learner?</source>
        <translation>Wer ist der Coachee?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved yet: choose whom you meant, or add them as someone new.</source>
        <translation>Noch nicht gespeichert: Wählen Sie, wen Sie meinten, oder fügen Sie die Person neu hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work on one obstacle at a time: mark the others open.</source>
        <translation>An einem Hindernis nach dem anderen arbeiten: die übrigen als offen markieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This day already has an intention.</source>
        <translation>Für diesen Tag gibt es bereits eine Intention.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This day already has a daily reflection.</source>
        <translation>Für diesen Tag gibt es bereits eine Tagesreflexion.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/report.py" line="+5"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/restore_dialog.py" line="-7"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the backup of {made} ({count})</source>
        <translation>die Sicherung vom {made} ({count})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sound</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../l2l_desktop/ui/settings_dialog.py" line="+139"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the backup to go back to. The database you use now is not deleted: it is kept beside it under a new name, and can be restored the same way.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Die Datenbank, die Sie jetzt verwenden, wird nicht gelöscht: Sie wird unter einem neuen Namen daneben aufbewahrt und lässt sich auf dieselbe Weise wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n backup, {size}.</source>
        <comment>%n backups, {size} in all.</comment>
        <translation>
            <numerusform>%Ln Sicherung, {size}.</numerusform>
            <numerusform>%Ln Sicherungen, insgesamt {size}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept: every backup of the last {hours} hours, then the newest of each of the last {days} days, {weeks} weeks and {months} months that have one; those made before an upgrade, always.</source>
        <translation>Aufbewahrt werden: alle Sicherungen der letzten {hours} Stunden, dann jeweils die neueste der letzten {days} Tage, {weeks} Wochen und {months} Monate (sofern vorhanden); vor einem Update erstellte immer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup is made each day you open the app, and when you quit.</source>
        <translation>Eine Sicherung wird an jedem Tag erstellt, an dem Sie die App öffnen, und beim Beenden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to {backup}? Records saved since then will not be shown, but they are not lost: the database you use now is kept beside it under a new name.</source>
        <translation>Zurück zu {backup}? Seitdem gespeicherte Einträge werden nicht angezeigt, gehen aber nicht verloren: Die Datenbank, die Sie jetzt verwenden, wird unter einem neuen Namen daneben aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/app.py" line="+226"/>
        <location filename="../../l2l_desktop/ui/restore_dialog.py" line="+13"/>
        <source>The backup was not restored: {e}</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: {e}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored {what}; the bad file is kept as {aside}.</source>
        <translation>Wiederhergestellt: {what}; die beschädigte Datei liegt weiter unter {aside}.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>process {pid}</source>
        <translation>Prozess {pid}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its process is not named in the lock file</source>
        <translation>die Sperrdatei nennt keinen Prozess</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{app} is already running with {folder} ({who}), but it does not answer. Close it, or end that process, and start again. Its lock file is {lock}.</source>
        <translation>{app} läuft bereits mit {folder} ({who}), antwortet aber nicht. Schließen Sie es oder beenden Sie diesen Prozess, und starten Sie dann neu. Die Sperrdatei ist {lock}.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/row_list.py" line="+116"/>
        <source>At most {n} here</source>
        <translation>Hier sind höchstens {n} möglich</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/rows.py" line="+119"/>
        <source>Remove this row (an emptied row is left out too)</source>
        <translation>Diese Zeile entfernen (eine geleerte Zeile wird ebenfalls weggelassen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this row</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Action</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One thing you will do today</source>
        <translation>Etwas, das Sie heute tun werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Element this action serves</source>
        <translation>Element, dem dieses Vorhaben dient</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <location filename="../../l2l_desktop/ui/tabs/gemba.py" line="-50"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Action done</source>
        <translation>Vorhaben erledigt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What you believed before going</source>
        <translation>Was Sie vorher angenommen haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you found</source>
        <translation>Was Sie festgestellt haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unclear</source>
        <translation>unklar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refuted</source>
        <translation>widerlegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fact seen</source>
        <translation>Beobachtete Tatsache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The fact you saw</source>
        <translation>Die Tatsache, die Sie beobachtet haben</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Talked with</source>
        <translation>Gesprochen mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom I talked with</source>
        <translation>Gesprächspartner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What I learned from their view</source>
        <translation>Was ich aus ihrer Sicht gelernt habe</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../l2l_desktop/ui/tabs/gemba.py" line="+48"/>
        <source>Follow-up</source>
        <translation>Folgeaufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What will be done</source>
        <translation>Was getan wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <location filename="../../l2l_desktop/ui/tabs/gemba.py" line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up done</source>
        <translation>Folgeaufgabe erledigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../l2l_desktop/ui/tabs/gemba.py" line="-2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>working on it</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overcome</source>
        <translation>überwunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Obstacle</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is in the way of the target</source>
        <translation>Was dem Ziel im Weg steht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the obstacle stands</source>
        <translation>Stand des Hindernisses</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/search_dialog.py" line="-90"/>
        <location filename="../../l2l_desktop/words.py" line="-2"/>
        <source>Gemba visit</source>
        <translation>Gemba-Besuch</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search every record: words, or parts of words</source>
        <translation>Alle Einträge durchsuchen: Wörter oder Wortteile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which records</source>
        <translation>Welche Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any element</source>
        <translation>Alle Elemente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first, instead of the best matches first</source>
        <translation>Neueste zuerst statt der besten Treffer zuerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+80"/>
        <source>Type to search your intentions, questions, visits, …</source>
        <translation>Tippen Sie, um zu suchen: Intentionen, Fragen, Besuche, …</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In:</source>
        <translation>In:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter or a double-click opens the record in its tab.</source>
        <translation>Die Eingabetaste oder ein Doppelklick öffnet den Eintrag in seinem Tab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing found for “{text}” in {kind}; “All records” looks everywhere.</source>
        <translation>Keine Treffer für „{text}“ unter „{kind}“; „Alle Einträge“ sucht überall.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The From day is after the To day: no day is in between.</source>
        <translation>Der Von-Tag liegt nach dem Bis-Tag: Dazwischen liegt kein Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found for “{text}” with these filters.</source>
        <translation>Keine Treffer für „{text}“ mit diesen Filtern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found for “{text}”.</source>
        <translation>Keine Treffer für „{text}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first {n} records found are shown; another word narrows it.</source>
        <translation>Die ersten {n} Treffer werden angezeigt; ein weiteres Wort grenzt die Suche ein.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>One record found.</source>
        <comment>%n records found.</comment>
        <translation>
            <numerusform>Ein Eintrag gefunden.</numerusform>
            <numerusform>%Ln Einträge gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/settings_dialog.py" line="-227"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your day</source>
        <translation>Ihr Tag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A &amp;day starts at</source>
        <translation>Ein &amp;Tag beginnt um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you write after midnight and before this hour counts for the day before: a late hansei still counts.</source>
        <translation>Was Sie nach Mitternacht, aber vor dieser Uhrzeit schreiben, zählt zum Vortag: So zählt auch ein spätes Hansei noch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Practice days…</source>
        <translation>&amp;Übungstage…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The weekdays each practice counts on; there are no reminders on the others, nor during rest periods.</source>
        <translation>Die Wochentage, an denen jede Übung zählt; an den übrigen Tagen gibt es keine Erinnerungen, ebenso wenig an freien Tagen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Morning intention</source>
        <translation>&amp;Morgen-Intention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the day&apos;s intention, with what yesterday carried over.</source>
        <translation>Die Intention für den Tag setzen, mit dem, was Sie von gestern mitnehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few seconds to check the moment against the day&apos;s intention; one click logs it.</source>
        <translation>Ein paar Sekunden, um den Moment an der Intention des Tages zu messen; ein Klick hält ihn fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evening hansei</source>
        <translation>&amp;Abend-Hansei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look back on the day: what went well, what did not, what to adjust.</source>
        <translation>Auf den Tag zurückblicken: was gut lief, was nicht, was Sie anders machen wollen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Weekly review on</source>
        <translation>&amp;Wochenrückblick am</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly review: day</source>
        <translation>Wochenrückblick: Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each reminder comes once, only while its practice is still undone that day; snooze it, or say not today.</source>
        <translation>Jede Erinnerung kommt einmal und nur, solange die zugehörige Übung an dem Tag noch aussteht; wählen Sie „Später erinnern“ oder „Heute nicht“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System notifications are unavailable here: {why}. Reminders show at the top of the window.</source>
        <translation>Systembenachrichtigungen sind hier nicht verfügbar: {why}. Erinnerungen erscheinen oben im Fenster.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Intention &amp;pauses at</source>
        <translation>Intentions&amp;pausen um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example 11:00, 15:00</source>
        <translation>zum Beispiel 11:00, 15:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times of the intention pauses</source>
        <translation>Uhrzeiten der Intentionspausen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intention pauses e&amp;very</source>
        <translation>Intentionspausen a&amp;lle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working hours: start</source>
        <translation>Arbeitszeit: Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours: end</source>
        <translation>Arbeitszeit: Ende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No intention pauses</source>
        <translation>Keine Intentionspausen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>As the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follows the system&apos;s light or dark look unless you choose one; the charts follow too.</source>
        <translation>Folgt dem hellen oder dunklen Erscheinungsbild des Systems, sofern Sie keines wählen; die Diagramme folgen ebenfalls.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used from the next start.</source>
        <translation>Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Closing the window keeps the app in the tray</source>
        <translation>S&amp;chließen des Fensters behält die App im Infobereich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders keep coming, and the tray&apos;s menu logs a pause, a question or a tell.</source>
        <translation>Erinnerungen kommen weiterhin, und über das Menü im Infobereich erfassen Sie eine Pause, eine Frage oder eine Ansage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desktop has no system tray, so closing the window quits the app.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich; das Schließen des Fensters beendet daher die App.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;minimised</source>
        <translation>Mi&amp;nimiert starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start when I lo&amp;g in</source>
        <translation>Beim Anmel&amp;den starten</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/login_start.py" line="+38"/>
        <location filename="../../l2l_desktop/ui/settings_dialog.py" line="+5"/>
        <source>Opens with your desktop session, so the morning reminder finds you.</source>
        <translation>Öffnet sich mit Ihrer Desktop-Sitzung, damit die Morgen-Erinnerung Sie erreicht.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/settings_dialog.py" line="+2"/>
        <source>Not for demo data: it is deleted when you quit.</source>
        <translation>Nicht bei Beispieldaten: Diese werden beim Beenden gelöscht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 years</source>
        <translation>3 Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 years</source>
        <translation>10 Jahre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep backups for</source>
        <translation>Sicherungen &amp;behalten für</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every backup of the last day, then one a day for two weeks, one a week for two months, one a month for this long. A backup made before an upgrade is always kept.</source>
        <translation>Jede Sicherung des letzten Tages, dann eine pro Tag für zwei Wochen, eine pro Woche für zwei Monate und eine pro Monat für diese Dauer. Eine vor einem Update angelegte Sicherung bleibt immer erhalten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Working hours end after they start.</source>
        <translation>Das Ende der Arbeitszeit muss nach ihrem Beginn liegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text!r} is not a time: write times as 11:00, 15:30.</source>
        <translation>{text!r} ist keine Uhrzeit: Schreiben Sie Uhrzeiten wie 11:00, 15:30.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write at least one time, or choose no pauses.</source>
        <translation>Geben Sie mindestens eine Uhrzeit an oder wählen Sie „Keine Intentionspausen“.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/login_start.py" line="-5"/>
        <source>Could not change the login entry: {e}</source>
        <translation>Der Autostart-Eintrag konnte nicht geändert werden: {e}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts with your desktop session ({path}).</source>
        <translation>Startet mit Ihrer Desktop-Sitzung ({path}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not ask the desktop to start it at login: {e}</source>
        <translation>Die Arbeitsumgebung konnte nicht gebeten werden, die App beim Anmelden zu starten: {e}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked the desktop; it may ask you to allow it.</source>
        <translation>Die Arbeitsumgebung wurde gefragt; sie bittet Sie womöglich um Erlaubnis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desktop did not allow it; your choice is kept for later.</source>
        <translation>Die Arbeitsumgebung hat es nicht erlaubt; Ihre Wahl bleibt für später gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desktop starts it with your session.</source>
        <translation>Die Arbeitsumgebung startet die App mit Ihrer Sitzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desktop no longer starts it with your session.</source>
        <translation>Die Arbeitsumgebung startet die App nicht mehr mit Ihrer Sitzung.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/settings_fields.py" line="+87"/>
        <source>{what}: time</source>
        <translation>{what}: Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/startup_error.py" line="-58"/>
        <source>{app} cannot start</source>
        <translation>{app} kann nicht starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} cannot start.</source>
        <translation>{app} kann nicht starten.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{app}: database problem</source>
        <translation>{app}: Problem mit der Datenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{app} cannot open its database just now.</source>
        <translation>{app} kann die Datenbank gerade nicht öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again once that is put right. Or open another database file, or quit.</source>
        <translation>Versuchen Sie es erneut, sobald das behoben ist. Oder öffnen Sie eine andere Datenbankdatei oder beenden Sie das Programm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>{app} found a problem with its database.</source>
        <translation>{app} hat ein Problem mit der Datenbank festgestellt.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>You can go back to {backup}; the file found now is kept beside it under a new name. Or open another database file, or quit.</source>
        <translation>Sie können zurückkehren zu: {backup}. Die jetzt gefundene Datei bleibt unter neuem Namen daneben erhalten. Oder öffnen Sie eine andere Datenbankdatei oder beenden Sie das Programm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no sound backup to go back to. Open another database file, or quit.</source>
        <translation>Es gibt keine intakte Sicherung, zu der Sie zurückkehren können. Öffnen Sie eine andere Datenbankdatei oder beenden Sie das Programm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open another file…</source>
        <translation>&amp;Andere Datei öffnen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open a database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2L Desktop database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Datenbank von L2L Desktop (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/words.py" line="-3"/>
        <source>Intention set</source>
        <translation>Intention gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question asked</source>
        <translation>Frage gestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily reflection</source>
        <translation>Tagesreflexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any practice</source>
        <translation>Beliebige Übung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength rises a little on each practice day you do it and sinks a little on each one you miss, so a missed day lowers it but never wipes it out, and days off leave it unchanged (it halves after about 13 missed practice days).</source>
        <translation>Die Stärke steigt an jedem Übungstag, an dem Sie die Übung machen, ein wenig und sinkt an jedem verpassten ein wenig: Ein verpasster Tag senkt sie also, löscht sie aber nie aus, und freie Tage lassen sie unverändert (nach etwa 13 verpassten Übungstagen halbiert sie sich).</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/report_text.py" line="-8"/>
        <source>Made with L2L Desktop, inspired by the Leading to Learn framework; not affiliated with or endorsed by its authors.</source>
        <translation>Erstellt mit L2L Desktop, inspiriert vom Framework „Leading to Learn“; nicht mit dessen Autoren verbunden und nicht von ihnen empfohlen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../l2l_desktop/ui/style.py" line="+7"/>
        <source>{done} of %n week</source>
        <comment>{done} of %n weeks</comment>
        <translation>
            <numerusform>{done} von %Ln Woche</numerusform>
            <numerusform>{done} von %Ln Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{done} of %n day</source>
        <comment>{done} of %n days</comment>
        <translation>
            <numerusform>{done} von %Ln Tag</numerusform>
            <numerusform>{done} von %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n}%</source>
        <translation>{n}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/report_text.py" line="+33"/>
        <source>not started yet</source>
        <translation>noch nicht begonnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../l2l_desktop/ui/tabs/trends.py" line="-92"/>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longest</source>
        <translation>Längste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done in range</source>
        <translation>Erledigt im Zeitraum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Balance index over the whole range: {n} (100 = even).</source>
        <translation>Balance-Index über den ganzen Zeitraum: {n} (100 = ausgeglichen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../l2l_desktop/ui/style.py" line="+58"/>
        <source>Set direction</source>
        <translation>Richtung geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/style.py" line="+1"/>
        <source>Provide support</source>
        <translation>Unterstützung geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/style.py" line="+1"/>
        <source>Develop yourself</source>
        <translation>Sich selbst entwickeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n rated day; mean rating {m} of 5.</source>
        <comment>%n rated days; mean rating {m} of 5.</comment>
        <translation>
            <numerusform>%Ln bewerteter Tag; mittlere Bewertung {m} von 5.</numerusform>
            <numerusform>%Ln bewertete Tage; mittlere Bewertung {m} von 5.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rated days in this range.</source>
        <translation>In diesem Zeitraum keine bewerteten Tage.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{open} open ({overdue} overdue), {closed} closed; closure rate {rate}; median {median} to close.</source>
        <translation>{open} offen ({overdue} überfällig), {closed} erledigt; Erledigungsquote {rate}; im Median {median} bis zum Abschluss.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gemba follow-ups</source>
        <translation>Gemba-Folgeaufgaben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No weeks in this range.</source>
        <translation>Keine Wochen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} people supported a week on average.</source>
        <translation>Im Schnitt {n} unterstützte Personen pro Woche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody on the team yet: add the people you support in the People tab.</source>
        <translation>Noch niemand im Team: Fügen Sie die Menschen, die Sie unterstützen, im Reiter Personen hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{seen} of {active} on the team seen in the last two weeks ({share}).</source>
        <translation>{seen} von {active} im Team in den letzten zwei Wochen gesehen ({share}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No coaching step judged in this range.</source>
        <translation>In diesem Zeitraum wurde kein Coaching-Schritt bewertet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{right} of {judged} coaching steps went as expected ({share}).</source>
        <translation>{right} von {judged} Coaching-Schritten liefen wie erwartet ({share}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rated {n}/5</source>
        <translation>bewertet mit {n}/5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Went well</source>
        <translation>Lief gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not go well</source>
        <translation>Lief nicht gut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reflections in this range.</source>
        <translation>In diesem Zeitraum keine Reflexionen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-review, {first} to {last}</source>
        <translation>Selbstrückblick, {first} bis {last}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This week in figures ({first} to {last}):</source>
        <translation>Diese Woche in Zahlen ({first} bis {last}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>- {practice}: {done}, strength {s}</source>
        <translation>- {practice}: {done}, Stärke {s}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>- Questions: %n asked ({share} open)</source>
        <comment>- Questions: %n asked ({share} open)</comment>
        <translation>
            <numerusform>- Fragen: %Ln gestellt ({share} offen)</numerusform>
            <numerusform>- Fragen: %Ln gestellt ({share} offen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>- Questions: none asked</source>
        <translation>- Fragen: keine gestellt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>told instead of asking %n time</source>
        <comment>told instead of asking %n times</comment>
        <translation>
            <numerusform>%Ln-mal gesagt statt gefragt</numerusform>
            <numerusform>%Ln-mal gesagt statt gefragt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>- Balance {index} (direction {d}, support {s}, yourself {x})</source>
        <translation>- Balance {index} (Richtung {d}, Unterstützung {s}, Selbstentwicklung {x})</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>- Alignment: mean {m} over %n day</source>
        <comment>- Alignment: mean {m} over %n days</comment>
        <translation>
            <numerusform>- Einklang: Mittel {m} über %Ln Tag</numerusform>
            <numerusform>- Einklang: Mittel {m} über %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/gemba.py" line="-47"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new gemba visit</source>
        <translation>Neuer Gemba-Besuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing the gemba visit of {day}</source>
        <translation>Gemba-Besuch vom {day} bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete gemba visit</source>
        <translation>Gemba-Besuch löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the gemba visit of {day}. Ctrl+Z brings it back.</source>
        <translation>Gemba-Besuch vom {day} gelöscht. Strg+Z stellt ihn wieder her.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/pages.py" line="+23"/>
        <location filename="../../l2l_desktop/ui/tabs/gemba.py" line="+4"/>
        <source>Gemba</source>
        <translation>Gemba</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/gemba.py" line="+1"/>
        <source>Go and see where the work happens, with a purpose decided before you go.</source>
        <translation>Dorthin gehen, wo die Arbeit geschieht, und hinsehen, mit einem vorher festgelegten Zweck.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gemba visits yet</source>
        <translation>Noch keine Gemba-Besuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A visit starts with where you go and why. Plan one on the right; what you observed, the assumptions you checked and the follow-ups are kept here.</source>
        <translation>Ein Besuch beginnt damit, wohin Sie gehen und warum. Planen Sie rechts einen; Ihre Beobachtungen, die geprüften Annahmen und die Folgeaufgaben werden hier festgehalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+69"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+69"/>
        <location filename="../../l2l_desktop/ui/tabs/people.py" line="+142"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Filter by place, purpose or observation</source>
        <translation>Nach Ort, Zweck oder Beobachtung filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter visits</source>
        <translation>Besuche filtern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open follow-ups</source>
        <translation>Offene Folgeaufgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the selected follow-up done today</source>
        <translation>Die ausgewählte Folgeaufgabe als heute erledigt abhaken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No open follow-ups. What you agree to follow up on a visit is listed here until it is done.</source>
        <translation>Keine offenen Folgeaufgaben. Was Sie bei einem Besuch als Folgeaufgabe vereinbaren, steht hier, bis es erledigt ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Day of the visit</source>
        <translation>Tag des Besuchs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place or process, e.g. Line 2 changeover</source>
        <translation>Der Ort oder Prozess, z. B. Umrüstung Linie 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you want to see, check or learn?</source>
        <translation>Was möchten Sie sehen, prüfen oder lernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit status</source>
        <translation>Status des Besuchs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>What I observed</source>
        <translation>Was ich beobachtet habe</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Against the standard or the target</source>
        <translation>Im Vergleich zum Standard oder zum Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an assumption</source>
        <translation>Annahme hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a conversation</source>
        <translation>Gespräch hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Care and support</source>
        <translation>Fürsorge und Unterstützung</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>How I showed care or offered help</source>
        <translation>Wie ich Anteilnahme gezeigt oder Hilfe angeboten habe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a follow-up</source>
        <translation>Folgeaufgabe hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Follow-ups</source>
        <translation>Folgeaufgaben</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Decide it before you go.</source>
        <translation>Vor dem Besuch festlegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assumptions checked</source>
        <translation>Geprüfte Annahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People I talked with</source>
        <translation>Personen, mit denen ich gesprochen habe</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/coaching.py" line="-112"/>
        <source>Not judged</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As expected</source>
        <translation>Wie erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not as expected</source>
        <translation>Anders als erwartet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A new coaching session</source>
        <translation>Ein neues Coaching-Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing the coaching session of {day}</source>
        <translation>Coaching-Gespräch vom {day} bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete coaching session</source>
        <translation>Coaching-Gespräch löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the coaching session of {day}. Ctrl+Z brings it back.</source>
        <translation>Coaching-Gespräch vom {day} gelöscht. Strg+Z holt es zurück.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/pages.py" line="+3"/>
        <location filename="../../l2l_desktop/ui/tabs/coaching.py" line="+5"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/coaching.py" line="+1"/>
        <source>Coach a learner toward a target, one step and one obstacle at a time.</source>
        <translation>Einen Coachee zum Ziel begleiten, Schritt für Schritt und Hindernis für Hindernis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No coaching sessions yet</source>
        <translation>Noch keine Coaching-Gespräche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a learner on the right and agree the target with them. The next session with them starts from this one.</source>
        <translation>Wählen Sie rechts einen Coachee und vereinbaren Sie gemeinsam das Ziel. Das nächste Gespräch mit dieser Person setzt hier an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <location line="+30"/>
        <source>Learner</source>
        <translation>Coachee</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Filter by learner, target, step or learning</source>
        <translation>Nach Coachee, Ziel, Schritt oder Erkenntnis filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter coaching sessions</source>
        <translation>Coaching-Gespräche filtern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The learner&apos;s story so far, from every session</source>
        <translation>Der bisherige Weg des Coachees, aus allen Gesprächen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Day of the session</source>
        <translation>Tag des Gesprächs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whom you coach</source>
        <translation>Wen Sie coachen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The longer-term aim the target serves</source>
        <translation>Das längerfristige Ziel, dem der Zielzustand dient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the learner wants to be next</source>
        <translation>Wo der Coachee als Nächstes hinwill</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current condition</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the learner sees today, in facts and figures</source>
        <translation>Was der Coachee heute sieht, in Fakten und Zahlen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Where things stand now</source>
        <translation>Wo es jetzt steht</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Add an obstacle</source>
        <translation>Hindernis hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The step taken since the last session</source>
        <translation>Der Schritt seit dem letzten Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>What they expected</source>
        <translation>Was erwartet wurde</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The result they expected</source>
        <translation>Das erwartete Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they saw when they tried it</source>
        <translation>Was sich beim Ausprobieren zeigte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did the step go as expected?</source>
        <translation>Lief der Schritt wie erwartet?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>What was learned</source>
        <translation>Was gelernt wurde</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>What the step taught</source>
        <translation>Was der Schritt gezeigt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one thing they will try next</source>
        <translation>Das Eine, das als Nächstes ausprobiert wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected result</source>
        <translation>Erwartetes Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they expect it to do</source>
        <translation>Was davon erwartet wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>When to go and see</source>
        <translation>Wann hingehen und nachsehen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Challenge (optional)</source>
        <translation>Herausforderung (optional)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Work on one at a time.</source>
        <translation>Immer nur an einem arbeiten.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The last step taken</source>
        <translation>Der letzte Schritt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Did it go as expected?</source>
        <translation>Lief es wie erwartet?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its expected result</source>
        <translation>Sein erwartetes Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../l2l_desktop/ui/tabs/gemba.py" line="+3"/>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The first session with {name}: agree the target condition together.</source>
        <translation>Das erste Gespräch mit {name}: Vereinbaren Sie gemeinsam den Zielzustand.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started from the session of {day}: the target, the obstacles and its next step are carried forward. Write what happened beside what was expected.</source>
        <translation>Aus dem Gespräch vom {day} übernommen: Ziel, Hindernisse und der nächste Schritt. Schreiben Sie neben das Erwartete, was geschah.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/gemba.py" line="+29"/>
        <source>&lt;b&gt;Open follow-ups, across all visits&lt;/b&gt; · {n} open, {late} overdue</source>
        <translation>&lt;b&gt;Offene Folgeaufgaben aller Besuche&lt;/b&gt; · {n} offen, {late} überfällig</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not marked done: its visit is planned for {day}; done from that day on.</source>
        <translation>Nicht als erledigt markiert: Der zugehörige Besuch ist für {day} geplant; erst ab diesem Tag lässt sie sich abhaken.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{day} · overdue</source>
        <translation>{day} · überfällig</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/pauses.py" line="+13"/>
        <location line="+1"/>
        <source>Pauses</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/trend_dialogs.py" line="+2"/>
        <location line="+15"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day&apos;s pauses</source>
        <translation>Pausen des Tages</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../l2l_desktop/ui/tabs/questions.py" line="+26"/>
        <source>Double-click to edit; Delete removes (Ctrl+Z undoes)</source>
        <translation>Doppelklick zum Bearbeiten; Entf löscht (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No pauses yet. A pause takes seconds: stop, recall the intention, carry on.</source>
        <translation>Noch keine Pausen. Eine Pause dauert nur Sekunden: innehalten, an die Intention denken, weitermachen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause now</source>
        <translation>Jetzt innehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log an intention pause (Ctrl+Shift+P)</source>
        <translation>Intentionspause erfassen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Pause logged.</source>
        <translation>Pause erfasst.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete pause</source>
        <translation>Pause löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the pause of {day}. Ctrl+Z brings it back.</source>
        <translation>Pause vom {day} gelöscht. Strg+Z stellt sie wieder her.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/rows.py" line="-15"/>
        <location filename="../../l2l_desktop/ui/tabs/questions.py" line="-147"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/questions.py" line="+1"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leading</source>
        <translation>suggestiv</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not a question yet</source>
        <translation>Noch keine Frage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could read as {kind}</source>
        <translation>Könnte {kind} wirken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reads as {kind}</source>
        <translation>Wirkt {kind}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try:</source>
        <translation>Versuchen Sie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To hear their view, try:</source>
        <translation>Um die Sicht Ihres Gegenübers zu hören, versuchen Sie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this wording</source>
        <translation>Diese Formulierung übernehmen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kind: {kind}</source>
        <translation>Art: {kind}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A new question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing the question of {day}</source>
        <translation>Frage vom {day} bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete question</source>
        <translation>Frage löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the question of {day}. Ctrl+Z brings it back.</source>
        <translation>Frage vom {day} gelöscht. Strg+Z stellt sie wieder her.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/pages.py" line="-4"/>
        <location filename="../../l2l_desktop/ui/report_text.py" line="-168"/>
        <location filename="../../l2l_desktop/ui/tabs/questions.py" line="+5"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/questions.py" line="-96"/>
        <source>Open</source>
        <comment>a question&apos;s kind</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>a question&apos;s kind</comment>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leading</source>
        <comment>a question&apos;s kind</comment>
        <translation>Suggestiv</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Ask instead of tell. Log a question; the hint says how it reads.</source>
        <translation>Fragen statt sagen. Erfassen Sie eine Frage; der Hinweis zeigt, wie sie wirkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No questions logged yet</source>
        <translation>Noch keine Fragen erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each question you ask instead of telling is a small act of support. Log one on the right; the list of what you asked grows here.</source>
        <translation>Jede Frage, die Sie stellen, statt etwas anzusagen, ist ein kleiner Akt der Unterstützung. Erfassen Sie rechts eine; hier wächst die Liste Ihrer Fragen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+98"/>
        <location filename="../../l2l_desktop/ui/tabs/reflection.py" line="+146"/>
        <location line="+40"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+99"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>With</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show questions of kind</source>
        <translation>Fragen nach Art anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/tabs/reflection.py" line="-31"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From day</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To day</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (inclusive)</source>
        <translation>Von (einschließlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (inclusive)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by text</source>
        <translation>Nach Text filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter questions</source>
        <translation>Fragen filtern</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/storyboard.py" line="-9"/>
        <source>as expected</source>
        <translation>wie erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not as expected</source>
        <translation>anders als erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working on</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overcome</source>
        <translation>Überwunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No steps tried yet: the next session records the first.</source>
        <translation>Noch keine Schritte ausprobiert: Das nächste Gespräch hält den ersten fest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/tabs/coaching.py" line="-182"/>
        <location line="+31"/>
        <location filename="../../l2l_desktop/ui/tabs/questions.py" line="+14"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+66"/>
        <source>Storyboard of {name}</source>
        <translation>Storyboard von {name}</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>No coaching sessions with them yet.</source>
        <translation>Noch keine Coaching-Gespräche mit dieser Person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{right} of {judged} steps went as expected ({share}).</source>
        <translation>{right} von {judged} Schritten liefen wie erwartet ({share}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No step judged yet.</source>
        <translation>Noch kein Schritt bewertet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expected: {result}</source>
        <translation>Erwartet: {result}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not agreed yet: the latest session has no next step.</source>
        <translation>Noch nicht vereinbart: Das letzte Gespräch hat keinen nächsten Schritt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go and see on {day}.</source>
        <translation>Am {day} hingehen und nachsehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session</source>
        <comment>%n sessions</comment>
        <translation>
            <numerusform>%Ln Gespräch</numerusform>
            <numerusform>%Ln Gespräche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../l2l_desktop/ui/tabs/coaching.py" line="-39"/>
        <source>Challenge</source>
        <translation>Herausforderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/tabs/coaching.py" line="+1"/>
        <location line="+29"/>
        <source>Target condition</source>
        <translation>Zielzustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current condition, over time</source>
        <translation>Ist-Zustand im Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps tried</source>
        <translation>Ausprobierte Schritte</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/questions.py" line="+1"/>
        <source>Whom</source>
        <translation>Angesprochen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Told instead of asking…</source>
        <translation>Gesagt statt gefragt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a moment you told instead of asking (Ctrl+Shift+T)</source>
        <translation>Einen Moment erfassen, in dem Sie gesagt statt gefragt haben (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>the selected tell</comment>
        <translation>Ansage löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing logged yet. When you catch yourself telling instead of asking, log it here: noticing it is the first step.</source>
        <translation>Noch nichts erfasst. Wenn Sie sich dabei ertappen, etwas anzusagen statt zu fragen, erfassen Sie es hier: Es zu bemerken ist der erste Schritt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The question as you asked it</source>
        <translation>Die Frage, wie Sie sie gestellt haben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How the question reads</source>
        <translation>Wie die Frage wirkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day asked</source>
        <translation>Tag der Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where, or in which meeting</source>
        <translation>Wo oder in welcher Besprechung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <location filename="../../l2l_desktop/ui/tabs/reflection.py" line="+25"/>
        <location line="+11"/>
        <source>What I learned</source>
        <translation>Was ich gelernt habe</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Question bank…</source>
        <translation>Fragensammlung…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With whom (optional)</source>
        <translation>Mit wem (optional)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&lt;b&gt;Told instead of asking&lt;/b&gt; · {n} in the last 7 days</source>
        <translation>&lt;b&gt;Gesagt statt gefragt&lt;/b&gt; · {n} in den letzten 7 Tagen</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Logged: told instead of asking.</source>
        <translation>Erfasst: gesagt statt gefragt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the moment you told</source>
        <translation>Ansage löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the moment you told instead of asking, on {day}. Ctrl+Z brings it back.</source>
        <translation>Ansage vom {day} (gesagt statt gefragt) gelöscht. Strg+Z stellt sie wieder her.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/reflection.py" line="-160"/>
        <source>Rating {n} of 5</source>
        <translation>Bewertung {n} von 5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 far off · 5 just as meant</source>
        <translation>1 weit daneben · 5 genau wie gewollt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No intention was written for this day.</source>
        <translation>Für diesen Tag wurde keine Intention festgehalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done: {action}</source>
        <translation>Erledigt: {action}</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/pages.py" line="+2"/>
        <location filename="../../l2l_desktop/ui/search_dialog.py" line="-203"/>
        <location filename="../../l2l_desktop/ui/tabs/reflection.py" line="+36"/>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/report_text.py" line="-91"/>
        <location filename="../../l2l_desktop/ui/tabs/reflection.py" line="-131"/>
        <source>Daily reflection (hansei)</source>
        <translation>Tagesreflexion (Hansei)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../l2l_desktop/ui/tabs/reflection.py" line="+2"/>
        <source>After an event</source>
        <translation>Nach einem Ereignis</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/reflection.py" line="+4"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/people.py" line="-90"/>
        <location filename="../../l2l_desktop/ui/tabs/reflection.py" line="+1"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fortnightly</source>
        <translation>alle 2 Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every 4 weeks</source>
        <translation>alle 4 Wochen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n day</source>
        <comment>every %n days</comment>
        <translation>
            <numerusform>alle %Ln Tage</numerusform>
            <numerusform>alle %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>● not seen yet</source>
        <translation>● noch nicht gesehen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>● not seen for %n week</source>
        <comment>● not seen for %n weeks</comment>
        <translation>
            <numerusform>● seit %Ln Woche nicht gesehen</numerusform>
            <numerusform>● seit %Ln Wochen nicht gesehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>● not seen for %n day</source>
        <comment>● not seen for %n days</comment>
        <translation>
            <numerusform>● seit %Ln Tag nicht gesehen</numerusform>
            <numerusform>● seit %Ln Tagen nicht gesehen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+62"/>
        <location line="+56"/>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>No cadence</source>
        <translation>Kein Rhythmus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortnightly</source>
        <translation>Alle 2 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 4 weeks</source>
        <translation>Alle 4 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every … days</source>
        <translation>Alle … Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadence in days</source>
        <translation>Rhythmus in Tagen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Someone new on the team</source>
        <translation>Eine neue Person im Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/pages.py" line="+1"/>
        <location filename="../../l2l_desktop/ui/tabs/people.py" line="+4"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/people.py" line="+1"/>
        <source>Whom you support, when you last saw them, and who is past your cadence.</source>
        <translation>Wen Sie unterstützen, wann Sie die Person zuletzt gesehen haben und wer über Ihrem Rhythmus liegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No people yet</source>
        <translation>Noch keine Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the people you support on the right, or name someone in a question, a tell or a gemba conversation. Each is listed with when you last saw them.</source>
        <translation>Legen Sie rechts die Personen an, die Sie unterstützen, oder nennen Sie jemanden in einer Frage, bei „Gesagt statt gefragt“ oder in einem Gemba-Gespräch. Jede Person steht hier mit dem Tag, an dem Sie sie zuletzt gesehen haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+57"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+57"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by name or role</source>
        <translation>Nach Name oder Rolle filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list the people who left the team</source>
        <translation>Auch die Personen zeigen, die das Team verlassen haben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merge into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same person under two names: move every record to one of them</source>
        <translation>Dieselbe Person unter zwei Namen: alle Einträge zu einem der beiden verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget…</source>
        <translation>Vergessen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove their name and notes from every record, for good (asks first)</source>
        <translation>Name und Notizen aus allen Einträgen entfernen, endgültig (fragt vorher)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Their name, as you write it in your records</source>
        <translation>Der Name, wie Sie ihn in Ihren Einträgen schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Team lead, night shift</source>
        <translation>z. B. Teamleitung, Nachtschicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only for you: what matters to them, what to ask</source>
        <translation>Nur für Sie: was der Person wichtig ist, was Sie fragen möchten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How often you want to see them.</source>
        <translation>Wie oft Sie die Person sehen möchten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A removed person: forgotten, their records kept</source>
        <translation>Eine entfernte Person: vergessen, ihre Einträge bleiben</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unarchive</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back on the team: listed again</source>
        <translation>Wieder im Team: wird wieder aufgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left the team: hidden from the list, kept in your records</source>
        <translation>Hat das Team verlassen: nicht mehr in der Liste, in Ihren Einträgen erhalten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Archived {name}: hidden from the list, kept in your records.</source>
        <translation>{name} archiviert: nicht mehr in der Liste, in Ihren Einträgen erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is back on the team.</source>
        <translation>{name} ist wieder im Team.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/reflection.py" line="+1"/>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How well did the week match my intentions?</source>
        <translation>Wie gut passte die Woche zu meinen Intentionen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How well did it go?</source>
        <translation>Wie gut lief es?</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>A new reflection</source>
        <translation>Neue Reflexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing the reflection of {day}</source>
        <translation>Reflexion vom {day} bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete reflection</source>
        <translation>Reflexion löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the reflection of {day}. Ctrl+Z brings it back.</source>
        <translation>Reflexion vom {day} gelöscht. Strg+Z stellt sie wieder her.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hansei: an honest look back at what happened, what worked, what you learned, and what you will adjust next.</source>
        <translation>Hansei: ein ehrlicher Blick zurück auf das, was geschehen ist, was funktioniert hat, was Sie gelernt haben und was Sie nächstes Mal anders machen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reflections yet</source>
        <translation>Noch keine Reflexionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few honest minutes in the evening start the next round of learning. Write today&apos;s on the right; what you plan to adjust shows up tomorrow morning.</source>
        <translation>Ein paar ehrliche Minuten am Abend leiten die nächste Lernrunde ein. Schreiben Sie die heutige rechts; was Sie anders machen wollen, erscheint morgen früh.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/report_text.py" line="+167"/>
        <location filename="../../l2l_desktop/ui/storyboard.py" line="-62"/>
        <location filename="../../l2l_desktop/ui/tabs/reflection.py" line="+1"/>
        <source>Learned</source>
        <translation>Gelernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../l2l_desktop/ui/tabs/reflection.py" line="+1"/>
        <source>Adjust next</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/reflection.py" line="+5"/>
        <source>Show reflections of kind</source>
        <translation>Reflexionen nach Art anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by any text</source>
        <translation>Nach beliebigem Text filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter reflections</source>
        <translation>Reflexionen filtern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Day reflected on</source>
        <translation>Reflektierter Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of reflection</source>
        <translation>Art der Reflexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>What did not go well</source>
        <translation>Was nicht gut lief</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>What I will adjust next</source>
        <translation>Was ich nächstes Mal anders mache</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Shown on tomorrow&apos;s Today tab</source>
        <translation>Erscheint morgen im Tab „Heute“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which planned actions happened?</source>
        <translation>Welche geplanten Vorhaben wurden umgesetzt?</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>How well did the day match my intention?</source>
        <translation>Wie gut passte der Tag zu meiner Intention?</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>This week&apos;s review</source>
        <translation>Rückblick auf diese Woche</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/pages.py" line="-4"/>
        <location filename="../../l2l_desktop/ui/tabs/today.py" line="-297"/>
        <location line="+48"/>
        <location line="+105"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/today.py" line="-110"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorheriger Tag (Alt+Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next day (Alt+Right)</source>
        <translation>Nächster Tag (Alt+Rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to today (Alt+Home)</source>
        <translation>Zurück zu heute (Alt+Pos1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day shown</source>
        <translation>Angezeigter Tag</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Another question</source>
        <translation>Andere Frage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Carried over</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question to practise</source>
        <translation>Frage zum Üben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why it matters to me</source>
        <translation>Warum es mir wichtig ist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The purpose behind today</source>
        <translation>Worum es heute im Kern geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The impact I want</source>
        <translation>Die Wirkung, die ich erzielen will</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The outcome I am aiming for</source>
        <translation>Das Ergebnis, das ich anstrebe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an action</source>
        <translation>Vorhaben hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Actions</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+172"/>
        <source>Save intention</source>
        <translation>Intention speichern</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Each day here serves three elements of leading: set direction, provide support, develop yourself. Start with why today matters to you and the impact you want, then one to three actions, each for one element. Ctrl+S saves.</source>
        <translation>&lt;b&gt;Willkommen.&lt;/b&gt; Jeder Tag hier dient drei Elementen der Führung: Richtung geben, Unterstützung geben, sich selbst entwickeln. Beginnen Sie damit, warum Ihnen der heutige Tag wichtig ist und welche Wirkung Sie erzielen wollen; dann folgen ein bis drei Vorhaben, jeweils für ein Element. Strg+S speichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why it matters (heart)</source>
        <translation>Warum es wichtig ist (Herz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The impact I want (direction)</source>
        <translation>Die Wirkung, die ich will (Richtung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One to three, each for an element.</source>
        <translation>Ein bis drei, jeweils für ein Element.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/search_dialog.py" line="-5"/>
        <location filename="../../l2l_desktop/ui/tabs/today.py" line="+6"/>
        <source>Intention</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/today.py" line="+28"/>
        <source>Not today: ‹ › change the day, Alt+Home goes back to today.</source>
        <translation>Nicht heute: ‹ › wechseln den Tag, Alt+Pos1 führt zurück zu heute.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show {day}</source>
        <translation>{day} anzeigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adjust today</source>
        <translation>Heute anders machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the reflection of {day}</source>
        <translation>aus der Reflexion vom {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due {day}</source>
        <translation>fällig am {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>and {n} more on the Gemba tab</source>
        <translation>und {n} weitere im Tab „Gemba“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gemba follow-ups due</source>
        <translation>Fällige Folgeaufgaben vom Gemba</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing carried over: a clean start.</source>
        <translation>Nichts übernommen: ein frischer Start.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The question bank is empty.</source>
        <translation>Die Fragensammlung ist leer.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Update intention</source>
        <translation>Intention aktualisieren</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Intention saved.</source>
        <translation>Intention gespeichert.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/trends.py" line="-171"/>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Question checker&lt;/b&gt;: no checked questions in this range yet.</source>
        <translation>&lt;b&gt;Fragenprüfer&lt;/b&gt;: in diesem Zeitraum noch keine geprüften Fragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Question checker&lt;/b&gt;: you kept its verdict on {agreed} of {total}</source>
        <translation>&lt;b&gt;Fragenprüfer&lt;/b&gt;: Sie sind seiner Einschätzung bei {agreed} von {total} gefolgt</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/person_page.py" line="-18"/>
        <source>Closed question</source>
        <translation>Geschlossene Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leading question</source>
        <translation>Suggestivfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open question</source>
        <translation>Offene Frage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gemba talk</source>
        <translation>Gemba-Gespräch</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../l2l_desktop/ui/search_dialog.py" line="+8"/>
        <source>Coaching session</source>
        <translation>Coaching-Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up they own</source>
        <translation>Folgeaufgabe der Person</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{place}: {text}</source>
        <translation>{place}: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target} · next: {step}</source>
        <translation>{target} · als Nächstes: {step}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location filename="../../l2l_desktop/ui/tabs/trends.py" line="+1"/>
        <source>%n question</source>
        <comment>%n questions</comment>
        <translation>
            <numerusform>%Ln Frage</numerusform>
            <numerusform>%Ln Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tell</source>
        <comment>%n tells</comment>
        <translation>
            <numerusform>%Ln Ansage</numerusform>
            <numerusform>%Ln Ansagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{questions} · {tells}</source>
        <translation>{questions} · {tells}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{questions}, {open} open ({share}) · {tells}</source>
        <translation>{questions}, davon {open} offen ({share}) · {tells}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{text} ({place})</source>
        <translation>{text} ({place})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} ({place}, due {day})</source>
        <translation>{text} ({place}, fällig am {day})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Questions and tells</source>
        <translation>Fragen und Ansagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or a double-click opens the record in its tab</source>
        <translation>Eingabe oder ein Doppelklick öffnet den Eintrag in seinem Reiter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coach…</source>
        <translation>Coachen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new coaching session with them, from the last one</source>
        <translation>Ein neues Coaching-Gespräch mit dieser Person, ab dem letzten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../l2l_desktop/ui/storyboard.py" line="+73"/>
        <location filename="../../l2l_desktop/ui/tabs/coaching.py" line="-48"/>
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their coaching story so far</source>
        <translation>Ihr bisheriger Coaching-Weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing names them yet.</source>
        <translation>Noch nennt kein Eintrag diese Person.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Everything that names {name}</source>
        <translation>Alles, was {name} nennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their open follow-ups:</source>
        <translation>Offene Folgeaufgaben der Person:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{figures} · no open follow-ups</source>
        <translation>{figures} · keine offenen Folgeaufgaben</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/trends.py" line="+4"/>
        <source>; most often you chose {chosen} where it read {suggested} ({times})</source>
        <translation>; am häufigsten haben Sie „{chosen}“ gewählt, wo er „{suggested}“ vermutete ({times})</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>once</source>
        <comment>%n times</comment>
        <translation>
            <numerusform>einmal</numerusform>
            <numerusform>%Ln-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>week</source>
        <comment>weeks</comment>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>day</source>
        <comment>days</comment>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not started yet: this week still counts</source>
        <translation>noch nicht begonnen: diese Woche zählt noch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not started yet: today still counts</source>
        <translation>noch nicht begonnen: heute zählt noch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strength &lt;b&gt;{s:.0f}&lt;/b&gt; / 100</source>
        <translation>Stärke &lt;b&gt;{s:.0f}&lt;/b&gt; / 100</translation>
    </message>
    <message numerus="yes">
        <location filename="../../l2l_desktop/ui/style.py" line="-75"/>
        <source>%n week</source>
        <comment>%n weeks</comment>
        <translation>
            <numerusform>%Ln Woche</numerusform>
            <numerusform>%Ln Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/trends.py" line="+6"/>
        <source>longest {n} · done {done} of {days}</source>
        <translation>längste Serie {n} · {days}, davon {done} erledigt</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/pages.py" line="+6"/>
        <location filename="../../l2l_desktop/ui/tabs/trends.py" line="+32"/>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tabs/trends.py" line="+1"/>
        <source>Your weekly self-review: which practices are becoming habits, and the balance.</source>
        <translation>Ihr wöchentlicher Blick auf sich selbst: welche Übungen zur Gewohnheit werden und wie es um die Balance steht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trends need a little history</source>
        <translation>Trends brauchen etwas Vorlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a few days of intentions, questions, gemba visits and reflections, this is where you see which practices are becoming habits.</source>
        <translation>Nach einigen Tagen mit Intentionen, Fragen, Gemba-Besuchen und Reflexionen sehen Sie hier, welche Übungen zur Gewohnheit werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Range shown</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weekly review…</source>
        <translation>Wochenrückblick…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days off…</source>
        <translation>Freie Tage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days off (rest, leave, sick): they never break a streak</source>
        <translation>Freie Tage (Erholung, Urlaub, Krankheit) unterbrechen nie eine Serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice days…</source>
        <translation>Übungstage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On which weekdays each practice counts</source>
        <translation>An welchen Wochentagen jede Übung zählt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&lt;b&gt;Gemba follow-ups&lt;/b&gt;: none agreed yet; they come from your gemba visits.</source>
        <translation>&lt;b&gt;Gemba-Folgeaufgaben&lt;/b&gt;: noch keine vereinbart; sie entstehen bei Ihren Gemba-Besuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Gemba follow-ups&lt;/b&gt;: {open} open ({overdue} overdue), {rate} closed, median {median} to close</source>
        <translation>&lt;b&gt;Gemba-Folgeaufgaben&lt;/b&gt;: {open} offen ({overdue} überfällig), {rate} erledigt, im Median {median} bis zum Abschluss</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Support&lt;/b&gt;: {sentences}</source>
        <translation>&lt;b&gt;Unterstützung&lt;/b&gt;: {sentences}</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+9"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chart could not be saved as {path}.</source>
        <translation>Das Diagramm konnte nicht als {path} gespeichert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart saved as {path}</source>
        <translation>Diagramm als {path} gespeichert</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/tray.py" line="-8"/>
        <source>&amp;Open {app}</source>
        <translation>{app} &amp;öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a &amp;pause…</source>
        <translation>&amp;Pause erfassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a &amp;question…</source>
        <translation>&amp;Frage erfassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a &amp;tell…</source>
        <translation>&amp;Ansage erfassen…</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/search_dialog.py" line="-2"/>
        <location filename="../../l2l_desktop/ui/trend_dialogs.py" line="-22"/>
        <source>Days off</source>
        <translation>Freie Tage</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/trend_dialogs.py" line="-15"/>
        <source>Rest</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick</source>
        <translation>Krankheit</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+12"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Rest periods</source>
        <translation>Freie Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day off</source>
        <translation>Erster freier Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day off</source>
        <translation>Letzter freier Tag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete selected</source>
        <translation>Ausgewählte löschen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Days off neither count toward a streak nor break it; strength stays as it was.</source>
        <translation>Freie Tage zählen weder für eine Serie, noch unterbrechen sie sie; die Stärke bleibt, wie sie war.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete days off</source>
        <translation>Freie Tage löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the days off. Ctrl+Z brings them back.</source>
        <translation>Freie Tage gelöscht. Strg+Z stellt sie wieder her.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Practice days</source>
        <translation>Übungstage</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Streaks and strength count only these days; the others never break a streak.</source>
        <translation>Serien und Stärke berücksichtigen nur diese Tage; die übrigen unterbrechen nie eine Serie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose at least one day for: {names}</source>
        <translation>Wählen Sie mindestens einen Tag für: {names}</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/undo.py" line="+39"/>
        <source>Mark follow-up done</source>
        <translation>Folgeaufgabe als erledigt markieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marked done: {text}. Ctrl+Z opens it again.</source>
        <translation>Als erledigt markiert: {text}. Strg+Z öffnet sie wieder.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Merge {gone} into {keep}</source>
        <translation>{gone} mit {keep} zusammenführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merged {gone} into {keep}. Ctrl+Z brings them back apart.</source>
        <translation>{gone} mit {keep} zusammengeführt. Strg+Z trennt die beiden wieder.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/checker_words.py" line="+14"/>
        <source>Starts with “{p}”: blame framing that puts the person on the defensive.</source>
        <translation>Beginnt mit „{p}“: sucht Schuld und drängt die Person in die Defensive.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts with “{p}”: it hunts for a culprit and puts people on the defensive.</source>
        <translation>Beginnt mit „{p}“: sucht einen Schuldigen und drängt Menschen in die Defensive.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts with “{p}”: it asks them to justify themselves, which puts them on the defensive.</source>
        <translation>Beginnt mit „{p}“: verlangt eine Rechtfertigung und drängt damit in die Defensive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts with “{p}”: a suggestion phrased as a question.</source>
        <translation>Beginnt mit „{p}“: ein Vorschlag in Frageform.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with “{p}”: a proposal phrased as a question.</source>
        <translation>Beginnt mit „{p}“: ein Angebot in Frageform.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with “{p}”: a solution offered as a question.</source>
        <translation>Beginnt mit „{p}“: eine Lösung in Frageform.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with “{p}”: it tells them what you think should happen.</source>
        <translation>Beginnt mit „{p}“: sagt, was Ihrer Meinung nach geschehen sollte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts with “{p}”: it asks them to agree with you.</source>
        <translation>Beginnt mit „{p}“: bittet um Zustimmung zu Ihrer Sicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with “{p}”: it offers your own diagnosis.</source>
        <translation>Beginnt mit „{p}“: bietet Ihre eigene Diagnose an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with “{p}”: it offers your own explanation.</source>
        <translation>Beginnt mit „{p}“: bietet Ihre eigene Erklärung an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with “{p}”: your own idea, offered as a question.</source>
        <translation>Beginnt mit „{p}“: Ihre eigene Idee, als Frage angeboten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with “{p}”: it asks them to agree with your idea.</source>
        <translation>Beginnt mit „{p}“: bittet um Zustimmung zu Ihrer Idee.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with “{p}”: your own idea, offered for their opinion.</source>
        <translation>Beginnt mit „{p}“: Ihre eigene Idee, zur Meinung vorgelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts with “{p}”, then offers your own answer.</source>
        <translation>Beginnt mit „{p}“ und liefert dann Ihre eigene Antwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends with “, {p}?”: a statement looking for agreement.</source>
        <translation>Endet mit „, {p}?“: eine Aussage, die Zustimmung sucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lone “{p}?” after a statement looks for agreement.</source>
        <translation>Ein einzelnes „{p}?“ nach einer Aussage sucht Zustimmung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with “{p}”: it signals the answer you expect.</source>
        <translation>Beginnt mit „{p}“: zeigt, welche Antwort Sie erwarten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with “{p}”: a negative question that signals the answer you expect.</source>
        <translation>Beginnt mit „{p}“: eine verneinte Frage, die zeigt, welche Antwort Sie erwarten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts with “{p}”: a polite request for a full answer, so it is open in effect.</source>
        <translation>Beginnt mit „{p}“: eine höfliche Bitte um eine ausführliche Antwort, also im Grunde offen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts with “{p}”: an invitation to answer in their own words.</source>
        <translation>Beginnt mit „{p}“: lädt ein, in eigenen Worten zu antworten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts with “{p}”: it invites ideas you can work on together.</source>
        <translation>Beginnt mit „{p}“: lädt zu Ideen ein, an denen Sie gemeinsam arbeiten können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts with “{p}”: it asks for one fact, so the answer is a word or a number.</source>
        <translation>Beginnt mit „{p}“: fragt nach einer einzelnen Tatsache, die Antwort ist ein Wort oder eine Zahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts with “{p}”: it asks for more than the first answer.</source>
        <translation>Beginnt mit „{p}“: fragt nach mehr als der ersten Antwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with “{p}”: it asks for their own view.</source>
        <translation>Beginnt mit „{p}“: fragt nach der eigenen Sicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with “{p}”: it can be answered with a yes or no.</source>
        <translation>Beginnt mit „{p}“: lässt sich mit Ja oder Nein beantworten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers a choice between your own ideas, so it steers the answer.</source>
        <translation>Bietet eine Wahl zwischen Ihren eigenen Ideen und lenkt so die Antwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offers a fixed choice, so the answer is one of the options named.</source>
        <translation>Bietet eine feste Auswahl, die Antwort ist eine der genannten Möglichkeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts with “{p}”: it invites a full answer.</source>
        <translation>Beginnt mit „{p}“: lädt zu einer ausführlichen Antwort ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with “{p}”: it asks them to explain.</source>
        <translation>Beginnt mit „{p}“: bittet um eine Erklärung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with “{p}” about the situation: it looks for causes, not culprits.</source>
        <translation>Beginnt mit „{p}“ und fragt nach der Lage: sucht Ursachen, keine Schuldigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts with “{p}”: it asks for specifics in their own words.</source>
        <translation>Beginnt mit „{p}“: fragt nach Einzelheiten in eigenen Worten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{p}” proposes one course of action.</source>
        <translation>„{p}“ schlägt einen bestimmten Weg vor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads as a statement with a question mark, so it asks for a yes or no.</source>
        <translation>Wirkt wie eine Aussage mit Fragezeichen und fragt damit nach Ja oder Nein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not read as a question; an open question invites more than a yes or no.</source>
        <translation>Wirkt nicht wie eine Frage; eine offene Frage lädt zu mehr ein als Ja oder Nein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The question checker reads English questions only: choose the kind yourself.</source>
        <translation>Der Fragenprüfer liest nur englische Fragen: Wählen Sie die Art selbst.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/words.py" line="+9"/>
        <source>The disk is full, so nothing was saved. Free some space and save again; your text is still in the form.</source>
        <translation>Der Datenträger ist voll, daher wurde nichts gespeichert. Schaffen Sie Platz und speichern Sie erneut; Ihr Text steht noch im Formular.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data folder is read-only, so nothing was saved. Check its permissions and save again; your text is still in the form.</source>
        <translation>Der Datenordner ist schreibgeschützt, daher wurde nichts gespeichert. Prüfen Sie seine Berechtigungen und speichern Sie erneut; Ihr Text steht noch im Formular.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is busy (locked by another program), so nothing was saved. Try again in a moment; your text is still in the form.</source>
        <translation>Die Datenbank ist belegt (von einem anderen Programm gesperrt), daher wurde nichts gespeichert. Versuchen Sie es gleich noch einmal; Ihr Text steht noch im Formular.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk reported an error, so nothing was saved. Your text is still in the form; check the disk and save again.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet, daher wurde nichts gespeichert. Ihr Text steht noch im Formular; prüfen Sie den Datenträger und speichern Sie erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full ({kib} KiB free)</source>
        <translation>der Datenträger ist voll ({kib} KiB frei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reported an error</source>
        <translation>der Datenträger hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file beside it cannot be made (is the disk full?)</source>
        <translation>daneben kann keine Datei angelegt werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another program holds it locked</source>
        <translation>ein anderes Programm hält sie gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its folder cannot be written</source>
        <translation>in ihren Ordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its permissions do not allow it</source>
        <translation>ihre Berechtigungen erlauben es nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the computer is out of memory</source>
        <translation>der Arbeitsspeicher des Computers ist erschöpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its disk is read-only</source>
        <translation>ihr Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder {folder} is read-only, and {wal} holds changes SQLite cannot read without writing there</source>
        <translation>der Ordner {folder} ist schreibgeschützt, und {wal} enthält Änderungen, die SQLite nur lesen kann, wenn es dort schreiben darf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data directory {folder} exists but is not a folder. Choose another location with --data-dir or {env}.</source>
        <translation>Der Datenordner {folder} existiert, ist aber kein Ordner. Wählen Sie mit --data-dir oder {env} einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data directory {folder} cannot be created: {existing} is not a folder.</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden: {existing} ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data directory {folder} is not writable. Check its permissions, or choose another location with --data-dir or {env}.</source>
        <translation>In den Datenordner {folder} kann nicht geschrieben werden. Prüfen Sie seine Berechtigungen oder wählen Sie mit --data-dir oder {env} einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data directory {folder} cannot be created in {existing}. Check its permissions, or choose another location with --data-dir or {env}.</source>
        <translation>Der Datenordner {folder} kann in {existing} nicht angelegt werden. Prüfen Sie die Berechtigungen oder wählen Sie mit --data-dir oder {env} einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {database} cannot be read and written. Check its permissions.</source>
        <translation>Die Datenbank {database} kann nicht gelesen und geschrieben werden. Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be opened just now: {condition}. Nothing was changed, and this is not damage to the file. Put that right, then try again.</source>
        <translation>{path} kann gerade nicht geöffnet werden: {condition}. Nichts wurde geändert, und die Datei ist nicht beschädigt. Beheben Sie das und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {path} cannot be read: {detail}. It was left untouched; make the folder writable and try again.</source>
        <translation>Die Datenbank {path} kann nicht gelesen werden: {detail}. Sie blieb unverändert; machen Sie den Ordner beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is not an L2L Desktop database (it is not an SQLite file, or it is damaged). It was left untouched.</source>
        <translation>{path} ist keine Datenbank von L2L Desktop (keine SQLite-Datei, oder sie ist beschädigt). Sie blieb unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is an SQLite database of another program, not of L2L Desktop. It was left untouched.</source>
        <translation>{path} ist eine SQLite-Datenbank eines anderen Programms, nicht von L2L Desktop. Sie blieb unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} was written by a newer version of L2L Desktop (schema version {version}; this version knows up to {known}). It was left untouched; please update the app.</source>
        <translation>{path} wurde von einer neueren Version von L2L Desktop geschrieben (Schemaversion {version}; diese Version kennt bis {known}). Sie blieb unverändert; bitte aktualisieren Sie die App.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is damaged (SQLite found: {verdict}). It was left untouched; restore the newest backup from {backups}.</source>
        <translation>{path} ist beschädigt (SQLite meldet: {verdict}). Sie blieb unverändert; stellen Sie die neueste Sicherung aus {backups} wieder her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is empty, but backups show this folder was used before. It was left untouched; restore the newest backup from {backups}.</source>
        <translation>{path} ist leer, aber Sicherungen zeigen, dass dieser Ordner schon benutzt wurde. Sie blieb unverändert; stellen Sie die neueste Sicherung aus {backups} wieder her.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database has schema version {version}, but this version of L2L Desktop knows only up to {known}. It was left untouched; please update the app.</source>
        <translation>Diese Datenbank hat die Schemaversion {version}, diese Version von L2L Desktop kennt aber nur bis {known}. Sie blieb unverändert; bitte aktualisieren Sie die App.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No upgrade step to schema version {version}.</source>
        <translation>Kein Aktualisierungsschritt zur Schemaversion {version}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrading the database to schema version {version} failed ({error}). It was left at version {previous}; a backup is at {backup}.</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion {version} ist fehlgeschlagen ({error}). Sie blieb auf Version {previous}; eine Sicherung liegt unter {backup}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} was upgraded, but its schema is not the app&apos;s ({problems}). The file from before the upgrade is in {backups}.</source>
        <translation>{path} wurde aktualisiert, aber ihr Schema ist nicht das der App ({problems}). Die Datei von vor der Aktualisierung liegt in {backups}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup failed its check ({verdict}); older ones were kept.</source>
        <translation>Die Sicherung hat die Prüfung nicht bestanden ({verdict}); ältere wurden behalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup {backup} cannot be restored: {verdict}. Nothing was changed.</source>
        <translation>Die Sicherung {backup} kann nicht wiederhergestellt werden: {verdict}. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy of {backup} failed its check ({verdict}). Nothing was changed.</source>
        <translation>Die Kopie von {backup} hat die Prüfung nicht bestanden ({verdict}). Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an L2L Desktop database</source>
        <translation>keine Datenbank von L2L Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program&apos;s database</source>
        <translation>Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from a newer version of the app</source>
        <translation>von einer neueren Version der App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be used</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged ({detail})</source>
        <translation>beschädigt ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read ({detail})</source>
        <translation>nicht lesbar ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already holds records; demo data is only written into an empty data folder, so nothing was changed.</source>
        <translation>{path} enthält bereits Einträge; Beispieldaten werden nur in einen leeren Datenordner geschrieben, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/background_portal.py" line="+54"/>
        <source>there is no session bus to reach the desktop portal</source>
        <translation>es gibt keinen Sitzungsbus, über den das Desktop-Portal erreichbar wäre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open at login, so that the morning reminder finds you.</source>
        <translation>Beim Anmelden öffnen, damit die Morgen-Erinnerung Sie erreicht.</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/cli.py" line="+455"/>
        <source>Demo data: discarded when you quit</source>
        <translation>Demodaten: werden beim Beenden verworfen</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/core/question_bank.py" line="+44"/>
        <source>What is happening here right now?</source>
        <translation>Was passiert hier gerade?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did you see when it started?</source>
        <translation>Was haben Sie gesehen, als es anfing?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where does the work get stuck most often?</source>
        <translation>Wo bleibt die Arbeit am häufigsten hängen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does this look from where you stand?</source>
        <translation>Wie sieht das von Ihrer Warte aus?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk me through how the job runs today.</source>
        <translation>Zeigen Sie mir Schritt für Schritt, wie die Arbeit heute abläuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What are we trying to reach this week?</source>
        <translation>Was wollen wir diese Woche erreichen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How will we know we have got there?</source>
        <translation>Woran werden wir merken, dass wir es geschafft haben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would good look like by Friday?</source>
        <translation>Wie sähe ein gutes Ergebnis bis Freitag aus?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which part of the goal matters most to you?</source>
        <translation>Welcher Teil des Ziels ist Ihnen am wichtigsten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is getting in the way?</source>
        <translation>Was steht im Weg?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What makes this harder than it needs to be?</source>
        <translation>Was macht das schwerer, als es sein müsste?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where do you expect the next snag?</source>
        <translation>Wo erwarten Sie den nächsten Haken?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you remove first if you could?</source>
        <translation>Was würden Sie als Erstes beseitigen, wenn Sie könnten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is the smallest step you could take next?</source>
        <translation>Was ist der kleinste nächste Schritt, den Sie gehen könnten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will you try first, and when?</source>
        <translation>Was probieren Sie als Erstes aus, und wann?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who else needs to be part of this?</source>
        <translation>Wer muss noch mit dabei sein?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How will you check whether it worked?</source>
        <translation>Wie prüfen Sie, ob es funktioniert hat?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What did we learn from this?</source>
        <translation>Was haben wir daraus gelernt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What surprised you?</source>
        <translation>Was hat Sie überrascht?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you do differently next time?</source>
        <translation>Was würden Sie beim nächsten Mal anders machen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How has your thinking changed since we started?</source>
        <translation>Wie hat sich Ihr Denken verändert, seit wir angefangen haben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will you keep doing because it worked?</source>
        <translation>Was machen Sie weiter so, weil es funktioniert hat?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How are you doing today?</source>
        <translation>Wie geht es Ihnen heute?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What support would help you most right now?</source>
        <translation>Welche Unterstützung würde Ihnen gerade am meisten helfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What could I do to make your day easier?</source>
        <translation>Was könnte ich tun, um Ihnen den Tag leichter zu machen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is the workload feeling this week?</source>
        <translation>Wie erleben Sie die Arbeitslast diese Woche?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is on your mind that we have not talked about?</source>
        <translation>Was beschäftigt Sie, worüber wir noch nicht gesprochen haben?</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/person_merge.py" line="+38"/>
        <source>Merge {name} into…</source>
        <translation>{name} zusammenführen mit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge {name} into the same person written another way:</source>
        <translation>{name} mit derselben Person zusammenführen, die anders geschrieben ist:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whom to keep</source>
        <translation>Wer bleibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (left the team)</source>
        <translation>{name} (hat das Team verlassen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is nobody else to merge {gone} into.</source>
        <translation>Es gibt niemanden sonst, mit dem Sie {gone} zusammenführen können.</translation>
    </message>
    <message numerus="yes">
        <location line="-51"/>
        <source>%n record names {gone}; it will name {keep}.</source>
        <comment>%n records name {gone}; they will name {keep}.</comment>
        <translation>
            <numerusform>%Ln Eintrag nennt {gone}; er wird {keep} nennen.</numerusform>
            <numerusform>%Ln Einträge nennen {gone}; sie werden {keep} nennen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/new_people.py" line="+99"/>
        <source>Someone new?</source>
        <translation>Jemand Neues?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is {name} someone new?</source>
        <translation>Ist {name} jemand Neues?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody on your team has this name yet, but it looks like {name}, who is. Saving as someone new adds them to the People tab.</source>
        <translation>Niemand in Ihrem Team hat bisher diesen Namen, aber er ähnelt {name}. Als jemand Neues gespeichert, kommt die Person in den Reiter Personen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody on your team has this name yet. Saving adds them to the People tab.</source>
        <translation>Niemand in Ihrem Team hat bisher diesen Namen. Beim Speichern kommt die Person in den Reiter Personen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, add {name}</source>
        <translation>Ja, {name} hinzufügen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No, I mean {name}</source>
        <translation>Nein, ich meine {name}</translation>
    </message>
    <message>
        <location filename="../../l2l_desktop/ui/person_forget.py" line="+23"/>
        <source>Forget this person</source>
        <translation>Diese Person vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget {name} for good?</source>
        <translation>{name} endgültig vergessen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The one record or follow-up that names them is kept, and will name {removed}.</source>
        <comment>The %n records and follow-ups that name them are kept, and will name {removed}.</comment>
        <translation>
            <numerusform>Der eine Eintrag, der die Person nennt, bleibt erhalten und nennt dann {removed}.</numerusform>
            <numerusform>Die %Ln Einträge, die die Person nennen, bleiben erhalten und nennen dann {removed}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../l2l_desktop/ui/style.py" line="+62"/>
        <source>a removed person</source>
        <translation>eine entfernte Person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their name, role, cadence and private notes are removed from the journal.</source>
        <translation>Name, Rolle, Rhythmus und private Notizen werden aus dem Journal entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be undone. Backups made before now still hold the name until they are replaced; what you wrote about them in your own words is left as you wrote it.</source>
        <translation>Das lässt sich nicht rückgängig machen. Frühere Sicherungen enthalten den Namen noch, bis sie ersetzt werden; was Sie mit eigenen Worten über die Person geschrieben haben, bleibt, wie Sie es geschrieben haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget for good</source>
        <translation>Endgültig vergessen</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Forgotten: %n record now names a removed person.</source>
        <comment>Forgotten: %n records now name a removed person.</comment>
        <translation>
            <numerusform>Vergessen: %Ln Eintrag nennt jetzt eine entfernte Person.</numerusform>
            <numerusform>Vergessen: %Ln Einträge nennen jetzt eine entfernte Person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record still mentions {name} in your own words: Find (Ctrl+F) shows it.</source>
        <comment>%n records still mention {name} in your own words: Find (Ctrl+F) shows them.</comment>
        <translation>
            <numerusform>%Ln Eintrag erwähnt {name} noch in Ihren eigenen Worten: Suchen (Strg+F) zeigt ihn.</numerusform>
            <numerusform>%Ln Einträge erwähnen {name} noch in Ihren eigenen Worten: Suchen (Strg+F) zeigt sie.</numerusform>
        </translation>
    </message>
</context>
</TS>
