"""No web page mentions a command-line option: an unreadable file in a vendor list is told in
the desk's words, not errors.csv's `--mapping` advice."""

from readiness.web.jobs import desk_words


def test_the_mapping_advice_is_said_without_the_option():
    line = ("/tmp/x.csv:1: tidak ada pemetaan bawaan yang mengenali judul kolom berkas ini "
            "(ditemukan: Foo, Bar); tulis berkas pemetaan lalu berikan dengan --mapping")
    said = desk_words(line, "id")
    assert "--" not in said and "templat formulir pendaftaran" in said
    assert "--" not in desk_words(line, "en") and "registration form template" in desk_words(line, "en")


def test_other_lines_are_kept():
    assert desk_words("row 10: 'mahal' is not a number", "en") == "row 10: 'mahal' is not a number"
