import caselaw


def test_all_equals_public_names():
    public = {name for name in dir(caselaw) if not name.startswith("_")}
    assert set(caselaw.__all__) == public


def test_every_export_resolves():
    for name in caselaw.__all__:
        assert getattr(caselaw, name) is not None, name


def test_import_is_light():
    import subprocess
    import sys

    heavy = "('spacy', 'pandas', 'matplotlib')"
    code = f"import caselaw, sys; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
