"""English boilerplate patterns (see ``BoilerplatePattern`` for the scopes).

Cue lines that may also open a real sentence ("Read more …", "Posted in …") only match
when a separator follows the cue or the line does not end like a sentence (a final
period), so "Read more than 300 pages of the report, the judge said." stays.
"""

# Patterns are data: long regular expressions are meant.
# ruff: noqa: E501

from __future__ import annotations

from sourcetrace.lang.pack import BoilerplatePattern as B
from sourcetrace.lang.xx.boilerplate import CREDIT, NETWORKS, PERSON

__all__ = ["BOILERPLATE"]

_CREDIT_LABEL = (
    r"(?:photo(?:graph)?s?|pictures?|images?|(?:photo|image|picture) credits?|credits?|"
    r"video|illustration)"
)
#: After a cue: nothing, a separator and anything short, or a title (no final period).
_AFTER_CUE = r"(?:\s*[:>»|\-–—]+\s*[^\n]{0,200}|\s+[^\n]{0,150}[^.\s]|\s*)"

BOILERPLATE: tuple[B, ...] = (
    # Photo credits and captions.
    B(name="photo_credit", pattern=rf"{_CREDIT_LABEL}\s*:\s*\S+(?:\s+\S+){{0,3}}"),
    B(name="photo_credit", pattern=rf"{_CREDIT_LABEL}\s*:\s*[^\n]{{1,100}}[^.!?\s]"),
    B(name="photo_credit", pattern=r"(?:photo|image|picture)s?\s+(?:by|courtesy of|via)\s+[^\n]{1,80}"),
    B(name="photo_credit", pattern=rf"{_CREDIT_LABEL}\s*:\s*{CREDIT}\.?\s*", scope="lead"),
    B(
        name="photo_credit",
        pattern=r"\(\s*(?:photo(?:graph)?|image|picture)s?(?:\s+by|\s*:|\s+courtesy of|\s+via)\s+[^()\n]{1,100}\)",
        scope="inline",
    ),
    # "See also" and related-article lines.
    B(
        name="see_also",
        pattern=rf"(?:see also|read more|read also|also read|read next|more on this(?: story)?|"
        rf"more from [^\n]{{1,40}}|recommended(?: for you)?|don['’]t miss|must read|further reading|"
        rf"(?:you may|you might) also (?:like|be interested in)|top stories|most read|trending)"
        rf"{_AFTER_CUE}",
    ),
    B(
        name="see_also",
        pattern=r"related(?:\s+(?:articles?|stories|posts|content|coverage|news|topics|reading))?\s*:?",
        scope="block",
        follow="titles",
    ),
    # Breadcrumbs starting from the home page.
    B(name="breadcrumb", pattern=r"home(?:\s*page)?(?:\s*[>»›/|]\s*[^\n.!?]{1,40}){0,8}"),
    # Comment sections: the form, its notices, counts, Disqus.
    B(name="comment_form", pattern=r"leave a (?:reply|comment|response)(?:\s+cancel reply)?", scope="tail"),
    B(name="comment_form", pattern=r"(?:\d+|one|two|three)\s+(?:thoughts?|comments?|responses?|replies)\s+(?:on|to)\s+[^\n]{1,200}", scope="tail"),
    B(name="comment_form", pattern=r"cancel reply"),
    B(name="comment_form", pattern=r"your email address will not be published\.?[^\n]{0,120}"),
    B(name="comment_form", pattern=r"required fields are marked\s*\*?\.?"),
    B(name="comment_form", pattern=r"(?:(?:comment|name|email|e-mail|website|url)\s*\*?\s*)+"),
    B(name="comment_form", pattern=r"save my name,? email,? and website in this browser for the next time I comment\.?"),
    B(name="comment_form", pattern=r"(?:post|submit) (?:a )?comment"),
    B(name="comment_form", pattern=r"notify me of (?:follow-up comments|new posts) by email\.?"),
    B(name="comment_form", pattern=r"you must be (?:logged|signed) in to post a comment\.?"),
    B(name="comment_form", pattern=r"comments are closed\.?"),
    B(name="comment_count", pattern=r"(?:\d+|one|no)\s+(?:comments?|responses?|replies)"),
    B(name="comment_count", pattern=r"comments?\s*\(\d+\)|(?:view|show|read) (?:all )?(?:\d+ )?comments|no comments yet\.?|be the first to comment[^\n]{0,40}"),
    B(name="discussion", pattern=r"join the (?:discussion|conversation|debate)[^\n]{0,80}|comments powered by disqus\.?"),
    # Newsletter and subscription pitches.
    B(name="newsletter", pattern=r"(?:sign up|subscribe|register)(?:\s+(?:now|today|here))?\s+(?:for|to)\s+(?:our|the free|free|my)\b[^\n]{0,200}"),
    B(name="newsletter", pattern=r"(?:sign up|subscribe)(?:\s+(?:now|today|here))?\s*[.!]?|newsletter\s*(?:sign-?up)?|get (?:our|the) [^\n]{0,40}newsletter[^\n]{0,120}"),
    B(name="newsletter", pattern=r"(?:already a subscriber\?|never miss a story)[^\n]{0,120}"),
    # Feed-plugin republication footers, also glued to the last paragraph.
    B(name="feed_footer", pattern=r"\s*the post\s[^\n]{1,300}?\sappeared first on\s[^\n]{1,120}?\.?$", scope="inline"),
    B(name="feed_footer", pattern=r"this (?:article|story|post) (?:was )?(?:originally|first) (?:published|appeared) (?:on|in|at|by) [^\n]{1,150}"),
    # Author box at the bottom and its short bio.
    B(name="author_box", pattern=r"about the authors?|author bio(?:graphy)?", scope="block"),
    # Anti-spam notices.
    B(name="antispam", pattern=r"this site uses akismet to reduce spam\.[^\n]{0,120}"),
    B(name="antispam", pattern=r"learn how your comment data is processed\.?"),
    # Share buttons: only cue words and network names on the line.
    B(
        name="share",
        pattern=rf"(?:(?:share(?:\s+(?:on|via|this(?:\s+(?:article|story|post|page))?))?|tweet|e-?mail|"
        rf"print|copy (?:link|url)|pin it|{NETWORKS})[\s|·•,:/-]*)+",
    ),
    # Tags, categories and "Posted in" lines.
    B(name="tags", pattern=r"(?:tags|tagged(?: with)?|topics|keywords|filed under)(?:\s*:\s*[^\n]{0,300}|\s+[^\n]{0,200}[^.\s]|)"),
    B(name="posted_in", pattern=r"(?:posted in|categories|category)(?:\s*:\s*[^\n]{1,200}|\s+[^\n]{1,200}[^.\s])"),
    # Cookie notices.
    B(name="cookie_notice", pattern=r"(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing to (?:use|browse)|using) this (?:web)?site)[^\n]{0,400}"),
    B(name="cookie_notice", pattern=r"accept(?: all)?(?: cookies)?|(?:cookie|privacy) (?:settings|preferences|policy)|manage (?:cookies|consent)"),
    B(name="copyright", pattern=r"[^\n]{0,120}all rights reserved\.?[^\n]{0,80}"),
    # What extraction leaves around the body: inbox and app pitches, "Related:" lines, a
    # lone "Comments" header, gallery furniture, reprint notices.
    B(name="newsletter", pattern=r"(?=[^\n]*\b(?:subscribe|sign up|newsletter|updates|latest|delivered|news)\b)[^\n]{0,80}\b(?:right |straight |directly )?(?:in|to|into|meet) your inbox\b[^\n]{0,160}"),
    B(name="newsletter", pattern=r"(?:get|receive) (?:the latest|our|breaking)\b[^\n]{0,60}\b(?:updates|news|headlines|alerts)\b[^\n]{0,100}"),
    B(name="app_pitch", pattern=r"(?:click here to |tap here to )?(?:get|download|install|try) (?:the|our) [^\n]{0,40}\bapps?\b[^\n]{0,80}"),
    B(name="see_also", pattern=r"(?:related|read more|more|see also|also read|watch)(?:\s+(?:articles?|stories|coverage|news|video))?\s*:\s*[^\n]{1,200}"),
    B(name="comment_count", pattern=r"comments?|show comments|(?:hide|close) comments"),
    B(name="gallery", pattern=r"(?:image|photo|picture|slide)\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}|\d{1,3}\s+of\s+\d{1,3}|captions?|close|(?:back to|view|open|launch) (?:the )?(?:photo )?gallery|enlarge(?: this)? (?:image|photo)?|(?:previous|next)(?: (?:image|photo|slide))?|full ?screen|expand"),
    B(name="reprint", pattern=r"(?:reprints?(?: (?:&|and) permissions)?|(?:this (?:article|story|material|content) )?may not be (?:published|reprinted|republished|reproduced|broadcast|rewritten|redistributed)\b[^\n]{0,160})"),
    B(name="reprint", pattern=r"[^\n]{0,80}\bis the copyrighted property of\b[^\n]{0,120}|(?:written )?permission must be obtained (?:before|to|prior)[^\n]{0,160}"),
    B(name="date_stamp", pattern=r"(?:release date|last (?:modified|updated)|updated|published)\s*:\s*[^\n]{0,40}"),
    B(name="see_also", pattern=r"(?:further information|more information|contact)\s*:"),
    B(name="see_also", pattern=r"(?:recommended (?:posts|articles|reading)|more (?:stories|articles) (?:like this|from us)|want more\?)\s*:?"),
    B(name="discussion", pattern=r"we want to hear what you think[^\n]{0,120}|(?:let us know|tell us) (?:what you think )?in the comments[^\n]{0,80}"),
    B(name="newsletter", pattern=r"do you want to (?:be informed|stay (?:informed|up to date))\b[^\n]{0,120}"),
    B(name="photo_credit", pattern=r"(?:photo |image )?credits?\s*:?"),
    # Plain-text furniture that low-reliability sites leave in their article text
    # (FakeNewsCorpus style): ad slot labels, correction prompts, reader polls, promoted
    # headlines, bylines, source links, outlet blurbs and comment policies.
    B(name="ad_label", pattern=r"(?:advertisement|advertising|sponsored(?: content| links?)?|paid (?:content|post)|promoted(?: content)?|ad)\s*[-–—:]?"),
    B(name="correction_prompt", pattern=r"(?:(?:did you )?(?:see|spot|spotted|find|found|notice|noticed) an? (?:error|mistake|typo)(?: in this (?:article|story|post|report))?\?)[^\n]{0,120}"),
    B(name="newsletter", pattern=r"(?:sign up|subscribe)\s+(?:to|for|with)\s+[^\n]{1,100}[^.\s]"),
    B(name="reader_poll", pattern=r"(?:\d{1,3}\s*)?% of (?:readers|users|visitors) (?:think|say|believe|voted)\b[^\n]{0,60}\b(?:fact|fiction|true|false)\b\.?(?:\s*add your (?:two cents|voice|vote)[.!]?)?"),
    B(name="promo_headline", pattern=r"(?:headline|breaking|trending|exclusive)\s*:\s*[^\n]{1,200}[^.\s]"),
    B(name="byline", pattern=rf"by\s*:?\s+{PERSON}(?:\s+{PERSON})?(?:\s*(?:,|and|&)\s*{PERSON}(?:\s+{PERSON})?)*(?:\s*[/|,–—-]\s*[^\n.!?]{{1,40}})?\.?"),
    B(name="source_link", pattern=r"(?:sources?|via|h/t|hat tip|read (?:more|the full (?:article|story))(?: [^\n:]{1,40})?)\s*:\s*(?:(?:https?://|www\.)\S{1,400}\s*)+"),
    B(name="see_also", pattern=r"for (?:more|further) (?:information|info|details)(?:\s+(?:see|visit|go to|click|read))?\s*:\s*[^\n]{0,200}"),
    B(name="see_also", pattern=r"for (?:more|further) (?:information|info|details)\b[^\n]{0,120}\b(?:visit|go to|see|click)\s+(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|co|us|uk|tv)\b[^\n]{0,400}"),
    B(name="outlet_blurb", pattern=r"(?:[\w-]+\.)+(?:com|org|net|info|co|us|uk|tv|news) is an? [^\n]{0,60}\b(?:news|media|publishing|information) (?:agency|organi[sz]ation|outlet|site|website|company|network|service|source)\b[^\n]{0,80}\b(?:devoted|dedicated|committed) to\b[^\n]{0,500}"),
    B(name="comment_form", pattern=r"please (?:adhere to|read|follow|respect|review|observe) our (?:commenting|comment|discussion|community) (?:policy|guidelines|rules)\b[^\n]{0,560}"),
    B(name="photo_credit", pattern=r"(?:(?:photo|image|picture|video)s?\s+)?courtesy(?: of)?\s+[^\n]{1,80}[^.!?\s]"),
    B(name="photo_caption", pattern=r"(?:from left|from right|left to right|clockwise from (?:top )?left|pictured(?: above| below)?)\s*:\s*[^\n]{1,400}"),
    B(name="photo_caption", pattern=r"[^\n]{1,200}[^.!?\s]\s*\(\s*(?:photo(?:graph)?|image|picture)s?(?:\s+by|\s*:|\s+courtesy of|\s+via)\s+[^()\n]{1,100}\)"),
    B(name="see_also", pattern=r"\(\s*(?:related|read more|see also|read also|also read)\s*:\s*[^()\n]{1,200}\)", scope="inline"),
    B(name="call_to_action", pattern=r"[^\n]{1,400}[.!?]\s+(?:click here|shop now|order now|buy now|get it now|show me (?:the |more |my )?[^\n.!?]{1,30})\s*[!.]?"),
    # Real plain text (issue 17): cue lines with a bar or colon ("Read | …"), a "See
    # <headline>, <site.com>, <date>." citation, a "Previously, on this case, at X:" header,
    # a "read the full story in …" teaser, the audio player's label, a campaign's
    # "What you can do!" block (its exclamation mark tells it from a service section).
    B(name="see_also", pattern=r"(?:read|see|look|listen)\s*[:|]\s*[^\n]{1,200}"),
    B(name="see_also", pattern=r"see\s+[^\n]{1,200},\s+(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|co|us|uk)\b,?[^\n]{0,60}"),
    B(name="see_also", pattern=r"previously(?:,?\s+(?:on|in|at|about)\s+[^\n:]{1,60})*\s*:"),
    B(name="see_also", pattern=r"(?:read|find) the (?:full|complete|whole|rest of the) (?:article|story|report|interview)\s+(?:in|on|at)\s+[^\n]{1,200}"),
    B(name="audio_player", pattern=r"listen to (?:this|the) (?:article|story)(?: here)?[^\n.!?]{0,30}"),
    B(name="call_to_action", pattern=r"(?:what you can do|how you can help|take action|get involved)\s*!", scope="tail"),
    B(name="promo_headline", pattern=r"(?:an? )?(?:exclusive|must[- ]see)(?: [^\n:]{1,30})?\s*:\s*[^\n]{1,200}[!?]"),
    # Web pages (issue 17): figure captions by number, a bare "(Credit: …)" line, headers
    # of a source or contact box, a table of contents' heading, a donation pitch, the
    # consent notice standing in for an embedded map or video.
    B(name="photo_caption", pattern=r"(?:figure|fig\.)\s*\d{1,3}\s*:\s*[^\n]{1,300}"),
    B(name="photo_credit", pattern=r"\(\s*(?:photo |image )?credits?\s*:\s*[^()\n]{1,100}\)"),
    B(name="source_credit", pattern=r"sources?\s*:\s*[^\n.!?]{1,60}"),
    B(name="see_also", pattern=r"(?:more information|further information|contact(?: person)?)(?: (?:on|about|for) [^\n:]{1,60})?\s*:"),
    B(name="contents", pattern=r"(?:table of )?contents|in this article"),
    B(name="donation", pattern=r"[|\s]*we need your help\b[^\n]{0,200}|(?:please )?(?:support|donate to) (?:us|our (?:work|journalism))\b[^\n]{0,120}[!.]?"),
    B(name="embed_consent", pattern=r"click (?:on )?the button(?: below)? to load (?:the )?content from [^\n]{1,120}"),
)
