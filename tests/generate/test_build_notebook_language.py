"""Each built notebook names its language in its metadata, and is recognised by it.

`nngrader grade --lang auto` gives a submission the language of the notebook it was made
from (autograder/i18n/detect.py): the metadata first, the prose when a student's tool
dropped it. Both must say the same of every notebook the build writes.
"""
import json

import pytest

from autograder.i18n.detect import language_of

from build_facts import ROOT

SUFFIX = {"en": ".ipynb", "zh": ".zh.ipynb"}


@pytest.mark.parametrize("kind", ["solutions", "assignments"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_built_notebook_is_recognised_as_its_language(assignment_id, kind, lang):
    path = ROOT / kind / assignment_id / f"{assignment_id}{SUFFIX[lang]}"
    data = path.read_bytes()
    notebook = json.loads(data)
    assert notebook["metadata"]["nngrader"] == {"lang": lang}
    assert language_of(path.name, data) == lang
    # renamed, and with the metadata gone, the prose still says the same
    del notebook["metadata"]["nngrader"]
    assert language_of("submission.ipynb", json.dumps(notebook).encode()) == lang


def test_the_metadata_decides_over_the_prose():
    path = ROOT / "assignments" / "hw1_gradients" / "hw1_gradients.zh.ipynb"
    notebook = json.loads(path.read_bytes())
    notebook["metadata"]["nngrader"]["lang"] = "en"
    assert language_of("submission.ipynb", json.dumps(notebook).encode()) == "en"
