// The senior's device page: keeps one WebSocket to /watch/device/{id}, shows questions, sends answers.
// The device is set up once by a short 設定コード (typed, or from the staff page's QR code); the device id and
// token it returns are kept in localStorage; the socket reconnects by itself with
// exponential backoff, and an answer that was not confirmed is sent again after reconnecting.
// Messages and close codes follow watch/protocol.py (docs/protocols/device.schema.json).
"use strict";
(() => {
  const STORAGE_KEY = "osaki.watch.device";
  const PING_EVERY_MS = 20000;
  const PONG_WAIT_MS = 10000;
  const MAX_BACKOFF_MS = 30000;
  const CLOSE_UNAUTHORIZED = 4401;  // wrong token: set the device up again
  const CLOSE_FORBIDDEN = 4403;  // revoked, or the resident is no longer enrolled: stop
  const FINAL_ERRORS = new Set(["rate_limited", "not_found", "invalid_input", "bad_message"]);  // do not resend
  const $ = (id) => document.getElementById(id);
  let socket = null;
  let backoffMs = 1000;
  let currentCheckin = null;
  let currentAsk = 0;
  const answeredAsk = new Map();  // checkin id -> ask number answered (a late duplicate push is ignored)
  let pendingAnswer = null;
  let pingTimer = null;
  let pongTimer = null;
  let reconnectTimer = null;
  let refusal = "";  // why the server refused this device (shown on the setup screen)
  let residentName = "";
  let cityTimeZone = "Asia/Tokyo";  // replaced by the server's welcome
  const GREETING_EVERY_MS = 60000;
  const LEADING_GREETING = /^(おはようございます|こんにちは|こんばんは)[。、！!\s]*/u;

  // --- greeting by the time of day in the city's time zone ---------------------------------------------
  function localHour(timeZone) {
    try {
      const hour = new Intl.DateTimeFormat("en-US", { hour: "numeric", hourCycle: "h23", timeZone }).format(new Date());
      return Number.parseInt(hour, 10) % 24;
    } catch (err) {
      return new Date().getHours();  // an unknown zone name: the tablet's own clock
    }
  }

  function greeting() {
    const hour = localHour(cityTimeZone);
    if (hour >= 4 && hour < 10) return "おはようございます";
    if (hour >= 10 && hour < 18) return "こんにちは";
    return "こんばんは";
  }

  function showGreeting() {
    $("hello").textContent = residentName ? `${residentName}さん、${greeting()}。` : `${greeting()}。`;
  }

  // The tablet greets by itself (line above): a greeting at the start of a question (「おはようございます。…」
  // written for the morning) is left out, so a re-ask in the evening does not say good morning.
  function questionText(message) {
    const rest = String(message || "").replace(LEADING_GREETING, "");
    return rest.trim() ? rest : String(message || "");
  }

  // --- chime: two soft generated tones (Web Audio, no file) --------------------------------------------
  // Browsers allow sound only after the page was touched once: a chime before that waits for the first touch.
  const AudioContextClass = window.AudioContext || window.webkitAudioContext;
  let audio = null;
  let chimeWaiting = false;

  function audioContext() {
    if (!audio && AudioContextClass) audio = new AudioContextClass();
    return audio;
  }

  function tone(context, frequencyHz, startS, lengthS) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = frequencyHz;
    gain.gain.setValueAtTime(0.0001, startS);
    gain.gain.exponentialRampToValueAtTime(0.25, startS + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, startS + lengthS);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(startS);
    oscillator.stop(startS + lengthS + 0.05);
  }

  function chime() {
    const context = audioContext();
    if (!context) return;
    if (context.state !== "running") {
      chimeWaiting = true;  // played at the first touch
      context.resume().then(() => { if (chimeWaiting && context.state === "running") playChime(); }, () => {});
      return;
    }
    playChime();
  }

  function playChime() {
    chimeWaiting = false;
    const context = audioContext();
    const now = context.currentTime;
    tone(context, 880, now, 0.6);  // A5, then E5: a gentle falling "ding-dong"
    tone(context, 659.25, now + 0.45, 0.9);
    document.body.dataset.chimes = String(Number(document.body.dataset.chimes || 0) + 1);
  }

  function unlockAudio() {
    const context = audioContext();
    if (!context) return;
    context.resume().then(() => { if (chimeWaiting) playChime(); }, () => {});
  }

  // --- the answer buttons: the chosen one stays marked, the others wait for the next question ---------------
  // 助けて stays usable: an emergency can come after a 元気です answer.
  function setAnswerButtons(state, chosen) {
    document.querySelectorAll(".answer").forEach((button) => {
      const pressed = state !== "open" && button.dataset.button === chosen;
      button.setAttribute("aria-pressed", pressed ? "true" : "false");
      button.disabled = state !== "open" && button.dataset.button !== "help";
    });
    $("answered-note").hidden = state !== "answered";
    document.body.dataset.answer = state;
  }

  // --- tap-to-call numbers (119 is in the page; the family and the city come with the welcome) --------------
  function showPhones(phones) {
    const list = $("calls");
    list.querySelectorAll("li[data-role]").forEach((item) => item.remove());
    (Array.isArray(phones) ? phones : []).forEach((entry) => {
      const digits = String(entry.phone || "").replace(/[^0-9+]/g, "");
      if (!digits) return;
      const item = document.createElement("li");
      item.dataset.role = entry.role;
      const link = document.createElement("a");
      link.className = "call " + (entry.role === "family" ? "family" : "city");
      link.href = "tel:" + digits;
      const label = document.createElement("span");
      label.className = "call__label";
      label.textContent = entry.label;
      const number = document.createElement("span");
      number.className = "call__number";
      number.textContent = entry.phone;
      link.append(label, number);
      item.append(link);
      list.append(item);
    });
  }

  function loadConfig() {
    try {
      const value = JSON.parse(localStorage.getItem(STORAGE_KEY) || "null");
      return value && value.deviceId && value.token ? value : null;
    } catch (err) {
      return null;
    }
  }

  // A reply may have several lines (after an emergency answer: "call 119", "the staff are told", ...):
  // the lines are kept, inserted as text only.
  function showReply(text) {
    const reply = $("reply");
    reply.replaceChildren();
    String(text || "").split("\n").filter((line) => line.trim()).forEach((line, index) => {
      if (index) reply.append(document.createElement("br"));
      reply.append(document.createTextNode(line));
    });
  }

  function setStatus(connected, text) {
    const status = $("status");
    status.textContent = text;
    status.className = "status " + (connected ? "on" : "off");
    document.body.dataset.connected = connected ? "yes" : "no";
  }

  function showSetup(message) {
    $("home").hidden = true;
    $("setup").hidden = false;
    $("setup-error").textContent = message || "";
  }

  function showHome() {
    $("setup").hidden = true;
    $("home").hidden = false;
  }

  function send(payload) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(payload));
      return true;
    }
    return false;
  }

  function stopPing() {
    clearInterval(pingTimer);
    clearTimeout(pongTimer);
    pingTimer = pongTimer = null;
  }

  function startPing() {
    stopPing();
    pingTimer = setInterval(() => {
      if (!send({ type: "ping" })) return;
      clearTimeout(pongTimer);
      pongTimer = setTimeout(() => socket && socket.close(), PONG_WAIT_MS);  // silent drop: reconnect
    }, PING_EVERY_MS);
  }

  function scheduleReconnect() {
    clearTimeout(reconnectTimer);
    const wait = Math.min(backoffMs, MAX_BACKOFF_MS) * (0.75 + Math.random() * 0.5);
    backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
    reconnectTimer = setTimeout(connect, wait);
  }

  // --- disaster notices: a banner per notice, read aloud (again at each repeat) until 「聞きました」 ------------
  const noticeAsk = new Map();  // notice id -> the push number last read aloud

  function noticeSpeech(message) {
    return `${message.level_label}のお知らせです。${message.title}。${message.text}`;
  }

  function noticeMeta(message) {
    const where = message.all_districts ? "全地区" : (message.districts || []).join("、");
    let until = "";
    try {
      until = new Intl.DateTimeFormat("ja-JP", { month: "long", day: "numeric", hour: "numeric", minute: "2-digit",
        timeZone: cityTimeZone }).format(new Date(message.expires_at));
    } catch (err) {
      until = "";
    }
    return until ? `対象：${where}　${until}まで` : `対象：${where}`;
  }

  function noticeItem(id) {
    let item = document.querySelector(`#notice-list li[data-notice-id="${id}"]`);
    if (item) return item;
    item = document.createElement("li");
    item.dataset.noticeId = String(id);
    item.dataset.spoken = "0";
    const level = document.createElement("p");
    level.className = "notice__level";
    const headline = document.createElement("h3");
    headline.className = "notice__headline";
    const text = document.createElement("p");
    text.className = "notice__text";
    const meta = document.createElement("p");
    meta.className = "notice__meta";
    const done = document.createElement("p");
    done.className = "notice__done";
    done.textContent = "✓ 聞きました";
    const actions = document.createElement("div");
    actions.className = "notice__actions";
    const heard = document.createElement("button");
    heard.type = "button";
    heard.className = "notice__heard";
    heard.textContent = "聞きました";
    heard.addEventListener("click", () => {
      if (voice) voice.unlock();
      heard.disabled = true;
      if (!send({ type: "notice_heard", notice_id: id })) heard.disabled = false;
    });
    const again = document.createElement("button");
    again.type = "button";
    again.className = "notice__again";
    again.textContent = "もう一度きく";
    again.addEventListener("click", () => {
      if (!voice) return;
      voice.unlock();
      voice.speak(item.dataset.speech || "");
    });
    actions.append(heard, again);
    item.append(level, headline, text, meta, done, actions);
    $("notice-list").prepend(item);
    $("notices").hidden = false;
    return item;
  }

  function showNotice(message) {
    const item = noticeItem(message.notice_id);
    item.className = `notice level-${message.level}` + (message.heard ? " heard" : "");
    item.querySelector(".notice__level").textContent = message.level_label;
    item.querySelector(".notice__headline").textContent = message.title;
    item.querySelector(".notice__text").textContent = message.text;
    item.querySelector(".notice__meta").textContent = noticeMeta(message);
    item.querySelector(".notice__done").hidden = !message.heard;
    const heard = item.querySelector(".notice__heard");
    heard.hidden = message.heard;
    heard.disabled = false;
    item.dataset.heard = message.heard ? "yes" : "no";
    item.dataset.speech = noticeSpeech(message);
    if (!message.heard && message.ask > (noticeAsk.get(message.notice_id) || 0)) {
      noticeAsk.set(message.notice_id, message.ask);
      item.dataset.spoken = String(Number(item.dataset.spoken) + 1);
      chime();
      if (voice) voice.speak(item.dataset.speech);
    }
  }

  function removeNotice(id) {
    const item = document.querySelector(`#notice-list li[data-notice-id="${id}"]`);
    if (item) item.remove();
    noticeAsk.delete(id);
    $("notices").hidden = !document.querySelector("#notice-list li");
  }

  function handle(message) {
    switch (message.type) {
      case "welcome":
        backoffMs = 1000;
        setStatus(true, "つながっています");
        residentName = message.name || "";
        if (message.timezone) cityTimeZone = message.timezone;
        showGreeting();
        showPhones(message.phones);
        startPing();
        if (pendingAnswer) send(pendingAnswer);
        break;
      case "checkin":
        if (answeredAsk.has(message.checkin_id) && message.ask <= answeredAsk.get(message.checkin_id)) break;
        // The same question pushed again (after a reconnect) changes nothing; asked again (a higher ask) it
        // chimes again; only a new question clears the reply and opens the buttons.
        if (message.checkin_id === currentCheckin && message.ask <= currentAsk) break;
        if (message.checkin_id !== currentCheckin) {
          $("reply").textContent = "";
          setAnswerButtons("open");
        }
        currentCheckin = message.checkin_id;
        currentAsk = message.ask;
        showGreeting();
        $("question").textContent = questionText(message.message);
        chime();
        voiceQuestion(questionText(message.message));
        break;
      case "answered":
        pendingAnswer = null;
        if (message.checkin_id !== null) {
          // An answered question is not asked again; only a stale duplicate push could bring it back.
          answeredAsk.set(message.checkin_id, message.checkin_id === currentCheckin ? currentAsk : Infinity);
        }
        showReply(message.message);
        setAnswerButtons("answered", answeredButton);
        voiceConfirm(message.message);
        if (message.checkin_id === currentCheckin) {
          currentCheckin = null;
          $("question").textContent = "お返事ありがとうございました。";
        }
        break;
      case "retry":
        pendingAnswer = null;
        $("reply").textContent = message.message;
        setAnswerButtons("open");
        heardAnswer = null;  // not understood: the question comes again (read aloud then)
        voiceConfirm(message.message);
        break;
      case "error":
        if (FINAL_ERRORS.has(message.code)) {
          pendingAnswer = null;
          setAnswerButtons("open");
        }
        if (message.code === "device_revoked" || message.code === "resident_inactive") refusal = message.message;
        $("reply").textContent = message.message;
        break;
      case "notice":
        showNotice(message);
        break;
      case "notice_ended":
        removeNotice(message.notice_id);
        break;
      case "pong":
        clearTimeout(pongTimer);
        break;
      default:
        break;
    }
  }

  function connect() {
    clearTimeout(reconnectTimer);
    const config = loadConfig();
    if (!config) {
      showSetup();
      return;
    }
    showHome();
    setStatus(false, "つないでいます…");
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const ws = new WebSocket(`${scheme}://${location.host}/watch/device/${encodeURIComponent(config.deviceId)}`);
    socket = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: "hello", token: config.token }));
    ws.onmessage = (event) => {
      try {
        handle(JSON.parse(event.data));
      } catch (err) {
        /* ignore a malformed message */
      }
    };
    ws.onclose = (event) => {
      if (socket !== ws) return;
      stopPing();
      socket = null;
      if (event.code === CLOSE_UNAUTHORIZED) {
        setStatus(false, "つながっていません");
        localStorage.removeItem(STORAGE_KEY);  // this credential will not work: a new 設定コード is needed
        showSetup("この端末の設定が正しくありません。市役所で新しい設定コードをもらってください。");
        return;
      }
      if (event.code === CLOSE_FORBIDDEN) {
        localStorage.removeItem(STORAGE_KEY);  // the token will never work again
        pendingAnswer = null;
        setStatus(false, "つながっていません");
        showSetup(refusal || "この端末は使えなくなりました。市役所にお問い合わせください。");
        return;
      }
      setStatus(false, "つながっていません。つなぎ直しています…");
      scheduleReconnect();
    };
  }

  let answeredButton = null;  // the button of the answer being sent (marked until the next question)

  function answer(payload) {
    answeredButton = payload.button || null;
    setAnswerButtons("sending", answeredButton);
    pendingAnswer = { type: "answer", checkin_id: currentCheckin, ...payload };
    $("reply").textContent = send(pendingAnswer) ? "送っています…" : "つながったら、すぐに送ります。";
  }

  // --- voice (voice/static/voice-client.js; the microphone is hidden when the server has no voice) -----------
  // The question is read aloud when it arrives (「もう一度きく」 repeats it); a spoken answer is recognised in
  // grammar mode (free mode on Whisper when the server has no Vosk model) and sent as the answer's text;
  // the reply is read aloud with the words that were heard.
  const voice = window.OsakiVoice && window.OsakiVoice.supported() ? window.OsakiVoice : null;
  let voiceSession = null;
  let lastQuestion = "";
  let heardAnswer = null;  // words heard by the microphone, until the server confirms the answer

  function voiceQuestion(text) {
    lastQuestion = text;
    if (voice) voice.speak(text);
  }

  function voiceConfirm(reply) {
    if (!voice) return;
    const heard = heardAnswer;
    heardAnswer = null;
    voice.speak(heard ? `「${heard}」とお答えいただきました。${reply}` : reply);
  }

  function micState(state) {
    const listening = state === "listening" || state === "connecting";
    $("mic").setAttribute("aria-pressed", listening ? "true" : "false");
    document.body.dataset.mic = state;
    if (state === "connecting") $("mic-state").textContent = "準備しています…";
    else if (state === "listening") $("mic-state").textContent = "聞いています。お話しください。";
    else if (state === "denied") $("mic-state").textContent = "マイクが使えません。下のボタンで答えてください。";
    else if (!heardAnswer) $("mic-state").textContent = "ボタンを押すと、声で答えられます。";
    if (state !== "listening" && state !== "connecting") voiceSession = null;
  }

  function micEvent(event) {
    if (event.type === "partial" && event.text) {
      $("mic-state").textContent = `聞いています：${event.text}`;
    } else if (event.type === "final") {
      const text = String(event.text || "").replace(/\[unk\]/g, "").replace(/[。、．.!！?？\s]+$/u, "").trim();
      if (!text) return;
      heardAnswer = text;
      $("mic-state").textContent = `「${text}」と聞こえました。`;
      stopMic();
      answer({ text });
    } else if (event.type === "error") {
      $("mic-state").textContent = event.message || "うまく聞き取れませんでした。";
    }
  }

  function stopMic() {
    const session = voiceSession;
    voiceSession = null;
    if (session) session.stop();
  }

  function startMic() {
    voice.unlock();  // a touch allows the page to play sound
    voice.stopSpeaking();
    voiceSession = new voice.VoiceSession({ mode: "grammar", channel: "device", speak: false,
      onEvent: micEvent, onState: micState });
    voiceSession.start().catch(() => micState("denied"));
  }

  if (voice) {
    $("voice").hidden = false;
    $("mic").addEventListener("click", () => (voiceSession ? stopMic() : startMic()));
    $("repeat").addEventListener("click", () => {
      voice.unlock();
      voice.speak(lastQuestion || $("question").textContent);
    });
    // Browsers play sound only after the page was touched once (a kiosk tablet may allow it from the start).
    document.addEventListener("pointerdown", () => voice.unlock(), { once: true });
    document.addEventListener("keydown", () => voice.unlock(), { once: true });
  }

  document.addEventListener("pointerdown", unlockAudio, { once: true });
  document.addEventListener("keydown", unlockAudio, { once: true });
  setInterval(showGreeting, GREETING_EVERY_MS);
  document.querySelectorAll(".answer").forEach((button) => {
    button.addEventListener("click", () => answer({ button: button.dataset.button }));
  });
  $("text-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = $("answer-text").value.trim();
    if (!text) return;
    answer({ text });
    $("answer-text").value = "";
  });
  // --- setup by a one-time 設定コード (typed, or carried by the QR code as #code=12345678) ----------------------
  async function postJson(url, body) {
    const response = await fetch(url, {
      method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body), credentials: "same-origin",
    });
    let data = null;
    try { data = await response.json(); } catch (err) { data = null; }
    return { ok: response.ok, status: response.status, data };
  }

  function errorMessage(result, fallback) {
    const message = result && result.data && result.data.error && result.data.error.message;
    return typeof message === "string" && message ? message : fallback;
  }

  async function setUp(code) {
    $("setup-error").textContent = "";
    const button = $("setup-form").querySelector("button");
    button.disabled = true;
    try {
      const result = await postJson("/watch/device/setup", { code });
      if (!result.ok || !result.data || !result.data.device_id || !result.data.token) {
        showSetup(errorMessage(result, "設定できませんでした。もう一度お試しください。"));
        return;
      }
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ deviceId: result.data.device_id, token: result.data.token }));
      $("setup-code").value = "";
      refusal = "";
      backoffMs = 1000;
      connect();
    } catch (err) {
      showSetup("つながりませんでした。インターネットの接続を確かめて、もう一度お試しください。");
    } finally {
      button.disabled = false;
    }
  }

  $("setup-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const code = $("setup-code").value.trim();
    if (code) setUp(code);
  });

  // --- re-setup, for staff only: the PIN is checked by the server; the old credential is revoked there --------
  $("reset-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const pin = $("staff-pin").value.trim();
    $("reset-error").textContent = "";
    if (!pin) return;
    const config = loadConfig() || {};
    let result;
    try {
      result = await postJson("/watch/device/reset", { pin, device_id: config.deviceId || "", token: config.token || "" });
    } catch (err) {
      $("reset-error").textContent = "つながりませんでした。もう一度お試しください。";
      return;
    }
    $("staff-pin").value = "";
    if (!result.ok) {
      $("reset-error").textContent = errorMessage(result, "やり直せませんでした。");
      return;
    }
    if (socket) {
      const ws = socket;
      socket = null;
      ws.close();
    }
    stopPing();
    localStorage.removeItem(STORAGE_KEY);
    pendingAnswer = null;
    document.querySelector("details.staff").open = false;
    setStatus(false, "つながっていません");
    showSetup();
  });
  window.addEventListener("online", () => {
    if (!socket) {
      backoffMs = 1000;
      connect();
    }
  });
  const fromQr = /^#code=([0-9]{4,12})$/.exec(location.hash);
  if (fromQr) {
    history.replaceState(null, "", location.pathname);  // the code leaves the address bar (it is used once)
    if (loadConfig()) connect(); else { showSetup(); $("setup-code").value = fromQr[1]; setUp(fromQr[1]); }
  } else {
    connect();
  }
})();
