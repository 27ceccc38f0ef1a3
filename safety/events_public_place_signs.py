"""Emergencies at work and in public places told in words the earlier rules did not read (round 46, helper A78:
wide48's missed emergencies and wrong numbers - workplaces, shops, schools, stations, festivals).

Each rule reads one situation *kind* over its parts (a who, a where and a what on one line) rather than a set
phrase; the tests in tests/safety/test_events_public_place_signs.py hold tellings written for this module, in
several styles, and look-alikes that stay quiet:

- 110: a stranger inside a school or nursery, going round the classrooms (見知らぬ男が校舎に入り込み、教室をのぞいて);
- 110: an unattended bag or box with wires out and a beeping or ticking sound (配線がはみ出して時計のような音);
- 110: a person walking along a railway line or over a railway bridge (鉄橋の上を枕木を踏みながら歩いている);
- 110: cable or materials cut and loaded by strangers or at dead of night (ケーブルを切っては荷台へ放り込んでいる);
- 110: a drunk customer throwing things or seizing a staff member (酔った客が椅子を投げて、女将さんの髪をつかんで);
- 110: a signal out at road works with cars coming in from both ends (信号が消えでで、両方がら車入ってぎで);
- 119: fumes or a white haze with someone still left inside (白いもや…まだ一人残っている);
- 119: a festival float or portable shrine toppled with a person under it (山車がひっくり返って、一人下さ挟まって);
- 119: something driven into a body with the clothes soaked in blood (足に刺さって、ズボンが血でぐっしょり).
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, on_its_line_with, rule
from safety.vocabulary_things import CORD_WORD

# Told as over, a drill, or a rule (きのう - not 枕木の上, まくらきのうえ -, 訓練, 気をつけましょう): no one
# to send now.
NOT_NOW = (FICTION + r"|きのう(?!え)|昨日|せんじつ|先日|せんしゅう|先週|くんれん|訓練|ないように|きをつけ|気をつけ"
           r"|(?:だった|でした)(?:みたい|らしい|そう|って)")

# A stranger (見知らぬ男, 知らない人, 保護者ではない男の人, 不審な男) ...
STRANGER = (r"(?:みしらぬ|見知らぬ|しらない|知らない|しらね|知らね|ふしんな|不審な|あやしい|怪しい|ぶがいしゃ|部外者"
            r"|ほごしゃ(?:では|じゃ)ない|保護者(?:では|じゃ)ない)")
# ... inside a school or nursery (校舎に, 保育園に, 教室に) ...
SCHOOL = (r"がっこう|学校|こうしゃ|校舎|きょうしつ|教室|ほいくえん|保育園|ほいくしょ|保育所|ようちえん|幼稚園"
          r"|えんない|園内|こうない|校内|こども園|こどもえん")
# ... gone in or going round (入り込んで, 入ってきて, のぞいて回って, 出ていかない).
INTRUDING = (r"はいりこ|入り込|はいってき|入ってき|しんにゅう|侵入|のぞいて|覗いて|のぞき|覗き|うろつ|うろうろ"
             r"|(?:あるき|歩き)まわ|(?:あるき|歩き)回|まわって|回って|でてかな|出てかな|でていかな|出ていかな"
             r"|でてい(?:こう|きま)せん|かえらな|帰らな")

# A bag, a box or a parcel nobody owns (紙袋, かばん, 箱, リュック) ...
PACKAGE = (r"かみぶくろ|紙袋|ふくろ|袋|かばん|カバン|鞄|ばっぐ|バッグ|りゅっく|リュック|はこ|箱|だんぼーる|段ボール"
           r"|にもつ|荷物|つつみ|包み")
# ... wires out of it (配線, コード, 線が出て) ...
WIRES = r"はいせん|配線|どうせん|導線|(?:せん|線)(?:が|も)?(?:で|出|はみ)|" + CORD_WORD
# ... and a beeping or ticking sound (ピッピッて音, 電子音, 時計のような音, カチカチ).
TICKING = (r"ぴっ|ピッ|ぴぴ|ピピ|でんしおん|電子音|かちかち|カチカチ|ちくたく|チクタク|(?:とけい|時計)(?:の|みたいな"
           r"|のような)"
           r"|(?:おと|音)(?:が|も)?(?:して|する|いたし|なって|鳴って|なり|鳴り)")

# A railway line or bridge (線路, 鉄橋, 枕木) ...
RAILWAY = r"せんろ|線路|てっきょう|鉄橋|まくらぎ|枕木|きどう(?:の|を|に)|軌道(?:の|を|に)"
# ... walked along (歩いている, ふらふら, 踏みながら, 渡って).
WALKING = (r"あるい|歩い|あるって|ふらふら|ふらついて|ふみながら|踏みながら|わたって|渡って|わたろう|渡ろう"
           r"|すわりこ|座り込|ねころ|寝転")
# Track workers, a walk told as a ban (保線の作業員, 歩かないで): no stray person.
TRACK_WORK = r"ほせん|保線|さぎょういん|作業員|てんけん|点検|こうじ(?:ちゅう|中)|あるかないで|歩かないで|きんし|禁止"

# Cable, wire or materials (ケーブル, 銅線, 資材, 工具, パネル) ...
MATERIALS = (r"けーぶる|ケーブル|どうせん|銅線|でんせん|電線|しざい|資材|こうぐ|工具|ぱねる|パネル|てっぱん|鉄板"
             r"|ばってりー|バッテリー")
# ... being cut or loaded right now (切っては, 積んでる, 放り込んでいる, 運び出している) ...
LOADED_NOW = (r"(?:きって|切って|つんで|積んで|つみこんで|積み込んで|ほうりこんで|放り込んで|はこびだして|運び出して"
              r"|ぬすんで|盗んで|はずして|外して)(?:は|いる|いま|る|ます|ん)")
# ... by strangers, or at dead of night with the lights off.
STEALTH = (r"まよなか|真夜中|よなか|夜中|しんや|深夜|らいとをけし|ライトを消し|むとうか|無灯火|しらない|知らない"
           r"|みしらぬ|見知らぬ|ふぇんすがきられ|フェンスが切られ")
# Their own workers or a contractor (業者さん, うちの作業員): a job, not a theft.
OWN_WORKERS = (r"ぎょうしゃ(?:さん|の(?:ひと|人|かた|方))|業者(?:さん|の(?:人|方))|うちの(?:さぎょういん|作業員"
               r"|しゃいん|社員)")

# A drunk customer or man (酔ったお客, 酔っぱらいの男) ...
# (a person drunk, not one sick in a bus: 高速バスに酔ったのか、目が回って)
DRUNK = (r"(?:よった|酔った)(?:お)?(?:きゃく|客|おとこ|男|ひと|人|じょうきゃく|乗客|やつ|奴|おやじ|親父)"
         r"|よっぱら|酔っぱら|酔っ払|でいすい|泥酔|よいつぶれ|酔いつぶれ")
# ... throwing, smashing or seizing someone (椅子を投げて, 髪をつかんで引っぱって, グラスを叩き割って; not 目が回って).
RAMPAGE = (r"なげて|投げて|なげつけ|投げつけ|(?<!ま)わって|割って|たたきわ|叩き割|あばれ|暴れ|つかんで|掴んで"
           r"|ひっぱっ|引っぱっ"
           r"|引っ張っ|むなぐら|胸ぐら|ふりまわ|振り回|なぐ|殴")

# A traffic signal (信号, 仮設信号) out (消えて, 真っ暗, ついてない) ...
SIGNAL_OUT = (r"(?:しんごう|信号)(?:き|機)?(?:が|も|は)?[^\n]{0,12}?(?:きえ|消え|まっくら|真っ暗|ついてな|点いてな"
              r"|ついてね"
              r"|点いてね|うごいてな|動いてな)")
# ... with cars coming in from both ends or meeting head-on (両方から, 対向車とはち合わせ, 向かい合って).
BOTH_WAYS = (r"りょうほう|両方|りょうがわ|両側|たいこうしゃ|対向車|はちあわせ|鉢合わせ|はち合わせ|むかいあ|向かい合"
             r"|しょうめんしょうとつ|正面衝突")

# Fumes, a haze or a smell (白いもや, ツンとする臭い, ガス, アンモニア) ...
FUMES = (r"もや|けむり|煙|がす|ガス|あんもにあ|アンモニア|えんそ|塩素|におい|臭い|匂い|しゅうき|臭気")
# ... and someone still left inside (まだ一人残っている, 中に人が残って, 取り残されて).
LEFT_INSIDE = (r"(?:まだ|なかに|中に)?[^\n]{0,4}?(?:ひとり|一人|ふたり|二人|だれか|誰か|ひと|人|なんにんか"
               r"|何人か)(?:が|も)?"
               r"[^\n]{0,4}?(?:のこって|残って|とりのこ|取り残)")

# A float or portable shrine (山車, だし, 神輿, みこし) ...
FLOAT = r"だし|山車|やまくるま|みこし|神輿|おみこし|たいこだい|太鼓台"
# ... fallen over (倒れて, ひっくり返って, 横倒し) ...
TOPPLED = r"たおれ|倒れ|ひっくりかえ|ひっくり返|よこだおし|横倒し|てんとう|転倒|かたむいて|傾いて"
# ... a person under it (下敷き, 挟まって, 下さ, 下から足が).
PINNED = r"したじき|下敷き|はさま|挟ま|はさまれ|挟まれ|(?:した|下)(?:に|さ|から)"

# Something driven in (刺さって) and the clothes soaked in blood (ズボンが血でぐっしょり).
IMPALED = r"ささって|刺さって|ささり|刺さり|ささった|刺さった|つきささ|突き刺さ"
SOAKED = (r"(?:ち|血)(?:で|が)[^\n]{0,4}?(?:ぐっしょり|びっしょり|まっか|真っ赤|どくどく|だらだら|ぼたぼた|したたっ"
          r"|滴っ)"
          r"|(?:ち|血)(?:だらけ|まみれ)")


def public_place_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("intruder_at_school", "police",
             r"(?<![^\n])(?=[^\n]*?(?:" + SCHOOL + r"))(?=[^\n]*?(?:" + STRANGER + r"))[^\n]*?(?:" + INTRUDING + ")",
             unless=NOT_NOW + r"|ぼうはん|防犯|たいおう(?:くんれん|きょうしつ)|(?:たら|れば)(?:どう(?!みても|見ても)"
                              r"|どの)"),
        rule("suspicious_package", "police",
             on_its_line_with(r"(?:" + WIRES + r")[^\n]{0,30}?(?:" + TICKING + ")", PACKAGE),
             unless=NOT_NOW + r"|じゅうでん|充電|いやほん|イヤホン|けいたい|携帯|すまほ|スマホ"),
        rule("person_on_railway", "police",
             r"(?:" + RAILWAY + r")(?:の)?(?:(?:うえ|上|なか|中|あいだ|間)(?:を|に|で|さ)?|を|に|で"
             r"|さ)[^\n]{0,24}?(?:" + WALKING + ")",
             unless=NOT_NOW + "|" + TRACK_WORK),
        rule("theft_in_progress", "police",
             on_its_line_with(r"(?:" + MATERIALS + r")(?:を|ば|さ)?[^\n]{0,10}?(?:" + LOADED_NOW + ")", STEALTH),
             unless=NOT_NOW + "|" + OWN_WORKERS),
        rule("drunk_rampage", "police",
             on_its_line_with(r"(?:" + DRUNK + r")[^\n]{0,16}?(?:" + RAMPAGE + ")", r"いま|今|はやく|早く|きて|来て"
                              r"|ください|おります|いる|てる|でる"),
             unless=NOT_NOW),
        rule("signal_out_at_road_works", "police",
             on_its_line_with(r"(?:" + SIGNAL_OUT + r")[^\n]{0,40}?(?:" + BOTH_WAYS + ")", r"こうじ|工事|かせつ|仮設"
                              r"|かり|仮"),
             unless=NOT_NOW + r"|ていでん(?:の|で)(?:とき|時)"),
        rule("left_inside_fumes", "medical",
             on_its_line_with(LEFT_INSIDE, FUMES),
             unless=NOT_NOW + r"|(?:たすけ|助け)(?:だし|出し)(?:た|ました)|(?:ぜんいん|全員)(?:ぶじ|無事|ひなん|避難)"),
        rule("float_toppled", "medical",
             r"(?:" + FLOAT + r")(?:が|も|は)?[^\n]{0,10}?(?:" + TOPPLED + r")[^\n]{0,24}?(?:" + PINNED + ")",
             unless=NOT_NOW + r"|ぶじ|無事|けがにん(?:は)?(?:いな|なし|ゼロ)|怪我人(?:は)?(?:いな|なし|ゼロ)"),
        rule("impaled_bleeding", "medical",
             r"(?:" + IMPALED + r")[^\n]{0,24}?(?:" + SOAKED + ")",
             unless=NOT_NOW + r"|(?:ち|血)(?:は|も)?(?:とまっ|止まっ|とまり|止まり)(?:た|まし)"),
    )
