import pytest

from build_facts import ASSIGNMENTS  # also puts the kit on sys.path


@pytest.fixture(params=ASSIGNMENTS)
def assignment_id(request):
    return request.param
