"use strict";
(function () {
  const form = document.getElementById("search-form");
  const input = document.getElementById("q");
  const status = document.getElementById("status");
  const results = document.getElementById("results");

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function render(data) {
    results.replaceChildren();
    if (data.abstained) {
      const notice = el("div", { class: "notice" });
      notice.append(el("p", {}, data.message));
      const call = el("a", { href: "tel:" + data.contact.phone }, data.contact.phone);
      const p = el("p", {}, data.contact.name + " 電話 ");
      p.append(call);
      notice.append(p);
      results.append(notice);
      status.textContent = "確かな答えが見つかりませんでした。お問い合わせ先を表示しています。";
      return;
    }
    data.answers.slice(0, 3).forEach((a) => {
      const card = el("article", { class: "answer" });
      card.append(el("h2", {}, a.question));
      card.append(el("p", {}, a.answer));
      const meta = el("p", { class: "meta" });
      const src = el("a", { href: a.source_url, rel: "noopener" }, "出典ページ");
      meta.append(src, document.createTextNode(" ・ 担当: " + a.department + " "));
      meta.append(el("a", { href: "tel:" + a.phone }, a.phone));
      card.append(meta);
      results.append(card);
    });
    status.textContent = data.message + " " + Math.min(3, data.answers.length) + "件を表示しています。";
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const q = input.value.trim();
    if (!q) { status.textContent = "ご質問を入力してください。"; return; }
    status.textContent = "検索しています…";
    try {
      const resp = await fetch("/api/search?" + new URLSearchParams({ q: q, k: "5" }));
      const data = await resp.json();
      if (!resp.ok) { status.textContent = (data.error && data.error.message) || "エラーが発生しました。"; return; }
      render(data);
    } catch (err) {
      status.textContent = "通信エラーが発生しました。しばらくしてからもう一度お試しください。";
    }
  });
})();
