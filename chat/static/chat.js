// Osaki City AI chat page: plain JavaScript, no dependencies.
// Server text is only ever inserted with textContent; links are limited to http(s) and tel:.
"use strict";

(function () {
  const MAX_TEXT_CHARS = 500;
  const STORAGE_KEY = "osakiChat.v1";            // {sessionId, messages: [...]}
  const LARGE_TEXT_KEY = "osakiChat.largeText";  // "1" when the larger text is on
  const MAX_STORED_MESSAGES = 200;
  const MESSAGE_KINDS = [
    "text", "faq_answer", "hand_over", "emergency", "urgent_advice", "disaster", "report_filed", "report_status",
    "notice",
  ];
  // The safety layer's first messages: a calm large-print card with a heading and tap-to-call buttons.
  const SAFETY_KINDS = ["emergency", "urgent_advice", "disaster"];
  const CITY_HALL = { label: "大崎市役所 総合窓口", number: "0229-23-5091" };
  const GREETING = {
    role: "bot",
    kind: "text",
    text: "こんにちは。大崎市のAIチャットです。\n市の手続きや暮らしの情報について、お気軽にご質問ください。\n" +
      "下の「よくあるご用件」から選ぶこともできます。",
    buttons: [], links: [], phones: [],
  };

  const log = document.getElementById("log");
  const typing = document.getElementById("typing");
  const typingText = document.getElementById("typing-text");
  const form = document.getElementById("chat-form");
  const input = document.getElementById("chat-input");
  const sendButton = document.getElementById("send");
  const counter = document.getElementById("chat-count");
  const largeTextButton = document.getElementById("large-text");
  const resetButton = document.getElementById("reset");
  const quickReplies = document.getElementById("quick-replies");
  const composer = document.getElementById("composer");

  let state = { sessionId: null, messages: [] };
  let busy = false;

  // --- storage ------------------------------------------------------------------------------------
  function loadState() {
    try {
      const raw = window.localStorage.getItem(STORAGE_KEY);
      if (!raw) return { sessionId: null, messages: [] };
      const parsed = JSON.parse(raw);
      return {
        sessionId: typeof parsed.sessionId === "string" ? parsed.sessionId : null,
        messages: Array.isArray(parsed.messages) ? parsed.messages.map(normalizeMessage).filter(Boolean) : [],
      };
    } catch (err) {
      return { sessionId: null, messages: [] };
    }
  }

  function saveState() {
    try {
      const messages = state.messages.filter((m) => !m.failed && m.kind !== "error").slice(-MAX_STORED_MESSAGES)
        .map((m) => ({
          role: m.role, kind: m.kind, title: m.title, text: m.text, buttons: m.buttons, links: m.links,
          phones: m.phones, used: m.used, questionId: m.questionId, feedback: m.feedback,
        }));
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ sessionId: state.sessionId, messages: messages }));
    } catch (err) {
      // Storage full or disabled (private mode): the conversation still works, it just is not kept.
    }
  }

  // --- safe values from the server ----------------------------------------------------------------
  function str(value) {
    return typeof value === "string" ? value : "";
  }

  function safeUrl(value) {
    try {
      const url = new URL(str(value), window.location.href);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (err) {
      return null;
    }
  }

  function telHref(number, tel) {
    // The server's tel: URI when it is one (short numbers such as #7119 are sent as tel:%237119), else digits.
    if (/^tel:(%23)?\+?\d{2,15}$/.test(str(tel))) return str(tel);
    const digits = str(number).replace(/[^\d+]/g, "");
    return /^\+?\d{2,15}$/.test(digits) ? "tel:" + digits : null;
  }

  function normalizeMessage(m) {
    if (!m || typeof m !== "object") return null;
    const role = m.role === "user" ? "user" : "bot";
    const kind = role === "user" ? "user" : (MESSAGE_KINDS.includes(m.kind) || m.kind === "error" ? m.kind : "text");
    const list = (value) => (Array.isArray(value) ? value.filter((x) => x && typeof x === "object") : []);
    return {
      role: role,
      kind: kind,
      title: str(m.title),
      text: str(m.text),
      buttons: list(m.buttons).map((b) => ({ title: str(b.title), payload: str(b.payload) })).filter((b) => b.title),
      links: list(m.links).map((l) => ({ title: str(l.title), url: str(l.url) })),
      phones: list(m.phones).map((p) => ({ label: str(p.label), number: str(p.number), tel: str(p.tel) })),
      used: Boolean(m.used),
      // 「役に立ちましたか」: the question's id on the server and the citizen's answer ("yes" / "no")
      questionId: Number.isInteger(m.questionId) && m.questionId > 0 ? m.questionId : null,
      feedback: m.feedback === "yes" || m.feedback === "no" ? m.feedback : null,
    };
  }

  // --- rendering ----------------------------------------------------------------------------------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function whoLabel(m) {
    if (m.role === "user") return "あなた";
    if (m.kind === "emergency") return "緊急のご案内";
    if (m.kind === "urgent_advice") return "大切なご案内";
    if (m.kind === "disaster") return "防災のご案内";
    if (m.kind === "notice" || m.kind === "error") return "お知らせ";
    return "AIチャット";
  }

  function renderMessage(m) {
    const box = el("div", "msg msg--" + (m.role === "user" ? "user" : "bot msg--" + m.kind));
    const who = el("p", "msg__who", whoLabel(m));
    who.append(el("span", "visually-hidden", ":"));
    box.append(who);
    if (m.title && SAFETY_KINDS.includes(m.kind)) box.append(el("p", "msg__title", m.title));
    box.append(el("p", "msg__text", m.text));

    const links = m.links.map((l) => ({ title: l.title || "詳しくはこちら", href: safeUrl(l.url) }))
      .filter((l) => l.href);
    if (links.length) {
      const ul = el("ul", "msg__list msg__links");
      links.forEach((l) => {
        const a = el("a", null, l.title);
        a.href = l.href;
        a.rel = "noopener noreferrer";
        const li = el("li");
        li.append(a);
        ul.append(li);
      });
      box.append(ul);
    }

    const phones = m.phones.map((p) => ({ label: p.label, number: p.number, href: telHref(p.number, p.tel) }))
      .filter((p) => p.href);
    if (phones.length) {
      const ul = el("ul", "msg__list msg__phones");
      phones.forEach((p) => {
        const a = el("a", "phone-link");
        a.href = p.href;
        if (p.label) a.append(el("span", "phone-link__label", p.label), document.createTextNode(" "));
        a.append(el("span", "phone-link__number", p.number));
        a.append(el("span", "visually-hidden", "(電話をかける)"));
        const li = el("li");
        li.append(a);
        ul.append(li);
      });
      box.append(ul);
    }

    if (m.buttons.length) {
      const group = el("div", "msg__buttons");
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", "返答の候補");
      m.buttons.forEach((b) => {
        const button = el("button", "reply-button", b.title);
        button.type = "button";
        button.disabled = m.used;
        button.addEventListener("click", () => {
          if (busy || m.used) return;
          send(b.payload || b.title, b.title);
        });
        group.append(button);
      });
      box.append(group);
    }

    if (m.questionId) box.append(renderFeedback(m));
    if (m.failed) box.append(el("p", "msg__failed", "(送信できませんでした)"));
    m.node = box;
    return box;
  }

  // 「役に立ちましたか」 under an FAQ answer: はい / いいえ, sent once (the last choice counts on the server).
  const FEEDBACK_THANKS = "ご回答ありがとうございました。今後の改善に役立てます。";
  function renderFeedback(m) {
    const box = el("div", "feedback");
    box.setAttribute("role", "group");
    const question = el("p", "feedback__question", "この回答は役に立ちましたか？");
    question.id = "feedback-q-" + m.questionId;
    box.setAttribute("aria-labelledby", question.id);
    const status = el("p", "feedback__status", m.feedback ? FEEDBACK_THANKS : "");
    status.setAttribute("role", "status");
    const buttons = el("div", "feedback__buttons");
    [["yes", "はい"], ["no", "いいえ"]].forEach(([value, title]) => {
      const button = el("button", "feedback__button", title);
      button.type = "button";
      button.dataset.feedback = value;
      button.setAttribute("aria-pressed", m.feedback === value ? "true" : "false");
      button.disabled = Boolean(m.feedback);
      button.addEventListener("click", () => sendFeedback(m, value, box, status));
      buttons.append(button);
    });
    box.append(question, buttons, status);
    return box;
  }

  async function sendFeedback(m, value, box, status) {
    if (m.feedback || !state.sessionId) return;
    const buttons = box.querySelectorAll(".feedback__button");
    buttons.forEach((b) => { b.disabled = true; });
    try {
      await postJson("/api/chat/feedback", { session_id: state.sessionId, question_id: m.questionId,
        helpful: value === "yes" });
      m.feedback = value;
      buttons.forEach((b) => b.setAttribute("aria-pressed", b.dataset.feedback === value ? "true" : "false"));
      status.textContent = FEEDBACK_THANKS;
      saveState();
    } catch (err) {
      buttons.forEach((b) => { b.disabled = false; });
      status.textContent = "送信できませんでした。もう一度お試しください。";
    }
  }

  function addMessage(m) {
    state.messages.push(m);
    log.append(renderMessage(m));
    return m;
  }

  // The input area sticks to the bottom of the screen: keep scrolled-to and focused things out from under it.
  function coveredBottom() {
    return window.getComputedStyle(composer).position === "sticky" ? composer.offsetHeight : 0;
  }

  function updateScrollPadding() {
    document.documentElement.style.scrollPaddingBottom = coveredBottom() + "px";
  }

  function scrollToLatest() {
    updateScrollPadding();
    typing.scrollIntoView({ block: "nearest" });
  }

  // Show new messages from their start when they do not fit on the screen, else all of them.
  function revealFrom(first) {
    updateScrollPadding();
    const last = log.lastElementChild;
    if (!first || !last) return;
    const span = last.getBoundingClientRect().bottom - first.getBoundingClientRect().top;
    if (span > window.innerHeight - coveredBottom()) first.scrollIntoView({ block: "start" });
    else typing.scrollIntoView({ block: "nearest" });
  }

  // Buttons belong to the turn they were offered in: once the user says anything else, they are spent.
  function retireButtons() {
    state.messages.forEach((m) => {
      if (m.role === "bot" && m.buttons.length && !m.used) {
        m.used = true;
        if (m.node) m.node.querySelectorAll(".reply-button").forEach((b) => { b.disabled = true; });
      }
    });
  }

  function renderAll() {
    log.replaceChildren();
    state.messages.forEach((m) => log.append(renderMessage(m)));
  }

  function setBusy(on) {
    busy = on;
    sendButton.setAttribute("aria-disabled", on ? "true" : "false");
    typing.classList.toggle("is-active", on);
    typingText.textContent = on ? "回答を作成しています" : "";
    if (on) scrollToLatest();
  }

  function updateCounter() {
    const n = input.value.length;
    counter.textContent = n + " / " + MAX_TEXT_CHARS + "文字";
    counter.classList.toggle("is-over", n > MAX_TEXT_CHARS);
  }

  // --- talking to the gateway ------------------------------------------------------------------------
  class ApiError extends Error {
    constructor(status, code, message, retryAfter) {
      super(message);
      this.status = status;
      this.code = code;
      this.retryAfter = retryAfter;
    }
  }

  async function postJson(path, body) {
    let resp;
    try {
      resp = await fetch(path, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify(body),
      });
    } catch (err) {
      throw new ApiError(0, "network", "", null);
    }
    let data = null;
    try {
      data = await resp.json();
    } catch (err) {
      data = null;
    }
    if (!resp.ok) {
      const error = (data && data.error) || {};
      throw new ApiError(resp.status, str(error.code), str(error.message), resp.headers.get("Retry-After"));
    }
    return data || {};
  }

  async function newSession() {
    const data = await postJson("/api/chat/session", {});
    state.sessionId = str(data.session_id) || null;
    if (!state.sessionId) throw new ApiError(500, "bad_session", "", null);
    return state.sessionId;
  }

  async function askServer(text) {
    const sessionId = state.sessionId || await newSession();
    try {
      return await postJson("/api/chat", { session_id: sessionId, text: text });
    } catch (err) {
      if (err instanceof ApiError && err.status === 422 && err.code === "invalid_session") {
        await newSession();
        return postJson("/api/chat", { session_id: state.sessionId, text: text });
      }
      throw err;
    }
  }

  function hasJapanese(text) {
    return /[\u3040-\u30ff\u3400-\u9fff]/.test(text);
  }

  function errorMessage(err, text) {
    const status = err instanceof ApiError ? err.status : 0;
    // Field validation messages are technical (English): only the gateway's own Japanese messages are shown.
    const serverText = err instanceof ApiError && err.code !== "invalid_request" && hasJapanese(err.message)
      ? err.message : "";
    const m = { role: "bot", kind: "error", text: "", buttons: [], links: [], phones: [] };
    if (status === 422) {
      m.text = text.length > MAX_TEXT_CHARS
        ? "申し訳ありません。ご質問は" + MAX_TEXT_CHARS + "文字以内で入力してください。(現在" + text.length + "文字)"
        : serverText || "申し訳ありません。入力された内容を受け付けられませんでした。内容をご確認ください。";
    } else if (status === 429) {
      const seconds = parseInt(err.retryAfter, 10);
      m.text = "ただいま混み合っています。" +
        (seconds > 0 ? seconds + "秒ほど" : "少し") + "待ってから、もう一度お試しください。";
    } else if (status === 0) {
      m.text = "通信できませんでした。インターネットの接続を確認して、もう一度お試しください。";
    } else {
      m.text = (serverText ? serverText + "\n" : "申し訳ありません。ただいまご案内ができません。\n") +
        "しばらくしてから、もう一度お試しください。お急ぎの方はお電話でお問い合わせください。";
      m.phones = [CITY_HALL];
    }
    return m;
  }

  async function send(text, shownText) {
    if (busy) return;
    const trimmed = text.trim();
    if (!trimmed) {
      input.focus();
      return;
    }
    retireButtons();
    const userMessage = addMessage({
      role: "user", kind: "user", text: shownText || trimmed, buttons: [], links: [], phones: [],
    });
    setBusy(true);
    try {
      const data = await askServer(trimmed);
      if (typeof data.session_id === "string" && data.session_id) state.sessionId = data.session_id;
      const messages = Array.isArray(data.messages) ? data.messages : [];
      const replies = messages.map((m) => normalizeMessage(Object.assign({}, m, { role: "bot" }))).filter(Boolean);
      const answers = replies.filter((m) => m.kind === "faq_answer");
      if (Number.isInteger(data.question_id) && answers.length) answers[answers.length - 1].questionId = data.question_id;
      replies.forEach(addMessage);
      readRepliesAloud(replies);
      if (!shownText) {
        input.value = "";
        updateCounter();
      }
      saveState();
    } catch (err) {
      userMessage.failed = true;
      if (userMessage.node) userMessage.node.append(el("p", "msg__failed", "(送信できませんでした)"));
      addMessage(errorMessage(err, trimmed));
    } finally {
      setBusy(false);
      revealFrom(userMessage.node);
    }
  }

  // --- controls -----------------------------------------------------------------------------------
  function applyLargeText(on) {
    document.documentElement.classList.toggle("large-text", on);
    largeTextButton.setAttribute("aria-pressed", on ? "true" : "false");
  }

  function startConversation() {
    state = { sessionId: null, messages: [] };
    renderAll();
    addMessage(normalizeMessage(GREETING));
    saveState();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send(input.value);
  });

  input.addEventListener("keydown", (event) => {
    // Enter sends; Shift+Enter adds a line; Enter that confirms a Japanese IME conversion does nothing here.
    if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    send(input.value);
  });

  input.addEventListener("input", updateCounter);

  quickReplies.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-payload]");
    if (!button) return;
    send(button.dataset.payload, button.textContent.trim());
    input.focus();
  });

  log.addEventListener("click", (event) => {
    if (event.target.closest(".reply-button")) input.focus();
  });

  largeTextButton.addEventListener("click", () => {
    const on = largeTextButton.getAttribute("aria-pressed") !== "true";
    applyLargeText(on);
    try {
      window.localStorage.setItem(LARGE_TEXT_KEY, on ? "1" : "0");
    } catch (err) {
      // not remembered when storage is unavailable
    }
  });

  resetButton.addEventListener("click", () => {
    if (busy) return;
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch (err) {
      // nothing stored
    }
    startConversation();
    input.value = "";
    updateCounter();
    input.focus();
  });

  // --- voice (voice/static/voice-client.js; hidden when the server has no voice endpoints) -----------
  // 「読み上げ」 reads answers aloud (remembered); the microphone asks by voice in this chat's session: the
  // recognised words and the answer appear in the log, and the answer is spoken when 「読み上げ」 is on.
  const READ_ALOUD_KEY = "osakiChat.readAloud";  // "1" when answers are read aloud
  const SPOKEN_MAX_SENTENCES = 2;
  const SPOKEN_MAX_CHARS = 200;
  const voice = window.OsakiVoice || null;
  const readAloudButton = document.getElementById("read-aloud");
  const micButton = document.getElementById("mic");
  const micState = document.getElementById("mic-state");
  let voiceSession = null;
  let voiceQuestion = null;  // the spoken question waiting for its answer

  function readAloudOn() {
    return readAloudButton.getAttribute("aria-pressed") === "true";
  }

  function applyReadAloud(on) {
    readAloudButton.setAttribute("aria-pressed", on ? "true" : "false");
    if (!on && voice) voice.stopSpeaking();
  }

  // The first sentences of typed answers (the server's spoken form is used for spoken questions).
  function textForSpeech(text) {
    const sentences = text.split(/(?<=[。！？!?\n])/u).map((x) => x.trim()).filter(Boolean);
    return sentences.slice(0, SPOKEN_MAX_SENTENCES).join("").slice(0, SPOKEN_MAX_CHARS);
  }

  function readRepliesAloud(replies) {
    if (!voice || !readAloudOn()) return;
    // The answer itself: a status notice (e.g. degraded mode) stays on screen but is not read first.
    const answers = replies.filter((m) => m.kind !== "notice");
    const text = textForSpeech((answers.length ? answers : replies).map((m) => m.text).filter(Boolean).join("\n"));
    if (text) voice.speak(text);
  }

  function onMicState(name) {
    const on = name === "listening" || name === "connecting";
    micButton.setAttribute("aria-pressed", on ? "true" : "false");
    document.body.dataset.mic = name;
    if (name === "connecting") micState.textContent = "マイクを準備しています…";
    else if (name === "listening") micState.textContent = "聞いています。ご質問をお話しください。";
    else if (name === "denied") micState.textContent = "マイクが使えません。文字で入力してください。";
    else micState.textContent = "";
    if (!on) voiceSession = null;
  }

  function onVoiceEvent(event) {
    if (event.type === "listening") {
      if (event.session_id && event.session_id !== state.sessionId) {
        state.sessionId = event.session_id;
        saveState();
      }
      if (voiceQuestion) setBusy(false);  // nothing more comes for the last question
      voiceQuestion = null;
    } else if (event.type === "partial" && event.text) {
      micState.textContent = "聞き取り中：" + event.text;
    } else if (event.type === "final" && str(event.text).trim()) {
      retireButtons();
      voiceQuestion = addMessage({ role: "user", kind: "user", text: str(event.text).trim(), buttons: [], links: [],
        phones: [] });
      micState.textContent = "聞いています。ご質問をお話しください。";
      setBusy(true);
    } else if (event.type === "bot_text") {
      addMessage(normalizeMessage({ role: "bot", kind: "text", text: str(event.text) }));
      saveState();
      setBusy(false);
      revealFrom(voiceQuestion ? voiceQuestion.node : log.lastElementChild);
      voiceQuestion = null;
    } else if (event.type === "error") {
      micState.textContent = str(event.message);
    }
  }

  function stopMic() {
    const session = voiceSession;
    voiceSession = null;
    if (session) session.stop();
  }

  async function startMic() {
    voice.unlock();  // a click allows the page to play sound
    onMicState("connecting");
    try {
      if (!state.sessionId) await newSession();
    } catch (err) {
      onMicState("closed");
      addMessage(errorMessage(err, ""));
      return;
    }
    voiceSession = new voice.VoiceSession({ mode: "free", channel: "voice", sessionId: state.sessionId,
      speak: readAloudOn(), onEvent: onVoiceEvent, onState: onMicState });
    voiceSession.start().catch(() => onMicState("denied"));
  }

  function setupVoice() {
    if (!voice) return;
    let remembered = false;
    try {
      remembered = window.localStorage.getItem(READ_ALOUD_KEY) === "1";
    } catch (err) {
      remembered = false;
    }
    readAloudButton.hidden = false;
    applyReadAloud(remembered);
    readAloudButton.addEventListener("click", () => {
      const on = !readAloudOn();
      voice.unlock();
      applyReadAloud(on);
      try {
        window.localStorage.setItem(READ_ALOUD_KEY, on ? "1" : "0");
      } catch (err) {
        // not remembered when storage is unavailable
      }
      if (voiceSession) {  // the reply audio is chosen when the voice session starts
        stopMic();
        startMic();
      }
    });
    if (!voice.supported()) return;
    micButton.hidden = false;
    micButton.addEventListener("click", () => (voiceSession ? stopMic() : startMic()));
    resetButton.addEventListener("click", stopMic);
  }

  // --- start ---------------------------------------------------------------------------------------
  let largeText = false;
  try {
    largeText = window.localStorage.getItem(LARGE_TEXT_KEY) === "1";
  } catch (err) {
    largeText = false;
  }
  applyLargeText(largeText);
  setupVoice();
  if (window.ResizeObserver) new ResizeObserver(updateScrollPadding).observe(composer);
  window.addEventListener("resize", updateScrollPadding);
  state = loadState();
  if (state.messages.length) {
    renderAll();
    scrollToLatest();
  } else {
    startConversation();
  }
  updateCounter();
})();
