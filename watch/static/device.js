// The senior's device page: keeps one WebSocket to /watch/device/{id}, shows questions, sends answers.
// The device id and token are entered once and kept in localStorage; the socket reconnects by itself with
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
    const config = loadConfig();
    if (config) $("device-id").value = config.deviceId;
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

  function handle(message) {
    switch (message.type) {
      case "welcome":
        backoffMs = 1000;
        setStatus(true, "つながっています");
        $("hello").textContent = message.name ? message.name + "さん、こんにちは。" : "";
        startPing();
        if (pendingAnswer) send(pendingAnswer);
        break;
      case "checkin":
        if (answeredAsk.has(message.checkin_id) && message.ask <= answeredAsk.get(message.checkin_id)) break;
        currentCheckin = message.checkin_id;
        currentAsk = message.ask;
        $("question").textContent = message.message;
        $("reply").textContent = "";
        voiceQuestion(message.message);
        break;
      case "answered":
        pendingAnswer = null;
        if (message.checkin_id !== null) {
          // An answered question is not asked again; only a stale duplicate push could bring it back.
          answeredAsk.set(message.checkin_id, message.checkin_id === currentCheckin ? currentAsk : Infinity);
        }
        showReply(message.message);
        voiceConfirm(message.message);
        if (message.checkin_id === currentCheckin) {
          currentCheckin = null;
          $("question").textContent = "お返事ありがとうございました。";
        }
        break;
      case "retry":
        pendingAnswer = null;
        $("reply").textContent = message.message;
        heardAnswer = null;  // not understood: the question comes again (read aloud then)
        voiceConfirm(message.message);
        break;
      case "error":
        if (FINAL_ERRORS.has(message.code)) pendingAnswer = null;
        if (message.code === "device_revoked" || message.code === "resident_inactive") refusal = message.message;
        $("reply").textContent = message.message;
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
        showSetup("端末番号か合言葉がちがいます。市役所にお問い合わせください。");
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

  function answer(payload) {
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
  $("setup-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const deviceId = $("device-id").value.trim();
    const token = $("device-token").value.trim();
    if (!deviceId || !token) return;
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ deviceId, token }));
    $("device-token").value = "";
    backoffMs = 1000;
    connect();
  });
  $("reset").addEventListener("click", () => {
    if (socket) {
      const ws = socket;
      socket = null;
      ws.close();
    }
    stopPing();
    setStatus(false, "つながっていません");
    showSetup();
  });
  window.addEventListener("online", () => {
    if (!socket) {
      backoffMs = 1000;
      connect();
    }
  });
  connect();
})();
