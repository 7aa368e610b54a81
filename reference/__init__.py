"""The oracle: correct numpy implementations of every graded question.

One module per topic (see docs/ARCHITECTURE.md); each module's `__all__` lists
the top-level names a student's notebook defines for it. Every such function or
class is self-contained (it uses `np` and other names of the same assignment
only), because the build pastes its source into the solved notebooks. Which
modules make up an assignment is declared with the assignment
(autograder/questions/<id>/__init__.py: `reference_modules`, `given_names`).
"""
