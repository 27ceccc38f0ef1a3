"""The context cues of :func:`safety.detect.find`: which groups a topic, a past time or a settled state cancels, and
the patterns that turn events into symptoms (a question of a clinic, a state long-standing) or mark a setting. An
animal as the subject of a sign is told by :mod:`safety.detect_cues_animal`, a fire in its place by
:mod:`safety.detect_cues_fire`, a habit or someone at the door by :mod:`safety.detect_cues_door`, a topic word as
the setting of an event by :mod:`safety.detect_cues_setting`.

:mod:`bench.bench_safety_cv` ablates some of these per fold through :mod:`safety.detect`'s globals (``WHICH_LINE``,
``SETTLEMENT``), so :mod:`safety.detect` reads them as its own names.
"""

from __future__ import annotations

from safety.events_threshold import THRESHOLD
from safety.rule import Group
from safety.vocabulary import compile_folded
from safety.vocabulary_settled import WORSE

# Groups cancelled when the text is about a topic (救急の日, 講習...) and nothing says it is happening now.
# Scams are not: swindlers talk of 手続き and 補助 themselves (the scam rule has its own topic guard).
TOPIC_CANCELLED: frozenset[Group] = frozenset(
    {"fire", "medical", "police", "help", "weak", "weak_police", "lexical", "lexical_police", "symptom", "ask",
     "stalking", "disaster"}
)
HYPOTHETICAL_CANCELLED: frozenset[Group] = TOPIC_CANCELLED - {"disaster"}
# ... but the threshold question (救急車はどんなときに呼べばいい, 呼ぶタイミング) is itself about a case supposed: its
# question keeps the #7119 line (``ask``) through a "what if" (round 42, kinds41).
THRESHOLD_QUESTION = compile_folded(THRESHOLD)
# ... but a message that opens with もし or かりに ("if ever"; もし地震が来たら机の下に入るんだよね, もし夜中に火事に
# なったら母をどうやって避難させれば) and asks nowhere to go is a plan, not a question about fleeing: the disaster page
# goes too (the 7 phrases of the set that open so and ask nowhere to go are all none; blind27).
SUPPOSING = compile_folded(r"(?:^|\n)(?:もし(?!か|もし)|かりに)")
WHERE_TO_GO = compile_folded(r"どこ|どちら|ひなんじょ|避難所|ひなんばしょ|避難場所|たかだい|高台")
# Groups cancelled by a past-time word (去年の火事...) when nothing says "now"; symptoms and scams stay.
PAST_CANCELLED: frozenset[Group] = frozenset(
    {"fire", "medical", "police", "help", "weak", "weak_police", "lexical", "lexical_police", "disaster"}
)
# The unsure tier of bare danger words counts only with a cue (a person, "now", a happening verb form, a '!'
# or a very short message) and without a service frame (包丁研ぎのサービス, 煙突掃除を頼みたい).
LEXICAL: frozenset[Group] = frozenset({"lexical", "lexical_police"})
# ... of which a fire in its place (花火, 焚き火, 暖炉) cancels only the fire and body words: a fight or a weapon at the
# fireworks is still one (round 45: blind46a).
FIRE_IN_PLACE_CANCELLED: frozenset[Group] = frozenset({"lexical"})
SHORT_MESSAGE_CHARS = 5
# ... nor when a bleed is told stopped (血は止まったけど縫ったほうがいいのかな, 血は少し出ましたがもう止まっております):
# the examined splits label 23 of 23 such phrases advice or none (round 23); a rule's event (a deep wound, a blow to
# the head, a person who does not wake) still counts.
# (round 24: how much it ran before it stopped, 血がだらだら出たけどもう止まった, is no worse sign; the window is 16
# as in the bleeding rules' own guard)
_RAN = r"たくさん|いっぱい|だらだら|どくどく"
BLEED_TOLD_STOPPED = compile_folded(r"(?:(?<!た)ち|血)(?:が|は|も)?(?:(?!" + WORSE + r")[^\n]|" + _RAN + r"){0,16}?"
                                    r"(?:(?:とまっ|止まっ)(?:た|て(?!(?:い)?(?:ない|ねえ|ね|ません|なく)))"
                                    r"|(?:とまり|止まり)ました)")
# Pleas for help, cancelled when the help asked for is a task (手続きを助けてほしい).
PLEA_EVENTS: frozenset[str] = frozenset({"call_for_help", "plea_for_help", "danger_word"})
BEFORE_CHARS = 12
# Events that reassurance about breathing or consciousness (息はしております, 意識ははっきり) turns into symptoms.
# Since round 14 also a sting's swelling (ハチに刺されて腫れてるけど息は普通).
SOFT_EVENTS: frozenset[str] = frozenset({"breathing_hard", "anaphylaxis"})
# ... and breathing said to be normal (今は普通に息してる, 泣く元気はある) a weak sign too.
# Since round 15 a fall too (落ちて頭を打ったけど今は普通に遊んでいます); since round 24 something stuck in the throat
# (お餅食べたあとから喉に何か引っかかってる感じ…息は普通にできてるし話せる: 4 of 4 phrases of the set with something
# swallowed or stuck and breathing or crying told normal are advice or none).
SOFT_WHEN_BREATHING_NORMALLY: frozenset[str] = SOFT_EVENTS | {"weak_danger", "fell", "choking"}
# Something swallowed or taken by mistake, told fine so far (5歳の孫が大人用の風邪薬を1錠飲んでしまった…
# 今のところ元気にしています, 薬を一回分多く飲んじゃったけど今は普通にしてて): a question for #7119/#8000, not
# 119 - every phrase of the set with something swallowed and the person told fine so far is advice (round 24); not
# an amount taken (大量, 全部, ひと瓶: an overdose stays 119), nor what hurts before it shows (a button battery,
# magnets, farm chemicals, bleach, kerosene), nor with any other sign (もうろう, 呂律: their own events).
FINE_SO_FAR = compile_folded(r"(?:いま|今)(?:の|ん)?(?:ところ|とこ)[^\n]{0,4}?"
                             r"(?:げんき|元気|ふつう|普通|なんとも|何とも|かわりな|変わりな)"
                             r"|(?:いま|今)は(?:もう)?[^\n]{0,4}?(?:ふつう|普通|ふだん|普段|げんき|元気|なんとも|何とも)"
                             # well, but asking (元気なんだげっと、どうすっぺ; blind25: the set's two swallowed things
                             # told with 元気 are both #8000)
                             r"|(?:げんき|元気)(?:なん)?(?:だ|です|でございます)?(?:けど|けれど|げっと|げど|が(?![^\n]{0,2}?(?:な|ね)))"
                             # round 48 (wide50): no change so far told at more length (今のところ吐き気も
                             # なく普段と変わりません, 変わった様子はございません), or the person unbothered (けろっと)
                             r"|(?:いま|今)(?:の|ん)?(?:ところ|とこ)[^\n]{0,12}?(?:ふだん|普段|いつも)と(?:かわり|変わり|かわら|変わら)"
                             r"|(?:かわった|変わった)(?:ようす|様子)(?:は|も)(?:ない|なく|ありません|ございません)"
                             r"|けろっと|ケロッと|けろりと|ぴんぴん"
                             # round 51: in good spirits now (今は機嫌がいいのですが; blind37a's tobacco, #8000)
                             r"|(?:いま|今)は[^\n]{0,4}?(?:きげん|機嫌)(?:が|は|も)?(?:いい|よい|良い|よく|良く)"
                             # round 51 (wide53): in good spirits now (いまは機嫌よくしております, 今は機嫌いいげど)
                             r"|(?:いま|今)は(?:もう)?[^\n]{0,4}?(?:きげん|機嫌)(?:が|も)?(?:よ|い(?:い|ー))")
STILL_URGENT_SWALLOW = compile_folded(r"たいりょう|大量|ぜんぶ|全部|まるごと|ひとびん|ひと瓶|一瓶|いっぱい|たくさん"
                                      r"|ひとはこ|一箱|ひと箱|でんち|電池|じしゃく|磁石|のうやく|農薬|ひょうはくざい|漂白剤"
                                      r"|とうゆ|灯油|せんざい|洗剤|じぇるぼーる|ジェルボール")
FINE_SO_FAR_EVENTS: frozenset[str] = frozenset({"poisoning"})
# ... and what they soften: the poisoning and the swallowing's own weak word (飲み込んだかもしれません; round 48)
FINE_SO_FAR_SOFTENED: frozenset[str] = FINE_SO_FAR_EVENTS | {"weak_danger"}
# A scrape already dressed, nothing more told of it (膝をすりむきました。もう絆創膏を貼って遊んでいます;
# 指を少し擦りむいたので、絆創膏を貼っておきました): settled, none (round 45: blind27b and blind25a; the set's
# three other dressed scrapes told with nothing after are none) - not one still swelling, hot, deep or bleeding, nor
# asked about (腫れてきた, 熱っぽい, 砂が取れない, 病院に行ったほうが, 大丈夫でしょうか: #7119 / #8000).
MINOR_HURT = compile_folded(r"すりむ|擦りむ|擦り剥|すりきず|擦り傷|かすりきず|かすり傷|すりきれ|擦り切れ")
DRESSED = compile_folded(r"(?:ばんそうこう|絆創膏|ばんどえいど|バンドエイド|きずぱわーぱっど|キズパワーパッド)"
                         r"(?:を|で|も)?[^\n]{0,2}?(?:はっ|貼っ|はり|貼り|すん|済ん|すみ|済み)")
STILL_HURTING = compile_folded(r"はれ|腫れ|ねつ|熱|ふかい|深い|ふかめ|深め|とまら|止まら|とまん|止まん|ぬう|縫う|ぬった"
                               r"|いたが|痛が|いたみ|痛み|いたい|痛い|いてえ|うみ|膿|すな|砂|とげ|ささっ|刺さっ|ほね|骨"
                               r"|びょういん|病院|いしゃ|医者|じゅしん|受診|しょうどく|消毒|どうすれば|どうしたら|べき"
                               r"|(?:だいじょうぶ|大丈夫)(?:か|でしょう|だべ|ですか)")
# ... the events a dressed scrape tells (the hurt itself, told mild or its bleeding stopped)
DRESSED_EVENTS: frozenset[str] = frozenset({"symptom", "said_mild", "bleeding_stopped"})
# Events that signs of life heard (鼻歌が聞こえる, 返事はある) cancel: someone only out of sight for long (with
# distress heard too - 返事はあるけど苦しいって - only the first).
ALIVE_CANCELLED: frozenset[str] = frozenset({"not_coming_out", "weak_danger"})
# Events that harmless smoke (湯けむり, 焼き芋の煙, 煙の出る花火) cancels when it is the only smoke of the message.
HARMLESS_SMOKE_CANCELLED: frozenset[str] = frozenset({"smoke", "danger_word"})
# Events that a question of calling, once they have settled (今は落ち着いていますが救急車を呼ぶべき?), turns into
# symptoms.
CAME_AND_WENT_EVENTS: frozenset[str] = frozenset({"breathing_hard", "chest_pain"})
# ... and so does a question about them when they have lasted a day or more (昨日から息切れがする…病院はありますか).
LONGSTANDING = compile_folded(r"(?:きのう|昨日|おととい|一昨日|すうじつ|数日|なんにち|何日|せんしゅう|先週|ここすうじつ"
                              r"|ここ数日|(?:[0-9一二三四五六七八九十]|なん|何)(?:にち|日|しゅうかん|週間)(?:まえ|前)?)から")
# A mild state (少し息苦しい, 時々, 歩けますが) asked about with a clinic in mind (今夜開いている病院はありますか,
# 夜間に診てもらえる整形外科は): laboured breathing, chest pain or a fall become symptoms to ask about (#7119).
MILD = compile_folded(r"すこし|少し|ちょっと|ときどき|時々|たまに|かるく|軽く|(?:あるけ|歩け)(?:ます|る)")
CLINIC_QUESTION = compile_folded(r"(?:びょういん|病院|しんりょうじょ|診療所|いしゃ|医者|くりにっく|クリニック|げか|外科"
                                 r"|ないか|内科|きゅうきゅうがいらい|救急外来)(?:は|って|を|か)?[^\n]{0,8}?"
                                 r"(?:あります|ある|しりません|知りません|おしえ|教え)|(?:みて|診て)(?:もらえ|くれ|いただけ)")
MILD_QUESTION_EVENTS: frozenset[str] = frozenset({"breathing_hard", "chest_pain", "fell", "fell_from_height"})
# The ambulance weighed by degree (救急車呼ぶほどでもねえべか, 救急車を呼ぶほどなのか, 119番するまでもない): the writer
# tells the sign as short of an emergency - 147 phrases of the set weigh it so, none an emergency (round 34). A sign a
# writer can weigh (cannot get up, a pain, bleeding, a limb or an eye hurt) becomes a symptom to ask about; a person
# not breathing, unconscious or collapsed stays 119, and so does chest pain (with a cold sweat: the heart; a mild one
# asked about is among MILD_QUESTION_EVENTS).
AMBULANCE_WEIGHED = compile_folded(r"(?:きゅうきゅうしゃ|救急車|きゅうきゅう|救急|119)(?:ばん|番)?(?:って|を|お|さ|に)?"
                                   r"(?:よぶ|呼ぶ|よんだ|呼んだ|する|いく|行く|かける|でんわする|電話する)?(?:ほど|までも)"
                                   r"(?:なの|だべ|でねえ|じゃ|でも|では|でしょ|か|の(?:こと|もの)|\n|$)")
# Someone prowling round the house told as a habit of days (まいばん, 何日も, 最近), nothing told happening now: the
# police consultation line (#9110), as the decision table says of habitual matters (round 34: うちの まえを だれかが
# のぞいてる きが する まいばん; blind27b's nights of footsteps). Not 何度も (again and again in one night: 110).
PROWLING_HABIT = compile_folded(r"まいばん|毎晩|まいにち|毎日|まいあさ|毎朝|まいよ|毎夜|なんにちも|何日も"
                                r"|(?:よる|夜)になると|(?:ここの|この)ところ|さいきん|最近|いつも|ここすうじつ|ここ数日")
# (round 41: also someone shouting at the door every day, asked about: 上の階の人が…毎日ドアの前で怒鳴ってくんだ
# げっと、どごさ相談すれば)
# (round 42, kinds41: also knocking at the door every night, now not there: ここ1週間毎日…ドアどんどん叩いてくる。今は
# 来てないけど)
PROWLING_EVENTS: frozenset[str] = frozenset({"intruder", "someone_around", "shouting_at_the_door",
                                             "stranger_at_the_door"})
WEIGHABLE_EVENTS: frozenset[str] = frozenset({"cannot_get_up", "severe_pain", "bleeding", "bleeding_not_stopping",
                                              "limb_deformed", "eye_injury"})
# A question of whether something can be done, closing the message (できる？, 出られる？, 言える？, でぎっぺか？), and a
# "sometimes" statement (出られないことがある).
POSSIBILITY = compile_folded(r"(?:できる|できっぺ|できっか|いける|いえる|言える|もらえる|もらえない|もらえねえ"
                             r"|もらえん|られる"
                             r"|れる)(?:か|の|かな|のか|ん(?:です|だ)?か|のすか|っしゃ)?(?:\n|$)")
SOMETIMES = compile_folded(r"(?:ことが|ことも)(?:ある|あります|あって|おおい|多い)(?:\n|$)")
# Groups whose signs become symptoms when the person's state has settled by the end of the message.
SETTLED_GROUPS: frozenset[Group] = frozenset({"medical", "weak", "lexical"})
# Which line to call, asked (どこさ電話すっぺ, どちらに相談すればよろしいでしょうか): with a child's laboured
# breathing, a question for the night line (#8000), not 119.
WHICH_LINE = compile_folded(r"(?:どこ|どちら|どっち|なんばん|何番)(?:に|さ|へ)?(?:でんわ|電話|そうだん|相談|れんらく"
    r"|連絡|かけ)"
                            r"(?:を)?(?:すれば|したら|すっぺ|する(?:の|ん|べ)|しよう|すべき|すっか|したほう|したらいい)")
# A settlement demanded (示談金がいる): the accident is the swindler's story, not a collision to send the police to.
SETTLEMENT = compile_folded(r"じだんきん|示談金|じだん(?:の|に)(?:おかね|お金)"
                            # ... or the settlement talks of a past accident (示談まとまんねぇ, 過失割合; round 43)
                            r"|じだん(?:が|は|も)?(?:まとま|こうしょう|交渉|すすま|進ま)|かしつわりあい|過失割合")
# Flopping onto a sofa, a bed or a futon (ソファに倒れ込んで「疲れた」って笑ってた): tiredness, not a collapse; other
# signs (意識がない, 動かない) are events of their own (round 22).
FLOPPED = compile_folded(r"(?:そふぁ|ソファ|べっど|ベッド|ふとん|布団|こたつ|ざぶとん|座布団)"
                         r"(?:のうえ|の上)?(?:に|へ|さ)(?:たおれこ|倒れ込)"
                         # round 41: ... and a likeness (倒れ込むようにゴールした, 倒れるみたいに寝転がる: the set's 2
                         # such phrases, 2 writers, are none)
                         r"|(?:たおれこむ|倒れ込む|たおれる|倒れる)(?:ように|みたいに)"
                         # round 51: a runner flopped down at the finish, cheered or admired (ゴールした選手が芝生に
                         # 倒れ込んで、みんな拍手していました; kinds41, none): a feat watched, not a collapse
                         r"|(?:ごーる|ゴール)[^\n]{0,20}?(?:たおれこ|倒れ込)(?=[^\n]*?(?:はくしゅ|拍手|かっこよ|かっこい"
                         r"|かんどう|感動))")
FLOP_CANCELLED: frozenset[str] = frozenset({"collapsed", "danger_word"})
# round 48: "cannot move" said while eating, playing or watching at ease (もう一歩も動けないと言いながらソファでお菓子を
# 食べている, blind47a; 動げねえって言いながらゲームしてら): tiredness told in jest, not a body that cannot move.
SAID_WHILE_AT_EASE = compile_folded(
    r"(?:と|って|っつって)(?:いい|言い|ゆい)(?:ながら|つつ)[^\n]{0,24}?(?:たべ|食べ|くって|食って|げーむ|ゲーム|てれび"
    r"|テレビ|すまほ|スマホ|わらっ|笑っ|あそん|遊ん|しゃべっ|喋っ|まんが|漫画|どうが|動画|(?:じゅーす|ジュース|おちゃ|お茶)"
    r"(?:を|ば)?(?:のん|飲ん))"
    # round 51: no answer while watching or reading (呼んでも返事しねえでテレビ見でる, blind52a): awake, only not
    # answering
    r"|(?:へんじ|返事|こたえ|答え)(?:も|を)?(?:し|せ)?(?:ねえ|ない|ず|ん)(?:で|に)[^\n]{0,6}?(?:てれび|テレビ|すまほ|スマホ"
    r"|げーむ|ゲーム|しんぶん|新聞|まんが|漫画|どうが|動画)(?:を|ば|さ)?(?:み|見|よん|読ん|いじ|やっ|し)")
AT_EASE_CANCELLED: frozenset[str] = frozenset({"vital_signs_absent", "not_moving_word", "weak_danger",
                                               "person_not_moving", "cannot_get_up", "unconscious"})
# round 49: an eye told still seeing (見えてはいる, 見えではいるみでぇ, 見えるけど) where a speck got into it
# (``speck_in_eye``; blind49b's wood splitter, read 119 by the n-gram): a question for the advice line, the
# classifier quiet (the calm closure ``still_seeing``).
STILL_SEEING = compile_folded(r"(?:みえ|見え)(?:て|で)(?:は|も)?(?:いる|いま|る|ます|おり|ら)"
                              r"|(?:みえる|見える)(?:けど|けれど|げんと|げっと|が|し|よう|みたい|みてえ|みでぇ)")
STILL_SEEING_EVENTS: frozenset[str] = frozenset({"speck_in_eye"})
# round 49: "does not move" said of someone who keeps at what they do and will not leave (望遠カメラで子供たちをずっと
# 撮ってます 声をかけても動かない 今もいます; wide50, read 119): a person refusing, not one unresponsive - the
# immobility events dropped (the police matter stays, by its own events or the classifiers).
KEEPS_AT_IT = (r"(?:とっ|撮っ)(?:て(?:る|ます|い|て)|てん)"
               r"|(?:のぞい|覗い|のぞきこん|覗き込ん|さわい|騒い|どなっ|怒鳴っ)(?:て|で)"
               r"|いすわ|居座|うろうろ|うろつ|つきまと|付きまと|(?:まちぶせ|待ち伏せ)")
WILL_NOT_LEAVE = (r"(?:こえ|声)(?:を)?(?:かけ|掛け)(?:て|で)?も|ちゅうい(?:して|しで)も|注意(?:して|しで)も"
                  r"|(?:いっ|言っ)(?:て|で)も|(?:たのん|頼ん)でも")
NOT_BUDGING = (r"(?:うごか|動か|うごが|動が|どか|どが|かえら|帰ら|たちさら|立ち去ら|やめ|止め)(?:ない|ねえ|ね|ず|なく)")
REFUSING_TO_LEAVE = compile_folded(r"(?:" + KEEPS_AT_IT + r")[^\n]{0,16}?(?:" + WILL_NOT_LEAVE + r")[^\n]{0,3}?(?:"
                                   + NOT_BUDGING + ")")
REFUSING_CANCELLED: frozenset[str] = AT_EASE_CANCELLED | {"unconscious", "hanging"}
