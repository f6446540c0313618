"""German boilerplate patterns (see ``BoilerplatePattern`` for the scopes).

German capitalises nouns, so a photographer's name after a credit is cut at two
capitalised words; cue lines that may open a real sentence only match with a separator
after the cue or without a final period.
"""

# Patterns are data: long regular expressions are meant.
# ruff: noqa: E501

from __future__ import annotations

from sourcetrace.lang.pack import BoilerplatePattern as B
from sourcetrace.lang.xx.boilerplate import CREDIT, NETWORKS, PERSON

__all__ = ["BOILERPLATE"]

_CREDIT_LABEL = r"(?:fotos?|bild(?:er)?|bildquelle|bildnachweis|fotocredit|titelbild|symbolbild|video)"
_AFTER_CUE = r"(?:\s*[:>»|\-–—]+\s*[^\n]{0,200}|\s+[^\n]{0,150}[^.\s]|\s*)"

BOILERPLATE: tuple[B, ...] = (
    B(name="photo_credit", pattern=rf"{_CREDIT_LABEL}\s*:\s*\S+(?:\s+\S+){{0,3}}"),
    B(name="photo_credit", pattern=rf"{_CREDIT_LABEL}\s*:\s*[^\n]{{1,100}}[^.!?\s]"),
    B(name="photo_credit", pattern=rf"{_CREDIT_LABEL}\s*:\s*{CREDIT}\.?\s*", scope="lead"),
    B(name="photo_credit", pattern=r"\(\s*(?:fotos?|bild)\s*:\s*[^()\n]{1,100}\)", scope="inline"),
    B(
        name="see_also",
        pattern=rf"(?:mehr zum thema|lesen sie (?:auch|mehr|hier)|auch interessant|siehe auch|"
        rf"das könnte sie (?:auch )?interessieren|weiterlesen|mehr dazu|zum thema|"
        rf"weitere (?:artikel|meldungen|nachrichten)|meistgelesen|empfehlungen)"
        rf"{_AFTER_CUE}",
    ),
    B(
        name="see_also",
        pattern=r"(?:verwandte|ähnliche) (?:artikel|beiträge|themen)\s*:?",
        scope="block",
        follow="titles",
    ),
    B(name="breadcrumb", pattern=r"startseite(?:\s*[>»›/|]\s*[^\n.!?]{1,40}){0,8}"),
    B(name="comment_form", pattern=r"(?:schreibe|hinterlasse) einen kommentar(?:\s+antworten abbrechen)?|kommentar verfassen|antwort hinterlassen", scope="tail"),
    B(name="comment_form", pattern=r"(?:\d+|ein|einen)\s+(?:gedanken?|kommentare?|antworten)\s+(?:zu|auf)\s+[^\n]{1,200}", scope="tail"),
    B(name="comment_form", pattern=r"antworten abbrechen|antwort abbrechen"),
    B(name="comment_form", pattern=r"(?:deine|ihre) e-?mail-adresse wird nicht veröffentlicht\.?[^\n]{0,120}"),
    B(name="comment_form", pattern=r"erforderliche felder sind mit\s*\*?\s*markiert\.?"),
    B(name="comment_form", pattern=r"(?:(?:kommentar|name|e-?mail|website|webseite)\s*\*?\s*)+"),
    B(name="comment_form", pattern=r"meinen namen,? meine e-?mail-adresse und meine website in diesem browser[^\n]{0,80}speichern\.?"),
    B(name="comment_form", pattern=r"kommentar (?:abschicken|absenden|senden)"),
    B(name="comment_form", pattern=r"kommentare sind geschlossen\.?|(?:du musst|sie müssen) angemeldet sein[^\n]{0,80}"),
    B(name="comment_count", pattern=r"kommentare\s*\(\d+\)|(?:\d+|ein|keine|noch keine)\s+kommentare?|kommentare (?:anzeigen|lesen)"),
    B(name="discussion", pattern=r"diskutieren sie mit[^\n]{0,80}|jetzt mitdiskutieren[^\n]{0,60}|zur diskussion"),
    B(name="newsletter", pattern=r"(?:jetzt|newsletter) (?:kostenlos )?(?:abonnieren|bestellen|anmelden|registrieren)[^\n]{0,120}"),
    B(name="newsletter", pattern=r"abonnieren sie (?:unseren|den|jetzt)[^\n]{0,160}|melden sie sich[^\n]{0,60}newsletter[^\n]{0,100}|newsletter\s*[.!]?|hier (?:für den newsletter )?anmelden"),
    B(name="feed_footer", pattern=r"\s*der beitrag\s[^\n]{1,300}?\serschien zuerst auf\s[^\n]{1,120}?\.?$", scope="inline"),
    B(name="feed_footer", pattern=r"dieser (?:artikel|beitrag) erschien (?:zuerst|ursprünglich) (?:auf|in|bei) [^\n]{1,150}"),
    B(name="author_box", pattern=r"über (?:den autor|die autorin|die autoren|die autor:innen)|zur person", scope="block"),
    B(name="antispam", pattern=r"diese (?:web)?seite verwendet akismet,? um spam zu reduzieren\.[^\n]{0,160}|diese website verwendet akismet,? um spam zu reduzieren\.[^\n]{0,160}"),
    B(name="antispam", pattern=r"erfahre(?:n sie)? mehr darüber,? wie (?:deine|ihre) kommentardaten verarbeitet werden\.?"),
    B(
        name="share",
        pattern=rf"(?:(?:(?:artikel )?teilen(?:\s+(?:auf|per|via))?|twittern|drucken|per e-?mail(?: (?:senden|teilen))?|"
        rf"e-?mail|mail|link kopieren|{NETWORKS})[\s|·•,:/-]*)+",
    ),
    B(name="tags", pattern=r"(?:schlagwörter|schlagworte|stichwörter|themen|tags)\s*:\s*[^\n]{0,300}"),
    B(name="posted_in", pattern=r"(?:veröffentlicht in|kategorien?|rubriken?)(?:\s*:\s*[^\n]{1,200}|\s+[^\n]{1,200}[^.\s])"),
    B(name="cookie_notice", pattern=r"(?:wir (?:verwenden|nutzen) cookies|diese (?:web)?seite (?:verwendet|nutzt) cookies|diese website (?:verwendet|nutzt) cookies)[^\n]{0,400}"),
    B(name="cookie_notice", pattern=r"(?:alle )?akzeptieren|zustimmen|cookie-einstellungen|datenschutzeinstellungen"),
    B(name="copyright", pattern=r"[^\n]{0,120}alle rechte vorbehalten\.?[^\n]{0,80}"),
    # Was die Extraktion um den Text lässt: Newsletter- und App-Werbung, „Lesen Sie
    # auch:“-Zeilen, „Kommentare“ allein, Galerie-Bedienung, Nachdruckhinweise.
    B(name="newsletter", pattern=r"(?=[^\n]*\b(?:newsletter|abonn|anmeld|registrier|kostenlos)\w*)[^\n]{0,80}\b(?:in (?:ihr|dein) (?:postfach|e-?mail-postfach)|direkt in ihr postfach)\b[^\n]{0,160}"),
    B(name="newsletter", pattern=r"(?:erhalten sie|bleiben sie (?:auf dem laufenden|informiert))\b[^\n]{0,60}\b(?:newsletter|nachrichten|neuigkeiten|updates)\b[^\n]{0,100}"),
    B(name="app_pitch", pattern=r"(?:hier (?:klicken|geht['’]s) (?:und|zur) )?(?:laden sie |holen sie sich |jetzt )?(?:unsere?|die) [^\n]{0,40}\bapps?\b (?:herunterladen|laden|installieren|kostenlos)[^\n]{0,80}"),
    B(name="see_also", pattern=r"(?:lesen sie (?:auch|mehr|hier)|auch interessant|mehr zum thema|das könnte sie (?:auch )?interessieren|siehe auch|weiterlesen|video)\s*:\s*[^\n]{1,200}"),
    B(name="comment_count", pattern=r"kommentare?|(?:kommentare )?(?:anzeigen|ausblenden)"),
    B(name="gallery", pattern=r"(?:bild|foto)\s*\d{1,3}\s*(?:von|/|aus)\s*\d{1,3}|\d{1,3}\s+von\s+\d{1,3}|bildunterschrift|schließen|(?:zurück zur|zur|galerie) (?:galerie|bildergalerie|öffnen)|bild vergrößern|vergrößern|(?:vorheriges|nächstes) bild|(?:zurück|weiter)|vollbild"),
    B(name="reprint", pattern=r"(?:nachdruck|vervielfältigung|veröffentlichung|weiterverbreitung)[^\n]{0,60}\bnur mit (?:ausdrücklicher |schriftlicher )?(?:genehmigung|zustimmung|erlaubnis)\b[^\n]{0,120}"),
    B(name="date_stamp", pattern=r"(?:aktualisiert|veröffentlicht|erstellt|zuletzt geändert)(?: am)?\s*:?\s*[^\n]{0,40}\d[^\n]{0,20}|(?:aktualisiert|veröffentlicht) am"),
    B(name="see_also", pattern=r"(?:weitere informationen|mehr informationen|zusatzinformationen|zum weiterlesen|kontakt)\s*:"),
    B(name="gallery", pattern=r"bild(?:er)? anzeigen|(?:bilder|fotos)strecke(?: ansehen)?"),
    B(name="see_also", pattern=r"(?:auch lesen|das (?:thema )?könnte (?:dich|sie) auch interessieren|weitere (?:beiträge|themen|artikel|meldungen)(?: [^\n]{0,40})?|empfohlene (?:beiträge|artikel)|lust auf mehr\?|mehr (?:dazu|zum thema)|passend zum thema)\s*:?"),
    B(name="comment_count", pattern=r"keine kommentare|verraten sie (?:uns )?(?:gerne )?in den kommentaren[^\n]{0,80}"),
    B(name="date_stamp", pattern=r"letzte änderung[^\n]{0,40}|video verfügbar bis[^\n]{0,30}"),
    B(name="disclaimer", pattern=r"alle angaben ohne gewähr\.?"),
    B(name="newsletter", pattern=r"mit unserem newsletter\b[^\n]{0,160}"),
    # Plain-text furniture: an ad slot label alone on a line, a byline line.
    B(name="ad_label", pattern=r"(?:anzeige|werbung|gesponsert|sponsored)\s*[-–—:]?"),
    B(name="byline", pattern=rf"von\s*:?\s+{PERSON}(?:\s+{PERSON})?(?:\s*(?:,|und|&)\s*{PERSON}(?:\s+{PERSON})?)*(?:\s*[/|,–—-]\s*[^\n.!?]{{1,40}})?\.?"),
    # Echter Fließtext (Issue 17): Verweis auf den ganzen Beitrag im Heft, Audio-Player,
    # der Aufruf-Block einer Kampagne („Das kannst du tun!“; das Ausrufezeichen trennt ihn
    # von einem Ratgeber-Abschnitt „Was Sie tun können“).
    B(name="see_also", pattern=r"(?:den|diesen) (?:kompletten|vollständigen|ganzen|ausführlichen) (?:beitrag|artikel|text|bericht) (?:lesen|finden) sie\s+[^\n]{1,200}"),
    B(name="audio_player", pattern=r"(?:artikel|beitrag|text) (?:anhören|vorlesen lassen)[^\n.!?]{0,30}|(?:jetzt )?anhören"),
    B(name="call_to_action", pattern=r"(?:das|was) (?:kannst du|könnt ihr|können sie) tun\s*!|(?:so )?(?:kannst du|können sie) helfen\s*!|werde(?:n sie)? aktiv\s*!", scope="tail"),
    # Webseiten (Issue 17): Abbildungen mit Nummer, „Quelle: …“, Kopfzeilen von Info-
    # und Kontaktkästen, Inhaltsverzeichnis, Spendenaufruf, Platzhalter eingebetteter
    # Karten und Videos, Affiliate-Hinweise, Download-Zeilen.
    B(name="see_also", pattern=r"auch lesen\s*:\s*[^\n]{1,200}|originalpublikation(?:en)?\s*:?|weiter zu\s+[„\"“][^\n]{1,80}"),
    B(name="comment_count", pattern=r"keine kommentare\s*\([^()\n]{1,100}\)"),
    B(name="disclaimer", pattern=r"\(\s*alle angaben ohne gewähr\.?\s*\)"),
    B(name="source_credit", pattern=r"quellen?\s*:\s*[^\n.!?]{1,60}"),
    B(name="see_also", pattern=r"(?:weitere informationen|mehr informationen|ansprechpartner(?:in|innen)?|kontakt)(?: (?:zum|zur|zu|für|über) [^\n:]{1,60})?\s*:"),
    B(name="contents", pattern=r"inhaltsverzeichnis|inhalt dieses artikels"),
    B(name="photo_caption", pattern=r"(?:abbildung|abb\.)\s*\d{1,3}\s*:\s*[^\n]{1,300}"),
    B(name="newsletter", pattern=r"(?=[^\n]*\b(?:newsletter|abonn|anmeld|registrier|storys|news)\w*)[^\n]{0,120}\bin (?:ihr(?:en)?|dein(?:en)?) (?:posteingang|postfach)\b[^\n]{0,200}"),
    B(name="donation", pattern=r"unterstütze(?:n sie)? [^\n]{1,40} (?:bereits )?(?:mit|ab) \d[^\n]{0,20}!?"),
    B(name="embed_consent", pattern=r"klicken sie auf den (?:unteren |folgenden )?button,? um (?:den )?inhalt(?:e)? von [^\n]{1,120} zu laden\.?"),
    B(name="affiliate", pattern=r"letzte aktualisierung am [^\n]{0,40}/[^\n]{0,300}affiliate[^\n]{0,200}"),
    B(name="call_to_action", pattern=r"[^\n]{0,80}\b(?:einfach )?hier klicken und [^\n]{1,100}!"),
)
