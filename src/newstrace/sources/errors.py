from __future__ import annotations


class SourceError(Exception):
    """An input that could not be read as an article: names the input and the problem."""

    def __init__(self, input_name: str, problem: str):
        super().__init__(f"{input_name}: {problem}")
        self.input_name = input_name
        self.problem = problem

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SourceError) and (self.input_name, self.problem) == (other.input_name, other.problem)

    def __hash__(self) -> int:
        return hash((self.input_name, self.problem))
