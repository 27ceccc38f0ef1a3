"""A bird, a fish or a pet told, not a person nor a swindle (round 50, wide52).

Words of a person's emergency said of a creature, each closed in
:data:`safety.detect_thing_closures.THING_NOT_PERSON_CLOSURES`:

- a heron (サギ, read like 詐欺 - a swindle) told as a bird: tangled in fishing line, in a tree, by the river
  (川の木にサギが釣り糸からまってぶら下がってる) - no money, account nor call of a swindler told;
- a talking bird repeating words (鳥かごのヨウムが…同じ声で叫んでた, インコが「たすけて」って覚えちゃって): the
  cry for help is the bird's - unless someone is told hurt or in trouble;
- fish gasping in a pond or a tank (池の鯉がみんな口をぱくぱく、息ができないみたい, 金魚が酸欠で息苦しそう): the
  breath words are the fish's, no person named;
- the writer wanting to help a creature (たすけて あげたい): no plea.
"""

from __future__ import annotations

from safety.rule import ANIMAL_WORD, PEOPLE, WRITER
from safety.vocabulary import compile_folded

# --- a heron ---
HERON = r"さぎ|サギ|しらさぎ|白鷺|あおさぎ|アオサギ|鷺"
# (not とり of やりとり, nor き of きのう, nor とんでもない: a swindler's words)
BIRD_TOLD = (r"鳥|やちょう|野鳥|はね|羽(?!目)|つりいと|釣り糸|てぐす|テグス|木(?:の|に|さ)|えだ|枝|川|池|たんぼ|田んぼ"
             r"|かわ(?:の|に|で|べり|ぞい|っぷち)|いけ(?:の|に|で)|飛ん|とんで(?:る|い|た|き)|くちばし|嘴")
SWINDLE_TOLD = (r"詐欺|ふりこ|振り込|振込|おかね|お金|こうざ|口座|かんぷ|還付|せいきゅう|請求"
                r"|きゃっしゅかーど|キャッシュカード|だまさ|騙さ"
                r"|だまし|騙し|あんしょう|暗証|でんし?まねー|電子マネー")
HERON_AS_BIRD = compile_folded(
    r"\A(?![\s\S]*?(?:" + SWINDLE_TOLD + r"))[\s\S]*?(?:" + HERON + r")(?:が|は|も|っこ)?[^\n]{0,12}?(?:" + BIRD_TOLD
    + ")")
HERON_CANCELLED: frozenset[str] = frozenset({"scam", "not_moving_word", "danger_word"})

# --- a talking bird ---
TALKING_BIRD = r"ようむ|ヨウム|いんこ|インコ|おうむ|オウム|きゅうかんちょう|九官鳥"
MIMICS = (r"まね|真似|おぼえ|覚え|くりかえ|繰り返|くりけえ|しゃべ|喋"
          r"|おなじ(?:こえ|声|ことば|言葉)|同じ(?:こえ|声|ことば|言葉)|さけんで|叫んで|いって|言って")
SOMEONE_HURT = (r"けが|怪我|ち(?:が|を)|血|たおれ|倒れ|いしき|意識|うごかな|動かな|なぐ|殴|ぼうりょく|暴力"
                r"|ひめい(?:と|が)[^\n]{0,4}?(?:もの|物)おと|物音")
BIRD_CRIES_FOR_HELP = compile_folded(
    r"\A(?=[\s\S]*?(?:" + MIMICS + r"))(?![\s\S]*?(?:" + SOMEONE_HURT + r"))[\s\S]*?(?:" + TALKING_BIRD + ")")
BIRD_CRY_CANCELLED: frozenset[str] = frozenset({"call_for_help", "danger_word"})

# --- fish gasping ---
FISH = (r"きんぎょ|金魚|こい(?=が|は|も|たち|の(?:くち|口))|鯉|めだか|メダカ|ねったいぎょ|熱帯魚|さかな|魚"
        r"|ざりがに|ザリガニ")
TANK = r"いけ|池|すいそう|水槽|ばけつ|バケツ|ふね(?=の|に|で)|いけす|生け簀"
FISH_GASPING = compile_folded(
    r"\A(?![\s\S]*?(?:" + PEOPLE + "|" + WRITER + r"))(?=[\s\S]*?(?:" + TANK + r"))[\s\S]*?(?:" + FISH + ")")
FISH_GASPING_CANCELLED: frozenset[str] = frozenset({"not_breathing", "breathing_hard", "danger_word",
                                                     "vital_signs_absent"})

# --- a fish caught, gone still (round 56, blind57a: 釣った鮎、もう動がねえげど、塩焼ぎにすっぺ) ---
# a river or sea fish named, or any fish word, after a catch (釣った, 釣れた) - with no person in the message
CAUGHT = r"つった|釣った|つれた|釣れた|つりあげ|釣り上げ|つりあげた|釣り上げた"
CATCH_FISH = (FISH + r"|あゆ|鮎|いわな|岩魚|やまめ|ヤマメ|山女|にじます|ニジマス|虹鱒|ます|鱒|はぜ|ハゼ|ふな|フナ|鮒"
              r"|わかさぎ|ワカサギ|さけ|鮭|かれい|カレイ|あじ|アジ")
FISH_CAUGHT = compile_folded(
    r"\A(?![\s\S]*?(?:" + PEOPLE + "|" + WRITER + r"))[\s\S]*?(?:" + CAUGHT + r")[^\n]{0,6}?(?:" + CATCH_FISH + ")")
FISH_CAUGHT_CANCELLED: frozenset[str] = frozenset({"vital_signs_absent", "person_not_moving", "not_moving_word",
                                                   "danger_word"})

# --- wanting to help a creature ---
WANTS_TO_HELP = compile_folded(r"(?:たすけて|助けて)(?:あげ|やり|やっ)(?:たい|たく|たかっ)")
WANTS_TO_HELP_CANCELLED: frozenset[str] = frozenset({"danger_word", "call_for_help"})

# --- a pet or a creature fallen into water or from a height, no person named (round 57, wide58: 天水桶に猫が落ちて
# 動かない, 庭の池に子猫が浮いてて息してないっぽい) ---
# (猫が落ちて reads ねこかおちて once devoiced, 顔落ちて - a stroke's drooping face; the animal is inside that match)
FELL_IN = r"おち|落ち|うい(?:て|で)|浮い|しずん|沈ん|おぼれ|溺れ|はまっ|ながされ|流され"
CREATURE_FELL_IN = compile_folded(
    r"\A(?![\s\S]*?(?:" + PEOPLE + "|" + WRITER + r"))[\s\S]*?" + ANIMAL_WORD
    + r"(?:が|は|も|っこ|ちゃん)?[^\n]{0,10}?(?:" + FELL_IN + ")")
CREATURE_FELL_IN_CANCELLED: frozenset[str] = frozenset({
    "stroke_signs", "stroke_signs_neg", "drowning", "not_breathing", "vital_signs_absent", "person_not_moving",
    "not_moving_word", "danger_word", "unconscious"})
