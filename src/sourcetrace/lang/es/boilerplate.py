"""Spanish boilerplate patterns (see ``BoilerplatePattern`` for the scopes).

Cue lines that may open a real sentence only match with a separator after the cue or
without a final period ("Leer más de cien páginas del sumario llevó semanas." stays).
"""

# Patterns are data: long regular expressions are meant.
# ruff: noqa: E501

from __future__ import annotations

from sourcetrace.lang.pack import BoilerplatePattern as B
from sourcetrace.lang.xx.boilerplate import CREDIT, NETWORKS, PERSON

__all__ = ["BOILERPLATE"]

_CREDIT_LABEL = r"(?:fotos?|fotografías?|imagen(?:es)?|créditos?(?: de la foto)?|foto de archivo|vídeo)"
_AFTER_CUE = r"(?:\s*[:>»|\-–—]+\s*[^\n]{0,200}|\s+[^\n]{0,150}[^.\s]|\s*)"

BOILERPLATE: tuple[B, ...] = (
    B(name="photo_credit", pattern=rf"{_CREDIT_LABEL}\s*:\s*\S+(?:\s+\S+){{0,3}}"),
    B(name="photo_credit", pattern=rf"{_CREDIT_LABEL}\s*:\s*[^\n]{{1,100}}[^.!?\s]"),
    B(name="photo_credit", pattern=rf"{_CREDIT_LABEL}\s*:\s*{CREDIT}\.?\s*", scope="lead"),
    B(name="photo_credit", pattern=r"\(\s*(?:fotos?|imagen)\s*:\s*[^()\n]{1,100}\)", scope="inline"),
    B(
        name="see_also",
        pattern=rf"(?:leer más|lee (?:también|más)|lea (?:también|más)|(?:también )?te puede interesar|"
        rf"(?:también )?le puede interesar|ver (?:también|más)|más información|sigue leyendo|"
        rf"te recomendamos|lo más leído|más noticias)"
        rf"{_AFTER_CUE}",
    ),
    B(
        name="see_also",
        pattern=r"(?:noticias|artículos|contenidos?) relacionad[oa]s\s*:?|relacionad[oa]s?\s*:?",
        scope="block",
        follow="titles",
    ),
    B(name="breadcrumb", pattern=r"(?:inicio|portada)(?:\s*[>»›/|]\s*[^\n.!?]{1,40}){0,8}"),
    B(name="comment_form", pattern=r"(?:deja|dejar|deje) (?:una respuesta|un comentario)(?:\s+cancelar (?:la )?respuesta)?", scope="tail"),
    B(name="comment_form", pattern=r"(?:\d+|un|una)\s+(?:comentarios?|respuestas?|pensamientos?)\s+(?:a|en|sobre|para)\s+[^\n]{1,200}", scope="tail"),
    B(name="comment_form", pattern=r"cancelar (?:la )?respuesta"),
    B(name="comment_form", pattern=r"(?:tu|su) (?:dirección de )?correo(?: electrónico)? no (?:será|se) publicad[oa]\.?[^\n]{0,120}"),
    B(name="comment_form", pattern=r"los campos (?:obligatorios|requeridos) están marcados con\s*\*?\.?"),
    B(name="comment_form", pattern=r"(?:(?:comentario|nombre|correo(?: electrónico)?|e-?mail|web|sitio web)\s*\*?\s*)+"),
    B(name="comment_form", pattern=r"guarda mi nombre,? correo electrónico y web en este navegador para la próxima vez que comente\.?"),
    B(name="comment_form", pattern=r"(?:publicar|enviar) (?:el )?comentario"),
    B(name="comment_form", pattern=r"los comentarios están cerrados\.?|debes (?:estar registrado|iniciar sesión) para (?:publicar|escribir) un comentario\.?"),
    B(name="comment_count", pattern=r"comentarios\s*\(\d+\)|(?:\d+|un|sin|no hay)\s+comentarios?|ver (?:los )?comentarios"),
    B(name="discussion", pattern=r"únete a la (?:conversación|discusión)[^\n]{0,80}|únete al debate[^\n]{0,80}|participa en (?:la conversación|el debate)[^\n]{0,80}"),
    B(name="newsletter", pattern=r"(?:suscríbete|suscríbase|regístrate|regístrese)\b[^\n]{0,200}"),
    B(name="newsletter", pattern=r"recibe (?:nuestro|nuestra|el|la) (?:boletín|newsletter)[^\n]{0,150}|(?:boletín|newsletter)\s*[.!]?|¿ya (?:eres|es) suscriptor\?[^\n]{0,80}"),
    B(name="feed_footer", pattern=r"\s*(?:la entrada|el artículo|la publicación|el post)\s[^\n]{1,300}?\s(?:se publicó primero|apareció primero|fue publicad[oa] primero) en\s[^\n]{1,120}?\.?$", scope="inline"),
    B(name="feed_footer", pattern=r"este artículo (?:fue )?publicado (?:originalmente|primero) (?:en|por) [^\n]{1,150}"),
    B(name="author_box", pattern=r"sobre (?:el autor|la autora|los autores)|acerca del autor", scope="block"),
    B(name="antispam", pattern=r"este sitio usa akismet para reducir el spam\.[^\n]{0,160}"),
    B(name="antispam", pattern=r"aprende cómo se procesan los datos de tus comentarios\.?"),
    B(
        name="share",
        pattern=rf"(?:(?:compart(?:ir|e)(?:\s+(?:en|por|este artículo|esta noticia))?|tuitear|imprimir|"
        rf"enviar(?: por (?:correo|e-?mail))?|e-?mail|copiar (?:el )?enlace|{NETWORKS})[\s|·•,:/-]*)+",
    ),
    B(name="tags", pattern=r"(?:etiquetas|temas|tags|palabras clave)\s*:\s*[^\n]{0,300}"),
    B(name="posted_in", pattern=r"(?:publicado en|archivado en|categorías?|secciones?)(?:\s*:\s*[^\n]{1,200}|\s+[^\n]{1,200}[^.\s])"),
    B(name="cookie_notice", pattern=r"(?:utilizamos cookies|usamos cookies|este (?:sitio )?web (?:utiliza|usa) cookies|este sitio (?:utiliza|usa) cookies)[^\n]{0,400}"),
    B(name="cookie_notice", pattern=r"aceptar(?: todas?| cookies| y cerrar)?|configurar cookies|política de (?:cookies|privacidad)"),
    B(name="copyright", pattern=r"[^\n]{0,120}todos los derechos reservados\.?[^\n]{0,80}"),
    # Lo que la extracción deja alrededor del cuerpo: ofertas de boletín y de app, líneas
    # «Lee también:», «Comentarios» solo, mandos de galería, avisos de reproducción.
    B(name="newsletter", pattern=r"(?=[^\n]*\b(?:suscr|boletín|newsletter|recibe|regístr)\w*)[^\n]{0,80}\ben tu (?:correo|bandeja de entrada|email)\b[^\n]{0,160}"),
    B(name="app_pitch", pattern=r"(?:haz clic aquí para |pincha aquí para )?(?:descarga|descargue|descargar|instala|instalar) (?:la|nuestra) app\b[^\n]{0,100}"),
    B(name="see_also", pattern=r"(?:lee también|lea también|te puede interesar|le puede interesar|más información|relacionad[oa]s?|ver también|noticias relacionadas)\s*:\s*[^\n]{1,200}"),
    B(name="comment_count", pattern=r"comentarios?|(?:ver|mostrar|ocultar) comentarios"),
    B(name="gallery", pattern=r"(?:foto|imagen)\s*\d{1,3}\s*(?:de|/)\s*\d{1,3}|\d{1,3}\s+de\s+\d{1,3}|pie de foto|cerrar|(?:volver a la|ver la|abrir la) galería|ampliar(?: imagen| foto)?|(?:anterior|siguiente)|pantalla completa"),
    B(name="reprint", pattern=r"(?:queda )?prohibida (?:la|su) (?:reproducción|redistribución)[^\n]{0,160}"),
    B(name="see_also", pattern=r"(?:mira|puedes ver|te recomendamos|también lee|lee más|lea más|ver más)\s*:\s*[^\n]{1,200}|contenido relacionado|(?:más información|contacto)\s*:"),
    B(name="see_also", pattern=r"(?:artículos recomendados|te puede interesar|también te puede interesar|más noticias)\s*:?"),
    B(name="comment_count", pattern=r"sin comentarios|no hay comentarios"),
    # Plain-text furniture: an ad slot label alone on a line, a byline line.
    B(name="ad_label", pattern=r"(?:publicidad|contenido patrocinado|patrocinado|anuncio)\s*[-–—:]?"),
    B(name="byline", pattern=rf"por\s*:?\s+{PERSON}(?:\s+{PERSON})?(?:\s*(?:,|y|&)\s*{PERSON}(?:\s+{PERSON})?)*(?:\s*[/|,–—-]\s*[^\n.!?]{{1,40}})?\.?"),
    # Texto real (issue 17): «MIRA | …», «Mire: …», «Lea: …» y afines, el reproductor de
    # audio («Escucha esta nota aquí»), aviso de la nota completa, bloque de llamada de una
    # campaña («¡Qué puedes hacer!»).
    B(name="see_also", pattern=r"(?:mira|mire|lea|lee|vea|revisa|revise|checa|también lee|lea también|lee también|te puede interesar|le puede interesar)\s*[:|]\s*[^\n]{1,200}"),
    B(name="audio_player", pattern=r"(?:escucha|escuche|escuchar) (?:esta|la) (?:nota|noticia)(?: aquí)?[^\n.!?]{0,30}"),
    B(name="see_also", pattern=r"lea (?:la nota|el artículo|la noticia) completa\s+(?:en|aquí)[^\n]{0,200}"),
    B(name="call_to_action", pattern=r"¡?(?:qué puedes hacer|cómo (?:puedes )?ayudar|actúa)\s*!", scope="tail"),
    # Páginas web (issue 17): figuras numeradas, «Fuente: …», invitación a escribir o
    # seguir al medio, índice.
    B(name="photo_caption", pattern=r"(?:figura|gráfico)\s*\d{1,3}\s*:\s*[^\n]{1,300}"),
    B(name="source_credit", pattern=r"fuentes?\s*:\s*[^\n.!?]{1,60}"),
    B(name="contact_pitch", pattern=r"(?:puede|puedes) escribirnos a [^\n]{1,200}|síguenos en [^\n]{1,120}"),
    B(name="contents", pattern=r"índice(?: de contenidos?)?|tabla de contenidos?"),
)
