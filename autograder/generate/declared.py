"""Which assignments have their questions declared (autograder/questions/<id>.py) yet.

The otter zip and the nbgrader test cells are made from the declarations; an assignment
whose module is still being written is skipped by those steps, with a message.
"""
import importlib.util


def has_declarations(assignment_id):
    return importlib.util.find_spec(f"autograder.questions.{assignment_id}") is not None


def skip_message(assignment_id, what):
    return (f"{what}: skipped {assignment_id}: autograder/questions/{assignment_id}.py "
            "does not exist yet")
