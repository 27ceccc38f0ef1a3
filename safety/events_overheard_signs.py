"""Trouble read from what one hears, smells or glimpses from outside, the danger never named (round 48, helper A87:
wide50b's wrong decisions).

A neighbour, a passer-by or a worker on a round seldom says "an emergency": they tell a sound, a smell or a glimpse,
and the sign that a person is behind it. Each rule reads the event over its parts - the sense, what it came from,
and the person in trouble - so that another telling meets it, and the everyday look-alike (a bath being run, a
pool's usual smell, children splashing in a river, a shop closing for the night) does not:

- *water running for hours where one lives alone, no answer* (119): a bath or tap heard running on and on, or water
  coming through the ceiling, and the one living there (alone, old) not answering the bell or a knock;
- *a sharp chemical smell and several people coughing* (119): chlorine, a medicine or a sharp smell at a pool or a
  plant room, children or people coughing, one short of breath or crouching - a toxic gas with casualties;
- *a shout or splashing from a river where someone may have fallen* (119): splashing and a call from the water, with
  a bicycle or shoes left on the bank or the person unseen in the dark;
- *a child shut inside a freezer, a fridge or a trunk* (119): a voice or knocking from inside, the lid that will not
  open;
- *glass broken in a closed shop at night and a light moving inside* (110): a burglary under way;
- *an old person astray at night in night clothes or bare feet* (110): who cannot say a name or a home, or repeats
  one thing (police protection);
- *someone heard in the ceiling space or the storeroom by one alone* (110): footsteps or rustling and a cough, nobody
  else at home;
- *a car's alarm sounding while men work at its door* (110): a car theft under way;
- *oil spilled across a road and a vehicle already skidded* (110): a road danger for the police, the rider unhurt;
- *voicemails again and again saying the caller knows one lives alone* (#9110);
- *a light shone into one's window night after night* (#9110);
- *dead animals left at the door or in the mailbox, again* (#9110): not a cat's gift;
- *a smell only oneself notices, ringing ears, stools black like ink, a cut whose stitches are asked about* (#7119):
  what one notices in oneself;
- *a power or gas supplier switched without consent* (188): by a visitor taken for the meter reader;
- *sandbags asked for with the water rising* (disaster).

Not an emergency (a guard of the fuel-gas and danger-word rules): a neighbour's car warmed up every morning, its
exhaust smelt (``EXHAUST_NUISANCE``).

Each kind is written in other tellings and styles in tests/safety/test_events_overheard_signs.py, with look-alikes
that stay quiet.
"""

from __future__ import annotations

from safety.rule import ANIMAL_VETO, FICTION, Rule, rule


def _told_with(main: str, *parts: str) -> str:
    """``main`` in a text that also holds every one of ``parts`` (anywhere, before or after it). Written into the
    pattern, not a rule's ``needs``: a bare match whose ``needs`` fails counts as guarded and silences the
    classifiers (a sound word alone - 何度, 窓 - is no sign that nothing happened)."""
    return r"\A" + "".join(r"(?=[\s\S]*?(?:" + part + r"))" for part in parts) + r"[\s\S]*?(?:" + main + r")"


# --- who is behind it: nobody answers ---
# Not answering the bell, a knock or a call (インターホンを押しても出ない, 戸を叩いても返事がない, 呼んでも出てこない).
NO_ANSWER = (r"(?:よんで|呼んで|よんだ|呼んだ|おして|押して|おした|押した|たたいて|叩いて"
             r"|のっく(?:して)?|ノック(?:して)?|ならして|鳴らして|こえ(?:を)?かけて|声(?:を)?かけて)(?:も|ったって)[^\n]{0,8}?"
             r"(?:でない|出ない|でてこない|出てこない|でねえ|出ねえ|へんじ|返事|おうとう|応答|はんのう|反応)")
# Living alone, old (一人暮らし, 上のおじいさん, ご老人).
ALONE_OR_OLD = (r"ひとりぐらし|一人暮らし|独り暮らし|ひとりずまい|一人住まい|ひとりで(?:すん|住ん)|一人で(?:すん|住ん)"
                r"|おじいさん|おばあさん|おじいちゃん|おばあちゃん|ごろうじん|ご老人|ろうじん|老人|こうれい|高齢"
                r"|じいさん|ばあさん|じっちゃ|ばっちゃ|ばっぱ")

# --- water running for hours ---
# Water heard running on and on (水の音が止まらない, 出しっぱなし, 流れっぱなし, ザーザーいう音がずうっと).
WATER_RUNNING = (r"(?:みず|水|おゆ|お湯|ゆ|ふろ|風呂)(?:の)?(?:おと|音)(?:が|は)?[^\n]{0,10}?"
                 r"(?:とまらな|止まらな|とまんな|止まんな|やまな|止まな|ずっと|ずうっと|つづい|続い)"
                 r"|(?:だし|出し|ながれ|流れ)っぱなし")
# ... and coming through (天井から水が垂れてきた, 押し入れまで水がしみてきた).
WATER_THROUGH = (r"(?:てんじょう|天井|かべ|壁|おしいれ|押し入れ)[^\n]{0,8}?(?:みず|水)"
                 r"|(?:みず|水)(?:が)?[^\n]{0,4}?(?:たれて|垂れて|もれて|漏れて|しみて|染みて|しみだ|染み出)")

# --- a chemical smell and people coughing ---
# A sharp or chemical smell (塩素のような強いにおい, 鼻につーんとくる薬のにおい, 刺激臭).
CHEMICAL_SMELL = (r"(?:えんそ|塩素|かるき|カルキ|くすり|薬|やくひん|薬品|しげき|刺激)(?:の|みたいな|のような|っぽい)?"
                  r"[^\n]{0,6}?(?:におい|匂い|臭い|にお|くさ|臭)"
                  r"|しげきしゅう|刺激臭|つーんと|つんと")
# ... several people coughing (子どもたちが咳き込んで, 何人も咳して, みんな咳をして).
MANY_COUGHING = (r"(?:なんにん|何人|みんな|みな|たち|たくさん|おおぜい|大勢|ぜんいん|全員)[^\n]{0,14}?"
                 r"(?:せき|咳|げほ|ゲホ|ごほ|ゴホ)")
# ... one short of breath or crouching (一人は息が苦しそう, 息がしづらそう, 座り込んでる).
ONE_BREATHLESS = (r"(?:いき|息)(?:が|も)?[^\n]{0,4}?(?:くるし|苦し|しづら|しずら|できな|出来な)"
                  r"|すわりこ|座り込|しゃがみこ|しゃがんで|ぜーぜー|ゼーゼー|ぜいぜい")
# Tap water or a bath additive: a question of taste, no gas (水道水がカルキくさい).
TAP_WATER = r"すいどう|水道|じゃぐち|蛇口|のみみず|飲み水|にゅうよくざい|入浴剤"

# --- someone fallen into a river ---
SPLASHING = r"ばしゃばしゃ|バシャバシャ|じゃぶじゃぶ|ざぶざぶ|ばちゃばちゃ|バチャバチャ|みずおと|水音|しぶき"
RIVER = r"かわ(?!い|ら)|川|ようすい|用水|ほり|堀|ぬま|沼|いけ(?!な|ま)|池|うみ|海|みなと|港"
# A call from the water (おーい, 助けて, 叫び声, 声が一回).
CALL_OUT = r"おーい|おい|たすけ|助け|さけび|叫び|さけん|叫ん|こえ|声|ひめい|悲鳴"
# ... with a bicycle or shoes left on the bank, or the person unseen in the dark.
LEFT_OR_UNSEEN = (r"(?:じてんしゃ|自転車|ちゃり|チャリ|くつ|靴|さんだる|サンダル|ばいく|バイク)(?:が|だけ)?[^\n]{0,4}?"
                  r"(?:たおれ|倒れ|おちて|落ちて|ころが|転が|のこ|残|ぬぎ|脱ぎ)"
                  r"|(?:すがた|姿)(?:は|が|も)?[^\n]{0,2}?(?:みえな|見えな|みあたら|見当たら)")
PLAYING = r"あそ(?:ん|び|ぶ)|遊|みずあそび|わらい|笑い|わらって|笑って|つり|釣り|かわあそび|ぼーと|ボート|ぷーる|プール"

# --- a child shut inside a freezer or a trunk ---
CONTAINER = (r"(?:れいとうこ|冷凍庫|れいぞうこ|冷蔵庫|とらんく|トランク|いしょうけーす|衣装ケース|きんこ|金庫"
             r"|ながもち|長持|ろっかー|ロッカー|くーらーぼっくす|クーラーボックス)")
# A voice or knocking from inside (中から子どもの声とドンドンたたく音).
FROM_INSIDE = (r"(?:なか|中)(?:から|で)[^\n]{0,12}?(?:こえ|声|たた|叩|どんどん|ドンドン|とんとん|トントン|おと|音"
               r"|なき|泣き)")
# The lid or door will not open (ふたが開きません, 蓋開がねえ, 出られない).
LID_STUCK = (r"(?:ふた|蓋|とびら|扉|どあ|ドア)(?:が|も|は)?[^\n]{0,2}?"
             r"(?:あかな|開かな|あきません|開きません|あかね|開かね)"
             r"|(?:でられ|出られ)(?:ない|なく|ねえ|ません)")

# --- glass broken in a closed shop at night ---
GLASS_BROKEN = (r"(?:がらす|ガラス|まど|窓)(?:が|を|の)?[^\n]{0,3}?(?:われ|割れ|わら|割ら|わっ|割っ|くだけ|砕け)"
                # (not がちゃーん: without its long vowel it is かちゃん, read in あかちゃん)
                r"|がしゃーん|ガシャーン|ぱりーん|パリーン")
# A light moving inside (懐中電灯の光が動いて, 中で明かりがちらちら).
LIGHT_MOVING = (r"(?:かいちゅうでんとう|懐中電灯|あかり|明かり|ひかり|光|らいと|ライト)[^\n]{0,6}?"
                r"(?:うご|動|ちらちら|ちらつ|ゆれ|揺れ|ちかちか)")
# ... where nobody should be (閉まってるはずの, 夜中, 留守).
NOBODY_SHOULD_BE = (r"しま(?:って|った)|閉ま(?:って|った)|しめた|閉めた|よなか|夜中|よふけ|夜更け|しんや|深夜"
                    r"|よぶん|夜分|るす|留守|だれもいない|誰もいない|へいてん|閉店")

# --- an old person astray at night ---
NIGHT_CLOTHES = (r"ぱじゃま|パジャマ|ねまき|寝間着|寝巻|はだし|裸足"
                 r"|くつ(?:を|も)?(?:はいて|履いて)(?:い)?(?:ない|ねえ|ません)")
# Cannot say who or where (名前も家も分からない, どこから来たのか, 同じことを繰り返して).
CANNOT_SAY = (r"(?:なまえ|名前|いえ|家|じゅうしょ|住所|ばしょ|場所)[^\n]{0,12}?"
              r"(?:わからな|分からな|わかんな|いえな|言えな|いえません|言えません|こたえられ|答えられ)"
              r"|どこから(?:き|来)|おなじこと(?:を|ばかり|ばっかり)?[^\n]{0,4}?(?:くりかえ|繰り返)"
              r"|同じこと(?:を|ばかり|ばっかり)?[^\n]{0,4}?(?:くりかえ|繰り返)")
OLD_PERSON = (r"こうれい|高齢|おじいさん|おばあさん|おじいちゃん|おばあちゃん|ろうじん|老人|としより|年寄り"
              r"|じいさん|ばあさん")

# --- someone in the ceiling space ---
HIDDEN_SPACE = (r"てんじょう(?:うら)?|天井(?:裏)?|てんぶくろ|天袋|やねうら|屋根裏|おしいれ|押し入れ|ものおき|物置"
                r"|納戸|くろーぜっと|クローゼット")  # (not kana なんど: 何度)
# Footsteps or a person moving there (人の足音, ごそごそ人が動く音, 床がきしむ音).
PERSON_MOVING = (r"あしおと|足音|(?:ひと|人)(?:が|の)?[^\n]{0,4}?(?:うご|動)|ごそごそ|ゴソゴソ|がさごそ|ガサゴソ"
                 r"|きしむ|軋む|ぎしぎし|ギシギシ")
COUGH_HEARD = r"せきばらい|咳払い|せき(?:が|も)?(?:きこえ|聞こえ)|咳(?:が|も)?(?:きこえ|聞こえ)|くしゃみ"
NOBODY_ELSE = (r"ひとりぐらし|一人暮らし|独り暮らし|ひとりで|一人で|わたし(?:しか|だけ)|私(?:しか|だけ)"
               r"|だれもいない|誰もいない|るす|留守")

# --- a car's alarm and men at its door ---
CAR_ALARM = (r"(?:くるま|車)(?:の)?[^\n]{0,8}?(?:ぶざー|ブザー|あらーむ|アラーム|けいほう|警報|びーびー|ビービー"
             r"|ぴーぴー|ピーピー|なりだ|鳴り出)")
AT_ITS_DOOR = (r"(?:どあ|ドア|うんてんせき|運転席)[^\n]{0,10}?(?:いじ|こじ|なにか(?:を)?して|何か(?:を)?して"
               r"|きかい|機械|どうぐ|道具|こうぐ|工具)"
               r"|(?:まわり|周り)で[^\n]{0,4}?(?:なにか|何か)(?:を)?(?:して|し(?:て)?お)")
MEN = r"おとこ|男|ふたり|二人|２人|2人|わかもの|若者"
# The owner himself (自分の車, 鍵を閉じ込めた): no theft.
OWN_CAR = (r"じぶんの|自分の|うちの(?:くるま|車)|かぎ(?:を)?(?:とじこめ|閉じ込め)|鍵(?:を)?(?:とじこめ|閉じ込め)"
           r"|じーえふ|JAF|ジャフ")

# --- oil spilled across a road ---
OIL_SPILLED = (r"(?:あぶら|油|おいる|オイル|けいゆ|軽油|とうゆ|灯油)(?:が|も|で)?[^\n]{0,6}?"
               r"(?:こぼれ|ひろが|広が|まみれ|ながれ|流れ|もれ|漏れ)")
ROAD = r"こうさてん|交差点|どうろ|道路|こくどう|国道|けんどう|県道|しゃどう|車道"
SKIDDED = r"すべ(?:って|った)|滑(?:って|った)|すりっぷ|スリップ"
STILL_PASSING = (r"(?:くるま|車)(?:は|が|も)?[^\n]{0,6}?(?:とおって|通って|はしって|走って)"
                 r"|またじこ|また事故|あぶね|危ね")

# --- #9110: told again and again, nothing happening this minute ---
# Again and again, or for days (毎晩, 何度も, この半月で三回, もう一週間).
AGAIN = (r"まいばん|毎晩|まいにち|毎日|まいよ|毎夜|なんど|何度|なんかい|何回|なんにち|何日|いっしゅうかん|一週間"
         r"|しゅうかん|週間|はんつき|半月|かげつ|か月|ヶ月|とおか|十日|(?:[0-9０-９二三四五六七八九]+)(?:かい|回|けん|件|ど|度)"
         r"|また|いつも")
# A voicemail or a call from an unknown number (知らない番号から留守電).
VOICEMAIL = r"るすでん|留守電|留守伝|るすばんでんわ|留守番電話|ぼいすめーる|ボイスメール|ちゃくしん|着信"
# ... telling that the caller knows one lives alone or where (一人暮らしなの知ってるよ, 一人なの知ってっぞ).
KNOWS_ONE = (r"(?:ひとり|一人|1人|１人|ひとりぐらし|一人暮らし|1人暮らし|いえ|家|すんでる|住んでる)[^\n]{0,6}?"
             r"(?:しって|知って|しっと|知っと)|みてるよ|見てるよ|みてるぞ|見てるぞ")
# A light shone into one's window (毎晩窓に緑の光を当ててくる, 寝室の窓に光が当たって).
LIGHT_AT_WINDOW = (r"(?:まど|窓|しんしつ|寝室|へや|部屋)[^\n]{0,10}?(?:ひかり|光|れーざー|レーザー|らいと|ライト)"
                   r"[^\n]{0,6}?(?:あて|当て|あた|当た|てら|照ら)"
                   r"|(?:ひかり|光|れーざー|レーザー|らいと|ライト)(?:を|が)?[^\n]{0,6}?(?:まど|窓)[^\n]{0,4}?"
                   r"(?:あて|当て|あた|当た|てら|照ら)")
# Dead animals left at one's door or in the mailbox (玄関先に死んだネズミ, ポストに魚の頭).
DEAD_ANIMAL = (r"(?:しんだ|死んだ|しがい|死骸)[^\n]{0,4}?(?:ねずみ|ネズミ|からす|カラス|とり|鳥|ねこ|猫|はと|鳩"
               r"|すずめ|どうぶつ|動物|さかな|魚)|(?:さかな|魚)の(?:あたま|頭)")
LEFT_AT_DOOR = (r"(?:げんかん|玄関|ぽすと|ポスト|ゆうびんうけ|郵便受け|いえのまえ|家の前|もんのまえ|門の前)[^\n]{0,16}?"
                r"(?:おかれ|置かれ|おいて|置いて|いれられ|入れられ|はいって|入って|すてられ|捨てられ)"
                r"|(?:おかれ|置かれ|いれられ|入れられ)[^\n]{0,6}?(?:げんかん|玄関|ぽすと|ポスト)")
# A cat's gift or a crow's leftovers (猫が持ってくる): no person behind it.
ANIMAL_BROUGHT = (r"(?:ねこ|猫|いぬ|犬|からす|カラス)(?:が|の)[^\n]{0,10}?(?:もって|持って|くわえ|咥え|はこん|運ん"
                  r"|おとし|落とし|しわざ|仕業)")

# --- disaster: sandbags asked for with the water rising ---
SANDBAGS = r"どのう|土のう|土嚢"
WHERE_GIVEN = r"どこ|どご|もらえ|くばって|配って|はいふ|配布|ほしい|欲しい|ください|下さい"
WATER_RISING = (r"かんすい|冠水|しんすい|浸水|あふれ|溢れ|おおあめ|大雨|(?:みず|水)(?:が|さ)?[^\n]{0,4}?"
                r"(?:あが|上が|はい|入|きて|来て|きそう|来そう|たまっ|溜まっ)")

# --- 188: a power or gas supplier switched without one's consent ---
SUPPLIER_SWITCHED = (r"(?:でんき|電気|でんりょく|電力|がす|ガス)(?:の)?(?:かいしゃ|会社|けいやく|契約|ぷらん|プラン)"
                     r"(?:が|を|も)?[^\n]{0,14}?(?:かわ|変わ|かえられ|変えられ|きりかわ|切り替わ|きりかえられ|切り替えられ)")
WITHOUT_CONSENT = (r"しらない(?:うち|間)|知らない(?:うち|間)|しらぬま|知らぬ間|いつのまに|いつの間に|かってに|勝手に"
                   r"|(?:おもって|思って)|どうい|同意|もどしたい|戻したい|もとにもど|元に戻")

# --- #7119: what one smells, hears or sees in oneself ---
# A smell only oneself notices (焦げたようなにおいが私にだけ, 家の人は誰も匂わねって): a phantom smell to have seen to.
SMELL = r"におい|匂い|臭い|にお|くさ|くせ|臭"
ONLY_ONE_SMELLS = (r"(?:わたし|私|じぶん|自分|おら|おれ|俺)(?:に)?(?:だけ|しか)"
                   r"|(?:かぞく|家族|いえのひと|家の人|いえのもの|家の者|だれ|誰)(?:は|も|に)?[^\n]{0,8}?"
                   r"(?:におわ|匂わ|臭わ|におわな|におわね|においがしな|匂いがしな)")
# Ringing or muffled hearing after a bang (みみが キーンとして きこえにくい).
# (kana みみ only before a particle: みずうみみたい is a lake; きーん only before と / って: folded it is きん, as in
# 近所)
EAR_RINGING = (r"(?:みみ(?:が|も|は)|耳(?:が|も|は)?)[^\n]{0,6}?(?:きーん(?:と|って)|キーン(?:と|って)"
               r"|じーん(?:と|って)|ジーン(?:と|って)|きこえにく|聞こえにく|こもっ|籠も|なりっぱなし|鳴りっぱなし)"
               r"|みみなり|耳鳴り")
# Stools black like ink (便が墨みたいに黒かった, うんこ真っ黒).
# (a particle after べん / 便 / 通じ: not べんきょう, 勉強, nor 郵便; kana すみ only as a likeness, not すみません)
BLACK_STOOL = (r"(?:(?:べん|(?<!郵)便|つうじ|通じ|だいべん|大便)(?:が|は|も)|うんこ|うんち)[^\n]{0,8}?"
               r"(?:くろ|黒|すみ(?:みたい|のよう)|墨|まっくろ|真っ黒|たーる|タール)")
# A cut whose stitches are asked about (縫ったほうがいい?, 縫うならどこの病院).
STITCHES_ASKED = (r"(?:ぬっ|縫っ|ぬう|縫う|ぬわ|縫わ|ぬい|縫い)(?:た|て)?(?:ほう|方|なら|べき|もらっ|もらう|か|ない)")
CUT = r"きれ|切れ|きっ|切っ|きず|傷|ぱっくり|ざっくり"

# --- not an emergency: a neighbour's car warmed up every morning ---
# The exhaust of a car idled as a habit (毎朝20分ほど暖機運転, 冬の朝はいつもアイドリング), no one shut in with it and
# no one failing to answer: a nuisance to consult about, no gas leak (the fuel-gas rule's guard in
# :mod:`safety.events_fire`).
EXHAUST_NUISANCE = (r"\A(?=[\s\S]*?(?:はいき|排気))"
                    r"(?=[\s\S]*?(?:だんき|暖機|あいどりんぐ|アイドリング|あいどる|アイドル|まいあさ|毎朝|まいにち|毎日"
                    r"|ふゆのあさ|冬の朝))"
                    r"(?![\s\S]*?(?:しゃこ|車庫|がれーじ|ガレージ|しゃったー|シャッター|しめきっ|閉め切|へんじ|返事|でてこ|出てこ"
                    r"|ぐったり|たおれ|倒れ|ずつう|頭痛|はきけ|吐き気|いしき|意識))")


def overheard_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- 119 ---
        # water running for hours upstairs, through the ceiling, the old man living alone not answering (上の階の
        # お風呂の水の音が2時間以上止まらなくて…一人暮らしで、インターホンを押しても出ない)
        rule("not_answering_alone", "medical",
             _told_with(WATER_RUNNING + r"|" + WATER_THROUGH, NO_ANSWER, ALONE_OR_OLD), unless=FICTION),
        # a sharp chemical smell, several coughing, one short of breath (市民プールで急に塩素のような強いにおいがして、
        # 子どもたちが咳き込んで…一人は息が苦しそう)
        rule("toxic_gas", "fire", _told_with(CHEMICAL_SMELL, MANY_COUGHING, ONE_BREATHLESS),
             unless=TAP_WATER + r"|" + FICTION),
        # splashing and a call from a river, a bicycle fallen on the bank or nobody seen (堤防の上の道に自転車が
        # 倒れてて、下の川のほうからバシャバシャって音と『おーい』って声…暗くて姿は見えない)
        rule("drowning", "medical", _told_with(SPLASHING, RIVER, CALL_OUT, LEFT_OR_UNSEEN),
             unless=PLAYING + r"|" + FICTION + r"|" + ANIMAL_VETO),
        # a child shut in a freezer or a trunk, knocking, the lid stuck (古い冷凍庫の中から、子どもの声とドンドン
        # たたく音…ふたが開きません)
        rule("trapped_child", "medical", _told_with(CONTAINER + r"[^\n]{0,6}?" + FROM_INSIDE, LID_STUCK),
             unless=FICTION + r"|" + ANIMAL_VETO),
        # --- 110 ---
        # glass broken at night where nobody should be, a light moving inside (閉まってるはずの隣の店で…ガラスの割れる
        # ような音がして、中で明かりがちらちら動いて)
        rule("intruder", "police", _told_with(GLASS_BROKEN, LIGHT_MOVING, NOBODY_SHOULD_BE), unless=FICTION),
        # an old person astray at night in night clothes, unable to say a name or a home (パジャマの高齢の女性が来てて
        # 自分の家も名前も分からない; 寝間着姿のおじいさんが…同じことを繰り返してる。靴をはいてない)
        rule("missing_person", "police", _told_with(NIGHT_CLOTHES, OLD_PERSON, CANNOT_SAY), unless=FICTION),
        # footsteps and a cough in the ceiling space, nobody else at home (一人暮らしなんですが、今、押し入れの天袋の
        # ほうから、ごそごそ人が動く音と、咳払いが)
        rule("intruder", "police", _told_with(HIDDEN_SPACE, PERSON_MOVING, COUGH_HEARD, NOBODY_ELSE),
             unless=FICTION + r"|ねずみ(?:が|の)?(?:おと|音)(?!とは|と(?:は)?(?:ちが|違))"),
        # a car's alarm sounding while men work at its door (車の防犯ブザーがビービー鳴ってて、黒い服の男が二人、
        # 運転席のドアのところで何かの機械をいじってる)
        rule("theft_under_way", "police", _told_with(CAR_ALARM, MEN, AT_ITS_DOOR), unless=OWN_CAR + r"|" + FICTION),
        # oil spilled across a road, a motorbike already skidded, cars passing (国道の交差点一面に油が広がって…バイクが
        # 滑って転んで…車はそのまま通ってる)
        rule("road_danger", "police", _told_with(OIL_SPILLED, ROAD, SKIDDED + r"|" + STILL_PASSING),
             unless=FICTION),
        # --- #7119 ---
        # a smell only oneself notices (焦げくせぇ匂いすんだげっと、家の人は誰も匂わねって)
        rule("phantom_smell", "symptom", _told_with(SMELL, ONLY_ONE_SMELLS), unless=FICTION + r"|" + ANIMAL_VETO),
        # ringing or muffled hearing (おまつりで ばくちくが みみの そばで なって…キーンとして きこえにくい)
        rule("ear_ringing", "symptom", EAR_RINGING, unless=FICTION + r"|" + ANIMAL_VETO),
        # stools black like ink (うんこ真っ黒でさ 立つとちょいクラっとする)
        rule("black_stool", "symptom", BLACK_STOOL, unless=FICTION + r"|" + ANIMAL_VETO),
        # a cut whose stitches are asked about (まゆの うえが きれた…ぬったほうが いい?)
        rule("stitches_asked", "symptom", _told_with(STITCHES_ASKED, CUT),
             unless=FICTION + r"|" + ANIMAL_VETO + r"|ぬいもの|縫い物|さいほう|裁縫|みしん|ミシン|ふく|服|ぬの|布"),
        # --- disaster ---
        # sandbags asked for, the water rising (家の前の道さ水上がってきたっちゃ。土のうどごでもらえんの?)
        rule("evacuation", "disaster", _told_with(SANDBAGS, WHERE_GIVEN, WATER_RISING), unless=FICTION),
        # --- 188 ---
        # a power supplier switched by a visitor taken for the meter reader (電気の検針の人かと思って、伝票をお見せし
        # ましたら…知らないうちに電気の会社が変わって)
        rule("consumer", "consumer", _told_with(SUPPLIER_SWITCHED, WITHOUT_CONSENT), unless=FICTION),
        # --- #9110 ---
        # voicemails again and again from an unknown number saying the caller knows one lives alone (知らない番号から
        # 留守電が何度も…『一人暮らしなの知ってるよ』)
        rule("repeated_contact", "stalking", _told_with(KNOWS_ONE, VOICEMAIL, AGAIN), unless=FICTION),
        # a light shone into one's window night after night (まいばん まどに みどりの ひかりを あててくる)
        rule("harassed", "stalking", _told_with(LIGHT_AT_WINDOW, AGAIN),
             unless=FICTION + r"|がいとう|街灯|くるまの(?:らいと|ライト)|車の(?:らいと|ライト)|ひざし|日差し|つき|月"),
        # dead animals left at the door or in the mailbox, again (この半月で三回、玄関先に死んだネズミやカラスが)
        rule("harassed", "stalking", _told_with(DEAD_ANIMAL, LEFT_AT_DOOR, AGAIN),
             unless=FICTION + r"|" + ANIMAL_BROUGHT),
        # ... whoever left them is gone: found this morning is no one at the door now (the marker that keeps a
        # stalking sign told with 今朝 on the consultation line, :data:`safety.decide.VISITOR_LEFT`)
        rule("visitor_left", "scam", _told_with(DEAD_ANIMAL, LEFT_AT_DOOR, AGAIN),
             unless=FICTION + r"|" + ANIMAL_BROUGHT),
    )
