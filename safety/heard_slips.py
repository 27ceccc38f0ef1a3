"""The speech-recogniser slips :func:`safety.heard.repair` puts back: (cause, pattern, replacement) in their frames.

Each pattern undoes one slip of a key word only in the frame that makes the key word certain; the rounds that added
them and how they were counted are in :mod:`safety.heard` and docs/safety.md ("Speech (engineer C)").
:data:`SLIPS` are rounds 15-25, :data:`ROUND26_SLIPS` round 26 and :data:`ROUND27_SLIPS` round 27 (each applied
after the ones before). Patterns are written for the prepared text (NFKC, lower case, katakana as hiragana,
punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# Body parts a swelling is told of (kanji and kana of two morae or more: a one-kana word is too ambiguous).
_BODY = (r"指|ゆび|腕|うで|足|あし|手|顔|かお|目|まぶた|唇|くちびる|喉|のど|首|くび|膝|ひざ|おでこ|額|頬|ほお|ほほ"
         r"|肩|耳|みみ|鼻|口|くち|舌|関節|かかと|すね|もも|体|からだ|全身|ところ|とこ|患部|歯茎|歯ぐき")
# What makes a swelling: a knock, a sting, a bite, a twist, a fall.
_KNOCK = r"打|うち|うっ|ぶつけ|刺|さされ|さし|噛ま|かま|ひね|くじ|捻|転ん|ころん|挟|はさま|落ち|おち"
_GAP = r"[、。\s]?"
# Again and again, right after the subject (not after a place: トイレにずっと, 店には何度も).
_AGAIN = r"(?<![にはへ])(何度も|何回も|なんども|なんかいも|ずっと)"
# Mail as the subject (手紙が何度も入っていて: letters came in, nobody vomited; blind30b, typed; heard 手紙な
# since round 35): no 吐いて heard 入って.
# (round 42: any paper or note - 「次はないぞ」と書いた紙が何度も入っていて, blind43a typed, read #7119)
_MAIL = ("手紙", "封筒", "郵便", "郵便物", "はがき", "ハガキ", "葉書", "チラシ", "ちらし", "荷物", "文書", "紙", "メモ",
         "めも", "ビラ", "びら", "脅迫状",
         # (round 48: a voicemail or a message came in - 留守電が何回も入ってる, wide50b typed, read #7119)
         "留守電", "留守伝", "留守番電話", "着信", "メッセージ", "めっせーじ")
_NOT_MAIL = "".join(f"(?<!{mail}{particle})" for mail in _MAIL for particle in "がもな")
# Weather words: a 晴れ after them is the sky's, however near a knock.
_WEATHER = r"天気|てんき|天候|空|そら|雨|あめ|雲|くも|予報|日差し|ひざし|午後|ごご"

# (cause, pattern, replacement): the cause names the group in docs/safety.md.
SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # --- homophone written as another kanji, undone in the event's frame ---
    # 腫れ heard 晴れ/張れ: after a body part (指が真っ赤に晴れて), or a knock within a few characters before.
    ("homophone", re.compile(rf"((?:{_BODY})(?:が|も|は|の|に)?{_GAP}(?:まっかに|真っ赤に|赤く|あかく|ぱんぱんに"
                             r"|だんだん|少し|すこし)?)(?:晴|張)れ(?=[てでたるぼあ])"), r"\1腫れ"),
    ("homophone", re.compile(rf"((?:{_KNOCK})[^\n]{{0,14}}?)(?:晴|張)れ(?=[てでたるぼあ])"), r"\1腫れ"),
    # 血 heard 地 (ち): a lone 地 (not 土地, 地震, 地区) before bleeding words or after 頭から.
    ("homophone", re.compile(r"(?<![\u3400-\u9fff])地(?=(?:が|を|は|も)?[、\s]?(?:どくどく|だらだら|たくさん|いっぱい"
                             r"|めっちゃ|すごく|流|なが|出|で|止|とま|吹|ふき|噴|あふれ|にじ))"), "血"),
    # 口座 heard 講座: beside a crime, a bank or money word.
    ("homophone", re.compile(r"講座(?=[^。\n]{0,12}?(?:犯罪|はんざい|番号|ばんごう|暗証|安証|あんしょう|お金|おかね"
                             r"|かーど|atm|振り?込|ふりこ|落ち|おち|引き?落|凍結|とうけつ|使われ|つかわれ|つかまれ))"),
     "口座"),
    # 咳 heard 席/石/責任/責: before a cough's words (止まらない, ひどい, 出る, 込む).
    ("homophone", re.compile(r"(?:責任|席|石|責)(?=(?:が|も|は|な)?[、\s]?(?:止まら|とまら|ひど|広く|ひろく|出る|でる"
                             r"|出て|でて|込|こん|粉で))"), "咳"),
    # めまい heard 目前 (めまえ) when it goes on or is felt.
    ("homophone", re.compile(r"目前(?=が[、\s]?(?:続|つづ|いた|し|する|ひど))"), "めまい"),
    # 先輩 heard 先体/線体/先階 before a particle.
    ("homophone", re.compile(r"(?:先体|線体|先階)(?=が|の|は|を)"), "先輩"),
    # --- a mora dropped, added or changed in a key word ---
    # 見当たらない heard 見あったらない (a geminate added).
    ("mora", re.compile(r"(?<=見)あった(?=[らりるれ])"), "当た"),
    # 避難 heard きなん/気なん/気南 (ひ -> き), 避難所 heard ひなちょ.
    ("mora", re.compile(r"(?:き|気|機)(?:なん|南)(?=じょ|しょ|所|す|し|指示|の|準備|じゅんび|場所|ばしょ)"), "避難"),
    ("mora", re.compile(r"(?<![げ気])(?:き|気)なし(?=たい|じ)"), "避難し"),
    ("mora", re.compile(r"ひなちょ"), "ひなんじょ"),
    # 川 heard かま before a river's words (遊ぶ, 釣り, 土手, 入る, 泳ぐ, 流れる).
    ("mora", re.compile(r"かま(?=(?:で|に|の|へ)[、\s]?(?:遊|あそ|釣|つり|溺|おぼ|土手|どて|入っ|はいっ|泳|およ"
                        r"|流|なが)|らで)"), "川"),
    # ばあちゃん heard バーチャン/パーチャン/バラチャン: the long vowel kept (おばーちゃん typed too).
    ("mora", re.compile(r"(?:(?<=お)|(?<![ぁ-ゖ]))(?:ばー|ばら)(?=ちゃん|さん)|(?<![ぁ-ゖ])ぱー(?=ちゃん)"), "ばあ"),
    # 父 heard チッチ/地地 before a particle.
    ("mora", re.compile(r"(?:ちっち|地地)(?=が|の|と|は|を)"), "父"),
    # 病院 heard ぼいん/ぼういん/防衣/語音/号員 (びょう -> ぼ(う)) before a particle or どこ.
    ("mora", re.compile(r"(?:ぼう?いん?|防衣|防い|語音|号員)(?=に|へ|ね|って|は|どこ|を|で|が)"), "病院"),
    # --- round 21 (the right number on speech): slips that cost the line, each correcting phrases of >= 2 splits ---
    # 蜂 heard 鉢/8/派ち before a sting (a pot or a number does not sting): 鉢に刺された.
    ("homophone", re.compile(r"(?:鉢|8|八|派ち)(?=に[、\s]?(?:刺さ|さされ|さし))"), "蜂"),
    # 殴られ heard 流られ (no word: 流され is): 夫に流られてる.
    ("homophone", re.compile(r"流られ(?=[てたそ])"), "殴られ"),
    # 工場 heard 補助 at the start of a clause, before a person or machine event within a few words.
    ("homophone", re.compile(r"(?:^|(?<=[、。\s]))補助で(?=[^。\n]{0,16}?(?:倒れ|たおれ|挟ま|はさま|機械|下敷|けが|怪我"
                             r"|動かな|動けな))"), "工場で"),
    # 3歳 heard 酸菜 before a child (酸菜の子, 酸菜の粉).
    ("age", re.compile(r"酸菜(?=の?(?:子|こ|粉|娘|息子|男の子|女の子|孫))"), "3歳"),
    # ひきつけはねえ heard 引き付けば寝え / 引きつけわね (the negation lost).
    ("negation", re.compile(r"(引き?付け|引きつけ|ひきつけ)(?:ば|わ)(?:寝え|ねえ|ね)(?![ぁ-ゖ]*る)"), r"\1はねえ"),
    # 血 heard し before bleeding words, at the start of a clause: しがどくどく, しとまんない.
    ("mora", re.compile(r"(?:^|(?<=[、。\s]))し(?=が?[、\s]?(?:どくどく|だらだら|たくさん出|いっぱい出|止まんな"
                        r"|とまんな|止まらな|とまらな|にじ))"), "血"),
    # 避難所 heard 気男女/福祉男女/機能女/機能しょっ (ひなんじょ -> きなんじょ, きのうじょ).
    ("mora", re.compile(r"(?:(?<=福祉)|気|き|機)男女(?=は|って|の|に|へ|さ|どこ)"), "避難所"),
    ("mora", re.compile(r"機能(?:女|じょ|しょっ?)(?=て|は|さ|製|に|へ|どこ|の)"), "避難所"),
    # 買わされ heard 変わされ/関わされ/交わされ/かまされ (a sale forced on someone).
    ("mora", re.compile(r"(?<!言葉を)(?<!挨拶を)(?:変|関|交)わされ(?=[てただ])"
                        r"|(?<=[をのに器機気])かまされ(?=[てただ])"), "買わされ"),
    # 未納 heard 見の before 料金 (not after a kanji: 花見の料金); 水位 heard 水い/水行 after a river.
    ("mora", re.compile(r"(?<![\u3400-\u9fff])見のお?(?=料金)"), "未納"),
    ("mora", re.compile(r"(?<=(?:川|皮)の)水(?:い|行)(?=って|は|を|が)"), "水位"),
    # 判子/判を押し heard 反抗を/反応 after a contract or papers: 契約書に反抗をして, 契約書に反応して.
    ("homophone", re.compile(r"(?<=(?:書|類|理)に)(?:反抗を?|反応)(?=し)"), "判を押"),
    # --- round 22 (speech, senior tellings first): each correcting phrases of >= 2 splits other than blind22a/b ---
    # 使われ heard つかまれ after 犯罪に (one's account "caught" by a crime is no Japanese): 口座が犯罪につかまれている.
    ("homophone", re.compile(r"(?<=犯罪に)つかまれ(?=[てた])"), "使われ"),
    # リンク押し heard リンクをし (お heard を): a link "done" is no Japanese; リンクをしちゃった.
    ("mora", re.compile(r"(?<=りんく)を(?=し(?:ちゃ|ちま|た|て))"), "押"),
    # もう heard も, run into the word before (a quote's opening or a pause lost): at a clause start before a
    # kanji or a settled word (、もだいどころで), or after a past ending where the particle も cannot stand
    # (言ってたも大丈夫).
    ("time", re.compile(r"(?:^|(?<=[、。\s]))も(?=[\u3400-\u9fff]|だいどころ|だいじょうぶ|げんき|なお)"
                        r"|(?<=[ってん]た)も(?=元気|げんき|大丈夫|だいじょうぶ|治|なお|止ま|とま|下が|さが|平気|へいき)"),
     "もう"),
    # 先週 heard 戦修 (no word): a time word lost turns a report of last week into one of now. Not where a person
    # stands (戦修が倒れて, 戦修の体が): 選手 is heard the same (round 51, safety.heard_slips_round51).
    ("time", re.compile(r"戦修(?!が|の(?:体|からだ|顔|意識))"), "先週"),
    # 課金 heard か金/描近/描禁 before a verb of doing, 書きに before され: 勝手に描近されてた.
    ("compound", re.compile(r"(?:か|描)(?:金|近|禁)(?=され|して|しちゃ|しま|しと)|書きに(?=され)"), "課金"),
    # 還付金 heard 監督金/間付近 (no words), or 監督 in a refund call (人から監督になると電話).
    ("compound", re.compile(r"監督金|間付近|(?<=から)監督(?=になると電話|があると電話)"), "還付金"),
    # 小石がぱらぱら heard 恋しいなからから/濃いしながらから before 落ち (a landslide's sign, not a person falling).
    ("compound", re.compile(r"(?:恋しい|濃いし|こいし)(?:な|が|い)?(?:から|なから|ながら)+(?=落ち|おち)"),
     "小石がぱらぱら"),
    # --- round 23 (spoken-only false alarms and lost lines by cause): each correcting phrases of >= 2 splits ---
    # 虫 heard 無視 before a sting or bite (無視に刺された: an insect bite read as a stabbing).
    ("homophone", re.compile(r"無視(?=に[、\s]?(?:刺さ|さされ|さし|食わ|くわ|噛ま))"), "虫"),
    # 脅され heard 踊され (no word: 踊らされ is): 写真をばらまくと踊されています.
    ("homophone", re.compile(r"踊され(?=[てたる])"), "脅され"),
    # 吐いて heard 廃て (no word): 夜になって廃てしまいまして.
    ("homophone", re.compile(r"廃(?=て(?:しま|い|る|お|ま|[、。\s]))"), "吐い"),
    # 薬いっぱい heard 薬一体/薬1体 before drinking (an overdose told in kana: くすり いっぱい のんだ).
    ("homophone", re.compile(r"(?<=薬)(?:一体|1体|一杯)(?=[、\s]?(?:飲|のん|の))"), "いっぱい"),
    # 睡眠薬 heard ついみん役/水民役 (no words).
    ("compound", re.compile(r"(?:ついみん|水民|すいみん)役"), "睡眠薬"),
    # 換気 heard 関係 in "aired, so it is fine" (関係したら平気: smoke told as over, not a fire).
    ("homophone", re.compile(r"関係(?=し(?:たら|たんで|たので|たから)[、\s]?(?:もう)?[、\s]?(?:大丈夫|平気"
                             r"|だいじょうぶ|へいき))"), "換気"),
    # the laugh w heard ダブルー/タブルー at the end of a message (a joke or a game, not a report).
    ("homophone", re.compile(r"(?:だぶるー|たぶるー|だぶりゅー)(?=[。.!?！？\s]*$)"), "w"),
    # 避難指示 heard ひなしじ/気難しじ (not 気難しじいさん, a grumpy old man).
    ("mora", re.compile(r"(?:ひな|気難)しじ(?=で|が|は|も|出|の|って|[、\s])"), "避難指示"),
    # お世話に heard の世話に after 大変/対変 (大変の世話 is no Japanese): thanks for past help, not a report.
    ("compound", re.compile(r"(?:大変|対変)の(?=世話に|せわに)"), "大変お"),
    # 柿の木 heard 描きのき/かきのき (a tree fallen over, a thing, not a person).
    ("compound", re.compile(r"(?<!絵)(?:描き|かき)のき(?=が|を|は|[、。\s]|$)"), "柿の木"),
    # ハザードマップ heard はざがどまっく/はざーとまっく, 洪水 heard こづい before it.
    ("compound", re.compile(r"はざ(?!ーどまっぷ)(?:が|ー|あ)?[どと]まっ[くぷ]"), "はざーどまっぷ"),
    ("compound", re.compile(r"こづい(?=はざ)"), "こうずい"),
    # 寸劇 heard 積極 as a noun after の (詐欺の積極を: a play about fraud, not a fraud; not 積極的).
    ("compound", re.compile(r"(?<=の)積極(?=[をでがは](?!的))"), "寸劇"),
    # メッセージ heard メキセージ/メクセージ (a farewell message to the family).
    ("compound", re.compile(r"め[きく]せーじ"), "めっせーじ"),
    # --- round 24 (compounds heard as non-words): each correcting phrases of >= 2 splits, none lost ---
    # 鼻血 heard 花字 (no word): 花字が30分止まらなくて, 花字を出しまして.
    ("compound", re.compile(r"花字"), "鼻血"),
    # --- round 25 (emergencies lost when spoken, seniors first): true repairs in >= 2 splits, none where the typed
    # text lacks the word, no decision lost, no typed text changed (docs/safety.md, round 25 "Speech (engineer C)") ---
    # 吐いて heard 入って right after 何度も/何回も/ずっと (vomiting again and again; Tohoku 吐いでんだ heard 入れんだ);
    # not after a place (トイレにずっと入ってる, 店には何度も入って) nor coming in (何度も入ってきた).
    # ... nor after mail as the subject (手紙が何度も入っていて: ``_NOT_MAIL``).
    ("homophone", re.compile(rf"{_NOT_MAIL}{_AGAIN}入っ(?=て(?![きくこ])|とる|ており)"), r"\1吐い"),
    ("homophone", re.compile(rf"{_AGAIN}入れん(?=だ)"), r"\1吐いでん"),
    # 動がねえ heard 動画ね/動画でえ after も/て/は (Tohoku: nobody moves; not その動画ない, ユーチューブで動画ねえ).
    ("homophone", re.compile(r"(?<=[もては])動画(?=ねえ?|ない|なく|ねく|ねぐ)"), "動か"),
    ("homophone", re.compile(r"(?<=[もては])動画でえ(?=ん)"), "動かねえ"),
    # 返事 heard 編じ/変じ/変事 before a particle (呼んでも変じなりません; not 変じゃない, 変じる).
    ("homophone", re.compile(r"(?:編じ|変じ|変事|編事)(?=が|を|も|は|な|[、\s])"), "返事"),
    # 咳 heard 責任/席 before をして/をする (犬が吠えるような責任をしております; 席を外して stays).
    ("homophone", re.compile(r"(?:責任|席|石|責)(?=をして|をする|をしており)"), "咳"),
    # 火が移り heard 木が/日が映り after clothing or a stove (服に木が映りまして, ストーブの日が映って).
    ("homophone", re.compile(r"((?:服|袖|ふく|そで)に|すとーぶの)(?:木|日|気)が(?=映|移|うつ)"), r"\1火が"),
    # 腫れ heard 晴れ/張れ 15-40 characters after the knock, as a senior tells it (膝を打ちまして、歩けないことは
    # ないのですが、だんだん晴れてまいりました): only before てまいり/てき/ている (a swelling that grows), and no
    # weather word between (転んだ日は雨でしたが午後には晴れてきました stays).
    ("homophone", re.compile(rf"((?:{_KNOCK})(?:(?!{_WEATHER})[^\n]){{15,40}}?)(?:晴|張)れ"
                             r"(?=て(?:まいり|き|いる|る|ます|お))"), r"\1腫れ"),
    # 頭痛 heard ずつ (the long vowel lost) after 激しい/ひどい: 急に激しいずつを訴えまして.
    ("mora", re.compile(r"(激しい|はげしい|ひどい|酷い)ずつ(?!う)"), r"\1頭痛"),
    # 真っ青 heard 待ちさお/待ちさを (no word): 顔も待ちさおで.
    ("compound", re.compile(r"待ちさ[おを](?=[でにだ、。\s]|$)"), "真っ青"),
    # --- a compound heard as other kanji (never a word as written) ---
    ("compound", re.compile(r"かんせる"), "きゃんせる"),
    ("compound", re.compile(r"無鋼(?=電話)"), "無言"),
    ("compound", re.compile(r"はざあど(?=まっぷ)"), "はざーど"),
    ("compound", re.compile(r"上水(?:器|機|気)"), "浄水器"),
    ("compound", re.compile(r"開(?:躍|約|薬)"), "解約"),
    ("compound", re.compile(r"法務販売"), "訪問販売"),
    ("compound", re.compile(r"(?<!消)防車|冒者|房車"), "業者"),
    ("compound", re.compile(r"女節(?:機|木|き)"), "除雪機"),
    ("compound", re.compile(r"(?:階段|回転|開断)(?:版|板)"), "回覧板"),
    ("compound", re.compile(r"(?:急|救)急急(?:迷子|命士|めいご)"), "救急救命士"),
)
# Round 26 (spoken-only losses of the 30 examined splits with blind26): true repairs in >= 2 splits, none where the
# typed text lacks the word, no decision lost and no alarm made worse, at least one gained, no typed text changed
# (docs/safety.md, round 26 "Speech (engineer C)"). Applied after SLIPS (the order they were chosen in).
ROUND26_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # --- the line's words: a sale, a bill, a refund, a vet, an animal hospital ---
    # 返金/返品 heard 変金/変品, 請求 heard 成球/製給, 料金 heard 両金/両筋 (none a word).
    ("compound", re.compile(r"(?<![大異])変(?=金|品)"), "返"),
    ("compound", re.compile(r"成球|製給|成給"), "請求"),
    ("compound", re.compile(r"両(?:金|筋)(?!属)"), "料金"),
    # 屋根の点検 heard 闇の天見/天権 (a roofer's sale), 交際相手 heard 交差相手.
    ("compound", re.compile(r"闇の天(?:権|見|検|剣)"), "屋根の点検"),
    ("compound", re.compile(r"交差相手"), "交際相手"),
    # 獣医さん heard 11さん, 牛舎 heard ブーシャ: the animal is the patient, not a person.
    ("compound", re.compile(r"11さん"), "獣医さん"),
    ("compound", re.compile(r"ぶーしゃ"), "牛舎"),
    # 動物病院ある heard 動物病になる/動物病になります.
    ("mora", re.compile(r"動物病に(?=なり|なる|なっ)"), "動物病院"),
    # 病院 heard 防衛 before going or taking someone there (防衛に行くべき).
    ("mora", re.compile(r"防衛(?=に行|にい|へ行|へい|に連れ|につれ)"), "病院"),
    # 避難した方がいい heard 気なした方, 冠水 heard 関水 (no word).
    ("mora", re.compile(r"(?<![げ気])(?:き|気)なし(?=た(?:ほう|方))"), "避難し"),
    ("homophone", re.compile(r"関水(?=し|で|が|に)"), "冠水"),
    # --- who: a year-old child, an ex-husband, a child gone ---
    # 1歳 heard 遺才 (no word) before の; 夫 heard 音 after 離婚した/別れた; Tohoku いねぐなった heard 犬具なった.
    ("age", re.compile(r"遺才(?=の)"), "1歳"),
    ("homophone", re.compile(r"(?:(?<=離婚した)|(?<=りこんした)|(?<=別れた)|(?<=分かれた)|(?<=わかれた))音"), "夫"),
    ("homophone", re.compile(r"犬(?=具なっ|ぐなっ|くなっ)"), "いね"),
    # --- the body: breath, swelling, itching, slurred speech, a scream ---
    # 息 heard 生き/意気 where neither can stand (生きしてる, 生きができ, 意気は普通); 生きしてない is read already.
    ("homophone", re.compile(r"生き(?=してる|してね|しでね|ができ|がでぎ)"), "息"),
    ("homophone", re.compile(r"意気(?=は普通|はふつう|も普通|ができ)"), "息"),
    # 腫れ heard 貼れ with a body part close before (手首が…に貼れて; ポスターが貼れて stays);
    # かゆがって heard 輝がって, ろれつ heard ドレツ.
    ("homophone", re.compile(rf"((?:{_BODY})[^、。\n]{{0,10}}?)貼れ(?=て)"), r"\1腫れ"),
    ("compound", re.compile(r"輝が(?=っ)"), "かゆが"),
    ("compound", re.compile(r"どれつ(?=が)"), "ろれつ"),
    # 悲鳴 heard 姫/秘め before being heard or raised (女性の姫が何度も聞こえます).
    ("homophone", re.compile(r"(?:姫|秘め)(?=が(?:何度も|なんども|ずっと)?(?:聞こ|きこ)|を上げ|をあげ)"), "悲鳴"),
    # --- where: an irrigation ditch, a boot left, a letterbox ---
    # 用水路 heard 用水色/様子色, 長靴 heard 長物 before が片方 (one boot left by the water),
    # 郵便受け heard 指抜け/指向け.
    ("compound", re.compile(r"(?:用水|様子)色(?=に|の|へ|で|さ)"), "用水路"),
    ("homophone", re.compile(r"長物(?=が片方|がかたほう)"), "長靴"),
    ("compound", re.compile(r"指(?:抜|向)け"), "郵便受け"),
    # --- a senior's telling: てしまいまして heard て心配いまして, 下敷き heard 下時期, 脚立 heard 片つ,
    # a fallen 木 heard 気 (大きな気が倒れて; Tohoku でっけえ木 heard でっけ駅), 避難所 heard 貴男女 ---
    ("compound", re.compile(r"(?<=て)心配いまして"), "しまいまして"),
    ("compound", re.compile(r"下時期(?=に|で|の|から|にな)"), "下敷き"),
    ("compound", re.compile(r"片つ(?=から|がら|が|に|の)"), "脚立"),
    ("homophone", re.compile(r"(?<![\u3400-\u9fff])気(?=が倒れ|がたおれ|が折れ|がおれ)"
                             r"|(?<=でっけ)駅(?=倒れ|が倒れ)"), "木"),
    ("mora", re.compile(r"貴男女(?=で|は|に|へ|の|って)"), "避難所"),
)

# --- round 27 (the spoken-only losses of the 32 splits with blind27): each alone on the transcripts of
# safety/eval/heard.tsv, selected as round 26 (docs/safety.md, "Speech (engineer C)") ---
ROUND27_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # --- the body: けいれん heard 軽連/経練 (no words), 息してない heard に消してない after a person (the い of いき
    # heard に: おばあちゃんに消してないかも), ひっくり返って heard きっくり返って (not ぎっくり腰) ---
    ("compound", re.compile(r"軽連|経練"), "痙攣"),
    ("homophone", re.compile(r"(?:(?<=ちゃん)|(?<=さん)|(?<=主人))\s?(?:に|by)\s?消し(?=て(?:ない|ねえ|ね|ません))"),
     "が息し"),
    ("mora", re.compile(r"きっくり(?=返|がえ|げー|げぇ|なって)"), "ひっくり"),
    # 血 heard ち after も/って before bleeding that goes on (押さえてもちが溢れて, 切ってちなとまんない); 溺れ heard
    # 覚れ (no word as written) before て/た/かけ.
    ("mora", re.compile(r"(?:(?<=も)|(?<=って))ち(?=な[、\s]?(?:どんどん|だらだら|止ま|とま)"
                        r"|が(?:溢れ|あふれ))"), "血"),
    ("homophone", re.compile(r"覚れ(?=て|た|かけ)"), "溺れ"),
    # --- the event: 横転 heard 応点/応勢 before し; 煙 heard 眠り before (な) 出て or だらけ (眠りなでていて,
    # 眠りだだけ); 強盗 heard ごおとう (な for が) or ご音 after で before を ---
    ("compound", re.compile(r"応(?:点|勢)(?=し)"), "横転"),
    ("homophone", re.compile(r"眠りな(?=[、\s]?(?:出|で[てた]))"), "煙が"),
    ("homophone", re.compile(r"眠りだ(?:だけ|らけ)"), "煙だらけ"),
    ("compound", re.compile(r"ごおとう(?:な|が)"), "強盗が"),
    ("compound", re.compile(r"(?<=で)ご音(?=を)"), "強盗"),
    # --- a disaster's words: 避難した方 heard ひなしたほう (after no kana), 津波 heard すなみ (not すなみち) ---
    ("mora", re.compile(r"(?<![ぁ-ゖ])ひなし(?=た(?:ほう|方))"), "避難し"),
    ("mora", re.compile(r"(?<![ぁ-ゖ\u3400-\u9fff])すなみ(?!ち)"), "津波"),
    # --- guard words of an everyday message: 猟友会 heard 両勇会/余裕会, 講習 heard 交習/交収 (not 交習といれ) ---
    ("compound", re.compile(r"(?:両勇|余裕)会(?=の|が|は|に|と)"), "猟友会"),
    ("compound", re.compile(r"交(?:習|収)(?=は|会|を|が|の|に|あ|受|いつ)"), "講習"),
)
