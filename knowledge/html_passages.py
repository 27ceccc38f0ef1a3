"""Extract the main text of a city web page as FAQ-like passages, one per section."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from knowledge.records import FaqEntry

BOILERPLATE_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe")
MAIN_SELECTORS = ("main", "[role=main]", "article", "#main", "#contents", "#content", ".main", ".contents")
HEADINGS = ("h1", "h2", "h3", "h4")
PHONE = re.compile(r"0\d{1,4}-\d{1,4}-\d{3,4}")
DEPARTMENT = re.compile(r"([^\s:：、。]{1,15}(?:課|係|室|センター|支所))")
MIN_PASSAGE_CHARS = 20


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _main_element(soup: BeautifulSoup) -> Tag | None:
    for selector in MAIN_SELECTORS:
        found = soup.select_one(selector)
        if isinstance(found, Tag) and _clean(found.get_text(" ")):
            return found
    return soup.body


def html_to_entries(html: str, *, page_id: str, fallback_url: str) -> list[FaqEntry]:
    """Split the page's main content at headings; each heading + following text is a passage."""
    soup = BeautifulSoup(html, "html.parser")
    canonical = soup.find("link", rel="canonical")
    og_url = soup.find("meta", attrs={"property": "og:url"})
    url = fallback_url
    if isinstance(canonical, Tag) and canonical.get("href"):
        url = str(canonical["href"])
    elif isinstance(og_url, Tag) and og_url.get("content"):
        url = str(og_url["content"])
    title = _clean(soup.title.get_text()) if soup.title else page_id
    for tag in soup(BOILERPLATE_TAGS):
        tag.decompose()
    main = _main_element(soup)
    if main is None:
        return []
    page_text = _clean(main.get_text(" "))
    phone_match = PHONE.search(page_text)
    dept_match = DEPARTMENT.search(page_text[page_text.find("問い合わせ"):] if "問い合わせ" in page_text else "")

    sections: list[tuple[str, list[str]]] = [(title, [])]
    for element in main.find_all([*HEADINGS, "p", "li", "td", "dd", "dt"]):
        if element.name in HEADINGS:
            sections.append((_clean(element.get_text(" ")), []))
        elif not element.find_parent(["li", "td", "dd"]) or element.name in ("li", "td", "dd"):
            text = _clean(element.get_text(" "))
            if text and (not sections[-1][1] or sections[-1][1][-1] != text):
                sections[-1][1].append(text)
    entries = []
    for number, (heading, parts) in enumerate(sections, start=1):
        body = " ".join(parts)
        if len(body) < MIN_PASSAGE_CHARS or "問い合わせ" in heading:
            continue
        question = heading if heading == title else f"{title} {heading}"
        entries.append(
            FaqEntry(
                id=f"{page_id}#{number}",
                question=question,
                answer=body,
                category="ウェブページ",
                department=dept_match.group(1) if dept_match else "",
                phone=phone_match.group(0) if phone_match else "",
                source_url=url,
            )
        )
    return entries
