"""Pictures a site uses for itself, not for a story: its logo, its default share image, an icon.

A page's metadata declares the picture that shows when the page is shared (``og:image``,
``twitter:image``, JSON-LD ``image``). Where an article has no picture of its own, many sites
declare their logo or a default share image there ("opengraph_default.png",
"givewell_fb_logo.jpg", "apple-touch-icon@2.png"), or an image of the site's theme or of an
SEO plugin ("/wp-content/themes/.../facebook.jpg", ".../plugins/.../default-user-image.png").
Such a picture is no lead image of the article. :func:`is_site_image` tells one by its address;
the reader leaves it out unless the body prints the same picture (a story about a logo).
"""

import re

__all__ = ["is_site_image"]

_SITE_FOLDERS = re.compile(r"/(?:themes?|plugins)/", re.IGNORECASE)
"""A folder of a site's theme or of a plugin: the site's own files, never a story's upload."""
_WORDS = re.compile(r"[a-z0-9]+")
_SITE_WORDS = frozenset({"favicon", "placeholder", "fallback", "dummy", "noimage", "nophoto"})
"""Words of a file name that say it stands in for a picture or marks the site."""
_DEFAULT_WITH = frozenset(
    {
        "og", "opengraph", "share", "social", "fb", "facebook", "twitter", "user", "avatar",
        "image", "img", "opener", "thumbnail", "teaser", "article", "post", "news",
    }
)  # fmt: skip
"""Words right beside "default" that make it a default share picture ("opengraph_default");
"default" elsewhere in a name may be a crop's or a size's ("2280168_default_1tGuSk.jpg",
"..._facebook-aspect-ratio_default_0.jpg")."""
_SHARE_NAMES = frozenset({"facebook", "twitter"})
"""File names that are only a share target's name ("facebook.jpg"); "opengraph.png" may be a
card made for one article, in a folder of its own."""
_UPLOAD_NUMBER = re.compile(r"\d{6,}")
"""A number of six digits or more in a file name: a date, a time or an id that a publishing
system gives an uploaded picture ("watermarks-logo-20260304093341682_1000.jpeg", a photo with
the site's logo printed on it)."""
_NO_WHAT = frozenset({"image", "photo", "picture"})


def is_site_image(url: str) -> bool:
    """Whether a picture's address names a picture of the site rather than of a story: one in
    a theme's or a plugin's folder, or whose file name names a logo ("fn_logo_fb.jpg",
    "googlelogo_color.png"), a favicon or touch icon, a placeholder or fallback ("no-image",
    "dummy"), a default share image (a name opening with "default", "default-user-image.png",
    or with a share word beside it, "opengraph_default.png") or only a share target
    ("facebook.jpg"). A name holding a number of six digits or more is an upload's, a photo
    ("2280168_default_1tGuSk.jpg", "watermarks-logo-20260304093341682.jpeg"), and words are
    runs of letters and digits ("..._default_0.jpg": a crop's name).

    >>> is_site_image("https://example.com/img/pages/article/opengraph_default.png")
    True
    >>> is_site_image("https://example.com/uploads/2024/05/harbour-at-dawn_default_0.jpg")
    False
    >>> is_site_image("https://example.com/storage/image/2280168_default_1tGuSk.jpg")
    False
    """
    path = url.split("?", 1)[0].split("#", 1)[0].lower()
    if _SITE_FOLDERS.search(path):
        return True
    name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    words = _WORDS.findall(name)
    if not words or _UPLOAD_NUMBER.search(name):
        return False
    if "".join(words) in _SHARE_NAMES:
        return True
    for position, word in enumerate(words):
        before = words[position - 1] if position else ""
        after = words[position + 1] if position + 1 < len(words) else ""
        if word.endswith("logo") or word in _SITE_WORDS:
            return True
        if (word, after) == ("touch", "icon") or (word == "no" and after in _NO_WHAT):
            return True
        if word == "default" and (not before or before in _DEFAULT_WITH or after in _DEFAULT_WITH):
            return True
    return False
