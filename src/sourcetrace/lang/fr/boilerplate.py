"""French boilerplate patterns (see ``BoilerplatePattern`` for the scopes).

French typography puts a (narrow) no-break space before ":", "?" and "!"; ``\\s`` covers
both. Cue lines that may open a real sentence only match with a separator after the
cue or without a final period ("Lire aussi le rapport de la commission, qui …" stays).
"""

# Patterns are data: long regular expressions are meant.
# ruff: noqa: E501

from __future__ import annotations

from sourcetrace.lang.pack import BoilerplatePattern as B
from sourcetrace.lang.xx.boilerplate import CREDIT, NETWORKS, PERSON

__all__ = ["BOILERPLATE"]

_CREDIT_LABEL = r"(?:photos?|crédits?(?: photos?)?|photo d['’]illustration|illustration|images?|vidéo)"
_AFTER_CUE = r"(?:\s*[:>»|\-–—]+\s*[^\n]{0,200}|\s+[^\n]{0,150}[^.\s]|\s*)"
_E = r"(?:e-?mail|courriel|adresse (?:e-?mail|de messagerie|électronique|mail))"

BOILERPLATE: tuple[B, ...] = (
    B(name="photo_credit", pattern=rf"{_CREDIT_LABEL}\s*:\s*\S+(?:\s+\S+){{0,3}}"),
    B(name="photo_credit", pattern=rf"{_CREDIT_LABEL}\s*:\s*[^\n]{{1,100}}[^.!?\s]"),
    B(name="photo_credit", pattern=r"photo d['’]illustration[^\n]{0,80}"),
    B(name="photo_credit", pattern=rf"{_CREDIT_LABEL}\s*:?\s*{CREDIT}\.?\s*", scope="lead"),
    B(
        name="photo_credit",
        pattern=r"\(\s*(?:photos?|crédits? photos?)\s*:?\s+[^()\n]{1,100}\)",
        scope="inline",
    ),
    B(
        name="see_also",
        pattern=rf"(?:[àa] lire (?:aussi|également|ensuite)|lire (?:aussi|également|la suite)|"
        rf"voir aussi|[àa] voir (?:aussi|également)|[àa] découvrir|sur le même sujet|"
        rf"pour aller plus loin|dans la même rubrique|les plus lus|notre dossier|"
        rf"vous aimerez aussi|vous pourriez aussi aimer)"
        rf"{_AFTER_CUE}",
    ),
    B(
        name="see_also",
        pattern=r"(?:articles? (?:similaires|liés|connexes)|sur le même (?:sujet|thème))\s*:?",
        scope="block",
        follow="titles",
    ),
    B(name="breadcrumb", pattern=r"accueil(?:\s*[>»›/|]\s*[^\n.!?]{1,40}){0,8}"),
    B(name="comment_form", pattern=r"laisser (?:un commentaire|une réponse)(?:\s+annuler la réponse)?", scope="tail"),
    B(name="comment_form", pattern=r"(?:\d+|une?)\s+(?:réponses?|commentaires?|réflexions?)\s+(?:à|sur|au sujet de)\s+[^\n]{1,200}", scope="tail"),
    B(name="comment_form", pattern=r"annuler (?:la )?réponse"),
    B(name="comment_form", pattern=rf"votre {_E} ne sera pas publiée?\.?[^\n]{{0,120}}"),
    B(name="comment_form", pattern=r"les champs obligatoires sont indiqués avec\s*\*?\.?"),
    B(name="comment_form", pattern=r"(?:(?:commentaire|nom|pseudo|e-?mail|courriel|site(?: web| internet)?)\s*\*?\s*)+"),
    B(name="comment_form", pattern=r"enregistrer mon nom,? mon (?:e-?mail|courriel) et mon site (?:web )?dans (?:le|ce) navigateur pour (?:mon|le) prochain commentaire\.?"),
    B(name="comment_form", pattern=r"(?:publier|envoyer|poster) (?:le |un |mon )?commentaire"),
    B(name="comment_form", pattern=r"(?:prévenez|avertissez)-moi de tous les nouveaux (?:commentaires|articles) par (?:e-?mail|courriel)\.?"),
    B(name="comment_form", pattern=r"vous devez (?:être connectée?|vous connecter) pour (?:publier|poster) un commentaire\.?"),
    B(name="comment_form", pattern=r"les commentaires sont fermés\.?"),
    B(name="comment_count", pattern=r"(?:commentaires?|réactions?)\s*\(\d+\)|(?:\d+|un|aucun)\s+(?:commentaires?|réactions?)|(?:voir|afficher) (?:les )?commentaires"),
    B(name="discussion", pattern=r"(?:rejoignez|rejoindre) la (?:discussion|conversation)[^\n]{0,80}|participez au débat[^\n]{0,80}|réagissez(?:\s*!)?|réagir"),
    B(name="newsletter", pattern=r"(?:abonnez-vous|inscrivez-vous)\b[^\n]{0,200}"),
    B(name="newsletter", pattern=r"(?:s['’]abonner|je m['’]abonne|newsletter|lettre d['’]information)\s*[.!]?|recevez (?:notre|nos|gratuitement|chaque)[^\n]{0,40}(?:newsletter|lettre)[^\n]{0,120}|déjà abonnée?\s*\?[^\n]{0,80}"),
    B(name="feed_footer", pattern=r"\s*(?:cet article|l['’]article|le billet|le post)\s[^\n]{1,300}?\sest apparu en premier sur\s[^\n]{1,120}?\.?$", scope="inline"),
    B(name="feed_footer", pattern=r"cet article (?:a été )?(?:initialement|d['’]abord|originellement) publié (?:sur|dans|par) [^\n]{1,150}"),
    B(name="author_box", pattern=r"[àa] propos de l['’]auteur(?:e|·e|\(e\))?s?|l['’]auteur(?:e)?\s*:?", scope="block"),
    B(name="antispam", pattern=r"ce site utilise akismet pour réduire les indésirables\.[^\n]{0,160}"),
    B(name="antispam", pattern=r"en savoir plus sur (?:la façon dont|comment) les données de vos commentaires sont (?:utilisées|traitées)\.?"),
    B(
        name="share",
        pattern=rf"(?:(?:partager(?:\s+(?:sur|par|cet article|l['’]article))?|tweeter|imprimer|envoyer(?: par (?:e-?mail|courriel))?|"
        rf"e-?mail|copier le lien|{NETWORKS})[\s|·•,:/-]*)+",
    ),
    B(name="tags", pattern=r"(?:mots[- ]clés|étiquettes|tags|thèmes|sujets)\s*:\s*[^\n]{0,300}"),
    B(name="posted_in", pattern=r"(?:publié dans|classé dans|catégories?|rubriques?)(?:\s*:\s*[^\n]{1,200}|\s+[^\n]{1,200}[^.\s])"),
    B(name="cookie_notice", pattern=r"(?:nous utilisons des cookies|ce site (?:web )?utilise des cookies|en poursuivant votre navigation)[^\n]{0,400}"),
    B(name="cookie_notice", pattern=r"accepter(?: et fermer| tout| les cookies)?|(?:paramétrer|gérer) (?:les |mes )?cookies|politique de (?:cookies|confidentialité)"),
    B(name="copyright", pattern=r"[^\n]{0,120}tous droits réservés\.?[^\n]{0,80}"),
    # Ce que l'extraction laisse autour du corps : offres de lettre et d'application,
    # lignes « À lire aussi : », en-tête « Commentaires » seul, galerie, reproduction.
    B(name="newsletter", pattern=r"(?=[^\n]*\b(?:abonn|inscri|newsletter|lettre d|recevez|recevoir|actualité)\w*)[^\n]{0,80}\bdans (?:votre|ta) (?:boîte (?:mail|aux lettres|e-?mail)|messagerie)\b[^\n]{0,160}"),
    B(name="newsletter", pattern=r"recevez (?:l['’]essentiel|toute l['’]actualité|nos alertes|les dernières)\b[^\n]{0,160}"),
    B(name="app_pitch", pattern=r"(?:cliquez ici pour )?(?:téléchargez|télécharger|installez|installer|découvrez) (?:l['’]|notre |gratuitement l['’])appli(?:cation)?\b[^\n]{0,100}"),
    B(name="see_also", pattern=r"(?:[àa] lire (?:aussi|également|encore)|lire aussi|voir aussi|sur le même sujet|en savoir plus|regarder)\s*:\s*[^\n]{1,200}"),
    B(name="comment_count", pattern=r"commentaires?|réactions?|(?:afficher|masquer) les commentaires"),
    B(name="gallery", pattern=r"(?:photo|image|diapo(?:sitive)?)\s*\d{1,3}\s*(?:sur|/)\s*\d{1,3}|\d{1,3}\s+sur\s+\d{1,3}|légendes?|fermer|(?:retour à la|voir la|ouvrir la) (?:galerie|diaporama)(?: photos?)?|agrandir(?: l['’]image| la photo)?|(?:précédente?|suivante?)|plein écran"),
    B(name="reprint", pattern=r"(?:toute )?reproduction (?:(?:même partielle )?(?:est )?interdite|réservée|interdite sans autorisation)[^\n]{0,160}"),
    B(name="date_stamp", pattern=r"(?:mis à jour|publié) le\s*:?\s*[^\n]{0,40}\d[^\n]{0,20}"),
    B(name="see_also", pattern=r"(?:plus d['’]informations|renseignements|contact)\s*:"),
    B(name="see_also", pattern=r"(?:articles? recommandés?|vous aimerez aussi|envie d['’]en savoir plus \?|plus d['’]articles)\s*:?"),
    B(name="comment_count", pattern=r"aucun commentaire|(?:dites|donnez)[- ]nous (?:votre avis )?en commentaires?[^\n]{0,80}"),
    # Plain-text furniture: an ad slot label alone on a line, a byline line.
    B(name="ad_label", pattern=r"(?:publicité|contenu sponsorisé|sponsorisé|annonce)\s*[-–—:]?"),
    B(name="byline", pattern=rf"par\s*:?\s+{PERSON}(?:\s+{PERSON})?(?:\s*(?:,|et|&)\s*{PERSON}(?:\s+{PERSON})?)*(?:\s*[/|,–—-]\s*[^\n.!?]{{1,40}})?\.?"),
    # Texte réel (issue 17) : renvoi à l'article complet, lecteur audio, bloc d'appel
    # d'une campagne (« Ce que vous pouvez faire ! », le point d'exclamation le distingue
    # d'une rubrique pratique).
    B(name="see_also", pattern=r"(?:lire|retrouvez|découvrez) (?:l['’]intégralité|la suite|l['’]article complet)(?: de (?:cet |l['’])article)?\s+(?:dans|sur|en)\s+[^\n]{1,200}"),
    B(name="audio_player", pattern=r"écouter (?:cet |l['’])article[^\n.!?]{0,30}"),
    B(name="call_to_action", pattern=r"(?:ce que (?:vous pouvez|tu peux) faire|comment (?:agir|aider)|agissez|mobilisez-vous)\s*!", scope="tail"),
    # Pages web (issue 17) : figures numérotées, « Source : … », en-têtes de contact,
    # sommaire.
    B(name="photo_caption", pattern=r"figure\s*\d{1,3}\s*:\s*[^\n]{1,300}"),
    B(name="source_credit", pattern=r"sources?\s*:\s*[^\n.!?]{1,60}"),
    B(name="contents", pattern=r"sommaire|table des matières"),
)
