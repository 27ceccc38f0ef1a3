"""Trouble at work told by a co-worker (round 49, helper A91: wide51b's wrong decisions).

A co-worker on a factory line, a site, a warehouse or a shop floor tells what happens in work words (先輩, 班長,
フォーク, 通用口) and seldom names the crime. Each rule reads the event over its parts:

- *a vehicle driven into a gate, a door or a shop front again and again, now* (110): a car, a van or a truck
  rammed (ぶつけて, ぶつかって, 突っ込んで) into the company gate or the shop front 何度も / 繰り返し - a
  dismissed worker's rage under way; not a car that hit a gate once, nor a wall scraped while parking;
- *a fixated customer waiting at the staff exit now* (110): one who has followed or pestered a worker
  (つきまとって, しつこく, 待ち伏せ) standing or waiting by the staff door or the back door after closing.

Not an emergency (a guard read in :mod:`safety.detect`): *a machine found tipped over with nobody on it*
(``UNMANNED_MACHINE_TIPPED``) - a forklift, a digger or a cart fallen over in the yard overnight, 無人 or 誰も
乗ってない: a thing, not a collapsed person (the body rules read ひっくり返って / 倒れて, the fuel-gas rule reads
its oil leaking); *a friend "kidnapped" for a surprise party* (``SURPRISE_TAKING``) - blindfolded and driven to a
decorated room, told with a surprise, a birthday or a party and no plea, no stranger: not an abduction.

Each kind is written in other tellings and styles in tests/safety/test_events_workplace_signs.py, with look-alikes
that stay quiet.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule
from safety.vocabulary import compile_folded


def _told_with(main: str, *parts: str) -> str:
    """``main`` in a text that also holds every one of ``parts`` (anywhere, before or after it), written into the
    pattern and not a rule's ``needs`` (a bare match whose ``needs`` fails counts as guarded)."""
    return r"\A" + "".join(r"(?=[\s\S]*?(?:" + part + r"))" for part in parts) + r"[\s\S]*?(?:" + main + r")"


# --- a vehicle rammed into a gate or a shop front again and again ---
VEHICLE = (r"くるま|車|わごん|ワゴン|とらっく|トラック|けいとら|軽トラ|けい(?:じどうしゃ)?(?=で|が)"
           r"|軽(?:自動車)?(?=で|が)"
           r"|ばん(?=で|が)|バン|せだん|セダン|だんぷ|ダンプ")
GATE_OR_FRONT = (r"もん(?:ぴ)?|門(?:扉)?|げーと|ゲート|しゃったー|シャッター|みせ|店|てんぽ|店舗|じむしょ|事務所"
                 r"|げんかん|玄関|いりぐち|入口|入り口|かべ|壁|たてもの|建物|こうじょう|工場|がらす|ガラス|ふぇんす|フェンス")
RAMMED = (r"ぶつけ|ぶつか|ぶっつけ|つっこ|突っ込|つっこん|たいあたり|体当たり|あてて|当てて|どかん|ドカン|がしゃん"
          r"|ガシャン")
# (round 58: not 何ともない, nothing wrong - read なんともない once voicing goes, as 何度も is; blind57b heard)
AGAIN_AND_AGAIN = (r"なんど(?!も(?:ない|なく|なかっ|ねえ|ねぇ|ね(?!ん)|ありませ|ございませ))|何度|なんかい|何回"
                   r"|なんべん|何べん|くりかえし|繰り返し|くりかえ|繰り返|いくども"
                   r"|幾度"
                   r"|なんかいも|ばっく(?:して)?(?:は|で)|バック(?:して)?(?:は|で)")
# ... the gate hit once long ago, a car scraped while parking, or a game (前に一回ぶつけた, 車庫入れで擦った)
NOT_RAMMING = r"しゃこいれ|車庫入れ|ちゅうしゃ(?:する|の)とき|駐車(?:する|の)時|げーむ|ゲーム|ばんぱーかー|バンパーカー"

# --- a fixated customer waiting at the staff exit ---
FIXATED = (r"つきまと|付きまと|付き纏|まちぶせ|待ち伏せ|すとーかー|ストーカー|しつこく|しつこい|ねらって|狙って"
           r"|でまち|出待ち")
STAFF_EXIT = (r"つうようぐち|通用口|うらぐち|裏口|じゅうぎょういん(?:よう)?(?:の)?(?:でいりぐち|出入口|出入り口"
              r"|でぐち|出口)"
              r"|従業員(?:用)?(?:の)?(?:出入口|出入り口|出口)|すたっふ(?:よう)?(?:の)?(?:でぐち|いりぐち)"
              r"|スタッフ(?:用)?(?:の)?(?:出口|入口|入り口)|はいようぐち|搬入口|ちゅうしゃじょう|駐車場")
WAITING_NOW = (r"(?:たって|立って|まって|待って|いて|いる|みて|見て)[^\n]{0,6}?(?:る|います|いる|ます)"
               r"|(?:いま|今)(?:も)?[^\n]{0,10}?(?:いる|います|いて)"
               r"|(?:ずっと|さっきから|まだ)[^\n]{0,14}?(?:たって|立って|まって|待って|いる|います|みてる|見てる)")
# ... told as a past pattern to consult about, not this evening (先週も, いつも, 毎晩)
NOT_NOW = r"せんしゅう|先週|きのう|昨日|まいばん|毎晩|まいにち|毎日|いつも|このまえ|この前"

# --- not an emergency: a machine found tipped over, nobody on it ---
MACHINE = (r"ふぉーくりふと|フォークリフト|ふぉーく|フォーク|じゅうき|重機|ゆんぼ|ユンボ|しょべるかー|ショベルカー"
           r"|ぱわーしょべる|パワーショベル|とらくたー|トラクター|だいしゃ|台車|かごしゃ|カゴ車|かごだいしゃ|カゴ台車"
           r"|りふと|リフト|こんばいん|コンバイン")
NOBODY_ON_IT = (r"むじん|無人|(?:だれ|誰)も(?:のって|乗って)(?:い)?(?:な|ね|ませ)|(?:のって"
                r"|乗って)(?:い)?た(?:ひと|人)は"
                r"(?:いな|いませ)|けがにん(?:は)?(?:なし|いな|いませ|ゼロ|ぜろ)|怪我人(?:は)?(?:なし|無し|いな|いませ)"
                r"|けが人(?:は)?(?:なし|いな|いませ)")
TIPPED = r"ひっくりかえ|ひっくり返|よこだおし|横倒し|たおれ|倒れ|ころが|転が|てんとう|転倒|かたむ|傾"
PERSON_UNDER = (r"したじき|下敷き|はさま|挟ま|(?:ひと|人)が(?:した|下)|たすけ|助け|いしき|意識|ち(?:が"
                r"|だらけ)|血|うめ|呻"
                r"|がす(?:の)?(?:におい|くさ|もれ)|ガス(?:の)?(?:臭|匂|におい|漏)|けむり|煙|ひ(?:が|の)(?:で|手)|火")
UNMANNED_MACHINE_TIPPED = compile_folded(
    r"\A(?=[\s\S]*?(?:" + MACHINE + r"))(?=[\s\S]*?(?:" + TIPPED + r"))(?![\s\S]*?(?:" + PERSON_UNDER + r"))"
    r"[\s\S]*?(?:" + NOBODY_ON_IT + r")")
# The events such a message's words are read as (the fallen machine read as a collapsed person, its oil as gas).
UNMANNED_MACHINE_CANCELLED: frozenset[str] = frozenset({"collapsed", "fell", "gas", "fell_from_height", "trapped",
                                                          "danger_word"})

# --- not an emergency: a friend "kidnapped" for a surprise party ---
# A surprise, a birthday or a decorated room told with the taking (同期を目隠しして車に押し込んで…飾り付けした公民館,
# ともだちを さぷらいずで つれさって), no plea, no stranger and no police: a prank among friends, not an abduction.
PARTY = (r"さぷらいず|サプライズ|どっきり|ドッキリ|たんじょう(?:び|かい)|誕生日|誕生会"
         # (not ぱーてぃ nor ばーすでー: folded they are ぱてい, はすて - スーパーでいねぐなった, バス停)
         r"|かざりつけ|飾り付け|飾りつけ|おいわい|お祝い|そうべつかい|送別会")
REAL_TAKING = (r"たすけ|助け|けいさつ|警察|いやがっ|嫌がっ|あばれ|暴れ"
               r"|しらない(?:おとこ|ひと|くるま)|知らない(?:男|人|車)|みしらぬ|見知らぬ|さけん|叫ん|ひめい|悲鳴|なぐ|殴|ないふ|ナイフ|はもの|刃物")
SURPRISE_TAKING = compile_folded(r"\A(?![\s\S]*?(?:" + REAL_TAKING + r"))[\s\S]*?(?:" + PARTY + r")")
# The events a surprise's taking is read as.
SURPRISE_TAKING_CANCELLED: frozenset[str] = frozenset({"abduction", "missing_person"})


def workplace_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # a dismissed worker's car rammed into the company gate again and again, now (先月辞めた人の白いワゴンが、
        # さっきから工場の門扉にバックで何度もぶつかってる)
        rule("assault_in_progress", "police",
             _told_with(RAMMED, VEHICLE, GATE_OR_FRONT, AGAIN_AND_AGAIN), unless=NOT_RAMMING + r"|" + FICTION),
        # a customer who pesters a worker waiting at the staff exit after closing (レジの子につきまとってる客の男が、
        # シャッターを閉めた後もずっと従業員通用口の横に立ってこっちを見てる)
        rule("stalking_now", "police", _told_with(WAITING_NOW, FIXATED, STAFF_EXIT), unless=NOT_NOW + r"|" + FICTION),
    )
