"""Road works gone dangerous (round 58, helper A129: wide60b - construction sites and road works).

- *traffic let into a closed dig* (``road_works_hazard``, 110): a road-works sign, barrier or cone knocked down or
  blown away (迂回の看板が風で倒れて, 通行止めのバリケードが飛ばされて) while cars come into the closed section or head
  for the dug trench (車が次々入ってくる, 掘った穴のほうへ行っちゃう), or cars told entering a closed section where a
  trench is dug - the police stop the traffic, no one is hurt yet. Not a sign asked about, a detour's length, or a
  plan (工事はいつまで, 迂回路はどこ).
- *a site watched* (``site_watched``, #9110): a strange vehicle parked by the site night after night, told with
  tools or materials gone missing there (見かけない白いワゴン車が三晩続けて止まって…工具がなくなりました).
- *a gas main struck* (``gas``, 119): a hiss told with a smell (シューッと音がして鼻をつく臭い) - the gas named by its
  signs, not its name; not a pressure cooker, a kettle, a spray can or a tyre.

Tests: tests/safety/test_events_road_works_signs.py.
"""

from __future__ import annotations

from safety.rule import COOKING, FICTION, UNKNOWN_OR_SUSPICIOUS, Rule, rule

# A road-works sign, barrier, cone or fence (迂回の看板, 通行止めのバリケード, 工事のコーン).
WORKS_SIGN = (r"(?:うかい|迂回|つうこうどめ|通行止め|とおれんぼ|こうじ|工事|きけん|危険)[^\n]{0,6}?"
              r"(?:かんばん|看板|ひょうしき|標識"
              r"|あんない|案内|ばりけーど|バリケード|こーん|コーン|さく|柵|ふぇんす|フェンス|ばー|バー)")
# ... down, blown away or gone (倒れて, 転がってる, 飛ばされて, なくなって).
KNOCKED_DOWN = (r"(?:が|も|は)?[^\n]{0,12}?(?:たおれ|倒れ|ころが|転が|とばされ|飛ばされ|ふきとば|吹き飛ば"
                r"|なくなっ|はずれ"
                r"|外れ|どけられ|退けられ)")
# Cars coming into the closed section or heading for the dig (車が次々入って, どんどん入り込んで, 穴のほうに行っちゃう).
CARS_GOING_IN = (r"(?:くるま|車)(?:が|も)?[^\n]{0,16}?(?:はいっ|入っ|はいり|入り|つっこ|突っ込|いっちゃ|行っちゃ"
                 r"|いって|行って"
                 r"|すすん|進ん|きゅうぶれ|急ブレ)")
# The closed section or the dug trench (通行止め, 掘った穴, 掘り返した溝).
CLOSED_DIG = (r"つうこうどめ|通行止め|(?:ほった|掘った|ほって(?:ある|る)|掘って(?:ある|る)|ほりかえした|掘り返した)"
              r"(?:あな|穴|みぞ|溝)")
# Traffic let into a closed dig: a sign down with cars going in, or cars going into a closed section with a trench
# (read by :mod:`safety.events_body`: a fall into that trench feared, 掘った溝に落ちそう, is the cars', no drowning).
ROAD_WORKS_TRAFFIC = (WORKS_SIGN + KNOCKED_DOWN + r"[^\n]{0,40}?" + CARS_GOING_IN
                      + r"|" + CARS_GOING_IN + r"[^\n]{0,40}?" + WORKS_SIGN + KNOCKED_DOWN
                      + r"|(?:" + CLOSED_DIG + r")[^\n]{0,30}?" + CARS_GOING_IN + r"[^\n]{0,30}?(?:" + CLOSED_DIG
                      + r")")
# A strange vehicle (見かけない白いワゴン車, 知らない車) ...
STRANGE_VEHICLE = (r"(?:みかけない|見かけない|みなれない|見慣れない|" + UNKNOWN_OR_SUSPICIOUS + r")[^\n]{0,8}?"
                   r"(?:くるま|車|わごん|ワゴン|ばん(?![ぁ-ゖ])|バン|とらっく|トラック)")
# ... parked there night after night (三晩続けて止まって, みっかかん よる とまって) ...
PARKED = r"(?:とまって|止まって|停まって|とめて|止めて|停めて|ちゅうしゃ|駐車)"
NIGHTS_RUNNING = (r"(?:ばん|晩|にち|日|よ|夜)(?:つづけて|続けて|れんぞく|連続)|みっかかん|三日間|よっかかん|四日間"
                  r"|れんじつ"
                  r"|連日|まいばん|毎晩|よるになると|夜になると|ここすうじつ|ここ数日")
# ... by a site, a shed or a yard where tools or goods went missing (工具がなくなった, 資材を盗まれた).
WENT_MISSING = (r"なくなり|なくなっ|無くなっ|ぬすまれ|盗まれ|ぬすま|盗ま|とうなん|盗難|もっていかれ|持っていかれ"
                r"|とられ|取られ|盗られ")
# Asked about, planned or past (いつまで, 迂回路はどこ, 予定, 先週): no danger now.
ASKED_ABOUT = FICTION + r"|いつまで|よてい|予定|おしらせ|お知らせ|かいらん|回覧|せんしゅう|先週|きのう|昨日"
# A hiss (シューッと, しゅーっていう音, プシューと) ...
HISS = r"(?:しゅっ|しゅう|しゅー|シュー|ぷしゅ|プシュ)(?:と|って)?(?:いう|いって|いった)?[^\n]{0,6}?(?:おと|音)"
# ... with a smell (鼻をつく臭い, 変なにおい, くさい).
SMELL = r"におい|臭い|臭う|におう|くさい|くせえ|くさく"
# Not a pot, a kettle, a spray, a tyre or cooking.
NOT_GAS = (COOKING + "|" + FICTION + r"|なべ|鍋|あつりょく|圧力|やかん|すぷれ|スプレー|たいや|タイヤ|ぱんく|パンク"
           r"|ゆげ|湯気"
           r"|ほっとぷれ|ホットプレ|ふらいぱん|フライパン|あいろん|アイロン")


def road_works_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("road_works_hazard", "police", ROAD_WORKS_TRAFFIC, unless=ASKED_ABOUT),
        # a strange vehicle parked by the site night after night, after things went missing there: someone casing
        # it - the police consultation line (#9110), 110 when told as a theft now
        rule("site_watched", "stalking", STRANGE_VEHICLE + r"[^\n]{0,30}?" + PARKED,
             needs=r"(?:" + NIGHTS_RUNNING + r")[^\n]*?(?:" + WENT_MISSING + r")|(?:" + WENT_MISSING + r")[^\n]*?(?:"
             + NIGHTS_RUNNING + ")", unless=FICTION),
        rule("gas", "fire", HISS + r"[^\n]{0,30}?(?:" + SMELL + r")|(?:" + SMELL + r")[^\n]{0,30}?" + HISS,
             unless=NOT_GAS),
    )
