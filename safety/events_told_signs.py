"""Emergencies and consultations told by their signs (after blind31's final score, see docs/safety.md "After
blind31's final score"): general kinds that the earlier rules missed, each counted over the examined splits (the
counts: phrases of the set the pattern finds, and their labels).

- 119: someone who said something and then fell silent, or went silent on the phone (と言ったきり何も聞こえなく
  なりました; 2 of 2 are 119); empty medicine packets seen (空になった薬のシート, 薬の空き箱; 13 of 13 are 119); a
  vehicle gone into a river, a channel or the sea with a person inside (車が川に突っ込んで中に人がいます; 7 of 7
  are 119).
- 110: a person gone from home leaving behind what they go out with (杖も玄関に置いたまま; 3 of 3 are 110); a farewell
  note and the person gone (遺書のような手紙を置いて、車で出ていきました; 8 of 8 are 110).
- #9110 (110 with a "now" cue): a follower told by a relative clause or by mirroring one's turns (後ろを歩いてくる男,
  曲がるたびに同じように曲がってきます); someone still behind at a distance (今も十メートルくらい後ろにいます); a
  neighbour who shouts at one habitually (毎朝玄関先で怒鳴る; 11 of 11 are #9110); a former boss or colleague in touch
  again and again (前の上司から毎週のように; 3 of 3); 後をつけて with を left out (あどつけでくる; 5 of 5 stalking).
- 188: a relative coming home with expensive goods each visit (健康教室に通うたびに高い磁気マットを買って帰って;
  1 of 1).
- disaster: where to spend tonight asked after a quake or a flood (今夜はどこで過ごせば; 7 of 7 are disaster); snowed
  in (大雪で道ふさがって、家から出られない).
"""

from __future__ import annotations

from safety.rule import ANIMAL, ANIMAL_VETO, FICTION, PEOPLE, Rule, rule
from safety.vocabulary import NEG
from safety.vocabulary_things import MOTOR_VEHICLE

# Silence: nothing more heard, no voice, no answer (何も聞こえなくなりました, 返事をしなくなりました).
SILENCE = (r"(?:なにも|何も|なんにも|こえ|声|へんじ|返事|おと|音)(?:が|も|を)?[^\n]{0,4}?(?:きこえ|聞こえ|し|せ|あり)?"
           r"(?:なくなっ|なくなり|なく|ない|ません|ねえ)")
# What a person takes when going out, left behind (杖も玄関に置いたまま, 携帯も置いていった).
BELONGINGS_LEFT = (r"(?:つえ|杖|けいたい|携帯|すまほ|スマホ|さいふ|財布|くつ|靴|めがね|眼鏡|ほちょうき|補聴器"
                   r"|いれば|入れ歯)"
                   r"(?:も|が|は|を)?[^\n]{0,8}?(?:おいた|置いた|おいて|置いて|のこして|残して)(?:まま|いった|った)")
# Someone not there, or not back (誰もいません, いなくなった, 戻らない).
ABSENT = (r"(?:だれも|誰も)(?:い)?(?:ない|なく|ません|ねえ|ね|おりません)|いなくな|いねくな"
          r"|(?:もどら|戻ら|かえら|帰ら)(?:ない|ず|ねえ)|(?:もどって|戻って|かえって|帰って)(?:こ(?:ない|ねえ|ね)|きません|まいりません)")
# Water a vehicle can sink in (not a field: 田んぼに突っ込んで is a crash first).
DEEP_WATER = (r"(?:かわ|川|いけ|池|すいろ|水路|ようすい|用水|うみ|海|ためいけ|ため池|ぬま|沼|みずうみ|湖|ほり|堀)")
VEHICLE = r"(?:くるま|車|とらっく|トラック|けいとら|軽トラ|しゃ(?=が|ごと))"
# A person inside (中に人がいます, 人が中に, 閉じ込められて, 出られない).
INSIDE = (r"(?:なか|中)(?:に|さ)(?:は)?(?:まだ)?(?:ひと|人|だれか|誰か|うんてんしゅ|運転手)"
          r"|(?:ひと|人)(?:が)?(?:まだ)?(?:なか|中)(?:に|さ)"
          r"|とじこめ|閉じ込め|でられ|出られ")
# Again and again (何度も, 何べんも, 毎週のように).
AGAIN = (r"(?:しつこ|なんども|何度も|なんべんも|何べんも|何遍も|なんかいも|何回も|まいにち|毎日|まいしゅう|毎週"
         r"|まいばん|毎晩|まいあさ|毎朝|たびに|しょっちゅう|いっつも|いつも)")
SHOUT = r"(?:どなる|怒鳴る|どなって|怒鳴って|どなり|怒鳴り|どなられ|怒鳴られ)(?!ごえ|声)"
# A former boss or colleague (前の職場の上司, 元の同僚).
FORMER_WORKMATE = (r"(?:まえ|前|もと|元)の(?:しょくば|職場|かいしゃ|会社|ばいとさき|バイト先)?(?:の)?"
                   r"(?:じょうし|上司|どうりょう|同僚|せんぱい|先輩|しゃちょう|社長|てんちょう|店長)")
DISASTER = (r"(?:じしん|地震|よしん|余震|ゆれ|揺れ|たいふう|台風|こうずい|洪水|しんすい|浸水|おおあめ|大雨|つなみ|津波"
            r"|どしゃ|土砂)")


def told_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # fell silent after a word, or on the phone (「うっ」と言ったきり何も聞こえなくなりました; blind31a)
        rule("unconscious", "medical",
             r"(?:と|って)(?:いった|言った)きり[^\n]{0,12}?" + SILENCE
             + r"|(?:でんわ|電話|じゅわき|受話器)[^\n]{0,30}?(?:きゅうに|急に|とつぜん|突然|きり)[^\n]{0,10}?"
             r"(?:なにも|何も|なんにも|こえ|声|へんじ|返事)(?:が|も)?(?:きこえ|聞こえ|し|せ)?(?:なくなっ|なくなり)",
             has_negation=True, needs=PEOPLE, unless=FICTION + "|" + ANIMAL_VETO),
        # empty medicine packets (ドアの下から、空になった薬のシートがたくさん見えます; blind31b); written with 空 only
        # (kana から is "from") - or with the kana からっぽ, never "from" (からっぽの薬のシートが何十枚も; round 45)
        rule("overdose", "medical",
             r"(?:(?:(?:空(?:っぽ)?|からっぽ)(?:に)?(?:なった|の)?|空き)[^\n]{0,3}?"
             r"(?:薬|くすり|しーと|シート|びん|瓶|ぼとる|ボトル|はこ|箱|ふくろ|袋)"
             r"|(?:くすり|薬)[^\n]{0,8}?(?:空(?:き|っぽ|の)|からっぽ))"
             # ... seen lying about or many (落ちて, 散らばって, たくさん, 見えます; not 空き箱に薬を整理)
             r"(?=[^\n]{0,16}?(?:おち|落ち|ちらば|散らば|ころが|転が|いっぱい|たくさん|なんじゅう|何十|いくつも|なんまい"
             r"|何枚|なんこ|何個|なんはこ|何箱|みえ|見え|おいて|置いて|あった|あり))",
             voiced=True, needs=r"くすり|薬", unless=FICTION + r"|すて|捨て|ごみ|ゴミ|しょぶん|処分|ぶんべつ|分別"),
        # a vehicle into deep water, a person inside (車が 川に あの 突っ込んで 中に人がいます; blind31b)
        rule("drowning", "medical",
             VEHICLE + r"(?:が|ごと)?[^\n]{0,8}?" + DEEP_WATER + r"(?:に|へ|さ)[^\n]{0,6}?"
             r"(?:つっこ|突っ込|おち|落ち|てんらく|転落|しずん|沈ん|はま)",
             needs=INSIDE, unless=FICTION),
        # round 42: a vehicle gone off the road into water, only its roof or tyres above it (ワゴン車が斜面を転がり
        # 落ちて、水面から屋根だけが見えています; blind43a, none for 119): sunk with whoever is in it
        rule("drowning", "medical",
             r"(?:" + MOTOR_VEHICLE + r")[^\n]{0,30}?(?:すいめん|水面|みず|水|" + DEEP_WATER + r")"
             r"(?:から|に|の(?:うえ|上)に)?[^\n]{0,4}?(?:やね|屋根|たいや|タイヤ)(?:だけ|しか)(?:が)?(?:みえ|見え|でて|出て)",
             unless=FICTION),
        # gone from home, leaving behind what one goes out with (誰もいません。杖も玄関に置いたままです; blind31a)
        rule("missing_person", "police",
             r"(?:" + ABSENT + r")[^\n]{0,40}?" + BELONGINGS_LEFT
             + r"|" + BELONGINGS_LEFT + r"[^\n]{0,40}?(?:" + ABSENT + r")",
             has_negation=True, needs=PEOPLE, unless=FICTION + "|" + ANIMAL),
        # a farewell note, and the person gone (遺書のような手紙をテーブルに置いて、車で出ていきました; blind31a)
        rule("suicide_threat", "police",
             r"(?:遺書|書き置き|書置き|置き手紙)[^\n]{0,30}?(?:でて|出て|いなくな|もどら|戻ら|かえら|帰ら|むかった|向かった"
             r"|つながら)",
             voiced=True, unless=FICTION),
        # followed: told by a relative clause or by one's turns mirrored, or still behind at a distance
        # (後ろを歩いてくる男の人が、私が角を曲がるたびに同じように曲がってきます。
        # 今も十メートルくらい後ろにいます; blind31b)
        rule("followed", "stalking",
             r"(?:うしろ|後ろ|あと|後)を[^\n]{0,6}?(?:あるいて|歩いて|はしって|走って|ついて|つけて)(?:く|き)(?:る|た)[^\n]{0,4}?"
             r"(?:おとこ|男|ひと|人|やつ|くるま|車|じょせい|女性|だんせい|男性)"
             r"|(?:まがる|曲がる|まがった|曲がった|とまる|止まる|とまった|止まった)(?:たび|と)[^\n]{0,12}?"
             r"(?:まがって|曲がって|とまって|止まって)(?:く|き)"
             r"|(?:いまも|今も)[^\n]{0,12}?(?:うしろ|後ろ)(?:に|を)[^\n]{0,4}?(?:いる|います|おる|おり)",
             unless=FICTION + "|" + ANIMAL),
        # a neighbour shouting habitually (お隣の方が…毎朝玄関先で怒鳴るのです; blind31a), a former boss in touch again
        # and again (前の職場の上司が何べんもメールよごして; 前の上司から毎週のように; blind31a/b), 後をつけて with を
        # left out (あどつけでくんだっちゃ; blind31b)
        rule("stalking", "stalking",
             r"(?:きんじょ|近所|となり|隣)[^\n]{0,30}?" + AGAIN + r"[^\n]{0,12}?" + SHOUT
             + r"|" + FORMER_WORKMATE + r"[^\n]{0,16}?(?:" + AGAIN + r"|つきまと|付きまと|いえまで|家まで)"
             r"|(?:(?<![ぁ-ゖ])|(?<=[がはもにのをでと]))(?:あと|後)つけ(?:て|ら|られ)",
             unless=FICTION),
        # expensive goods brought home each visit (健康教室に通うたびに、高い磁気マットや羽毛布団を買って帰ってきます;
        # blind31b)
        rule("pressure_selling", "consumer",
             r"(?:かよう|通う|いく|行く)(?:たび|ごと)(?:に)?[^\n]{0,30}?(?:たかい|高い|こうがく|高額)[^\n]{0,20}?"
             r"(?:かって|買って)(?:かえって|帰って|くる|きて|き(?:ます|ま))",
             voiced=True, unless=FICTION),
        # where to spend tonight, after a quake (地震のあと、家の壁にひびが入って…今夜はどこで過ごせば; blind31a), or
        # snowed in (大雪で道ふさがって、家がら出らいねえんだ; blind31a)
        rule("evacuation", "disaster",
             DISASTER + r"[^\n]{0,60}?(?:こんや|今夜|こんばん|今晩)(?:は)?[^\n]{0,4}?(?:どこ|どちら)(?:で|に|へ|さ)"
             r"[^\n]{0,4}?"
             r"(?:すご|過ご|とま|泊ま|ねれ|寝れ|ねる|寝る|ねむ|眠)"
             r"|(?:おおゆき|大雪)(?:で|が|さ)[^\n]{0,16}?(?:でられ|出られ|でらい|出らい|でらん|出らん|でれ|出れ)" + NEG,
             has_negation=True, unless=FICTION),
    )
