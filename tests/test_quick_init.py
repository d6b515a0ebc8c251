"""``quick_init``: the faster ``__init__`` of frozen, slotted dataclasses builds the same objects."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from ltreports.quick_init import quick_init


@quick_init
@dataclasses.dataclass(frozen=True, slots=True)
class _Point:
    x: int
    y: int = 0
    label: str | None = None
    tags: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True)
class _PlainPoint:
    x: int
    y: int = 0
    label: str | None = None
    tags: tuple[str, ...] = ()


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((1,), {}), ((1, 2), {}), ((1, 2, "a", ("t",)), {}), ((), {"x": 3, "label": "b"}), ((4,), {"tags": ("u", "v")})],
)
def test_same_fields_as_the_dataclass_init(args: tuple, kwargs: dict) -> None:
    quick, plain = _Point(*args, **kwargs), _PlainPoint(*args, **kwargs)
    assert dataclasses.astuple(quick) == dataclasses.astuple(plain)
    assert quick == _Point(*args, **kwargs)
    assert hash(quick) == hash(_Point(*args, **kwargs))
    assert pickle.loads(pickle.dumps(quick)) == quick
    assert dataclasses.replace(quick, y=9).y == 9


def test_still_frozen_and_checks_its_arguments() -> None:
    point = _Point(1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        _Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Point(1, z=2)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "make",
    [
        lambda: dataclasses.dataclass(frozen=True)(type("A", (), {"__annotations__": {"x": int}})),
        lambda: dataclasses.dataclass(slots=True)(type("B", (), {"__annotations__": {"x": int}})),
        lambda: dataclasses.dataclass(frozen=True, slots=True)(
            type("C", (), {"__annotations__": {"x": list}, "x": dataclasses.field(default_factory=list)})
        ),
        lambda: dataclasses.dataclass(frozen=True, slots=True)(
            type("D", (), {"__annotations__": {"x": int}, "__post_init__": lambda self: None})
        ),
    ],
)
def test_refuses_what_it_cannot_reproduce(make) -> None:
    with pytest.raises(TypeError):
        quick_init(make())


def test_the_hot_classes_use_it() -> None:
    from ltreports.morphology.analyzer import Analysis

    for cls in (Analysis,):  # the date Item and the library Word are named tuples (test_speed_mentions.py)
        assert cls.__init__.__module__ == cls.__module__ and "_set0" in cls.__init__.__code__.co_names
    assert Analysis("knyga", "noun", case="Nom") == Analysis("knyga", "noun", None, None, None, "Nom")
