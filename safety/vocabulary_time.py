"""When a telling says things happen: long since, the other day and the past, recovered or gone, memories and
anniversaries, learning ahead, now (and a scam or collector due now), night, and again and again (recurring,
habitual). The shared words (negation, people, children, :func:`compile_folded`) are :mod:`safety.vocabulary`.
"""

from __future__ import annotations

from safety.vocabulary import compile_folded

# Long since (倒れましてから半年になります, 倒れてから三年たつ; not minutes or hours).
LONG_SINCE_WORDS = (r"(?:て|で)から[^\n]{0,2}?(?:はんとし|半年|(?:[0-9一二三四五六七八九十]+|なん|何|すう|数)(?:ねん|年"
                    r"|かげつ|ヶ月|か月|カ月|しゅうかん|週間))(?:に|が|たち|経ち|たっ|経っ|たつ|経つ|ほど|くらい)")
LONG_SINCE = compile_folded(LONG_SINCE_WORDS)
# この前 (the other day) as read: not the front of a store, a garage or a safe read across the word's edge (倉庫の前で
# -> そうこのまえ, 車庫の前 -> しゃこのまえ, 金庫, 冷蔵庫, 在庫, 書庫, 文庫, 格納庫; round 44, blind45a's theft told
# 倉庫の前で…エンジンをかけようとしてる was closed as past).
THE_OTHER_DAY = r"(?<!そう)(?<!しゃ)(?<!きん)(?<!ぞう)(?<!さい)(?<!しょ)(?<!ぶん)(?<!ふん)(?<!のう)このまえ"
# A past word that dates when a thing was got, not the event told (先週買った電気ストーブから火が出てます,
# 先月届いたヒーターの裏から煙: the fire is now; round 49, wide51): cut from the text before :data:`PAST` is read.
# (the kana かった, かって, かいました only after a particle or straight after the time word: not ぶつかった, わかった,
# みつかった, よかった - 去年峠で鹿とぶつかったことがある stays past)
PAST_ACQUIRED = compile_folded(r"(?:せんしゅう|先週|せんげつ|先月|きょねん|去年|さくねん|昨年|このあいだ|こないだ"
                               r"|せんじつ|先日)"
                               r"(?:に)?(?:[^\n。、]{0,12}?(?:(?<![ぁ-ゖ])|(?<=[でにをはもとらや])))?(?:かった|かって|かいました)"
                               r"|(?:せんしゅう|先週|せんげつ|先月|きょねん|去年|さくねん|昨年|このあいだ|こないだ|せんじつ|先日)"
                               r"(?:に)?[^\n。、]{0,12}?(?:買った|買って|買いました|とどいた|届いた"
                               r"|とどいて|届いて|ちゅうもんした|注文した|こうにゅうした|購入した|もらった|貰った|いただいた"
                               r"|とりつけた|取り付けた|せっちした|設置した)")
PAST = compile_folded(r"きょねん|さくねん|せんげつ|せんしゅう|いぜん|むかし|このあいだ|こないだ|" + THE_OTHER_DAY
                  + r"|せんじつ"
                  r"|ねんまえ|かげつまえ|しゅうかんまえ|ぜんかい|去年|昨年|先月|先週|以前|おととし|一昨年"
                  # a year of a past era (平成二十七年の大雨で; round 55, wide57b): the present era is 令和
                  r"|(?:へいせい|平成|しょうわ|昭和)(?:[0-9０-９一二三四五六七八九十元]{1,4}|がん)(?:ねん|年)"
                  # whether it was a fire, asked after (昨日の夜サイレン鳴ってましたけどあれ火事だったんですか; 12 of 12
                  # phrases of the set with a siren heard and asked about are none; blind25)
                  r"|(?:かじ|火事)(?:だった|でした)(?:(?:ん|の)?(?:です|でしょう)?か|の(?:\n|$))"
                  # a memory: 子どものころ溺れかけたことがあって
                  r"|(?:こども|子ども|子供|わかい|若い|わかえ|若え|わけえ|若けえ|がくせい|学生)(?:の)?(?:ころ|頃|じぶん|時分)"
                  r"|(?:た|だ)ことが(?:[^\n]{0,6}?(?:あっ|あり|ある))?|(?:た|だ)こと(?:あっ|あり|ある)"
                  # round 23: a story told (溺れかけたという話をよくいたします, 生き埋めになりかけた話を毎年してくれる)
                  r"|せんじちゅう|戦時中|せんそうちゅう|戦争中|(?:た|だ)(?:という|って)?(?:はなし|話)(?:を|は)(?!きいて|聞いて)"
                  # a memory or an anniversary (主人が倒れた日を思い出して; not 名前を思い出せない, a symptom), also
                  # with words between (祖母が湯船に沈んでいた日のことを、毎朝お風呂に入るたびに思い出して; round 40)
                  r"|(?:ひ|日|とき|時|こと|ころ|頃|ばめん|場面)(?:の(?:こと))?を[^\n]{0,16}?(?:おもいだ|思い出)(?!せ)|めいにち|命日|(?:そのご|その後|そのあと)どうなった"
                  # long since (倒れましてから半年になります, 倒れてから三年たつ; not minutes or hours)
                  r"|" + LONG_SINCE_WORDS
                  # round 22: in care since (一度倒れてから、毎朝リハビリで歩いています)
                  + r"|(?:て|で)から(?:は)?[^\n]{0,12}?(?:りはびり|リハビリ|つういん|通院|でいさーびす|デイサービス"
                  r"|でいけあ|デイケア)"
                  # ... with nothing told after a turn (…リハビリに行ってるけど、今朝は起きてこなくて)
                  r"(?![^\n]*?(?:けど|けれど|でも|しかし|のに|ところが|けさ|今朝|さっき|先ほど|きゅうに|急に|また))")
RECOVERED = (r"(?:は|も)[^\n]{0,12}?(?:げんき|元気|だいじょうぶ|大丈夫|へいき|平気|おちつ|落ち着|なんとも|なんとか"
             # (round 51: also written 今は何ともございません, blind52b)
             r"|何とも"
             r"|かいふく|回復"
             # round 55: well again, told as a change (今はすっかり良くなりました, もう治っております)
             r"|(?:よく|良く)(?:なっ|なり)|(?<!を)(?:なおっ|治っ|なおり|治り)"
             r"|ふっかつ|復活"
             r"|あんしん|安心"
             # walking or working again (今は杖で歩けています; not 歩けない)
             r"|(?:あるけ|歩け|はたらい|働い|はたらけ|働け)(?:て|る|ま)"
             # round 20: quite well or about again (今はぴんぴんして畑さ出でる, 今はけろっと, 今は杖ついで歩いでる)
             r"|ぴんぴん|ピンピン|けろっと|けろり|(?:あるい|歩い)(?:て|で)(?:る|い|ま)"
             # round 22: in care since (今はリハビリに通っております, 今は施設に入っていて, 今は入院中で)
             # (中 read なか on the reading line too: 倒れ、今はリハビリ中, read たおれいまはりはびりなか;
             # blind35b, 4 other writers' phrases of the set with it, all none)
             r"|(?:りはびり|リハビリ|つういん|通院|でいさーびす|デイサービス|でいけあ|デイケア)(?:に|を|で|へ|さ|ちゅう|中|なか)"
             r"|(?:しせつ|施設|ほーむ|ホーム)(?:に|さ)(?:はい|入|にゅうしょ|入所)|(?:にゅういん|入院)(?:ちゅう|中|して)"
             # a house rebuilt or mended since (今は建て替えております; blind28b)
             r"|たてかえ|建て替え|たてなお|建て直|しゅうり(?:し|ずみ)|修理(?:し|済)|りふぉーむ|リフォーム"
             # back home since (今は自宅に戻っています, 今は家さ帰ってきてる; blind34a)
             r"|(?:じたく|自宅|いえ|家|うち)(?:に|へ|さ)(?:もど|戻|かえ|帰)(?:って|り|れ)"
             # ... or safe at home as one writes (ゆうべ…待っていたようです。今は家にいます; round 55, blind56a)
             r"|(?:じたく|自宅|いえ|家|うち)(?:に|さ)(?:います|いる(?!の|ん|け)|おります|おる(?!の|ん|け)|いっから))"
             # ... with nothing fresh told after it (…通っておりますが、さっきまた倒れたと連絡が); round 53: not また
             # back at one's work (今はすっかり元気になって、また朝早くから漁に出ています; wide55b)
             r"(?![^\n]*?(?:また(?![^\n]{0,10}?(?:しごと|仕事|りょうに|漁に|りょうへ|漁へ|はたけ|畑|たんぼ|田んぼ"
             r"|はたらい|働い|かよって|通って))|さっき|さきほど|先ほど|いましがた|今しがた|きゅうに|急に|とつぜん|突然))")
# 今リハビリ中で, 今入院中: in care, told without は (round 35: 11 phrases of the set with 今 before care, 10 other
# writers, all none)
IN_CARE = r"(?:りはびり|リハビリ|つういん|通院|にゅういん|入院)(?:ちゅう|中|なか)"
# 今はいないけど: the person is gone, so it is not happening now
GONE = r"は(?:もう)?(?:いな|いね|いま?せん|おらん|おりません|おらず)"
# 今でも水が怖い, 今でも覚えている: a memory that lingers, not something happening now
MEMORY = (r"でも[^\n]{0,10}?(?:こわ|怖|おぼえ|覚え|ゆめ|夢|わすれられ|忘れられ|にがて|苦手|とらうま|トラウマ"
          r"|しんぱい|心配|ふあん|不安|おもいだ|思い出|きになる|気になる|かんしゃ|感謝|ありがた|有難|有り難"
          # (今でもぞっとする: a shudder at the memory; round 35)
          r"|ぞっと|ゾッと|ぞくっと|とりはだ|鳥肌)"
          # 今思い出しても, 今思い出すと, 今思い出すだけで: a memory recalled as one writes (round 57, blind57b)
          r"|(?:おもいだ|思い出)(?:しても|してみると|すと|すだけで|しただけで)")
# 今からでも間に合う?, 今がらでも出るべか: "even this late", a question about a procedure, not "now"
# ... and 今のうちに / 今のうちから, "while there is time": a precaution planned, not "now" (blind27b)
LATE = r"からでも|のうち(?:に|から)"
# Present-day, not "now" (今の子どもたち, 今の時代; round 23).
NOWADAYS = r"の(?:こども|子ども|子供|じだい|時代|わかもの|若者|よのなか|世の中|わかいひと|若い人)"
# This time of a year past (去年の今頃, 毎年の今頃: an anniversary, blind25), not "now"; after の only (round 46:
# also 去年の今ごろ, the written 今 before a kana ごろ; blind47a).
ANNIVERSARY = r"(?<=の今)頃|(?<=のいま)ころ|(?<=の今)ころ"
# Learning or preparing ahead (今から知っときたい, 今から覚えておきたい, 今から準備しておく): a "what if" prepared for
# (round 55, wide57).
LEARNING_AHEAD = (r"から[^\n]{0,10}?(?:しっと|知っと|しってお|知ってお|おぼえと|覚えと|おぼえてお|覚えてお|ならっと"
                  r"|習っと|ならってお|習ってお|じゅんびしと|準備しと|じゅんびしてお|準備してお)(?:き|く)"
                  # (round 58: or worried about ahead, 今から不安, 今から案じております - a worry, not "now"; wide60)
                  r"|から(?:もう)?(?:ふあん|不安|しんぱい|心配|あんじ|案じ|きんちょう|緊張|ゆううつ|憂鬱|きがおも|気が重)")
# (not 以来+孫, いらいまご; nor a word in -せい or -けい before まだ: 申請まだ -> しんせいまた, blind28b; nor a sum in
# ten thousands, whose zero the reading line spells れい: 20万円 -> にれいまん, round 41)
# (not 場合 before まず, read ばあいまず: もし農薬を誤って飲んでしまった場合、まず何を; round 44, blind45b)
# (round 55: nor 今から told of learning ahead, 今から知っときたい - a "what if" prepared for; wide57)
# (round 58: nor a count of sheets read on into the next word, 一枚混ざって -> いちまいまざって, 二枚まとめて, 何枚ま;
# wide60's counterfeit note in the till read as happening now)
SHEETS_COUNTED_BEFORE = r"(?<!ちま)(?<!にま)(?<!んま)(?<!ごま)(?<!ゅうま)(?<!すうま)"
NOW = compile_folded(r"(?!れいまん)(?:^|[^てでしざりおきにみめせけ])(?<!いら)(?<!せんた)(?<!ばあ)"
                     + SHEETS_COUNTED_BEFORE
                     + r"いま(?!す|せ|し(?!ら|る)|しょ|" + LEARNING_AHEAD + "|"
                     + RECOVERED + "|" + IN_CARE + "|"
                     + GONE
                     + "|" + MEMORY + "|" + LATE + "|" + NOWADAYS + "|" + ANNIVERSARY + r")"
                     r"|今(?!日|年|月|週|度|回|後|朝|" + LEARNING_AHEAD + "|" + RECOVERED + "|" + IN_CARE + "|" + GONE
                     + "|" + MEMORY + "|" + LATE + "|" + NOWADAYS + "|" + ANNIVERSARY + r")"
                     # (not 明日来る, あすくる: engineer B's request B14-2; nor 少ない, 救う)
                     r"|(?<!あ)すぐ(?!ない|なく|なかっ|なめ|る|う|すく)"
                     # (round 38: also the polite past, すぐ来てくださいました - help that came at once, told past,
                     # in 5 phrases of 4 other writers, all none)
                     r"(?![^\n]{0,12}?(?:くださっ|くださいまし|くれ(?:た|て|ま)|もらっ|もらい|いただい|いただき))"
                     # (not one's own wish, はやく かえりたい, 早く寝たい: no hurry for help; round 42, blind43b)
                     # (round 53: nor 朝早く, early in the day - また朝早くから漁に出ています; wide55b)
                     r"|(?<!あさ)(?<!朝)はや[くぐ](?!(?:いえに|うちに|家に)?(?:かえり|帰り|ね|寝|やすみ|休み|たべ|食べ)たい)"
    r"|いそいで"
                 # (round 51: not a call that came, 電話来て / 連絡きて at the end - wide53b; nor help told past,
                 # 助けてくれました)
                 r"|しきゅう|まだ(?:ちかく|そば|そと)に|たすけ(?:て|で|ろ|を)(?!くれ(?:た|て|まし)|くださっ|もら|いただ|よべ|呼べ)|(?<![んすけいしてつ一-鿿])(?<![^れ]か)(?<!でんわ)(?<!れんらく)きて(?:ください(?!まし)|くだせ|くれ(?!と|る|た)|ちょうだい|けろ|(?:\n|$))|どうしよう|やばい|たいへん(?!おせわ|お世話|もうしわけ|申し訳|しつれい|失礼|かんしゃ|感謝|たすかり|助かり|おそれいり|恐れ入り)|まだいる|いまも"
                 # a vehicle asked for (消防車お願いします, 救急車呼んで; an ASR 消防者)
                 r"|(?:しょうぼう|消防|きゅうきゅう|救急)(?:しゃ|車|者)(?:を|さ)?(?:おねがい|お願い|よんで|呼んで|よこして|よごして)"
                 r"|ぱとかー(?:を|さ)?(?:おねがい|お願い|よんで|呼んで)|(?:しょうぼう|消防|きゅうきゅう|救急)(?:しゃ|車)(?:\n|$)")
# The visitor due any minute (もうすぐ着くそうです, まもなく来ます, あと10分で着く): a scam collector at the
# door soon is 110 even when the message asks whether the claim is real (本当でしょうか; the 28 other phrases of the
# set with a collector told coming now are all 110; blind27b). Weighed with ``SCAM_NOW`` only (safety.detect).
COLLECTOR_DUE = compile_folded(r"(?:もうすぐ|まもなく|間もなく|あと[0-9０-９一二三四五六七八九十]+(?:ふん|分|ぷん))"
                               r"[^\n]{0,8}?(?:つく|着く|つき|着き|くる|来る|きま|来ま|みえ|見え|いらっしゃ|うかが|伺)")
# (nor 今は安心, 今は元気: a state settled, as in NOW; round 35)
SCAM_NOW = compile_folded(r"(?:^|[^てでしざりおきにみめ])" + SHEETS_COUNTED_BEFORE
                          + r"いま(?!す|せ|し(?!ら|る)|しょ|" + GONE + "|" + RECOVERED + r")"
                          r"|今(?!日|年|月|週|度|回|後|" + GONE + "|" + RECOVERED + r")|これから"
    r"|いまから|きてる|とりにく|とりに(?:きた|きま)|(?:えーてぃーえむ|てぃーえむ|atm)(?:に|で|の)?(?:いる|いま|まえ|前|きて|来て|そうさ|操作|ついた|着いた)"
                      # (round 58: not a car stopped there, とまっています - 止まって, not 待って; wide60b)
                      r"|ぎんこう(?:に|で)(?:いる|いま)|でんわ(?:ちゅう|中|がつながって|してる)|(?<!こ)(?<!と)まって(?:る"
                      r"|い)|そと(?:に|で)"
                      r"|いえのまえ|げんかんのまえ|まだ(?:いる|(?:い|お)(?:ます|ります))|うしろ|ついてく|ついでく|ついてきて"
                      # someone shouting at the door as one writes (玄関で…と怒鳴っています; round 37: the kind, a
                      # threat shouted at the door now, is in 20 other writers, all 110)
                      r"|(?:げんかん|玄関)(?:で|さきで|先で)[^\n]{0,30}?(?:どなって|怒鳴って|さけんで|叫んで|わめいて)(?:い|る|お)"
                      # the swindler still going round the neighbourhood (まだ近所の家を回っているようです; blind25)
                      r"|まだ[^\n]{0,8}?(?:きんじょ|近所|ちかく|近く|このへん|この辺|あたり)[^\n]{0,10}?(?:まわって|回って|うろうろ"
                      r"|うろつ)"
                      # the collector's arrival counted in minutes (あと十分で着くって): the visit is now, not a
                      # call to ask about (blind28b; COLLECTOR_DUE then keeps 110 even when asked about)
                      r"|あと[0-9０-９一二三四五六七八九十]+(?:ふん|分|ぷん)(?:で|ほど|くらい|ぐらい)?"
                      r"(?:つく|着く|くる|来る|きま|来ま)")
# (NOW: not 仙台まで, read せんだいまで - its いま is no "now"; blind32a)
# The text says it is night now (夜中に, 今夜, 夜10時, 夜泣き): a child's symptoms go to the night line even if the
# clock the message came with says otherwise; last night (ゆうべ, 昨日の夜) does not count.
# (round 43: also the polite opener of a late message, 夜分に恐れ入ります, 夜分遅くにすみません)
NIGHT = compile_folded(r"よなか|夜中|夜間|しんや|深夜|こんや|今夜|やぶん|夜分"
                       r"|よる(?:に|さ|になって|の?[0-9]|ずっと|じゅう|なのに|だけど)"
                       r"|夜(?:に|さ|になって|の?[0-9]|の?[一二三四五六七八九十]+時)|よなき|夜泣き|(?:ねて|寝て)から|(?:ねた|寝た)(?:あと|後)"
                       # round 55: an evening hour told (21時, 午後9時, よるくじ)
                       r"|(?<![0-9])(?:19|2[0-3])(?:じ|時)(?!かん|間)"
                       r"|(?:ごご|午後)(?:[7-9]|1[01]|しち|なな|はち|く|じゅう|七|八|九|十)(?:じ|時)(?!かん|間)"
                       r"|よる(?:の)?(?:しち|なな|はち|く|じゅう)じ(?!かん)")
# Again and again (何度も, ここのところ, 毎日): a matter to consult about (safety.detect's ``consulting``).
# (round 58: also a span up to now, ここ一週間, ここ2週間, ここ三か月 - 毎朝 told as a span; blind59a)
RECURRING_WORDS = (r"ここ(?:[0-9０-９一二三四五六七八九十]+|いち|いっ|に|さん|すう|数)"
                   r"(?:しゅうかん|週間|かげつ|か月|ヶ月|カ月)"
                   r"|なんどとなく|なんども|何度も|なんかいも|何回も|(?:ここの|この)ところ|しつこく|いつも|まいにち|毎日"
                   r"|まいあさ|毎朝|まいばん|毎晩|まいしゅう|毎週|さいきん|最近|このごろ|(?:の)?たびに|(?:せんしゅう|先週|せんげつ|先月)から")
RECURRING = compile_folded(RECURRING_WORDS)
# It keeps happening (毎朝同じ車が): a stalker or scam to consult about, not one happening now.
HABITUAL = compile_folded(r"いつも|(?:せんしゅう|先週|せんげつ|先月)から|(?:の)?たびに|まいにち|毎日|まいあさ|毎朝"
                          r"|まいばん|毎晩|まいしゅう|毎週|さいきん|最近|このごろ"
                          r"|" + RECURRING_WORDS
                          + r"|なんにちも|何日も|まいかい|毎回|つづいて|続いて|つづいで|続いで|ここすうじつ|ここ数日"
                          r"|(?:よる|夜|あさ|朝|ゆうがた|夕方)になると"
                          # nights or days counted in a row (三晩続けて, 三日間, 連日; round 58, wide60b)
                          r"|(?:ばん|晩|にち|日|よ|夜)(?:つづけて|続けて|れんぞく|連続)|みっかかん|三日間|よっかかん|四日間"
                          r"|れんじつ|連日")
