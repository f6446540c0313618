from __future__ import annotations

from sourcetrace.lang import available, get_pack


def test_every_folder_is_a_pack_and_unknown_falls_back() -> None:
    codes = available()
    assert {"en", "fr", "de", "es", "xx"} <= set(codes)
    for code in codes:
        assert get_pack(code).code == code
    assert get_pack("zz").code == "xx"
    assert get_pack(None).code == "xx"
    assert get_pack("FR").code == "fr"


def test_packs_name_installed_models() -> None:
    import importlib.util

    for code in ("en", "fr", "es"):
        pack = get_pack(code)
        assert any(importlib.util.find_spec(ref.package) for ref in pack.spacy_models), code
    # German has no full pipeline; its entity model ships in models/ and make installs it.
    german = get_pack("de")
    assert not german.spacy_models
    assert german.ner_model is not None and importlib.util.find_spec(german.ner_model.package)
