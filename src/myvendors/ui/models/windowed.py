"""A long sorted list held a few pages at a time: what keeps a million-row view smooth and small.

The model says how many rows there are (one count query) and fetches only the pages the view
asks for. A page next to one already held is fetched by key (the rows after its last item, or
before its first), so scrolling walks an index; a jump with no neighbour (the scroll bar
dragged, End pressed) fetches by position from the nearer end. At most `max_pages` pages are
held; the least recently used one is dropped. Any change to the underlying list is a reset or
an exact row removal, after which pages are fetched again as needed.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

PAGE_SIZE = 200
MAX_PAGES = 8


class PageSource(Generic[T]):
    """How to fetch a list's rows. Subclass it."""

    def count(self) -> int:
        raise NotImplementedError

    def after(self, item: T, limit: int) -> list[T]:
        """Up to `limit` rows right after `item`, in list order."""
        raise NotImplementedError

    def before(self, item: T, limit: int) -> list[T]:
        """Up to `limit` rows right before `item`, in list order."""
        raise NotImplementedError

    def at(self, start: int, limit: int, total: int) -> list[T]:
        """Rows `start` to `start + limit` (the list holds `total`)."""
        raise NotImplementedError


class PageWindow(Generic[T]):
    """The rows of one list, fetched by page on demand and held `max_pages` pages at most."""

    def __init__(self, source: PageSource[T] | None, *, page_size: int = PAGE_SIZE, max_pages: int = MAX_PAGES) -> None:
        if page_size < 1 or max_pages < 2:
            raise ValueError("a window holds at least two pages of at least one row")
        self.page_size = page_size
        self.max_pages = max_pages
        self._source = source
        self._pages: OrderedDict[int, list[T]] = OrderedDict()
        self.total = source.count() if source is not None else 0
        self.rows_fetched = 0  # every row ever fetched (what a test of boundedness looks at)
        self.stale = False  # a page came back shorter than the count said: the list changed underneath

    @property
    def rows_held(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def get(self, row: int) -> T | None:
        """The item at `row`, fetching its page when not held (None past the end or when stale)."""
        source = self._source
        if not 0 <= row < self.total or source is None:
            return None
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._load(source, number)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def find(self, matches: Callable[[T], bool]) -> int | None:
        """The row of a held item that matches (None when no held page has it)."""
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if matches(item):
                    return number * self.page_size + offset
        return None

    def remove_row(self, row: int) -> None:
        """One row is gone from the list: later rows move up, so held pages from its page on are dropped."""
        if not 0 <= row < self.total:
            raise IndexError(row)
        self.total -= 1
        first = row // self.page_size
        for number in [n for n in self._pages if n >= first]:
            del self._pages[number]

    def forget(self) -> None:
        """Drop every held page and the source (the vault locked)."""
        self._pages.clear()
        self._source = None
        self.total = 0

    def _load(self, source: PageSource[T], number: int) -> list[T]:
        start = number * self.page_size
        wanted = min(self.page_size, self.total - start)
        previous, following = self._pages.get(number - 1), self._pages.get(number + 1)
        if previous and len(previous) == self.page_size:
            page = source.after(previous[-1], wanted)
        elif following:
            page = source.before(following[0], wanted)
        else:
            page = source.at(start, wanted, self.total)
        if len(page) != wanted:
            self.stale = True
        self.rows_fetched += len(page)
        self._pages[number] = page
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return page
