from tests.ui.conftest import make_window  # noqa: F401 - shared fixture
