"""Dangers told by their parts, without their name (round 50, helper A97: wide52b's shops at night and foreign
residents in plain Japanese).

Night staff, customers and learners of Japanese tell what they see, not what it is called. Each rule reads the event
over its parts:

- *a gun shot at people or animals now* (110, ``shooting_now``): a gun word (銃, 銃身, 鉄砲, エアガン, 空気銃,
  ライフル) and a shot after it (撃って, 発砲, パスッと, 弾が) - not a range, a hunt, a game or a toy talked about;
- *a body pressed between a machine and a vehicle or a wall* (119, ``pinned_between``): 間に…押しつけられて,
  あいださ はさみつけられて with a machine, a car or a wall told - not a person "caught between" two people;
- *smoke from a bin or an ashtray* (119, ``bin_smouldering``): a rubbish bin, an ashtray or butts with smoke,
  smouldering or a burning smell from it - the cigarette named is the cause, not a smoker's nuisance (the smoke
  rules keep quiet at たばこ); not a neighbour's ashtray complained of;
- *an extinguisher used and the fire not stopping* (119, ``fire``): 消火器つかった とまらない with no fire word -
  the extinguisher is the fire told (its topic reading is closed in :data:`safety.vocabulary_topic.TOPIC`);
- *a beating told in slang* (110, ``violence``): ボコってる, ボコボコにしてる, ボコられてる - not でこぼこ,
  ボコッと凹んだ;
- *something white or dark pouring out of a building with a burning smell* (119, ``fire``): 窓の隙間から白いのが
  噴き出して、焦げ臭い - the smoke told by its colour, the building or its opening and the smell all told; not
  a grill, a bonfire or husks burnt, nor a what-if (round 55's full run: the chat-with-Rasa subset met
  blind40a's telling);
- *a group keeping someone from leaving* (110, ``held_against_will``, police first): men or a number of people and
  the door blocked, shut in or not let out (どあ ふさいでる, 閉じ込められてる, 出してもらえない).

Each kind is written in other tellings and styles in tests/safety/test_events_unnamed_danger_signs.py, with
look-alikes that stay quiet.
"""

from __future__ import annotations

from safety.rule import COMIC, FICTION, FILM, Rule, rule


def _told_with(main: str, *parts: str) -> str:
    """``main`` in a text that also holds every one of ``parts`` (anywhere, before or after it), written into the
    pattern and not a rule's ``needs`` (a bare match whose ``needs`` fails counts as guarded)."""
    return r"\A" + "".join(r"(?=[\s\S]*?(?:" + part + r"))" for part in parts) + r"[\s\S]*?(?:" + main + r")"


# --- a gun shot now ---
GUN = (r"銃|てっぽう|鉄砲|えあがん|エアガン|えあらいふる|エアライフル|くうきじゅう|らいふる|ライフル"
       r"|ぴすとる|ピストル|けんじゅう|りょうじゅう")
SHOT = (r"うって(?:る|い|ます|おり)|撃っ|撃ち|撃た|うちまくっ|はっぽう|発砲|ぱすっ|パスッ|ぱしっ|パシッ|ぱんっ|パンッ"
        r"|たま(?:が|を)|弾(?:が|を)")
# ... not a range, a hunt, a game, a toy or a story; nor asked about (もし, 許可, 法律)
NOT_SHOOTING = (r"しゃげきじょう|射撃場|くれー|クレー|しゅりょう|狩猟|りょうゆうかい|猟友会|はんたー|ハンター"
                r"|りょうき|猟期"
                # ... nor children playing at shooting each other, a law asked about (エアガンを撃ち合って遊んで)
                r"|うちあ(?:い|っ)|撃ち合|ほうりつ|法律"
                r"|さばげ|サバゲ|げーむ|ゲーム|おもちゃ|玩具|きょか|許可|もし|" + FICTION)

# --- a body pressed between a machine and a vehicle or a wall ---
PINNED = (r"(?:あいだ|間)(?:に|さ|へ)?[^\n]{0,10}?(?:おしつけ|押しつけ|押し付け|おさえつけ|押さえつけ"
          r"|はさみつけ|挟みつけ|しめつけ|締めつけ|締め付け)られ")
MACHINE_OR_WALL = (r"きかい|機械|せんしゃき|洗車機|くるま|車|しゃたい|車体|とらっく|トラック|ふぉーく|フォーク|かべ|壁"
                   r"|しゃったー|シャッター|ぷれす|プレス|ろーらー|ローラー|こんべあ|コンベア|げーと|ゲート")

# --- smoke from a bin or an ashtray ---
BIN = (r"ごみばこ|ごみ箱|ゴミ箱|くずかご|くず籠|ごみぶくろ|ごみ袋|ゴミ袋|はいざら|灰皿|すいがら|吸い殻|吸殻")
SMOULDERING = (r"(?:けむり|煙|けむ)(?:が|も)?[^\n]{0,3}?(?:で|出|もくもく|あが|上が|たっ|立っ|たち|立ち)"
               r"|くすぶ|燻|ぶすぶす|こげくさ|焦げ臭|こげた(?:におい|匂い|臭い)"
               r"|(?:ひ|火)(?:が|の手が)(?:で|出|つい|あが|上が)"
               r"|もえ(?:て|だ)|燃え(?:て|だ)")
# ... not a neighbour's ashtray complained of, a stove or a bonfire, nor asked about
NOT_SMOULDERING = (r"めいわく|迷惑|くじょう|苦情|うっとうし|においがき|においが気|たきび|焚き火|もし"
                   r"|どうすれば(?:いい)?(?:です)?か"
                   r"|(?:ごみ|ゴミ)(?:を)?(?:やい|焼い|やく|焼く|もやし|燃やし)")

# --- something white or dark pouring out of a building, with a burning smell ---
POURING_OUT = (r"(?:しろい|白い|くろい|黒い|はいいろの|灰色の|ねずみいろの|ねずみ色の)"
               r"(?:の|もの|物|なにか|何か|もや|モヤ)(?:が|も|さ)?[^\n]{0,6}?"
               r"(?:ふきだ|噴き出|吹き出|ふきで|噴きで|ふいて|噴いて|吹いて|でて|出て|でで|もれ|漏れ|あふれ|溢れ|もくもく|たちのぼ|立ち上|立ち昇|わいて|湧いて)")
BUILDING_OPENING = (r"まど|窓|すきま|隙間|かんきせん|換気扇|やね|屋根|こや|小屋|そうこ|倉庫|なや|納屋|へや|部屋"
                    r"|どあ|ドア|いえ|家|うち|たてもの|建物|こうじょう|工場|みせ|店|あぱーと|アパート")
BURNT_SMELL = (r"こげくさ|焦げ臭|焦げくさ|こげた(?:におい|臭い|匂い)|こげの(?:におい|臭い)|きなくさ|きな臭"
               r"|(?:もえる|燃える|やける|焼ける)(?:ような)?(?:におい|臭い|匂い)")
NOT_POURING_SMOKE = (r"ゆげ|湯気|すいじょうき|水蒸気|やきいも|焼き芋|たきび|焚き火|のやき|野焼き|もみがら|籾殻"
                     r"|りょうり|料理|さんま|秋刀魚|くんせい|燻製|ばーべきゅー|バーベキュー|やきにく|焼肉|焼き肉|もし"
                     r"|くんれん|訓練|" + FICTION)

# --- an extinguisher used and the fire not stopping ---
EXTINGUISHER_NO_USE = (r"(?:しょうかき|消火器|消化器)(?:を|も|さ|で)?(?:もう)?[^\n]{0,4}?(?:つかっ|使っ|つかい|使い"
                       r"|かけ|かげ|ふきかけ|吹きかけ)[^\n]{0,8}?(?:とまらな|止まらな|とまんな|止まんな|とまんね|止まんね"
                       r"|とまりませ|止まりませ"
                       r"|きえな|消えな|きえね|消えね|きえませ|消えませ|おさまらな|収まらな)")

# --- a beating in slang ---
BEATEN_SLANG = (r"(?<!で)(?<!こ)ぼこって(?:る|い|ます|ん)|ぼこぼこに(?:して|され|なぐ|殴)(?:る|い|て)?"
                r"|ぼこられ(?:て|た)"
                r"|ぼっこぼこに(?:して|され)")
NOT_BEATING = r"げーむ|ゲーム|" + COMIC + r"|" + FILM + r"|ゆめ|夢|もし|" + FICTION

# --- a group keeping someone from leaving ---
GROUP = (r"おとこ(?:のひと)?(?:たち|ら|ども)|男(?:の人)?(?:たち|達|ら|ども)|しらない(?:おとこ|ひと)"
         r"|知らない(?:男|人)"
         r"|おとこのひと[^\n]{0,3}?(?:[2-9２-９]|ふた|さん|よ|ご)|(?:[2-9２-９]|ふた|さん|よ)(?:にん|人)")
KEPT_IN = (r"(?:どあ|ドア|でぐち|出口|いりぐち|入口|とびら|扉)(?:を|が|の(?:まえ|前))?[^\n]{0,4}?"
           r"(?:ふさい|塞い|ふさが|塞が|すわら|座ら)|とじこめ|閉じ込め|(?:だして|出して)(?:もらえ|くれ)(?:な|ね)"
           r"|(?:かえらせて|帰らせて)(?:もらえ|くれ)(?:な|ね)|(?:かえ|帰)してくれ(?:な|ね)")
NOT_KEPT_IN = r"じょうだん|冗談|げーむ|ゲーム|だっしゅつ|脱出|もし|" + FICTION


def unnamed_danger_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # 車の窓から黒い銃身が出ていて、パスッと音がするたびに鳩が飛び立ち
        rule("shooting_now", "police", r"(?:" + GUN + r")[^\n]{0,30}?(?:" + SHOT + ")", unless=NOT_SHOOTING),
        # 作業着の人が車体と門型の機械の間に体を押しつけられて、うめき声だけ聞こえる
        rule("pinned_between", "medical", _told_with(PINNED, MACHINE_OR_WALL), unless=FICTION),
        # みせの ごみばこから けむり でてます たばこ かいだん けむい
        rule("bin_smouldering", "fire", r"(?:" + BIN + r")(?:の(?:なか|中))?(?:から|の|が|で)?[^\n]{0,8}?(?:"
             + SMOULDERING + ")", unless=NOT_SMOULDERING),
        # 倉庫の戸のすきまから灰色のもやが吹き出てきて、きな臭いにおいがします
        rule("fire", "fire", _told_with(POURING_OUT, BUILDING_OPENING, BURNT_SMELL), unless=NOT_POURING_SMOKE),
        # フライヤーの火、しょうかき つかった とまらない
        rule("fire", "fire", EXTINGUISHER_NO_USE, unless=r"もし|" + FICTION),
        # タクシー乗り場で酔っぱらいが運転手ボコってる
        rule("violence", "police", BEATEN_SLANG, unless=NOT_BEATING),
        # からおけ かえれない おとこのひと 3にん どあ ふさいでる たすけて
        rule("held_against_will", "police", _told_with(KEPT_IN, GROUP), unless=NOT_KEPT_IN),
    )
